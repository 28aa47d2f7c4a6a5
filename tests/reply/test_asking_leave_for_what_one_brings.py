"""Asking leave for what one brings is politeness, not a condition of coming.

"Ich bring auch Kuchen mit, wenn's erlaubt ist": the member comes and asks whether the
cake is welcome. As "wenn's recht ist", it leaves the yes a yes. A permission still
awaited from someone else ("wenn es meine Chefin erlaubt") stays a doubt.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEAVE_ASKED = [
    "Ich bring auch Kuchen mit, wenn's erlaubt ist.",
    "Ich bringe meine Gitarre mit, falls das gestattet ist.",
    "Bring ich halt Brezn mit, wenn's euch genehm ist.",
    "Bin dabei und bringe Wein mit, wenn ihr nichts dagegen habt.",
    "Ich bring Nudelsalat mit, sofern das erwünscht ist.",
]

STILL_A_DOUBT = [
    "Ich komme, wenn es meine Chefin erlaubt.",
    "Ich bring Kuchen mit, wenn ich es schaffe.",
]


@pytest.mark.parametrize("text", LEAVE_ASKED)
def test_asking_leave_for_what_one_brings_is_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", STILL_A_DOUBT)
def test_a_permission_awaited_stays_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
