"""A topic number said as the regions and the neighbours say it is a vote.

"Zwee! Ganz klar.", "Zwoa!", "Dreier! Unbedingt.", "Dreie, weil …", "ik stimm för Nummer
een": the number word of a dialect or a neighbouring language chooses as "Zwei!" does. A
count of people or things, or the start of a compound ("Dreier-Tisch"), chooses nothing.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Zwee! Ganz klar.", [2]),
        ("Zwoa!", [2]),
        ("Dreier! Unbedingt.", [3]),
        ("Dreie, weil mir im Laden selber ned wissn, wie ma des macht.", [3]),
        ("Moin, ik stimm för Nummer een.", [1]),
        ("Oans!", [1]),
        ("Die Viere bitte.", [4]),
    ],
)
def test_a_regional_number_word_is_a_vote(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        "Ich nehme den Dreier-Tisch.",
        "Zwee Kollegen bring ich mit.",
        "Ja, zwee Leute.",
        "Wir sind zu drie.",
        "Ein Dreier ist nix für mich.",
    ],
)
def test_a_regional_number_word_counting_people_or_things_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
