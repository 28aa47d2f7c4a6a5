"""A no-word that opens a repair ("no wait", "nein, warte", "nee, moment") stops the
sentence; it declines nothing: "Me and my wife are coming – no wait, just me, she's
working" is the member's yes. What the repair takes back, with nothing read after it,
goes to a person; a no-word standing on its own ("Nein. Warte nicht auf mich") and a
repair that says no after it ("…, nein, warte, da hab ich Probe") are read as ever."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_A_NO = [
    pytest.param("Me and meine Frau kommen – no wait, nur ich, she's working.", id="mixed"),
    pytest.param("Me and my wife are coming – no wait, just me, she's working.", id="en-wife"),
    pytest.param("We're both coming, no wait, just me.", id="en-both"),
    pytest.param("Wir kommen zu zweit – nein, warte, nur ich.", id="de-zu-zweit"),
    pytest.param("Nein warte, ich komme doch.", id="de-komme-doch"),
    pytest.param("Nee, warte, Donnerstag geht doch.", id="de-geht-doch"),
    pytest.param("Nein, warte, ich muss erst schauen.", id="de-erst-schauen"),
]

YES = [
    pytest.param("Me and meine Frau kommen – no wait, nur ich, she's working.", id="mixed"),
    pytest.param("Nein warte, ich komme doch.", id="de-komme-doch"),
    pytest.param("Nee, warte, Donnerstag geht doch.", id="de-geht-doch"),
]

NO = [
    pytest.param("Ich komme – nein, warte, da hab ich ja Probe.", id="de-probe"),
    pytest.param("Nein. Warte nicht auf mich.", id="de-warte-nicht"),
    pytest.param("Nein, warte nicht auf mich, ich bin krank.", id="de-warte-nicht-krank"),
    pytest.param("No wait, I can't, I'm in Rome.", id="en-rome"),
]

NOT_A_YES = [
    pytest.param("Ich komme – nein, warte, mein Dienstplan!", id="de-dienstplan"),
    pytest.param("I'm coming – no wait, the shift plan!", id="en-shift-plan"),
]


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_no_word_opening_a_repair_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", YES)
def test_the_answer_after_a_repair_opened_by_a_no_word_is_recorded(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NO)
def test_a_no_standing_alone_or_after_the_repair_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_YES)
def test_a_yes_taken_back_with_nothing_after_it_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
