"""Someone who works or lives with a titled member writes for them, under any name for
their role: "ich bin die Praxismanagerin von Dr. Hennig", "Mitarbeiterin von Herrn Okafor
hier", "ich koordiniere die Termine von Herrn Ostermann", "I manage Dr Lee's diary", and
names the member by title and office ("Frau Professorin Seelig", "Herrn Direktor Albers")
or as family calls them ("Mama kommt gern"). The member's answer passed on is read as
theirs; the writer's own coming never is."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PASSED_ON = [
    pytest.param(
        "Guten Tag, ich bin die Praxismanagerin von Dr. Hennig. Dr. Hennig nimmt am 28. gern teil.",
        Answer.YES,
        id="de-praxismanagerin-yes",
    ),
    pytest.param(
        "Ich bin der Büroleiter von Frau Dr. Wendt. Frau Wendt kann leider nicht kommen.",
        Answer.NO,
        id="de-bueroleiter-no",
    ),
    pytest.param(
        "Hallo, Mitarbeiterin von Herrn Okafor hier. Er sagt zu und freut sich.",
        Answer.YES,
        id="de-mitarbeiterin-hier-yes",
    ),
    pytest.param(
        "Hallo, Praktikant von Herrn Berg hier: Herr Berg ist dabei.",
        Answer.YES,
        id="de-praktikant-hier-yes",
    ),
    pytest.param(
        "Hallo, ich bin die Sachbearbeiterin von Frau Lorenz. Sie kommt nicht, sie ist im Urlaub.",
        Answer.NO,
        id="de-sachbearbeiterin-no",
    ),
    pytest.param(
        "Guten Tag, ich koordiniere die Termine von Herrn Ostermann. Er kommt gern.",
        Answer.YES,
        id="de-koordiniere-termine-yes",
    ),
    pytest.param(
        "Ich verwalte den Kalender von Frau Brandt. Sie muss leider absagen.",
        Answer.NO,
        id="de-verwalte-kalender-no",
    ),
    pytest.param(
        "Guten Tag, ich bin die Assistentin von Frau Professorin Seelig. Frau Seelig nimmt "
        "gern teil.",
        Answer.YES,
        id="de-professorin-yes",
    ),
    pytest.param(
        "Ich bin die Assistentin von Herrn Direktor Albers. Herr Albers kann leider nicht.",
        Answer.NO,
        id="de-direktor-no",
    ),
    pytest.param(
        "Hallo, ich bin die Tochter von Frau Castellano. Mama kommt gern, sie liest nur "
        "selten Mails.",
        Answer.YES,
        id="de-mama-kommt",
    ),
    pytest.param("Ich bin der Enkel von Frau Weiß. Oma kommt gern!", Answer.YES, id="de-oma"),
    pytest.param(
        "Anna ist gerade unterwegs, ich bin ihr Mann. Sie freut sich sehr und kommt.",
        Answer.YES,
        id="de-ihr-mann-und-kommt",
    ),
    pytest.param("I manage Dr Lee's diary. She will attend.", Answer.YES, id="en-diary-yes"),
    pytest.param(
        "Ich bin die Werkstudentin von Frau Yilmaz und darf für sie zusagen: Sie kommt.",
        Answer.YES,
        id="de-werkstudentin-fuer-sie",
    ),
    pytest.param(
        "I run Mr Patel's office. Unfortunately he can't make it.", Answer.NO, id="en-office-no"
    ),
]


@pytest.mark.parametrize(("text", "answer"), PASSED_ON)
def test_the_members_answer_passed_on_by_whoever_works_for_them_is_read(
    text: str, answer: Answer
) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin die Assistentin von Herrn Meier. Ich komme gern, aber Herr Meier kann nicht.",
            id="de-writer-comes-member-not",
        ),
        pytest.param(
            "Ich koordiniere die Termine von Frau Ott. Sie ist verhindert, ich komme an ihrer "
            "Stelle.",
            id="de-writer-in-her-place",
        ),
    ],
)
def test_the_writers_own_coming_is_never_the_members_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_saying_yes_for_the_member_brings_no_guest() -> None:
    text = "Ich bin die Werkstudentin von Frau Yilmaz und darf für sie zusagen: Sie kommt."
    assert analyse(_mail(text)).guests == 0
