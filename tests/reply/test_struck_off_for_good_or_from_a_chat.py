"""A strike-off beside a no leaves the list when it reaches past the evening; a chat
group left with the mail kept leaves nothing.

"Kann nicht, streicht mich bitte komplett", "Not this time, and not in future either.
Please remove me", "Count me out – and off the list": the list. "Take me off the
WhatsApp group, email is enough": the member stays on the list.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme nicht, und bitte streicht mich ganz.",
        "Kann nicht, streicht mich bitte komplett.",
        "Can't come, please remove me entirely.",
        "Not this time, and honestly not in future either. Please remove me.",
        "Count me out – and off the list, please.",
    ],
)
def test_a_strike_off_reaching_past_the_evening_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, can't make it this time, please take me off.",
        "Kann diesmal nicht, bitte streicht mich.",
        "Ich hab's ganz vergessen – streicht mich bitte, ich kann nicht.",
        "I completely forgot, sorry – take me off, can't make it.",
    ],
)
def test_a_strike_off_for_this_time_only_declines_the_evening(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.NO
    assert not intent.unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        "Take me off the WhatsApp group please, email is enough.",
        "Please remove me from the Slack channel, emails are fine.",
    ],
)
def test_a_chat_group_left_with_the_mail_kept_leaves_no_list(text: str) -> None:
    assert not read_intent(text).unsubscribe
