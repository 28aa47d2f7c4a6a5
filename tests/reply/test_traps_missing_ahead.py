"""Missing the evening said in the future progressive ("I'll be missing this one") is a
no: the member will be absent. Denied ("I won't be missing it") it stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MISSING_AHEAD = [
    pytest.param("I'll be missing this one.", id="ill-be-missing"),
    pytest.param("I'll be missing this one, sorry.", id="ill-be-missing-sorry"),
    pytest.param("I will be missing out on this one.", id="will-be-missing-out-on"),
    pytest.param("We'll be missing the evening, sadly.", id="well-be-missing-evening"),
    pytest.param("I'm gonna be missing this one.", id="gonna-be-missing"),
]


@pytest.mark.parametrize("text", MISSING_AHEAD)
def test_being_absent_ahead_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'll be missing this one, sorry.", id="with-sorry"),
        pytest.param("I will be missing out on this one.", id="missing-out-on"),
    ],
)
def test_being_absent_ahead_with_a_plain_object_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't be missing this one!", id="wont-be-missing"),
        pytest.param("I will not be missing it.", id="will-not-be-missing"),
    ],
)
def test_absence_denied_stays_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
