"""A wish to the others in more words ("Wishing you all a wonderful evening", "Habt
Spaß!", "Feiert schön", "Genießt den Abend") beside an evening of one's own elsewhere is
a no said politely, as "Viel Spaß euch allen! Ich bin …" is. Beside a yes, or a part in
the evening itself, it is never recorded as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ELSEWHERE = [
    pytest.param(
        "Wishing you all a wonderful evening – I'll be at my daughter's recital.", id="en-recital"
    ),
    pytest.param("Wishing everyone a great night! Sadly I'm in Leeds that week.", id="en-leeds"),
    pytest.param("Habt Spaß! Ich bin an dem Abend leider auf einer Hochzeit.", id="de-hochzeit"),
    pytest.param("Feiert schön – ich muss an dem Abend arbeiten.", id="de-arbeiten"),
    pytest.param("Genießt den Abend, ich bin leider auf Dienstreise.", id="de-dienstreise"),
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_a_wish_beside_an_evening_elsewhere_reads_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


NOT_NO = [
    pytest.param("Habt Spaß beim Vorbereiten, bis Donnerstag!", id="de-vorbereiten"),
    pytest.param("Wishing you all a great evening – and see you there!", id="en-see-you"),
    pytest.param("Habt Spaß! Ich bin ab 19 Uhr auch da.", id="de-ab-19-uhr"),
    pytest.param("Feiert schön, ich bin im Orga-Team und ab 18 Uhr vor Ort.", id="de-orga-team"),
]


@pytest.mark.parametrize("text", NOT_NO)
def test_a_wish_beside_a_yes_or_a_part_in_the_evening_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
