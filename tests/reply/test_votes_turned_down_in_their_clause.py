"""A number turned down in its own clause is no vote.

"Nummer 2 bitte nicht", "Alles außer Nummer 2 fände ich gut", "Topic 3 please
not again": the words that would choose a number ("bitte", "fände ich gut")
stand beside a denial or an exception in the same clause, so the number is
not chosen. Another clause may still choose ("Ich bin für die Nummer 3, nicht
für die 1").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "unchosen"),
    [
        pytest.param("Nummer 2 bitte nicht, das hatten wir schon.", 2, id="de-bitte-nicht"),
        pytest.param("Alles außer Nummer 2 fände ich gut.", 2, id="de-alles-ausser"),
        pytest.param("Thema 3 bitte lieber nicht.", 3, id="de-lieber-nicht"),
        pytest.param("Anything but topic 2 sounds good.", 2, id="en-anything-but"),
        pytest.param("Topic 1 please not again.", 1, id="en-please-not"),
        pytest.param("Everything except number 3 would be great.", 3, id="en-except"),
    ],
)
def test_a_number_turned_down_in_its_clause_is_no_vote(text: str, unchosen: int) -> None:
    assert unchosen not in extract_topics(text).votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        pytest.param("Ich bin für die Nummer 3, nicht für die 1.", [3], id="de-nicht-fuer"),
        pytest.param("Thema 2 klingt gut, bin dabei.", [2], id="de-klingt-gut"),
        pytest.param("Topic 2 please, not 1.", [2], id="en-not-after-comma"),
        pytest.param("Ich stimme für 2, komme aber erst um 8.", [2], id="de-stimme-fuer"),
        pytest.param(
            "I'd vote for number three if it's not too late.", [3], id="en-if-not-too-late"
        ),
        pytest.param(
            "Ich stimme für Nummer 2, falls es nicht zu spät ist.", [2], id="de-falls-nicht"
        ),
        pytest.param(
            "Ich stimme für Thema 2, wenn ich nicht zu spät bin.", [2], id="de-wenn-nicht"
        ),
    ],
)
def test_a_number_chosen_in_its_own_clause_still_votes(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes
