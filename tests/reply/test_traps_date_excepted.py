"""The evening's date as the one thing that does not fit: "Passt alles, bis auf das
Datum", "Everything works except the date". Whatever fits besides, the member cannot
come that day: never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DATE_EXCEPTED = [
    pytest.param("Passt alles, bis auf das Datum.", id="de-bis-auf-datum"),
    pytest.param("Thema super, alles klappt – außer dem Termin.", id="de-ausser-termin"),
    pytest.param("Klingt toll und passt, abgesehen von der Uhrzeit.", id="de-abgesehen-uhrzeit"),
    pytest.param("Everything works except the date.", id="en-except-date"),
    pytest.param("Sounds great and suits me, apart from the day.", id="en-apart-from-day"),
]


@pytest.mark.parametrize("text", DATE_EXCEPTED)
def test_everything_but_the_date_fitting_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", DATE_EXCEPTED)
def test_the_rules_read_everything_but_the_date_fitting_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
