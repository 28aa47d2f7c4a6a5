"""An engagement that evening said alone is a no: "Hab Chorprobe.", "Hab Training", "Habe
da Zahnarzt", "Ich arbeite an dem Abend", "Bin auf Schicht", "Working Thursday, sorry".
Before, they went to review with no answer found. An engagement before the evening ("Hab
Training, komme danach"), one called off ("Hab Training abgesagt") or work on something
("Ich arbeite an einem Vortrag, komme aber") is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Hab Chorprobe.", id="hab-chorprobe"),
    pytest.param("Hab Training.", id="hab-training"),
    pytest.param("Habe da Zahnarzt.", id="habe-da-zahnarzt"),
    pytest.param("Hab an dem Abend leider ein Turnier.", id="hab-turnier"),
    pytest.param("Ich arbeite an dem Abend.", id="arbeite-an-dem-abend"),
    pytest.param("Ich arbeite am Donnerstag.", id="arbeite-am-donnerstag"),
    pytest.param("Bin auf Schicht.", id="bin-auf-schicht"),
    pytest.param("Working Thursday, sorry.", id="working-thursday"),
    pytest.param("Working late that night.", id="working-late"),
]

NEVER_NO = [
    pytest.param("Hab Training, komme danach.", id="komme-danach"),
    pytest.param("Hab Chorprobe, bin aber später da.", id="bin-spaeter-da"),
    pytest.param("Hab Training abgesagt, bin dabei.", id="abgesagt"),
    pytest.param("Hab kein Training, ich komme.", id="kein-training"),
    pytest.param("Ich arbeite an einem Vortrag, komme aber.", id="arbeite-an-einem-vortrag"),
    pytest.param("Ich arbeite da, wo der Stammtisch ist, ich komme.", id="arbeite-da-wo"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_an_engagement_that_evening_said_alone_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_an_engagement_that_evening_said_alone_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NEVER_NO)
def test_an_engagement_before_or_called_off_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
