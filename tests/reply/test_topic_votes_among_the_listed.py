"""How many topics a choice is made among is no vote for that place.

"Accessible posts would be my favourite of the three" chooses in words; the
three are the list, not its third place. A number that is a place still votes.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Yes! Accessible posts would be my favourite of the three.", id="en-favourite-of-three"
        ),
        pytest.param("Among the three I like the accessibility one most.", id="en-among-three"),
        pytest.param(
            "Von den dreien mag ich das mit Mastodon am liebsten.", id="de-von-den-dreien"
        ),
        pytest.param("Aus den drei nehme ich die barrierefreien Posts.", id="de-aus-den-drei"),
    ],
)
def test_the_size_of_the_list_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        pytest.param("Of the three, number 2 please.", [2], id="en-number-2"),
        pytest.param("Von den drei fände ich die 3 am besten.", [3], id="de-die-3"),
    ],
)
def test_a_place_named_beside_the_list_still_votes(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes
