"""Out of somewhere is not "I'm out": "I'm out of the hospital now, so I'll come".

"I'm out" declines; "I'm out of office until Monday", "out of quarantine" say where the
member is or was, and what follows answers. A firm yes beside them must not be read as
a no; "I'm out of town" still declines by its own cue."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_OPPOSITE = [
    pytest.param(
        "I'm out of office until Monday, but I'll definitely be at the meetup on Thursday.",
        Answer.YES,
        id="ooo-until-monday-definitely-there",
    ),
    pytest.param("I'm out of the hospital now, so I'll come.", Answer.YES, id="out-of-hospital"),
    pytest.param(
        "I'm out of quarantine since Monday, see you there!", Answer.YES, id="out-of-quarantine"
    ),
    pytest.param(
        "I'm out of the woods with my project, count me in!", Answer.YES, id="out-of-the-woods"
    ),
    pytest.param("I'm out of town that week, sorry.", Answer.NO, id="out-of-town-declines"),
    pytest.param("I'm out, sorry.", Answer.NO, id="im-out-declines"),
]


@pytest.mark.parametrize(("text", "right"), NOT_OPPOSITE)
def test_out_of_somewhere_never_gives_the_opposite_answer(text: str, right: Answer) -> None:
    intent = read_intent(text)
    assert intent.answer in (right, None)
    assert intent.answer is right or intent.problem


def test_a_definite_will_be_at_the_meetup_is_a_yes() -> None:
    assert read_intent("I'll definitely be at the meetup.").answer is Answer.YES
