"""A vote for a listed topic said in the member's own words, not its title or number.

People point at a topic the way they remember it: "das mit der KI", "the
accessibility one", "Mastodon, ganz klar", "KI-Bilder kennzeichnen – das
brauchen wir dringend". A clause counts as a vote when all its words,
less the words that only choose ("bitte", "super", "gets my +1"), name one
open topic; a name that fits several is read against the list the member
was shown. Anything more said in the clause, a doubt or a "nicht", keeps it
from being a vote.
"""

from __future__ import annotations

import pytest

from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

SHOWN = [
    Topic(id="t0", title="Ja-Sager-Kultur im Verein"),
    Topic(id="t1", title="Mastodon für Vereine"),
    Topic(id="t2", title="Barrierefreie Posts"),
    Topic(id="t3", title="KI-Bilder kennzeichnen"),
]
# suggested by other members since the invitation went out
LATER = [
    Topic(id="t4", title="KI im Vereinsalltag"),
    Topic(id="t5", title="Mastodon-Instanz selbst hosten"),
]


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        [*SHOWN, *LATER],
        shown=SHOWN,
        clauses=choosing_clauses(text),
    )
    return named.votes


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Mastodon, ganz klar.", ["t1"], id="de-name-then-ganz-klar"),
        pytest.param(
            "Mastodon, ganz klar. Wir überlegen gerade, ob wir von X weggehen.",
            ["t1"],
            id="de-name-then-reason",
        ),
        pytest.param(
            "KI-Bilder kennzeichnen – das brauchen wir dringend, wir hatten gerade einen "
            "Shitstorm deswegen.",
            ["t3"],
            id="de-full-title-then-dash",
        ),
        pytest.param("Accessibility gets my +1.", ["t2"], id="en-gets-my-plus-one"),
        pytest.param("Yes, I'm coming. Accessibility gets my +1.", ["t2"], id="en-answer-beside"),
        pytest.param("Komme! Und ich stimme für das KI-Thema.", ["t3"], id="de-ki-thema-shown"),
        pytest.param("Meine Stimme: KI-Bilder.", ["t3"], id="de-meine-stimme-short"),
        pytest.param("I'd vote for the Mastodon one.", ["t1"], id="en-the-x-one"),
        pytest.param("the accessibility one pls", ["t2"], id="en-lower-pls"),
        pytest.param("Das mit der KI!", ["t3"], id="de-das-mit-der"),
        # "Bilder" is what many topics hold: alone it names none of them (a person reads it)
        pytest.param("das mit den Bildern 👍", [], id="de-das-mit-den-bildern-emoji"),
        pytest.param(
            "Ich wäre für das Thema mit den barrierefreien Beiträgen.",
            ["t2"],
            id="de-waere-fuer-beitraege",
        ),
        pytest.param(
            "Von den drei Vorschlägen wäre mir das mit der Barrierefreiheit am liebsten.",
            ["t2"],
            id="de-am-liebsten-barrierefreiheit",
        ),
        pytest.param("Barrierefreiheit!!", ["t2"], id="de-noun-form-alone"),
        pytest.param("MASTODON BITTE", ["t1"], id="de-all-caps"),
        pytest.param("Mastodon für Vereine wär mega", ["t1"], id="de-waer-mega"),
        pytest.param("Kennzeichnung von KI-Bildern fände ich wichtig.", ["t3"], id="de-noun-order"),
        pytest.param("Definitely the AI images one.", ["t3"], id="en-ai-images"),
        pytest.param("Mastodon for clubs, please!", ["t1"], id="en-translated-title"),
        pytest.param("KI-Bilder 👍👍", ["t3"], id="de-emoji-only"),
    ],
)
def test_a_listed_topic_named_in_other_words_is_a_vote(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mastodon eher nicht.", id="de-rather-not"),
        pytest.param("KI-Bilder? Nein danke.", id="de-asked-then-no"),
        pytest.param("KI-Bilder – bloß nicht!", id="de-dash-not"),
        pytest.param("Mastodon kenne ich schon.", id="de-known-already"),
        pytest.param("Barrierefreie Posts hatten wir doch schon.", id="de-had-that"),
        pytest.param("Not the accessibility one.", id="en-not-the-one"),
        pytest.param("Mastodon?", id="de-question"),
        pytest.param("Wir nutzen Mastodon seit Jahren.", id="de-sentence-about-use"),
        pytest.param("Ja, ich komme.", id="de-plain-yes"),
        pytest.param("Vielen Dank für die Einladung!", id="de-thanks"),
        pytest.param("I'll come by bike.", id="en-plain"),
        pytest.param("Ja", id="de-yes-word-in-a-title"),
        pytest.param("JA!!", id="de-shouted-yes"),
        pytest.param("Danke für den tollen Abend zu Mastodon!", id="de-thanks-for-past-evening"),
        pytest.param("Mastodon war super!", id="de-past-evening-praised"),
        pytest.param("Folgt uns: Mastodon | Instagram", id="de-signature-links"),
        pytest.param("Ich bin auf Mastodon: @anna@chaos.social", id="de-own-account"),
        pytest.param("Posts zum Abend mache ich gern.", id="de-offer-to-post"),
    ],
)
def test_a_topic_named_without_choosing_it_is_no_vote(text: str) -> None:
    assert _voted(text) == []


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ich stimme für das KI-Thema.", ["t3"], id="de-ki-fits-two-shown-wins"),
        pytest.param("Mastodon bitte!", ["t1"], id="de-mastodon-fits-two-shown-wins"),
    ],
)
def test_a_name_that_fits_several_open_topics_is_read_against_the_list_shown(
    text: str, voted: list[str]
) -> None:
    assert _voted(text) == voted


