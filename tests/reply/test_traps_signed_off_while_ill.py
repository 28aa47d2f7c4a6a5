"""A member who signs off one evening ("melde mich für Donnerstag ab") while ill writes
no out-of-office notice: the "ab" closing the separable verb is no "ab dem 13." of a
return date. A notice that names its return day stays a notice."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hiermit melde ich mich für Donnerstag ab, bin krank.", id="hiermit"),
        pytest.param("Ich bin krank und melde mich für den Stammtisch ab.", id="und"),
        pytest.param(
            "Bin krankgeschrieben, melde mich hiermit für Donnerstag ab.", id="krankgeschrieben"
        ),
        pytest.param("Bin im Urlaub, ich melde mich für diesmal ab.", id="urlaub"),
    ],
)
def test_signing_off_one_evening_while_away_is_the_members_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin bis zum 12. krank. Ich melde mich ab dem 13. wieder bei Ihnen.", id="ab-dem"
        ),
        pytest.param("Ich bin im Urlaub und melde mich nach meiner Rückkehr.", id="rueckkehr"),
    ],
)
def test_a_notice_naming_its_return_stays_a_notice(text: str) -> None:
    assert analyse(_mail(text)).kind == "auto_reply"
