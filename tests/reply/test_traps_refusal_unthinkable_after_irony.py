"""An ironic lead-in before a refusal called unthinkable ("Yeah right, as if I'd miss
it", "Oh please, as if we'd skip that") belongs to it: the irony mocks the missing, and
the whole is a yes. "Yeah right." alone, or before a doubt of the coming itself, is not."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yeah right, as if I'd miss it.", id="yeah-right-miss"),
        pytest.param("Oh please, as if we'd skip that!", id="oh-please-skip"),
        pytest.param("Yeah, right... as if I would ever say no to you lot.", id="say-no"),
        pytest.param("Pff, sure, as if I'd bail on you.", id="pff-sure-bail"),
        pytest.param("Right, as if I could miss it. See you there!", id="right-see-you"),
    ],
)
def test_irony_before_a_refusal_called_unthinkable_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yeah right.", id="yeah-right-alone"),
        pytest.param("Yeah right, as if I'd make it in time.", id="doubt-of-the-coming"),
    ],
)
def test_irony_without_a_refusal_denied_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
