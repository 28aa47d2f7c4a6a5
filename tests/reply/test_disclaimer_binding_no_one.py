"""A disclaimer saying the mail binds no one ("Diese E-Mail ist keine Zusage im
Rechtssinne. Gebote werden nur schriftlich angenommen.") is cut with the signature: its
"keine Zusage" declines nothing. A member's own sentence about the mail is read."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SIGNED = (
    "Mit freundlichen Grüßen\nDr. Wilfried Ostermann\nAuktionshaus Ostermann & Söhne\n"
    "Nächste Auktion: Donnerstag, 28. Januar, 18 Uhr\n\n"
)

YES = [
    pytest.param(
        "Ja, komme.\n\n" + SIGNED + "Diese E-Mail ist keine Zusage im Rechtssinne. "
        "Gebote werden nur schriftlich angenommen.",
        id="de-rechtssinne",
    ),
    pytest.param(
        "Bin dabei!\n\n" + SIGNED + "Diese Nachricht ist keine rechtsverbindliche Erklärung. "
        "Verbindlich ist nur, was schriftlich bestätigt wird.",
        id="de-rechtsverbindlich",
    ),
    pytest.param(
        "I'll be there.\n\nBest regards\nTom\n\nThis email does not constitute a binding "
        "offer or acceptance. Only orders confirmed in writing are legally binding.",
        id="en-binding",
    ),
]


@pytest.mark.parametrize("text", YES)
def test_a_disclaimer_binding_no_one_leaves_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_a_members_own_word_about_the_mail_is_read() -> None:
    text = "Diese Mail ist keine Zusage, ich weiß es noch nicht."
    assert analyse(_mail(text)).answer is not Answer.YES
