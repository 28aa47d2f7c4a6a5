"""A group that comes only if the member can make it is a maybe, not a yes.

"We'll be three if I can get away" names the group and hangs the member's
coming on a condition; a condition about the guests being welcome ("if
that's ok") leaves the yes as it is.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We'll be three if I can get away", id="three-if-i-can-get-away"),
        pytest.param("We'll be three if I can make it.", id="three-if-i-can-make-it"),
        pytest.param(
            "Wir kommen zu dritt, wenn ich es schaffe.", id="zu-dritt-wenn-ich-es-schaffe"
        ),
        pytest.param("Wir kommen zu zweit, falls ich früher wegkomme.", id="falls-ich-wegkomme"),
        pytest.param(
            "Komme mit meiner Frau, wenn ich rechtzeitig loskomme", id="wenn-ich-loskomme"
        ),
        pytest.param("Bringing my partner if I can make it", id="bringing-partner-if"),
    ],
)
def test_a_group_on_the_members_condition_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("We'll be three", 2, id="three-no-condition"),
        pytest.param("We'll be three, if that's ok", 2, id="if-thats-ok"),
    ],
)
def test_a_group_without_the_members_condition_stays_a_yes(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
