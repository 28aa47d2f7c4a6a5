"""Replies that say one answer with the words of its opposite: a decline beside a wish to
come, joy denied to say it louder, an open condition, a no that only may come, a no to
missing it. Whatever else is read, the opposite of what the member meant is never
recorded; review is fine."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_YES = [
    # a decline beside a wish to come: the wish does not overrule it
    pytest.param("Ich sage ab, ich würde aber trotzdem gern kommen", id="sage-ab-wuerde-trotzdem"),
    pytest.param("Ich sage ab, würde aber trotzdem gerne kommen.", id="sage-ab-gerne-kommen"),
    pytest.param("Ich sag ab, würd aber trotzdem gerne vorbeischauen.", id="sag-ab-wuerd"),
    pytest.param("Muss leider absagen, wäre aber so gern dabei gewesen.", id="absagen-waere"),
    pytest.param("Ich sag ab – hätte aber echt Lust gehabt.", id="sag-ab-lust-gehabt"),
    pytest.param("I have to decline, though I'd really love to come.", id="decline-though"),
    pytest.param("I'm declining, but I'd still love to come.", id="declining-still-love"),
    pytest.param("Absage von mir, obwohl ich gern käme.", id="absage-obwohl-gern"),
    pytest.param("Though I'd love to, I can't make it.", id="though-love-to-cant"),
    pytest.param("Auch wenn ich gern käme, es geht nicht.", id="auch-wenn-gern-kaeme"),
    pytest.param("Selbst wenn ich wollte, ich kann nicht.", id="selbst-wenn-wollte"),
    # an open condition on a "would" is a maybe, not a yes
    pytest.param("If there's still room I'd come along", id="room-id-come-along"),
    pytest.param("I'd come along if there's still room.", id="id-come-if-room"),
    pytest.param("If there's a free seat I'd join.", id="free-seat-id-join"),
    pytest.param("Wenn's noch Platz gibt, wär ich dabei.", id="platz-gibt-waer"),
    pytest.param("Yes, sadly I can't.", id="yes-sadly-cant"),
    pytest.param("Ja, leider nicht.", id="ja-leider-nicht"),
    pytest.param("Yes — I mean no, sorry, I can't.", id="yes-i-mean-no"),
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_no_or_an_open_condition_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


NOT_NO = [
    # joy denied only to be said louder
    pytest.param("Ich freu mich nicht – ich freu mich riesig!", id="freu-nicht-riesig"),
    pytest.param("Freu mich nicht, ich freu mich wahnsinnig!!", id="freu-nicht-wahnsinnig"),
    pytest.param(
        "Nein, ich freu mich nicht, ich bin total aus dem Häuschen 🎉", id="nein-haeuschen"
    ),
    pytest.param(
        "I'm not looking forward to it – I'm SUPER looking forward to it!", id="not-super"
    ),
    # a no that only may come, after the answer turned to a condition
    pytest.param("I've accepted, but if the baby arrives early I won't be there.", id="baby"),
    pytest.param("Ich komme, aber wenn mein Zug ausfällt, bin ich nicht da.", id="zug-faellt-aus"),
    pytest.param("Ja, aber falls die Kita anruft, muss ich absagen.", id="kita-ruft-an"),
    pytest.param("Yes, but should my flight be late I can't make it.", id="flight-late"),
    pytest.param("Count me in, though if the meeting runs over I'll have to skip.", id="runs-over"),
    pytest.param(
        "Ich komme, aber falls der Zug ausfällt, schaffe ich es nicht.", id="schaffe-es-nicht"
    ),
    # a concession beside the yes grants, it does not refuse
    pytest.param("Even though I can't stay long, I'll be there.", id="even-though-cant-stay"),
    pytest.param("Obwohl ich eigentlich keine Zeit habe, komme ich.", id="obwohl-keine-zeit"),
    # a no to missing it, or to a problem
    pytest.param("Keine Chance, dass ich das verpasse!", id="keine-chance-verpasse"),
    pytest.param("No way I'm missing this!", id="no-way-missing"),
    pytest.param("Kein Problem, ich komme.", id="kein-problem-komme"),
    pytest.param("No problem, I'm in.", id="no-problem-in"),
    pytest.param("Ich kann nicht ausschließen, dass ich spontan absagen muss.", id="ausschliessen"),
    pytest.param("Ich komme nicht nicht.", id="nicht-nicht"),
    pytest.param("I can't not come!", id="cant-not-come"),
    pytest.param("Nein, wie schön – ich bin dabei!", id="nein-wie-schoen"),
]


@pytest.mark.parametrize("text", NOT_NO)
def test_a_yes_said_with_no_words_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_no_after_a_turned_condition_beside_the_accepted_button_is_a_maybe() -> None:
    text = "I've accepted, but if the baby arrives early I won't be there."
    assert analyse(imip("ACCEPTED", text)).answer is Answer.MAYBE


def test_a_no_said_before_a_condition_for_another_day_stays_a_no() -> None:
    text = "I can't come, but if you move it to Friday I'd be there."
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_room_condition_beside_a_plain_yes_is_politeness() -> None:
    assert analyse(_mail("Ich komme gern, falls noch Platz ist.")).answer is Answer.YES


DIALECT_NO = [
    pytest.param("Nu, das klappt ni.", id="nu-klappt-ni"),
    pytest.param("Nu, klappt ni, sorry.", id="klappt-ni-sorry"),
    pytest.param("Das geht ni.", id="geht-ni"),
    pytest.param("Ich kann ni.", id="kann-ni"),
    pytest.param("Ni, leider.", id="ni-leider"),
]


@pytest.mark.parametrize("text", DIALECT_NO)
def test_a_dialect_negation_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


BUTTON_SET_ASIDE = [
    pytest.param(
        "Please disregard the acceptance above. I mixed up the dates – I'm in Manchester on "
        "the 28th.",
        id="disregard-acceptance-mixed-up",
    ),
    pytest.param("Disregard my accept, I'm away that week.", id="disregard-my-accept"),
    pytest.param(
        "Sorry, hab die Termine verwechselt – am 28. bin ich in Hamburg.", id="verwechselt"
    ),
    pytest.param(
        "Aus Gewohnheit auf Zusagen gedrückt, bin aber an dem Abend verhindert.",
        id="aus-gewohnheit",
    ),
    pytest.param("Scratch that, I can't come after all.", id="scratch-that"),
]


@pytest.mark.parametrize("text", BUTTON_SET_ASIDE)
def test_an_accepted_button_set_aside_in_words_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.YES
