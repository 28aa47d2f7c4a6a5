"""Votes and topics never recorded the wrong way round.

What the organizer must never see: a vote for a topic the member turned
down, left behind or only mentioned ("erst dachte ich 1, jetzt doch 3",
"meine Kollegin will 2", "2 hatten wir doch schon"), a vote read as a new
topic on the list ("ich stimme fürs Mastodon-Dings"), or a new topic made of
a question, a thanks or a remark about the evening. Leaving such a reply
for review is fine; recording it the other way round is not.
"""

from __future__ import annotations

import pytest

from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.services.topic_votes import resolve_named
from tests.reply.test_paraphrases_votes_strangers import CLUB, MEDIA, read_votes


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a mind changed within the mail: the first choice is gone
        pytest.param("Erst dachte ich 1, aber jetzt doch lieber 3.", "c1", id="de-erst-dann-doch"),
        pytest.param("Ich hätte 2 gesagt, nehme aber doch die 3.", "c2", id="de-haette-gesagt"),
        pytest.param("Scratch that, not 1 – make it 3.", "c1", id="en-scratch-that"),
        pytest.param(
            "Korrektur: nicht die 2, sondern die 3!", "c2", id="de-korrektur-nicht-sondern"
        ),
        pytest.param("nicht 1 sondern 2", "c1", id="de-nicht-sondern-lower"),
        pytest.param("Statt 1 lieber 2.", "c1", id="de-statt-lieber"),
        pytest.param("3 rather than 1", "c1", id="en-rather-than"),
        pytest.param("Lieber Mastodon als KI-Bilder.", "c3", id="de-lieber-als-name"),
        # a choice turned down, or only compared
        pytest.param("Alles außer 2.", "c2", id="de-alles-ausser"),
        pytest.param("Anything but number 2.", "c2", id="en-anything-but"),
        pytest.param("Bitte keine 1 mehr, davon hatten wir genug.", "c1", id="de-keine-mehr"),
        pytest.param("Von Thema 3 halte ich wenig.", "c3", id="de-halte-wenig"),
        pytest.param("Topic 1 doesn't do it for me.", "c1", id="en-doesnt-do-it"),
        pytest.param("Mastodon? Nee, lass mal.", "c1", id="de-nee-lass-mal"),
        pytest.param("KI-Bilder hängen mir zum Hals raus.", "c3", id="de-zum-hals-raus"),
        pytest.param("Not a fan of the Mastodon one.", "c1", id="en-not-a-fan"),
        pytest.param("Das zweite eher nicht so.", "c2", id="de-zweite-eher-nicht"),
        pytest.param("Thema 1 hatten wir doch schon letztes Jahr.", "c1", id="de-hatten-wir-schon"),
        pytest.param("3 ist zwar spannend, aber ich stimme für 1.", "c3", id="de-zwar-aber"),
        pytest.param("1 kenne ich schon, 3 bitte", "c1", id="de-kenne-ich-schon"),
        pytest.param(
            "Mastodon kennen wir schon zur Genüge. Lieber KI-Bilder.", "c1", id="de-zur-genuege"
        ),
        pytest.param("We already use Mastodon, so AI images please.", "c1", id="en-already-use"),
        # someone else's choice, told
        pytest.param("Meine Stimme: 3. (Meine Kollegin: 1)", "c1", id="de-colleague-bracketed"),
        pytest.param("3 - und Uwe sagt 1", "c1", id="de-uwe-sagt"),
        pytest.param("Meine Kollegin will unbedingt 2, ich nicht.", "c2", id="de-kollegin-will"),
        pytest.param("My boss voted 1, I'd pass.", "c1", id="en-boss-voted"),
    ],
)
def test_a_topic_turned_down_or_left_behind_gets_no_vote(text: str, wrong: str) -> None:
    voted, titles = read_votes(text, CLUB)
    assert wrong not in voted
    assert titles == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param("Bloß kein TikTok, lieber LinkedIn.", "m2", id="de-bloss-kein-lieber"),
        pytest.param("LinkedIn? Eher nicht. KI-Tools ja!", "m1", id="de-eher-nicht-then-yes"),
        pytest.param(
            "Barrierefreiheit finde ich wichtiger als TikTok.", "m2", id="de-wichtiger-als"
        ),
        pytest.param("Not TikTok please, we are no teenagers.", "m2", id="en-not-please"),
        pytest.param("Punkt 4 hatten wir ja schon.", "m4", id="de-punkt-hatten-schon"),
        pytest.param("Die KI-Tools nutzen wir schon, lieber LinkedIn", "m4", id="de-nutzen-schon"),
        pytest.param("Für TikTok sind wir zu alt 😅, KI-Tools!", "m2", id="de-zu-alt-fuer"),
        # the club's whole field names none of the topics in it
        pytest.param("Das mit Social Media", "m3", id="de-field-only"),
        pytest.param("Social Media allgemein", "m3", id="de-field-in-general"),
        pytest.param("Irgendwas Digitales, online halt", "m3", id="de-something-digital"),
    ],
)
def test_a_topic_turned_down_on_another_list_gets_no_vote(text: str, wrong: str) -> None:
    voted, titles = read_votes(text, MEDIA)
    assert wrong not in voted
    assert titles == []


