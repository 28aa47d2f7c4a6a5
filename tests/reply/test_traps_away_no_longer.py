"""Away no longer is no absence: "Bin nicht mehr im Urlaub, also dabei".

"Ich bin krank", "bin im Urlaub", "sind auf Reisen" decline; denied ("nicht mehr krank",
"nimmer krank", "nicht mehr auf Reisen") they say the member is free again, and the
answer beside them stands. Each row must end as the right answer or in review, never as
the opposite."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_OPPOSITE = [
    pytest.param("Bin nicht mehr im Urlaub, also dabei.", Answer.YES, id="nicht-mehr-im-urlaub"),
    pytest.param("Ich bin nicht mehr krank, komme also.", Answer.YES, id="nicht-mehr-krank"),
    pytest.param("Bin nimmer krank, i kumm!", Answer.YES, id="nimmer-krank-dialect"),
    pytest.param(
        "Wir sind nicht mehr auf Reisen, also sind wir da.",
        Answer.YES,
        id="nicht-mehr-auf-reisen",
    ),
    pytest.param("Ich bin nicht im Urlaub, also komme ich.", Answer.YES, id="nicht-im-urlaub"),
    pytest.param("Ich bin leider noch krank.", Answer.NO, id="noch-krank-declines"),
    pytest.param("Ich bin diese Woche im Urlaub.", Answer.NO, id="im-urlaub-declines"),
    pytest.param(
        "Ich bin nicht krank, aber ich kann trotzdem nicht.",
        Answer.NO,
        id="nicht-krank-aber-kann-nicht",
    ),
]


@pytest.mark.parametrize(("text", "right"), NOT_OPPOSITE)
def test_away_no_longer_never_gives_the_opposite_answer(text: str, right: Answer) -> None:
    # None goes to review ("no answer found in the reply")
    assert read_intent(text).answer in (right, None)


def test_sick_no_longer_beside_a_yes_is_a_yes() -> None:
    assert read_intent("Ich bin nicht mehr krank, komme also.").answer is Answer.YES