def test_a_topic_suggested_since_the_list_was_sent_is_not_chosen_by_a_clause() -> None:
    assert _voted("Instanz selbst hosten, unbedingt!") == []


def test_a_name_that_fits_several_topics_none_shown_is_no_vote() -> None:
    found = extract_topics("Ich stimme für das KI-Thema.")
    named = resolve_named(found.titles, found.named, found.mentioned, [*SHOWN, *LATER], shown=[])
    assert named.votes == []
    assert "names no open topic" in named.problem


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Meine Stimme: Barrierefreiheit", ["t2"], id="de-meine-stimme-noun"),
        pytest.param("+1 für die Kennzeichnung von KI-Bildern", ["t3"], id="de-plus-one-noun"),
    ],
)
def test_a_vote_may_name_a_topic_by_a_noun_made_of_its_word(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


def test_a_suggestion_made_of_a_topics_words_with_more_stays_a_suggestion() -> None:
    found = resolve_named(
        ["Barrierefreiheit in Videos"],
        [],
        [],
        [Topic(id="t9", title="Accessible video captions")],
    )
    assert (found.titles, found.votes) == (["Barrierefreiheit in Videos"], [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Kann nicht, aber mein Votum: Mastodon.", ["t1"], id="de-no-then-votum"),
        pytest.param(
            "Can't come, but if my vote counts: accessibility.", ["t2"], id="en-no-then-vote"
        ),
        pytest.param(
            "Not coming this time, but put me down for the accessible posts topic.",
            ["t2"],
            id="en-put-me-down-for",
        ),
        pytest.param("Mastodon und KI-Bilder, beide super.", ["t1", "t3"], id="de-two-named"),
        pytest.param("Das mit dem Fediverse fänd ich am besten.", ["t1"], id="de-fediverse"),
        pytest.param(
            "Fürs nächste Mal wäre ich für die Sache mit den KI-Bildern.",
            ["t3"],
            id="de-die-sache-mit",
        ),
        pytest.param("Ja +1 (meine Freundin)", [], id="de-yes-plus-one-guest-no-topic"),
    ],
)
def test_a_choice_beside_a_no_or_naming_two_topics_counts(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


def test_a_suggestion_naming_a_listed_topic_by_a_noun_of_its_word_is_a_vote() -> None:
    found = extract_topics("Ich komme. Bei den Themen: die Barrierefreiheit, bitte.")
    named = resolve_named(found.titles, found.named, found.mentioned, [*SHOWN, *LATER], shown=SHOWN)
    assert (named.titles, named.votes) == ([], ["t2"])


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Zweiter Vorschlag!", [2], id="de-ordinal-alone"),
        pytest.param("First one for me please!", [1], id="en-first-one-for-me"),
        pytest.param("the third topic pls", [3], id="en-third-topic-pls"),
        pytest.param("Zwei und drei, beides wichtig.", [2, 3], id="de-number-words-listed"),
        pytest.param("1 & 3", [1, 3], id="digits-listed"),
        pytest.param("Ich komme zum ersten Mal", [], id="de-first-time-no-vote"),
        pytest.param("Das erste Thema kenne ich schon", [], id="de-ordinal-known-no-vote"),
        pytest.param("Von den drei Vorschlägen ist keiner meins", [], id="de-count-of-the-list"),
    ],
)
def test_a_place_in_the_list_said_in_words_is_a_vote_by_number(
    text: str, numbers: list[int]
) -> None:
    assert extract_topics(text).votes == numbers


