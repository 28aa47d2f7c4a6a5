"""Texting shorthand for being there and seeing the others: "will b there", "kk ill b
there", "defo there", "cya thurs", "c u thursday" are a yes; "wont b there", "cant b
there", "not gonna b there" a no. Before, the yes went to review with no answer. A
"cya" or "cu" as a sign-off under a refusal ("cya next time", "cu soon") is never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("will b there", id="will-b-there"),
    pytest.param("kk ill b there", id="ill-b-there"),
    pytest.param("Defo there!", id="defo-there"),
    pytest.param("Def there, save me a seat", id="def-there"),
    pytest.param("cya thurs", id="cya-thurs"),
    pytest.param("c u thursday", id="c-u-thursday"),
    pytest.param("ya see u thurs", id="see-u-thurs"),
]

REFUSALS = [
    pytest.param("wont b there", id="wont-b-there"),
    pytest.param("cant b there sry", id="cant-b-there"),
    pytest.param("not gonna b there, work", id="not-gonna-b-there"),
    pytest.param("sorry cnt be there", id="cnt-be-there"),
    pytest.param("won't b there this time", id="wont-b-there-this-time"),
]

NEVER_YES = [
    pytest.param("cant come, cya next time", id="cya-next-time"),
    pytest.param("cu soon, cant make it", id="cu-soon"),
    pytest.param("def not there, sorry", id="def-not-there"),
]


@pytest.mark.parametrize("text", YESES)
def test_texted_be_there_or_see_you_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_texted_be_there_or_see_you_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_texted_wont_be_there_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_texted_wont_be_there_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NEVER_YES)
def test_a_texted_sign_off_under_a_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
