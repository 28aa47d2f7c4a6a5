"""Staying away said plainly is a no: "Nicht mein Thema, deshalb bleibe ich diesmal
weg", "Ich bleibe lieber zu Hause", "I'd rather not, sorry", "I'll stay home this
time". Such clear refusals went to review with no answer found. Staying home denied
("Ich bleibe nicht zu Hause, ich komme!") or someone else's ("Mein Mann bleibt zu
Hause") is no refusal, nor is "I'd rather not be late"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

STAYING_AWAY = [
    pytest.param("Nicht mein Thema, deshalb bleibe ich diesmal weg.", id="de-diesmal-weg"),
    pytest.param("Ich bleibe lieber zu Hause.", id="de-lieber-zu-hause"),
    pytest.param("Bin erkältet, ich bleibe daheim.", id="de-daheim"),
    pytest.param("I'd rather not, sorry.", id="en-rather-not"),
    pytest.param("I would rather not go, thanks.", id="en-rather-not-go"),
    pytest.param("I'll stay home this time.", id="en-stay-home"),
]


@pytest.mark.parametrize("text", STAYING_AWAY)
def test_staying_away_said_plainly_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


NOT_STAYING_AWAY = [
    pytest.param("Ich bleibe nicht zu Hause, ich komme!", id="de-nicht-zu-hause"),
    pytest.param("Mein Mann bleibt zu Hause, ich komme.", id="de-mann"),
    pytest.param("I won't stay home, I'm coming!", id="en-wont-stay-home"),
    pytest.param(
        "I'd rather not be late, so I'll leave work early. See you!", id="en-rather-not-late"
    ),
    pytest.param(
        "Ganz ehrlich: Wenn der Kleine weiter so hustet, bleib ich zu Hause.", id="de-condition"
    ),
]


@pytest.mark.parametrize("text", NOT_STAYING_AWAY)
def test_staying_home_denied_or_someone_elses_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
