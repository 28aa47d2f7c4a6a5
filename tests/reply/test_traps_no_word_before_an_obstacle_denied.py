"""A no-word that answers whether anything stands in the way ("Nein, Donnerstag ist kein
Problem", "Nee, nix vor", "Nope, not sick anymore") opens a yes: the way is clear, and
the yes that follows is the answer. Being away denied ("da bin ich nicht im Urlaub") is
no absence either. A no said after the clear way stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WAY_CLEAR = [
    pytest.param("Nein, Donnerstag ist kein Problem. Bin da.", id="de-donnerstag-kein-problem"),
    pytest.param("Nee, der Termin ist kein Problem. Komme!", id="de-termin-kein-problem"),
    pytest.param("Nee, nix vor. Komme gern.", id="de-nix-vor"),
    pytest.param("Nein, ich hab nichts dagegen. Komme.", id="de-nichts-dagegen"),
    pytest.param("Nö, an dem Abend hab ich nichts vor, bin dabei.", id="de-abend-nichts-vor"),
    pytest.param(
        "Nein, ich bin an dem Tag nicht verreist. Ich komme gern.", id="de-nicht-verreist"
    ),
    pytest.param("Nö, da bin ich nicht im Urlaub, also dabei.", id="de-da-nicht-im-urlaub"),
    pytest.param("Nein, kein Zahnarzt diesmal – ich bin da.", id="de-kein-zahnarzt-diesmal"),
    pytest.param("Nein, ich muss nicht arbeiten. Ich komme.", id="de-muss-nicht-arbeiten"),
    pytest.param("Nein, ich bin nicht mehr krank, ich komme wieder.", id="de-nicht-mehr-krank"),
    pytest.param("Nein, ich kann nicht nein sagen. Dabei!", id="de-nicht-nein-sagen"),
    pytest.param("Nee, da sag ich nicht nein. Bin dabei.", id="de-sag-nicht-nein"),
    pytest.param("Nein, ich sage nicht ab! Ich komme.", id="de-sage-nicht-ab"),
    pytest.param("No, Thursday's no problem. I'll be there.", id="en-thursday-no-problem"),
    pytest.param("Nope, nothing planned – I'm in!", id="en-nothing-planned"),
    pytest.param("Nope. Not sick anymore. Coming!", id="en-not-sick-anymore"),
    pytest.param("Nope, no longer sick – see you there!", id="en-no-longer-sick"),
    pytest.param("No, I'm not bailing this time – I'm coming.", id="en-not-bailing"),
]


@pytest.mark.parametrize("text", WAY_CLEAR)
def test_a_no_word_before_a_clear_way_opens_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


STILL_NO = [
    pytest.param("Nein, kein Problem, aber ich kann nicht.", id="de-kein-problem-aber-kann-nicht"),
    pytest.param("Nee, nix vor, aber ich bin krank.", id="de-nix-vor-aber-krank"),
    pytest.param(
        "Nein, ich bin nicht verreist, aber ich muss arbeiten.", id="de-nicht-verreist-arbeiten"
    ),
    pytest.param("Nope, nothing planned, but I'm not coming.", id="en-nothing-planned-not-coming"),
    pytest.param(
        "No, Thursday's no problem – but I can't make it anyway.", id="en-no-problem-but-cant"
    ),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_after_the_clear_way_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein.", id="de-nein-allein"),
        pytest.param("Nope, sorry.", id="en-nope-sorry"),
        pytest.param("Da bin ich im Urlaub.", id="de-da-im-urlaub"),
    ],
)
def test_a_plain_no_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