@pytest.mark.parametrize(
    "text",
    [
        # a vote in words is a vote, never a new topic on the list
        pytest.param("Ich stimme fürs Mastodon-Dings.", id="de-mastodon-dings"),
        pytest.param("Mein Vorschlag wäre das mit den KI-Bildern.", id="de-vorschlag-das-mit"),
        pytest.param("Idee: lieber das Barrierefreiheits-Thema nehmen.", id="de-idee-nehmen"),
        pytest.param("My suggestion: go with the AI images topic.", id="en-suggestion-go-with"),
        pytest.param("Wunschthema: Mastodon!", id="de-wunschthema-existing"),
        pytest.param("Vorschlag fürs nächste Mal: barrierefreie Posts", id="de-vorschlag-lower"),
        pytest.param("topic idea - mastodon for clubs", id="en-idea-lower-english"),
        pytest.param("Ich fände KI-Bilder kennzeichnen spannend.", id="de-faende-existing"),
    ],
)
def test_a_vote_in_the_words_of_a_suggestion_adds_no_new_topic(text: str) -> None:
    voted, titles = read_votes(text, CLUB)
    assert titles == []
    assert len(voted) <= 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gibt es zu Thema 2 schon einen Referenten?", id="de-question-speaker"),
        pytest.param("Wer hält denn den Vortrag zu Mastodon?", id="de-wer-haelt"),
        pytest.param("Is topic 3 for beginners too?", id="en-question-beginners"),
        pytest.param("Danke für den Mastodon-Vortrag letztes Mal!", id="de-thanks-last-talk"),
        pytest.param("Thanks for the slides on AI images.", id="en-thanks-slides"),
        pytest.param("Welches Thema wird es denn am Ende?", id="de-which-in-the-end"),
        pytest.param("Wann wird über die Themen abgestimmt?", id="de-when-vote"),
        pytest.param("Die Liste ist lang, puh.", id="de-list-long"),
    ],
)
def test_a_question_or_a_thanks_about_a_topic_is_no_vote_and_no_topic(text: str) -> None:
    assert read_votes(text, CLUB) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Stimme für Vereinsrecht & Co.", id="de-stimme-fuer-unmatched"),
        pytest.param("Ich stimme für Podcasts im Verein.", id="de-stimme-fuer-unlisted"),
        pytest.param("I vote for podcasting.", id="en-vote-for-unlisted"),
        pytest.param("voting for the newsletter thing", id="en-voting-for-lower"),
    ],
)
def test_a_vote_for_what_the_list_does_not_hold_goes_to_review_not_onto_the_list(
    text: str,
) -> None:
    found = extract_topics(text)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        CLUB,
        shown=CLUB,
        clauses=choosing_clauses(text),
    )
    assert named.titles == []
    assert named.votes == []
    assert named.problem
