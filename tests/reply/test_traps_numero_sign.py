"""The numero sign in an address or a signature under a short answer ("No. 42",
"Room No 12") is never the answer "no": "Yes" above it stays a yes. A "No" alone, or before
a comma, is still the answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NUMBERED = [
    pytest.param("Yes\n\nNo. 42 Main Street", id="no-dot-street"),
    pytest.param("Yes\n\nNo 42 Main Street", id="no-space-street"),
    pytest.param("Sure\n\nJohn\nRoom No.12", id="room-no"),
    pytest.param("I'm in!\n\nAnn Lee\nFlat No. 5, 12 High Road", id="flat-no"),
]


@pytest.mark.parametrize("text", NUMBERED)
def test_a_numbered_address_under_a_yes_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", NUMBERED)
def test_a_numbered_address_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No", id="no"),
        pytest.param("No. Sorry.", id="no-dot-sorry"),
        pytest.param("No, 2 of us can't come", id="no-comma-number"),
        pytest.param("No 😢", id="no-emoji"),
    ],
)
def test_a_no_without_a_number_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
