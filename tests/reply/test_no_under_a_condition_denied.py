"""A no under an unreal condition, then the condition denied, is a yes: "Absagen müsste
ich nur, wenn ich krank wäre. Bin ich nicht!". An unreal yes with its condition denied
stays a no, and a negative condition met by the denial keeps its reading."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich würde nicht kommen, wenn ich arbeiten müsste. Muss ich aber nicht, also bis "
            "Donnerstag!",
            id="muss-ich-aber-nicht",
        ),
        pytest.param("Absagen müsste ich nur, wenn ich krank wäre. Bin ich nicht!", id="absagen"),
        pytest.param("I'd only cancel if I were ill. I'm not, so see you!", id="only-cancel"),
        pytest.param(
            "Ich käme nur nicht, wenn ich Nachtdienst hätte. Hab ich aber nicht.", id="nachtdienst"
        ),
    ],
)
def test_a_no_under_a_condition_denied_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich würde nicht kommen, wenn ich arbeiten müsste. Muss ich aber nicht, also bis "
            "Donnerstag!",
            id="muss-ich-aber-nicht",
        ),
        pytest.param("Absagen müsste ich nur, wenn ich krank wäre. Bin ich nicht!", id="absagen"),
        pytest.param("I'd only cancel if I were ill. I'm not, so see you!", id="only-cancel"),
        pytest.param("I wouldn't come if I had to work. I don't, so count me in.", id="work"),
    ],
)
def test_a_no_under_a_condition_denied_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich käme, wenn ich Zeit hätte. Hab ich aber nicht.", Answer.NO, id="kaeme"),
        pytest.param(
            "Ich würde nur kommen, wenn das Thema SEO wäre. Ist es aber nicht.", Answer.NO,
            id="nur-kommen-wenn",
        ),
        pytest.param(
            "Wenn ich könnte, würde ich kommen. Kann ich aber nicht.", Answer.NO, id="koennte"
        ),
        pytest.param(
            "Ich würde kommen, wenn ich nicht arbeiten müsste. Muss ich aber.", Answer.NO,
            id="muss-ich-aber",
        ),
        pytest.param("I'd come if I weren't working. But I am.", Answer.NO, id="but-i-am"),
    ],
)  # fmt: skip
def test_an_unreal_yes_or_a_condition_met_keeps_its_no(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
