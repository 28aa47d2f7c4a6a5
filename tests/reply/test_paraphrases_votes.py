"""Votes by number in strangers' words: lists of digits, number words and places.

A number votes when it stands for a place in the list the member was shown
(the caller checks there was one): several at once ("1 und 3 ja", "One and
three, bitte!", "Erstes und zweites Thema"), after a lead-in ("Wenn ich
wählen darf: das dritte Thema"), beside "beim nächsten Mal". A number turned
down ("2 eher nicht") or one with a unit ("3 mal", "2 Leute") never votes.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mail.list_places import LAST_PLACE
from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models import Topic
from somek_tui.services.topic_votes import resolve_named


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("1 und 3 ja, 2 eher nicht.", [1, 3], id="de-digits-ja-one-turned-down"),
        pytest.param("2 und 3 gerne!", [2, 3], id="de-digits-gerne"),
        pytest.param("yes to 1 and 2", [1, 2], id="en-yes-to-digits"),
        pytest.param("One and three, bitte!", [1, 3], id="mixed-one-and-three"),
        pytest.param("two and one please", [2, 1], id="en-two-and-one"),
        pytest.param("Erstes und zweites Thema, bitte.", [1, 2], id="de-ordinals-listed"),
        pytest.param("das erste und das dritte Thema", [1, 3], id="de-ordinals-with-articles"),
        pytest.param("The first and third topics sound good.", [1, 3], id="en-ordinals-listed"),
        pytest.param(
            "Wenn ich wählen darf: das dritte Thema.", [3], id="de-ordinal-after-a-lead-in"
        ),
        pytest.param("If I get a say: the second one.", [2], id="en-ordinal-after-a-lead-in"),
        pytest.param(
            "Danke für den Abend! Beim nächsten Mal bitte Thema 3.", [3], id="de-naechstes-mal"
        ),
        pytest.param("Next time topic 2 please", [2], id="en-next-time"),
    ],
)
def test_numbers_in_strangers_words_vote(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich war schon 3 mal da, gerne wieder.", id="de-times"),
        pytest.param("Ja, wir kommen zu 2.", id="de-company"),
        pytest.param("Yes, one of us will come.", id="en-one-of-us"),
        pytest.param("Das erste Mal dabei, ja!", id="de-first-time"),
        pytest.param("First time joining, yes please.", id="en-first-time"),
        pytest.param("2 eher nicht, sorry.", id="de-turned-down"),
    ],
)
def test_numbers_that_are_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        pytest.param(
            "Not coming this time, but put me down for the accessible posts topic.",
            "the accessible posts topic",
            "Not coming this time, but",
            id="en-put-me-down-for",
        ),
        pytest.param(
            "Bin da. Fürs nächste Mal wäre ich für die Sache mit den KI-Bildern.",
            "Sache mit den KI-Bildern",
            "Bin da",
            id="de-waere-ich-fuer",
        ),
        pytest.param(
            "Ich vote für die Barrierefreiheit, definitely.",
            "Barrierefreiheit",
            "",
            id="mixed-vote-fuer-definitely",
        ),
        pytest.param(
            "Meine Stimme kriegt Mastodon für Vereine.",
            "Mastodon für Vereine",
            "",
            id="de-meine-stimme-kriegt",
        ),
        pytest.param(
            "Can't make it. The one about AI images gets my vote though.",
            "The one about AI images",
            "Can't make it",
            id="en-gets-my-vote-after-an-answer",
        ),
    ],
)
def test_a_vote_by_name_leaves_the_answer_alone(text: str, name: str, rest: str) -> None:
    found = extract_topics(text)
    assert found.named == [name]
    assert found.rest.rstrip(" .") == rest


_NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
OPEN = [
    Topic(id="t1", title="Mastodon für Vereine", created=_NOW),
    Topic(id="t2", title="Barrierefreie Posts", created=_NOW),
    Topic(id="t3", title="KI-Bilder kennzeichnen", created=_NOW),
]


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles, found.named, found.mentioned, OPEN, clauses=choosing_clauses(found.rest)
    )
    assert not named.problem
    return named.votes


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param(
            "Bin nicht da, aber für die Abstimmung: die Sache mit den KI-generierten Fotos.",
            ["t3"],
            id="de-sache-mit-ki-generierten-fotos",
        ),
        pytest.param(
            "The one about labelling AI-generated pictures gets my vote.",
            ["t3"],
            id="en-one-about-ai-generated-pictures",
        ),
        pytest.param(
            "Kennzeichnung von KI-generierten Bildern, das wäre gut.",
            ["t3"],
            id="de-pointing-back-das-waere-gut",
        ),
        pytest.param(
            "Meine Stimme kriegt Mastodon für unseren Verein.", ["t1"], id="de-stimme-kriegt"
        ),
        pytest.param("Barrierefreie Posts hatten wir schon", [], id="de-a-line-about-a-topic"),
        pytest.param("Wir posten Fotos auf Mastodon.", [], id="de-words-of-three-topics"),
        pytest.param("Ich komme mit Leuten aus dem Verein.", [], id="de-one-shared-word"),
    ],
)
def test_a_vote_in_more_words_of_its_own_finds_the_topic_most_of_them_name(
    text: str, voted: list[str]
) -> None:
    assert _voted(text) == voted


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thema 2 finde ich ehrlich gesagt langweilig.", id="de-boring"),
        pytest.param("Nummer 3 hatten wir doch schon.", id="de-had-that"),
        pytest.param("Topic 1 sounds a bit boring to me.", id="en-boring"),
    ],
)
def test_a_number_rated_down_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Nr.1\n\nLG Dirk", [1], id="de-nr-without-a-space"),
        pytest.param("3️⃣", [3], id="keycap-emoji"),
        pytest.param(
            "Fürs erste Thema! Wir überlegen, ob das was für uns ist.", [1], id="de-fuers"
        ),
        pytest.param(
            "Ja zum Abend, und bei den Themen: eins und zwei.", [1, 2], id="de-themen-colon"
        ),
        pytest.param(
            "Ich würde die Nr. 2 nehmen – Alt-Texte schreibt bei uns keiner richtig.",
            [2],
            id="de-dash-goes-on-about-it",
        ),
    ],
)
def test_numbers_as_typed_in_a_hurry_vote(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers


def test_the_answer_before_a_header_that_names_no_topic_is_kept_once() -> None:
    rest = extract_topics("Ja zum Abend, und bei den Themen: nichts für mich.").rest
    assert rest.count("Ja zum Abend") == 1


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Meine Stimme: das KI-Ding.", ["t3"], id="de-ki-ding"),
        pytest.param(
            "Komme! Bei den Themen wäre ich für Mastodon, unser Verein ist da schon.",
            ["t1"],
            id="de-waere-ich-fuer-without-article",
        ),
    ],
)
def test_a_vote_by_a_short_name(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich stimme für das letzte auf der Liste.", id="de-the-last-on-the-list"),
        pytest.param("Count my vote for the last option.", id="en-the-last-option"),
        pytest.param("Ich stimme für das Thema mit TikTok.", id="de-a-topic-not-listed"),
    ],
)
def test_a_vote_for_a_place_or_an_unlisted_topic_suggests_no_title(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich stimme für das letzte auf der Liste.", id="de-das-letzte"),
        pytest.param("Count my vote for the last option.", id="en-the-last-option"),
        pytest.param("The last one, please.", id="en-the-last-one"),
    ],
)
def test_the_last_place_is_a_vote_for_whatever_the_list_ends_with(text: str) -> None:
    assert extract_topics(text).votes == [LAST_PLACE]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das letzte Mal war super.", id="de-last-time"),
        pytest.param("Last time was great, yes.", id="en-last-time"),
    ],
)
def test_the_last_evening_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
