"""A refusal named first and then denied ("Absagen kann ich nicht, dafür freu ich mich zu
sehr", "Ablehnen kann ich so ein Angebot nicht") is never a no: the negation falls on the
refusal. A refusal one must make stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Absagen kann ich nicht, dafür freu ich mich zu sehr.", id="absagen-kann"),
        pytest.param("Ablehnen kann ich so ein Angebot nicht.", id="ablehnen-angebot"),
        pytest.param("Nein sagen kann ich da nicht, bin dabei.", id="nein-sagen-kann"),
        pytest.param("Wegbleiben mag ich nicht, ich komme.", id="wegbleiben-mag"),
    ],
)
def test_a_refusal_put_first_and_denied_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Absagen muss ich leider.", id="absagen-muss"),
        pytest.param("Ich muss leider absagen.", id="muss-absagen"),
    ],
)
def test_a_refusal_one_must_make_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
