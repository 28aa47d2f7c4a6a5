"""Still deciding is a doubt: "Ich überlege noch", "Bin noch unschlüssig", "Still thinking
about it", "Haven't decided yet", "still checking my schedule". Deciding what to bring
or when to arrive beside a yes is no doubt about coming."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich überlege noch", id="ueberlege-noch"),
        pytest.param("Ich überlege mir das noch.", id="ueberlege-mir-das-noch"),
        pytest.param("Bin noch unschlüssig.", id="noch-unschluessig"),
        pytest.param("Still thinking about it.", id="still-thinking"),
        pytest.param("Haven't decided yet.", id="havent-decided"),
        pytest.param("still checking my schedule", id="checking-schedule"),
        pytest.param("I'm still on the fence.", id="on-the-fence"),
    ],
)
def test_still_deciding_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, überlege noch, was ich mitbringe.", id="was-mitbringe"),
        pytest.param("Ich überlege noch, wann ich da bin, aber ich komme.", id="wann-da"),
        pytest.param("I'm coming, still deciding what to bring.", id="what-to-bring"),
    ],
)
def test_deciding_something_else_beside_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
