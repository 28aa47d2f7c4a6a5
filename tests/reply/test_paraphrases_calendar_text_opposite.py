"""A calendar button and words beside it that might seem to turn it over: a bare "ok",
a yes for a later evening, a no that is only not ruled out. They never record the
button's opposite; the button stands or a person reads."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

OPPOSITE = {"DECLINED": Answer.YES, "ACCEPTED": Answer.NO}

NOT_TURNED = [
    pytest.param("DECLINED", "OK", id="decl-ok"),
    pytest.param("DECLINED", "Ja", id="decl-ja"),
    pytest.param("DECLINED", "👍", id="decl-thumbs"),
    pytest.param("DECLINED", "Passt.", id="decl-passt"),
    pytest.param("DECLINED", "passt scho", id="decl-passt-scho"),
    pytest.param("DECLINED", "Alles klar, danke.", id="decl-alles-klar"),
    pytest.param("DECLINED", "gerne", id="decl-gerne"),
    pytest.param("DECLINED", "Sehr gerne!", id="decl-sehr-gerne"),
    pytest.param("DECLINED", "Mach ich.", id="decl-mach-ich"),
    pytest.param("DECLINED", "Yes.", id="decl-yes"),
    pytest.param("DECLINED", "Sure.", id="decl-sure"),
    pytest.param("DECLINED", "Jo", id="decl-jo"),
    pytest.param("DECLINED", "läuft", id="decl-laeuft"),
    pytest.param("DECLINED", "✔️", id="decl-check-mark"),
    pytest.param("DECLINED", "Yes please", id="decl-yes-please"),
    pytest.param("DECLINED", "sure thing", id="decl-sure-thing"),
    pytest.param("DECLINED", "Super, danke!", id="decl-super-danke"),
    pytest.param("DECLINED", "Ich komme erst im März wieder.", id="decl-erst-im-maerz"),
    pytest.param("DECLINED", "Ab Februar bin ich wieder dabei!", id="decl-ab-februar"),
    pytest.param(
        "DECLINED", "Danke, ich freue mich auf das nächste Treffen!", id="decl-naechstes-treffen"
    ),
    pytest.param("DECLINED", "Bin dabei – aber erst beim nächsten Mal.", id="decl-erst-naechstes"),
    pytest.param("DECLINED", "Beim nächsten Treffen bin ich dabei.", id="decl-beim-naechsten"),
    pytest.param("DECLINED", "I'll be there next time!", id="decl-there-next-time"),
    pytest.param("DECLINED", "I'll be there in spirit!", id="decl-in-spirit"),
    pytest.param("DECLINED", "Hope to make it next month.", id="decl-next-month"),
    pytest.param("ACCEPTED", "Nein.", id="acce-nein"),
    pytest.param("ACCEPTED", "Eigentlich nein.", id="acce-eigentlich-nein"),
    pytest.param("ACCEPTED", "nee", id="acce-nee"),
    pytest.param("ACCEPTED", "Nope.", id="acce-nope"),
    pytest.param(
        "ACCEPTED", "Ich kann nicht ausschließen, dass ich absagen muss.", id="acce-nicht-ausschl"
    ),
    pytest.param(
        "ACCEPTED", "Ausschließen kann ich nicht, dass ich nicht komme.", id="acce-ausschl-kann"
    ),
    pytest.param("ACCEPTED", "I can't rule out that I'll have to cancel.", id="acce-cant-rule-out"),
    pytest.param("ACCEPTED", "Absage folgt ggf.", id="acce-absage-ggf"),
    pytest.param("ACCEPTED", "Ggf. muss ich absagen.", id="acce-ggf-absagen"),
    pytest.param("ACCEPTED", "Might have to cancel last minute.", id="acce-might-cancel"),
    pytest.param("ACCEPTED", "Kann sein, dass ich absagen muss.", id="acce-kann-sein"),
    pytest.param("ACCEPTED", "Sie kann nicht, ich komme.", id="acce-sie-kann-nicht"),
    pytest.param("ACCEPTED", "My wife can't come, just me.", id="acce-wife-cant"),
    pytest.param("ACCEPTED", "Mein Kollege kann leider nicht.", id="acce-kollege-nicht"),
    pytest.param("ACCEPTED", "Ich kann nicht lange bleiben.", id="acce-nicht-lange"),
    pytest.param("ACCEPTED", "Can't wait!", id="acce-cant-wait"),
    pytest.param("ACCEPTED", "Falls ich nicht komme, sage ich Bescheid.", id="acce-falls-nicht"),
]


@pytest.mark.parametrize(("partstat", "text"), NOT_TURNED)
def test_words_beside_a_button_never_record_its_opposite_unless_said_in_full(
    partstat: str, text: str
) -> None:
    assert analyse(imip(partstat, text)).answer is not OPPOSITE[partstat]


TURNED = [
    pytest.param(
        "DECLINED", "Ups, wollte zusagen! Bin dabei.", Answer.YES, id="decl-wollte-zusagen"
    ),
    pytest.param("DECLINED", "Hab mich verklickt, bin dabei.", Answer.YES, id="decl-verklickt"),
    pytest.param(
        "DECLINED", "Sorry, wrong button. Count me in!", Answer.YES, id="decl-wrong-button"
    ),
    pytest.param("DECLINED", "Doch, ich komme gerne.", Answer.YES, id="decl-doch-komme-gerne"),
    pytest.param(
        "DECLINED", "Kein Problem, ich komme jetzt doch.", Answer.YES, id="decl-kein-problem"
    ),
    pytest.param("ACCEPTED", "Ich schaffe es doch nicht.", Answer.NO, id="acce-schaffe-doch-nicht"),
    pytest.param("ACCEPTED", "Muss jetzt leider passen.", Answer.NO, id="acce-jetzt-passen"),
    pytest.param(
        "ACCEPTED", "Actually, I won't be there.", Answer.NO, id="acce-actually-wont-be-there"
    ),
    pytest.param("ACCEPTED", "Absage!", Answer.NO, id="acce-absage"),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), TURNED)
def test_an_answer_said_in_full_turns_the_button(partstat: str, text: str, answer: Answer) -> None:
    assert analyse(imip(partstat, text)).answer is answer


NOT_RULED_OUT = [
    pytest.param("Ich kann nicht ausschließen, dass ich absagen muss.", id="nicht-ausschliessen"),
    pytest.param("Kann nicht ausschließen, dass ich absage.", id="kann-nicht-ausschliessen"),
    pytest.param("I can't rule out that I'll have to cancel.", id="cant-rule-out"),
    pytest.param("Absage folgt ggf.", id="absage-ggf"),
    pytest.param("Ggf. muss ich absagen.", id="ggf-absagen"),
    pytest.param("Evtl. muss ich leider absagen.", id="evtl-absagen"),
]


@pytest.mark.parametrize("text", NOT_RULED_OUT)
def test_a_no_not_ruled_out_is_not_recorded_as_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize("text", [pytest.param("Ich komme, ggf. etwas später.", id="ggf-spaeter")])
def test_a_maybe_word_about_the_hour_keeps_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
