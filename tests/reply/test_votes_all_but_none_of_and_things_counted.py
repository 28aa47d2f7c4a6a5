"""Votes by number as strangers write them, and numbers that are none.

"Ich stimme für alle außer 3" and "All except number 1 please" choose every
place of the list shown but those; "bin ich für den dritten" and "I'm for the
second one" choose a place. "None of the three grab me" chooses none, and
"Zwei Stühle bitte" or "two chairs please" counts things for the evening."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from mail.list_places import ALL_BUT
from mail.topic_text import extract_topics
from somek_tui.services.topic_votes import votes_by_number


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        pytest.param("Ich stimme für alle außer 3.", [3], id="de-stimme-alle-ausser"),
        pytest.param("Alle außer Nummer 2 wären gut.", [2], id="de-alle-ausser-nummer"),
        pytest.param("Alles bis auf die 2 klingt gut.", [2], id="de-bis-auf"),
        pytest.param("All except number 1 please.", [1], id="en-all-except"),
        pytest.param("I'd vote for all of them except 2 and 3.", [2, 3], id="en-except-two"),
        pytest.param("Everything but three, please.", [3], id="en-everything-but-word"),
    ],
)
def test_all_but_some_leaves_those_places_out(text: str, left_out: list[int]) -> None:
    assert extract_topics(text).votes == [ALL_BUT - n for n in left_out]


def test_all_but_a_count_of_people_is_no_vote() -> None:
    assert extract_topics("Wir kommen alle außer 2 Leuten.").votes == []


def _shown(count: int, votes: list[int]) -> tuple[list[str], str]:
    topics = {f"t{n}": SimpleNamespace(id=f"t{n}", is_open=True) for n in range(1, count + 1)}
    view = SimpleNamespace(topic=topics.get)
    match = SimpleNamespace(outgoing=SimpleNamespace(topic_numbers=list(topics)))
    analysis = SimpleNamespace(topic_votes=votes)
    return votes_by_number(cast(Any, analysis), cast(Any, match), cast(Any, view))


def test_all_but_one_of_three_votes_for_the_other_two() -> None:
    assert _shown(3, [ALL_BUT - 3]) == (["t1", "t2"], "")


def test_all_but_two_of_four_votes_for_the_other_two() -> None:
    assert _shown(4, [ALL_BUT - 1, ALL_BUT - 3]) == (["t2", "t4"], "")


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        pytest.param("Bei den Vorschlägen bin ich für den dritten.", [3], id="de-bin-ich-fuer"),
        pytest.param("Da wäre ich für den zweiten.", [2], id="de-waere-ich-fuer"),
        pytest.param("I'm for the second one.", [2], id="en-im-for"),
        pytest.param("I'm all for the first one!", [1], id="en-all-for"),
    ],
)
def test_being_for_a_place_votes_for_it(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("None of the three really grab me.", id="en-none-of-the-three"),
        pytest.param("Neither of the two sounds good to me.", id="en-neither"),
        pytest.param("Keins der drei Themen spricht mich an, ehrlich gesagt.", id="de-keins-der"),
        pytest.param("Keiner der drei Vorschläge überzeugt mich.", id="de-keiner-der"),
        pytest.param("Zwei Stühle bitte – für mich und meinen Mann.", id="de-stuehle"),
        pytest.param("Two chairs please, for me and my husband.", id="en-chairs"),
        pytest.param("Drei Stück Kuchen bitte für unseren Tisch.", id="de-kuchen"),
        pytest.param("Two tickets please!", id="en-tickets"),
    ],
)
def test_none_chosen_or_things_counted_are_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
