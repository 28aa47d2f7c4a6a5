"""Dialect answers in Bavarian, Swabian, Kölsch, Hessian and Saxon: "Mia kemman" and "Mir
kommet" (we come) are a yes; "Dat klapp nit" (it does not work out), "des is nix für
misch am Donnerstag" and "isch bin uff Montage" are a no, as their standard forms are.
Unread, they went to review. "Mia kemman ned" is never a yes, and "misch" or "is" in
other words keep their meaning ("Misch die Karten, ich komme")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Mia kemman.", id="bav-mia-kemman"),
    pytest.param("Mir kommet, gell.", id="swabian-mir-kommet"),
    pytest.param("Des is super, isch komm!", id="hessian-des-is-super"),
    pytest.param("Misch die Karten, ich komme.", id="misch-a-verb"),
]
REFUSALS = [
    pytest.param("Dat klapp nit.", id="koelsch-dat-klapp-nit"),
    pytest.param("Ei jo, des is nix für misch am Donnerstag, isch hab Probe.", id="hessian-nix"),
    pytest.param("Isch bin uff Montage.", id="saxon-uff-montage"),
    pytest.param("Da kannsch nischt machen, isch bin uff Montage in Plauen.", id="saxon-plauen"),
    pytest.param("Mia kemman ned.", id="bav-mia-kemman-ned"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_dialect_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_refusal_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_dialect_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