def test_a_clause_whose_parts_do_not_all_name_topics_chooses_none() -> None:
    assert _voted("Vereinschronik auf Instagram – alte Fotos digitalisieren und posten.") == []


# a list of platform topics, named by the short or spelled-out word people use
PLATFORMS = [
    Topic(id="ki", title="KI-Tools für die Vereinsarbeit"),
    Topic(id="insta", title="Instagram Reels für Einsteiger"),
    Topic(id="a11y", title="Barrierefreie Posts"),
    Topic(id="li", title="LinkedIn für Vereine"),
    Topic(id="ds", title="Datenschutz bei Vereinsfotos"),
]


def _chose(text: str) -> tuple[list[str], list[str]]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        PLATFORMS,
        shown=PLATFORMS,
        clauses=choosing_clauses(text),
    )
    return named.votes, named.titles


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Das mit der KI bitte!", ["ki"], id="de-das-mit-der-ki"),
        pytest.param("The AI one, please.", ["ki"], id="en-the-ai-one"),
        pytest.param("Künstliche Intelligenz bitte", ["ki"], id="de-spelled-out-ki"),
        pytest.param("+1 für Insta", ["insta"], id="de-plus-one-insta"),
        pytest.param("Insta Reels wäre super", ["insta"], id="de-insta-reels"),
        pytest.param("The Instagram one sounds great.", ["insta"], id="en-instagram-one"),
        pytest.param("the accessibility one pls", ["a11y"], id="en-accessibility-one"),
        pytest.param("Barrierefreiheit wäre mir wichtig.", ["a11y"], id="de-noun-of-the-word"),
        pytest.param("Den Vortrag zu LinkedIn fände ich gut.", ["li"], id="de-vortrag-zu"),
        pytest.param("I'd go for LinkedIn.", ["li"], id="en-go-for"),
        pytest.param("DSGVO bei Fotos wäre super", ["ds"], id="de-dsgvo-for-datenschutz"),
        pytest.param("KI und LinkedIn", ["ki", "li"], id="de-two-by-name-with-acronym"),
        pytest.param(
            "Alle klingen gut, aber LinkedIn am meisten.", ["li"], id="de-all-good-one-most"
        ),
        pytest.param("Ich komme. KI wäre mein Favorit.", ["ki"], id="de-answer-then-favourite"),
        pytest.param("LinkedIn eher nicht.", [], id="de-turned-down"),
        pytest.param("Wir nutzen LinkedIn gar nicht.", [], id="de-not-used"),
        pytest.param("Ich hab keinen Favoriten.", [], id="de-no-favourite"),
        pytest.param("Danke für die Einladung, ich komme.", [], id="de-thanks-and-answer"),
    ],
)
def test_a_listed_topic_named_by_its_short_or_long_word_gets_the_vote(
    text: str, voted: list[str]
) -> None:
    assert sorted(_chose(text)[0]) == sorted(voted)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich stimme für KI und Barrierefreiheit.", id="de-stimme-fuer-two"),
        pytest.param("I vote for AI tools and LinkedIn.", id="en-vote-for-two"),
    ],
)
def test_a_vote_for_two_listed_topics_suggests_no_new_one(text: str) -> None:
    votes, titles = _chose(text)
    assert len(votes) == 2
    assert titles == []
