""" "Lust hätte ich" is a wish: turned by "aber" or "leider" in the same sentence it leads
into a refusal, as "würde gern, aber …" does, whatever the reason's words ("die Zeit
fehlt", "der Termin ist schlecht"). A time after the turn ("aber erst ab 21 Uhr") is
for a person; never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("Klar hätte ich Lust, aber die Zeit fehlt.", id="klar-zeit-fehlt"),
    pytest.param("Natürlich hätte ich Lust, aber der Termin ist schlecht.", id="termin-schlecht"),
    pytest.param("Ich hätte echt Lust, aber der Donnerstag ist blöd.", id="donnerstag-bloed"),
    pytest.param("Hätte schon Bock, aber ich bin in Rom.", id="bock-rom"),
    pytest.param("Lust hätte ich schon, aber die Zeit fehlt.", id="lust-haette-ich-schon"),
]


@pytest.mark.parametrize("text", TURNED)
def test_lust_turned_in_the_same_sentence_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hätte Lust, aber erst ab 21 Uhr.", id="erst-ab-21"),
        pytest.param("Klar hätte ich Lust, aber ich komme später.", id="komme-spaeter"),
    ],
)
def test_lust_turned_only_by_a_time_goes_to_a_person(text: str) -> None:
    assert read_intent(text).answer is None


def test_lust_alone_stays_yes() -> None:
    assert read_intent("Ich hätte Lust!").answer is Answer.YES
