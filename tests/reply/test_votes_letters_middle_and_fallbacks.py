"""Votes by a list's letter ("stimme für C", "b) wäre mein Favorit", "Thema A"), by
its middle place ("das mittlere", "the middle one"), and first choices with a
fallback ("die 2, notfalls die 4"): the fallback is no vote while the first stands.
The middle of a list is known only from the list the member was shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

import pytest

from mail.list_places import MIDDLE_PLACE
from mail.topic_described import described_choices
from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models import Topic
from somek_tui.services.topic_votes import resolve_named, votes_by_number

BY_LETTER = [
    pytest.param("Bin dabei, und ich stimme für C.", [3], id="de-stimme-fuer-c"),
    pytest.param("Komme! b) wäre mein Favorit.", [2], id="de-b-bracket-favorit"),
    pytest.param("Meine Wahl wäre Thema A.", [1], id="de-thema-a"),
    pytest.param("Komme. Meine Stimme: B", [2], id="de-meine-stimme-colon-b"),
    pytest.param("I'd go for B. See you there.", [2], id="en-go-for-b"),
    pytest.param("Vote for A and C!", [1, 3], id="en-vote-for-a-and-c"),
]


@pytest.mark.parametrize(("text", "votes"), BY_LETTER)
def test_a_letter_of_the_list_votes_for_its_place(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


NO_LETTER_VOTE = [
    pytest.param("Ich komme, Grüße für A. Müller.", id="de-initial-of-a-name"),
    pytest.param("The topic a bit boring but I'll come.", id="en-article-a"),
    pytest.param("Ich komme, vorher muss ich noch für B einkaufen.", id="de-letter-in-a-story"),
]


@pytest.mark.parametrize("text", NO_LETTER_VOTE)
def test_a_letter_that_chooses_nothing_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


MIDDLE = [
    pytest.param("Ich wähl das mittlere Thema.", id="de-waehl-das-mittlere"),
    pytest.param("Von den dreien: das mittlere.", id="de-von-den-dreien"),
    pytest.param("Wenn ich wählen darf: den mittleren Vorschlag.", id="de-den-mittleren"),
    pytest.param("Ja, komme. Das mittlere fände ich am spannendsten.", id="de-faende-ich"),
    pytest.param("I'd go for the middle option.", id="en-middle-option"),
    pytest.param("The middle one please.", id="en-middle-one-please"),
]


@pytest.mark.parametrize("text", MIDDLE)
def test_the_middle_one_votes_for_the_middle_place(text: str) -> None:
    assert extract_topics(text).votes == [MIDDLE_PLACE]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das mittlere eher nicht.", id="de-turned-down"),
        pytest.param("Ich sitze gern in der mittleren Reihe.", id="de-a-row"),
    ],
)
def test_a_middle_that_chooses_nothing_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


def _shown(count: int, votes: list[int]) -> tuple[list[str], str]:
    topics = {f"t{n}": SimpleNamespace(id=f"t{n}", is_open=True) for n in range(1, count + 1)}
    view = SimpleNamespace(topic=topics.get)
    match = SimpleNamespace(outgoing=SimpleNamespace(topic_numbers=list(topics)))
    analysis = SimpleNamespace(topic_votes=votes)
    return votes_by_number(cast(Any, analysis), cast(Any, match), cast(Any, view))


def test_the_middle_of_three_is_the_second() -> None:
    assert _shown(3, [MIDDLE_PLACE]) == (["t2"], "")


def test_the_middle_of_an_even_list_goes_to_a_person() -> None:
    ids, problem = _shown(4, [MIDDLE_PLACE])
    assert ids == []
    assert "middle" in problem


FALLBACK = [
    pytest.param("Ich nehm die 2, notfalls die 4.", [2], id="de-notfalls"),
    pytest.param("Thema 2, zur Not Thema 3.", [2], id="de-zur-not"),
    pytest.param("Topic 1, otherwise topic 3.", [1], id="en-otherwise"),
    pytest.param("2 please, 3 as a fallback", [2], id="en-as-a-fallback"),
    pytest.param("Erste Wahl Thema 2, zweite Wahl Thema 1.", [2], id="de-zweite-wahl"),
]


@pytest.mark.parametrize(("text", "votes"), FALLBACK)
def test_a_fallback_choice_is_no_vote(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Komme, sonst 3 Leute aus dem Team.", id="de-people-counted"),
        pytest.param("Ich komme, sonst 2 Kollegen.", id="de-colleagues"),
    ],
)
def test_a_count_after_a_fallback_word_is_kept(text: str) -> None:
    assert extract_topics(text).rest == text


MORE_WAYS = [
    pytest.param("Let's do 3.", [3], id="en-lets-do"),
    pytest.param("Lass uns die 2 nehmen.", [2], id="de-lass-uns"),
    pytest.param("1 wäre nice", [1], id="de-waere-nice"),
    pytest.param("Das dritte hört sich gut an!", [3], id="de-hoert-sich-gut-an"),
    pytest.param("Bei der Themenwahl: zweiter Punkt.", [2], id="de-themenwahl-zweiter-punkt"),
    pytest.param("Ich stimme für das zweite und das dritte.", [2, 3], id="de-two-places"),
    pytest.param(
        "Von den Vorschlägen finde ich den letzten am sinnvollsten.", [0], id="de-am-sinnvollsten"
    ),
    pytest.param("Das erste find ich am spannendsten.", [1], id="de-am-spannendsten"),
    pytest.param("I'd pick the first and the last.", [1, 0], id="en-first-and-last"),
]


@pytest.mark.parametrize(("text", "votes"), MORE_WAYS)
def test_more_ways_to_choose_a_place(text: str, votes: list[int]) -> None:
    found = extract_topics(text)
    assert found.votes == votes
    assert found.titles == []


def test_an_election_in_a_label_still_heads_a_suggestion() -> None:
    found = extract_topics("Idee zur Kommunalwahl: Wahlkampf auf Instagram")
    assert found.titles == ["Wahlkampf auf Instagram"]


_NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
OPEN = [
    Topic(id="t1", title="Mastodon für Vereine", created=_NOW),
    Topic(id="t2", title="Barrierefreie Posts", created=_NOW),
    Topic(id="t3", title="KI-Bilder kennzeichnen", created=_NOW),
]


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles, found.named, found.mentioned, OPEN, shown=OPEN,
        clauses=choosing_clauses(found.rest), described=described_choices(found.rest),
    )  # fmt: skip
    return named.votes


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ich hab Lust auf das KI-Thema.", ["t3"], id="de-lust-auf"),
        pytest.param("Bock auf Mastodon!", ["t1"], id="de-bock-auf"),
        pytest.param("I'm keen on the Mastodon topic.", ["t1"], id="en-keen-on"),
        pytest.param("Ich hab keine Lust auf das KI-Thema.", [], id="de-keine-lust"),
        pytest.param("I am not keen on the Mastodon topic.", [], id="en-not-keen"),
    ],
)
def test_a_liking_for_a_listed_topic_votes_for_it(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


@pytest.mark.parametrize(
    ("text", "votes", "titles"),
    [
        pytest.param(
            "Komme! +1 für die Nr. 2 und als neue Idee: Podcasts für Vereine.",
            [2],
            ["Podcasts für Vereine"],
            id="de-vote-und-idee",
        ),
        pytest.param(
            "Yes, topic 3 please, and I'd add: community notes.",
            [3],
            ["community notes"],
            id="en-vote-and-id-add",
        ),
    ],
)
def test_a_vote_before_a_suggestion_on_its_line_counts(
    text: str, votes: list[int], titles: list[str]
) -> None:
    found = extract_topics(text)
    assert found.votes == votes
    assert found.titles == titles


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Mir gefällt die Idee mit Mastodon am besten.", ["t1"], id="de-die-idee-mit"),
        pytest.param(
            "Count me in – the AI-labelling topic gets my vote, and I'd add: community notes.",
            ["t3"],
            id="en-gets-my-vote-before-a-label",
        ),
        pytest.param("Die Idee mit Mastodon finde ich nicht so gut.", [], id="de-idee-nicht-gut"),
    ],
)
def test_a_listed_topic_described_by_its_idea_votes_for_it(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ideen von uns:\n– Kinderfotos bei Festen\n– Einsatzberichte\n\n"
            "Das Letzte wäre uns am wichtigsten.",
            id="de-das-letzte-of-own-list",
        ),
        pytest.param(
            "Ideas:\n- Podcasts\n- Reels\nThe second one matters most to us.",
            id="en-the-second-of-own-list",
        ),
    ],
)
def test_a_place_under_a_list_of_the_members_own_ranks_that_list(text: str) -> None:
    found = extract_topics(text)
    assert len(found.titles) == 2
    assert found.votes == []


def test_a_number_under_a_list_of_the_members_own_still_votes() -> None:
    found = extract_topics("Ideen:\n- Podcasts\n- Reels\nUnd für die Abstimmung: Thema 2.")
    assert found.votes == [2]
