"""Votes for a listed topic in more voices: emphasis, team talk, thumbs, hurried English.

A member who answers an invitation that lists topics chooses among them the
way they speak: "Ganz klar Mastodon.", "Team Barrierefreiheit 🙋", "Daumen
hoch für Mastodon", "AI image labelling please", "Accessible content,
definitely." The words that emphasise a choice ("definitely", "auf jeden
Fall", "for sure") choose a topic there, and are no answer to the evening.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_choice import words_beside_choices
from mail.topic_text import choosing_clauses, extract_topics
from mail.types import Answer
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

CLUB = [
    Topic(id="c1", title="Mastodon für Vereine"),
    Topic(id="c2", title="Barrierefreie Posts"),
    Topic(id="c3", title="KI-Bilder kennzeichnen"),
]
MEDIA = [
    Topic(id="m1", title="LinkedIn-Strategien für Selbstständige"),
    Topic(id="m2", title="TikTok für Vereine und Verbände"),
    Topic(id="m3", title="Barrierefreiheit in Social Media"),
    Topic(id="m4", title="KI-Tools im Redaktionsalltag"),
]


def read_votes(text: str, shown: list[Topic]) -> tuple[list[str], list[str]]:
    """The ids voted for and the new titles suggested, as sync reads a reply."""
    found = extract_topics(text)
    ids = [shown[n - 1].id for n in found.votes if 1 <= n <= len(shown)]
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        shown,
        shown=shown,
        clauses=choosing_clauses(text),
    )
    ids += [i for i in named.votes if i not in ids]
    return sorted(ids), named.titles


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ganz klar Mastodon.", ["c1"], id="de-ganz-klar-first"),
        pytest.param("Mastodon! 🐘", ["c1"], id="de-name-emoji"),
        pytest.param("Daumen hoch für Mastodon.", ["c1"], id="de-daumen-hoch"),
        pytest.param("Barrierefreie Posts fänd ich am besten.", ["c2"], id="de-am-besten"),
        pytest.param("KI-Kennzeichnung bitte!", ["c3"], id="de-noun-compound"),
        pytest.param("Stimme für die barrierefreien Posts.", ["c2"], id="de-stimme-inflected"),
        pytest.param("Meine Wahl wäre Mastodon für Vereine.", ["c1"], id="de-meine-wahl-waere"),
        pytest.param("Ich nehm die KI-Bilder.", ["c3"], id="de-nehm"),
        pytest.param("Für Barrierefreiheit, ganz eindeutig.", ["c2"], id="de-eindeutig"),
        pytest.param("Mastodon für Vereine wär top", ["c1"], id="de-waer-top"),
        pytest.param("KI-Bilder, definitiv.", ["c3"], id="de-definitiv"),
        pytest.param("kennzeichnung ki bilder plz", ["c3"], id="de-lower-no-hyphen"),
        pytest.param("Ich stimm fürs Fediverse.", ["c1"], id="de-fediverse"),
        pytest.param(
            "Kennzeichnung von künstlich erzeugten Bildern wäre wichtig.",
            ["c3"],
            id="de-kuenstlich-erzeugt",
        ),
        pytest.param("Ich bin Team Mastodon.", ["c1"], id="de-team"),
        pytest.param("Team Barrierefreiheit 🙋", ["c2"], id="de-team-emoji"),
        pytest.param("Mastodon for sure.", ["c1"], id="en-for-sure"),
        pytest.param("Accessible posts, definitely.", ["c2"], id="en-definitely"),
        pytest.param("AI image labelling please", ["c3"], id="en-ai-image-labelling"),
        pytest.param("I'd pick the Mastodon one.", ["c1"], id="en-pick-the-one"),
        pytest.param("My vote: accessibility.", ["c2"], id="en-my-vote-noun"),
        pytest.param("Definitely the Mastodon topic.", ["c1"], id="en-definitely-first"),
        pytest.param("thumbs up for mastodon", ["c1"], id="en-thumbs-up"),
        pytest.param("I'd go with accessibility.", ["c2"], id="en-go-with-noun"),
        pytest.param("MASTODON PLEASE", ["c1"], id="en-caps"),
        pytest.param("Accessible content please.", ["c2"], id="en-accessible-content"),
        pytest.param("Labelling AI-generated images, for sure.", ["c3"], id="en-ai-generated"),
        pytest.param("Vote für KI-Bilder!", ["c3"], id="mixed-vote-fuer"),
        pytest.param("Mastodon pls, wir wollen weg von X.", ["c1"], id="mixed-pls-reason"),
        pytest.param(
            "Ich stimme für alle drei Vorschläge auf der Liste.",
            ["c1", "c2", "c3"],
            id="de-alle-drei",
        ),
        pytest.param("Voting for all three!", ["c1", "c2", "c3"], id="en-all-three"),
        pytest.param("Ganz klar die drei.", ["c3"], id="de-ganz-klar-number-word"),
        pytest.param("Dat Thema met Mastodon, bitte!", ["c1"], id="koelsch-met"),
        pytest.param(
            "Zusage! Und Daumen hoch für Mastodon als nächstes Thema.",
            ["c1"],
            id="de-als-naechstes-thema",
        ),
        pytest.param(
            "Ich wäre für den Abend zu dezentralen Netzwerken für Vereine.",
            ["c1"],
            id="de-dezentrale-netzwerke",
        ),
        pytest.param(
            "Bei der Abstimmung setze ich auf das Thema mit der Kennzeichnung von KI-Bildern.",
            ["c3"],
            id="de-setze-auf",
        ),
        pytest.param(
            "My suggestion would have been labelling AI images – ah, I see it's already listed.",
            ["c3"],
            id="en-would-have-been-listed",
        ),
    ],
)
def test_a_vote_in_another_voice_chooses_from_the_list(text: str, voted: list[str]) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Für Hochzeiten ist Pinterest bei uns die Nummer eins, noch vor Google.",
            id="de-nummer-eins-bei-uns",
        ),
        pytest.param("Instagram is number one for us.", id="en-number-one-for-us"),
        pytest.param("Definitely, 2 of us.", id="en-definitely-a-count"),
        pytest.param("Wir trauen uns nicht, die zu posten.", id="de-a-verb-with-zu-names-no-topic"),
        pytest.param("Auf jeden Fall, um 7 bin ich da.", id="de-auf-jeden-fall-time"),
    ],
)
def test_a_number_said_of_the_members_world_is_no_vote(text: str) -> None:
    assert read_votes(text, CLUB) == ([], [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ganz klar TikTok!", ["m2"], id="de-ganz-klar"),
        pytest.param("Daumen hoch für LinkedIn", ["m1"], id="de-daumen-hoch"),
        pytest.param("KI-Tools, auf jeden Fall.", ["m4"], id="de-auf-jeden-fall"),
        pytest.param("Team Barrierefreiheit!", ["m3"], id="de-team"),
        pytest.param("LinkedIn for sure", ["m1"], id="en-for-sure"),
        pytest.param("thumbs up for the AI tools", ["m4"], id="en-thumbs-up"),
    ],
)
def test_a_vote_in_another_voice_finds_its_topic_in_another_list(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, MEDIA) == (voted, [])


@pytest.mark.parametrize(
    ("text", "left"),
    [
        pytest.param("Mastodon for clubs, definitely.", None, id="en-definitely"),
        pytest.param("KI-Bilder, auf jeden Fall!", None, id="de-auf-jeden-fall"),
        pytest.param("The accessible one, for sure.", None, id="en-for-sure"),
        pytest.param("Barrierefreiheit, unbedingt!", None, id="de-unbedingt"),
        pytest.param("Mastodon, ganz klar. Ich komme!", Answer.YES, id="de-choice-and-yes"),
        pytest.param("Can't make it. AI images, definitely.", Answer.NO, id="en-no-and-choice"),
    ],
)
def test_emphasis_on_a_topic_choice_is_no_answer(text: str, left: Answer | None) -> None:
    found = extract_topics(text)
    named = resolve_named(
        found.titles, found.named, found.mentioned, CLUB, shown=CLUB,
        clauses=choosing_clauses(text),
    )  # fmt: skip
    said = extract_topics(words_beside_choices(text, named.choosing)).rest
    assert named.votes and read_intent(said).answer is left


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param(
            "Mein Wunschthema: die Sache mit den KI-generierten Fotos.",
            ["c3"],
            id="de-wunschthema-other-words",
        ),
        pytest.param("Themenwunsch: KI-generierte Fotos markieren", ["c3"], id="de-label-synonyms"),
        pytest.param("Ich stimme für barrierefreie Beiträge.", ["c2"], id="de-stimme-synonym"),
        pytest.param(
            "Topic idea: accessible posts for screen readers", ["c2"], id="en-label-one-more-word"
        ),
        pytest.param("I vote for labelling AI pictures.", ["c3"], id="en-vote-for-synonyms"),
        pytest.param(
            "Vorschlag: Mastodon und andere Alternativen für Vereine",
            ["c1"],
            id="de-vorschlag-mastodon-vereine",
        ),
    ],
)
def test_a_suggestion_that_names_a_listed_topic_in_other_words_is_a_vote(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Themenvorschlag: Mastodon-Instanz selbst hosten",
            ["Mastodon-Instanz selbst hosten"],
            id="de-shares-one-word",
        ),
        pytest.param("Topic idea: accessible videos", ["accessible videos"], id="en-one-word"),
        pytest.param(
            "Idee: KI-Bilder für Vereine", ["KI-Bilder für Vereine"], id="de-words-of-two-topics"
        ),
        pytest.param(
            "Themenvorschlag: Barrierefreie PDFs für Vereine",
            ["Barrierefreie PDFs für Vereine"],
            id="de-words-of-two-topics-and-own",
        ),
    ],
)
def test_a_new_suggestion_near_a_listed_topic_stays_new(text: str, titles: list[str]) -> None:
    assert read_votes(text, CLUB) == ([], titles)
