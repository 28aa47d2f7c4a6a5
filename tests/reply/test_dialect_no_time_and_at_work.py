"""No time said in dialect is a no, as "keine Zeit" is: Bavarian "I hob koa Zeit", Austrian
"Hab ka Zeit", Swabian "I han koi Zeit", Kölsch "Ich han kei Zick", Berlin "Hab keene
Zeit", Low German "Ik hebb keen Tied". Swabian "schaffe" is to work: "Bin am Schaffe" and
"I muss am Donnerstag schaffe" say the member works that evening, never that they manage
to come. Before, the first went to review with no answer found, the second read "schaffe"
as a yes beside the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NO_TIME = [
    pytest.param("I hob koa Zeit.", id="bavarian-hob-koa"),
    pytest.param("Hob ka Zeit, sorry.", id="austrian-hob-ka"),
    pytest.param("Leider koa Zeit am Donnerstag.", id="leider-koa"),
    pytest.param("I han koi Zeit.", id="swabian-han-koi"),
    pytest.param("Ich han kei Zigg.", id="koelsch-kei-zigg"),
    pytest.param("Hab keene Zeit, Leute.", id="berlin-keene"),
    pytest.param("Ik hebb keen Tied.", id="low-german-keen-tied"),
]

AT_WORK = [
    pytest.param("Bin am Schaffe, geht net.", id="am-schaffe"),
    pytest.param("I muss am Donnerstag schaffe, sorry.", id="muss-schaffe"),
    pytest.param("Muss an dem Abend schaffe, leider.", id="muss-abend-schaffe"),
    pytest.param("Do bin i beim Schaffe, des wird nix.", id="beim-schaffe"),
    pytest.param("I muss schaffe.", id="muss-schaffe-short"),
]

NEVER_NO = [
    pytest.param("Koa Zeit? Für euch immer! I kimm.", id="koa-zeit-asked-back"),
    pytest.param("Hob koa Zeit zum Kochen, drum kimm i gern.", id="no-time-to-cook"),
    pytest.param("I muss es schaffe, i kimm.", id="muss-es-schaffe"),
    pytest.param("Ich schaffe es.", id="schaffe-es"),
    pytest.param("Beim Schaffe hab i's glesn, bin dabei!", id="read-at-work"),
]


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time_in_dialect_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time_in_dialect_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", AT_WORK)
def test_swabian_work_that_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", AT_WORK)
def test_swabian_work_that_evening_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", NEVER_NO)
def test_no_time_for_something_else_or_managing_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
