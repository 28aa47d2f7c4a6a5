"""Coming said as likely, or with nothing against it, the whole sentence: "Sollte kein
Problem sein", "Müsste klappen", "Should be fine", "Ich hätte nichts dagegen", "Steht
nichts im Weg", "Nothing stands in the way" are a yes. Followed by a condition or an
exception ("…, wenn ihr verschiebt", "…, außer es regnet") they are not."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LIKELY = [
    pytest.param("Sollte kein Problem sein.", id="de-sollte-kein-problem"),
    pytest.param("Müsste klappen.", id="de-muesste-klappen"),
    pytest.param("Dürfte passen!", id="de-duerfte-passen"),
    pytest.param("Sollte eigentlich gehen.", id="de-sollte-eigentlich-gehen"),
    pytest.param("Should be fine.", id="en-should-be-fine"),
    pytest.param("Should be no problem.", id="en-should-be-no-problem"),
    pytest.param("Shouldn't be a problem.", id="en-shouldnt-be-a-problem"),
    pytest.param("Ich hätte nichts dagegen.", id="de-haette-nichts-dagegen"),
    pytest.param("Steht nichts im Weg.", id="de-steht-nichts-im-weg"),
    pytest.param("Nichts spricht dagegen.", id="de-nichts-spricht-dagegen"),
    pytest.param("Nothing stands in the way.", id="en-nothing-stands-in-the-way"),
]


@pytest.mark.parametrize("text", LIKELY)
def test_coming_said_as_likely_or_unopposed_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


QUALIFIED = [
    pytest.param("Ich hätte nichts dagegen, wenn ihr den Termin verschiebt.", id="de-wenn"),
    pytest.param("Sollte kein Problem sein, außer es regnet.", id="de-ausser-es-regnet"),
    pytest.param("Nothing stands in the way, except my shift.", id="en-except-shift"),
]


@pytest.mark.parametrize("text", QUALIFIED)
def test_a_likely_yes_with_a_condition_or_exception_after_it_is_not_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
