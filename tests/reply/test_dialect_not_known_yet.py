"""Not knowing yet, said in dialect, is a maybe, as "Weiß ich noch nicht" is: Berlin
"Weeß ick noch nich", Bavarian "I woaß no ned", Hessian "Wääß isch noch net", Low German
"Ik weet dat noch nich", Swiss "I weiss es no nöd", and "Kann i no ned sagn". Before, the
first went to review with no answer found, and "kann i no ned" read as a refusal."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MAYBES = [
    pytest.param("Weeß ick noch nich.", id="berlin"),
    pytest.param("I woaß no ned.", id="bavarian"),
    pytest.param("Woaß i no ned, muss schaun.", id="bavarian-inverted"),
    pytest.param("Wääß isch noch net.", id="hessian"),
    pytest.param("Ik weet dat noch nich.", id="low-german"),
    pytest.param("I weiss es no nöd.", id="swiss"),
    pytest.param("Kann i no ned sagn.", id="kann-no-ned-sagn"),
]

NEVER_NO = [
    pytest.param("Ich weiß, no problem, bin dabei.", id="english-no-after-weiss"),
    pytest.param("I know no one there but I'm coming", id="english-know-no-one"),
]


@pytest.mark.parametrize("text", MAYBES)
def test_not_knowing_yet_in_dialect_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", MAYBES)
def test_not_knowing_yet_in_dialect_is_recorded_as_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize("text", NEVER_NO)
def test_an_english_no_beside_knowing_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_notice_not_knowing_when_it_returns_gives_no_answer() -> None:
    notice = (
        "Hallo, ich bin im Krankenhaus und weiß noch nicht, wann ich wieder da bin. Mails "
        "lese ich vorerst nicht. Danke für euer Verständnis."
    )
    assert analyse(_mail(notice)).answer is None
