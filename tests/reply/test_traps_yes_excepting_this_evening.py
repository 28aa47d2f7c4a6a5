"""A yes whose one exception is this evening ("Of course I'll be there, as always…
except this time", "Wie immer gerne dabei – außer diesmal") is a no; a yes said only
for dreams or another life ("Klar komme ich – in meinen Träumen", "Ja, in einem
anderen Leben") is irony, never a yes. An exception of some other part leaves the
yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EXCEPT_THIS = [
    pytest.param("Of course I'll be there, as always… except this time.", id="en-except-this"),
    pytest.param("Wie immer gerne dabei – außer diesmal.", id="de-ausser-diesmal"),
    pytest.param("Sonst bin ich immer da, bis auf diesmal.", id="de-bis-auf-diesmal"),
    pytest.param("I'm at every one, apart from this one.", id="en-apart-from-this-one"),
    pytest.param("Klar komme ich – in meinen Träumen.", id="de-in-meinen-traeumen"),
    pytest.param("Ja, in einem anderen Leben.", id="de-anderes-leben"),
    pytest.param("Bin dabei, im nächsten Leben.", id="de-naechstes-leben"),
]


@pytest.mark.parametrize("text", EXCEPT_THIS)
def test_yes_excepting_this_evening_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in, except for the dinner part.", id="en-except-dinner"),
        pytest.param(
            "Ich träume davon, mal wieder dabei zu sein – und diesmal klappt's!", id="de-traeume"
        ),
    ],
)
def test_an_exception_of_something_else_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
