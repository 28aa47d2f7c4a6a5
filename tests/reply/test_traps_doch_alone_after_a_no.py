"""A "Doch!" standing alone after a no takes the no back: "Ich komme nicht. Doch!" is
never recorded as a no. With an answer after it, that answer counts; with none, what
was meant instead is for a person to read."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht. Doch!", id="komme-nicht-doch"),
        pytest.param("Kann nicht. Doch!!", id="kann-nicht-doch"),
        pytest.param("Ich schaff's nicht. Doch! 😅", id="schaffs-nicht-doch"),
        pytest.param("Bin raus. Doch!", id="bin-raus-doch"),
    ],
)
def test_a_doch_alone_after_a_no_is_never_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme. Doch! Wirklich.", id="yes-doch"),
        pytest.param("Kann nicht. Doch! Ich kann, ich hab den Termin verschoben.", id="doch-kann"),
    ],
)
def test_a_doch_alone_never_makes_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
