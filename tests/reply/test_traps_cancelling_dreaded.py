"""A no named only as what someone would mind: "Meine Frau würde mich umbringen, wenn ich
absage 😂 Also ja.", "My wife would kill me if I cancelled. So yes." The cancelling is
dreaded, never said; the rest of the mail answers."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DREADED = [
    pytest.param("Meine Frau würde mich umbringen, wenn ich absage 😂 Also ja.", id="de-umbringen"),
    pytest.param("Mein Chef wäre sauer, wenn ich nicht komme. Also ja!", id="de-chef-sauer"),
    pytest.param(
        "Die Kinder wären enttäuscht, wenn ich absagen würde. Also: ja.", id="de-kinder-enttaeuscht"
    ),
    pytest.param("Wenn ich absage, bringt mich meine Frau um. Also ja.", id="de-wenn-zuerst"),
    pytest.param("My wife would kill me if I cancelled 😂 So yes.", id="en-wife-kill"),
    pytest.param(
        "If I didn't come my boss would never forgive me, so yes.", id="en-boss-never-forgive"
    ),
    pytest.param("I'd never hear the end of it if I skipped this one. So yes!", id="en-skipped"),
]


@pytest.mark.parametrize("text", DREADED)
def test_the_rules_read_a_dreaded_cancelling_beside_a_yes_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DREADED)
def test_a_dreaded_cancelling_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_real_no_in_the_conditional_stays_a_no() -> None:
    assert read_intent("Ich muss leider absagen, meine Frau hat Geburtstag.").answer is Answer.NO
