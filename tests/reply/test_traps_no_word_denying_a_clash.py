"""A no-word answering whether anything stands in the way, said with the clash, the
plans or the engagement denied ("Nein, kein Termin an dem Abend – bin dabei", "Nein,
ich hab nichts anderes vor", "Nee, das Fußballspiel ist abgesagt worden", "No clash
this time – I'm in", "No, nothing's come up"), opens a yes. A no said beside it, or a
"kein" that is the no itself ("Nein, keine Zeit"), stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CLASH_DENIED = [
    pytest.param("Nein, kein Termin an dem Abend – bin dabei.", id="de-kein-termin"),
    pytest.param("Nein, diesmal kein Konflikt. Ich komme.", id="de-kein-konflikt"),
    pytest.param("Nee, keine Schicht an dem Abend, bin da!", id="de-keine-schicht"),
    pytest.param("Nein, keine Ausrede diesmal – ich komme.", id="de-keine-ausrede"),
    pytest.param("Nein, ich hab nichts anderes vor. Ich komme gern.", id="de-nichts-anderes"),
    pytest.param(
        "Nein, es ist nichts dazwischengekommen, ich komme weiterhin.", id="de-nichts-dazwischen"
    ),
    pytest.param("Nee, das Fußballspiel ist abgesagt worden – ich komm!", id="de-abgesagt"),
    pytest.param(
        "Nein, der Zahnarzttermin ist verschoben, also bin ich da.", id="de-zahnarzt-verschoben"
    ),
    pytest.param("Nein, hab's nicht vergessen – ich komme!", id="de-nicht-vergessen"),
    pytest.param("No clash this time – I'm in.", id="en-no-clash"),
    pytest.param("Nope, no clash – I'm in.", id="en-nope-no-clash"),
    pytest.param("No, nothing's come up, I'm still coming.", id="en-nothing-come-up"),
    pytest.param("Nope, the dentist moved my appointment, so I'm free. Coming!", id="en-moved"),
    pytest.param("No, I haven't forgotten – I'll be there!", id="en-not-forgotten"),
    pytest.param("No, I don't have to work that day, so I'll be there.", id="en-dont-have-to"),
]


@pytest.mark.parametrize("text", CLASH_DENIED)
def test_a_no_word_denying_a_clash_opens_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


STILL_NO = [
    pytest.param("Nein, keine Zeit. Vielleicht nächstes Mal.", id="de-keine-zeit"),
    pytest.param("Nein, leider kein Glück diesmal.", id="de-kein-glueck"),
    pytest.param("Nein, kein Termin an dem Abend, aber ich bin krank.", id="de-aber-krank"),
    pytest.param(
        "Nein, der Stammtisch ist verschoben? Dann kann ich nicht.", id="de-evening-moved"
    ),
    pytest.param("Nope, my shift got moved – to Thursday. Can't come.", id="en-shift-to-thursday"),
    pytest.param("No, I don't have to work, but I can't come anyway.", id="en-cant-anyway"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_beside_the_denied_clash_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
