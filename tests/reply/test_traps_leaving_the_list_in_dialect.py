"""Asking to leave the list in dialect: "Moin, ick bün dor nich mehr. Nehmt mi ut de
List." The wish to leave went unread in Low German, Bavarian or Swiss spelling, and
the "nich mehr" beside it was recorded as a no for the evening. The taking-off verb
with "mi", a word leading out ("ut", "vo", "us") and the list in its spoken forms, or
a southern "austrogn", now read as the wish to leave; being put on the list is not."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEAVING_IN_DIALECT = [
    pytest.param("Moin, ick bün dor nich mehr. Nehmt mi ut de List, dat wär nett.", id="nds-ut"),
    pytest.param("Moin, streicht mi man vun de List, ik wohn nu in Kiel.", id="nds-vun"),
    pytest.param("Moin, schmiet mi ut'n Verteiler, ick kumm nich mehr.", id="nds-verteiler"),
    pytest.param("Servus, nehmt's mi bitte vo da Listn, i bin weggzogn.", id="bar-listn"),
    pytest.param("Griaß eich, i hob an neia Job im Allgäu, bittschön austrogn.", id="bar-austrogn"),
    pytest.param("Hallo, tragt's mi bittschön aus, i kimm nimma.", id="bar-tragts"),
    pytest.param("Grüezi, bitte tüend mi us de Lischte use, ich bi nüm dabi.", id="ch-lischte"),
]


@pytest.mark.parametrize("text", LEAVING_IN_DIALECT)
def test_leaving_the_list_in_dialect_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize("text", LEAVING_IN_DIALECT)
def test_leaving_the_list_in_dialect_records_no_answer_for_the_evening(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.unsubscribe
    assert reading.answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Moin, nehmt mi bitte mit up de List, ick kumm ok.", id="nds-up-de-list"),
        pytest.param("Servus, i kimm gern, schreibt's mi auf d'Listn.", id="bar-auf-d-listn"),
    ],
)
def test_being_put_on_the_list_in_dialect_is_a_yes_not_a_leaving(text: str) -> None:
    reading = read_intent(text)
    assert not reading.unsubscribe
    assert reading.answer is Answer.YES
