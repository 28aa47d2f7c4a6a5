"""Short answers strangers send from a phone: "will do" alone is a yes; denied, it is
no yes. Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mach ich!", id="de-mach-ich"),
        pytest.param("mach ich", id="de-mach-ich-lower"),
        pytest.param("Machen wir!", id="de-machen-wir"),
    ],
)
def test_will_do_alone_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_will_do_denied_is_no_yes() -> None:
    assert read_intent("Mach ich nicht.").answer is not Answer.YES
