"""What strangers write beside a calendar button: the button's word repeated or quoted, the
entry "taken over" or "put in the calendar", a late arrival, a promise to say if it changes,
and words that take the button back.

Words that agree with the button keep it; a condition on a later change is no doubt; clear
words against the button win, and words that only doubt it go to a person."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

KEPT = [
    # the button's own word, written again or quoted by the client
    pytest.param("ACCEPTED", "Zugesagt.", Answer.YES, id="acce-zugesagt"),
    pytest.param("ACCEPTED", "Accepted", Answer.YES, id="acce-accepted"),
    pytest.param(
        "ACCEPTED", "Angenommen: SEO und Erfolgsmessung", Answer.YES, id="acce-angenommen-subject"
    ),
    pytest.param(
        "DECLINED", "Abgelehnt: SEO und Erfolgsmessung", Answer.NO, id="decl-abgelehnt-subject"
    ),
    pytest.param(
        "DECLINED", "Declined: SEO und Erfolgsmessung", Answer.NO, id="decl-declined-subject"
    ),
    pytest.param("TENTATIVE", "Mit Vorbehalt angenommen", Answer.MAYBE, id="tent-mit-vorbehalt"),
    pytest.param("TENTATIVE", "Tentatively accepted", Answer.MAYBE, id="tent-tentatively-accepted"),
    # the entry taken over into one's own calendar
    pytest.param("ACCEPTED", "Termin übernommen, danke!", Answer.YES, id="acce-termin-uebernommen"),
    pytest.param("ACCEPTED", "hab's eingetragen 👍", Answer.YES, id="acce-habs-eingetragen"),
    pytest.param(
        "ACCEPTED", "Steht im Kalender. Bis dann!", Answer.YES, id="acce-steht-im-kalender"
    ),
    pytest.param("ACCEPTED", "In my diary, see you there", Answer.YES, id="acce-in-my-diary"),
    pytest.param("ACCEPTED", "Added to my calendar!", Answer.YES, id="acce-added-to-calendar"),
    # a yes with when, or for how long
    pytest.param(
        "ACCEPTED", "Zugesagt, aber ich komme später.", Answer.YES, id="acce-zugesagt-aber-spaeter"
    ),
    pytest.param("ACCEPTED", "Komme, aber erst gegen acht.", Answer.YES, id="acce-erst-gegen-acht"),
    pytest.param(
        "ACCEPTED", "Accepted, though I may have to leave early.", Answer.YES, id="acce-leave-early"
    ),
    pytest.param(
        "ACCEPTED", "I'll be there, but only for an hour or so.", Answer.YES, id="acce-only-an-hour"
    ),
    pytest.param(
        "ACCEPTED", "Bin dabei, wird bei mir aber eher halb acht.", Answer.YES, id="acce-halb-acht"
    ),
    # a promise to say if it changes is no doubt beside a clear button
    pytest.param(
        "ACCEPTED",
        "Falls was dazwischenkommt, melde ich mich.",
        Answer.YES,
        id="acce-falls-was-dazwischenkommt",
    ),
    pytest.param(
        "ACCEPTED", "I'll let you know if anything changes.", Answer.YES, id="acce-let-you-know-if"
    ),
    pytest.param(
        "ACCEPTED",
        "Wenn es doch nicht klappt, sag ich rechtzeitig Bescheid.",
        Answer.YES,
        id="acce-wenn-doch-nicht-bescheid",
    ),
    pytest.param(
        "ACCEPTED",
        "If I can't make it after all I'll tell you in time.",
        Answer.YES,
        id="acce-if-i-cant-after-all",
    ),
    # words that agree, in any voice
    pytest.param("ACCEPTED", "Klappt bei mir!", Answer.YES, id="acce-klappt-bei-mir"),
    pytest.param("ACCEPTED", "Na logo bin ich da 😎", Answer.YES, id="acce-na-logo"),
    pytest.param("ACCEPTED", "yes!! looking forward", Answer.YES, id="acce-yes-looking-forward"),
    pytest.param("DECLINED", "Leider verhindert.", Answer.NO, id="decl-leider-verhindert"),
    pytest.param(
        "DECLINED", "Abgesagt, sorry – Elternabend.", Answer.NO, id="decl-abgesagt-elternabend"
    ),
    pytest.param(
        "DECLINED",
        "Declined – on holiday, see you next month!",
        Answer.NO,
        id="decl-on-holiday-next-month",
    ),
    pytest.param(
        "DECLINED",
        "Muss leider passen, viel Spaß euch!",
        Answer.NO,
        id="decl-muss-passen-viel-spass",
    ),
    pytest.param("DECLINED", "bin raus diesmal", Answer.NO, id="decl-bin-raus-diesmal"),
    pytest.param(
        "DECLINED",
        "Ich würde gerne, aber ich bin auf Dienstreise.",
        Answer.NO,
        id="decl-wuerde-gerne-dienstreise",
    ),
    pytest.param(
        "DECLINED",
        "Declined, but I'd love to come next time.",
        Answer.NO,
        id="decl-love-to-next-time",
    ),
    pytest.param(
        "TENTATIVE", "Mal sehen, hängt vom Dienstplan ab.", Answer.MAYBE, id="tent-dienstplan"
    ),
    pytest.param("TENTATIVE", "Maybe, depends on work.", Answer.MAYBE, id="tent-depends-on-work"),
    pytest.param(
        "TENTATIVE",
        "Tentative – will confirm next week.",
        Answer.MAYBE,
        id="tent-confirm-next-week",
    ),
    pytest.param(
        "TENTATIVE",
        "Ich versuch's, kann aber nichts versprechen.",
        Answer.MAYBE,
        id="tent-versuchs-nichts-versprechen",
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), KEPT)
def test_words_that_agree_with_the_calendar_button_keep_it(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


TURNED = [
    pytest.param(
        "ACCEPTED",
        "Sorry, falscher Knopf – ich kann leider nicht.",
        Answer.NO,
        id="acce-falscher-knopf-kann-nicht",
    ),
    pytest.param(
        "ACCEPTED",
        "Hab aus Versehen zugesagt, bin an dem Abend in Hamburg.",
        Answer.NO,
        id="acce-versehen-in-hamburg",
    ),
    pytest.param(
        "ACCEPTED",
        "Oops, hit accept but I'm actually away that week.",
        Answer.NO,
        id="acce-oops-away-that-week",
    ),
    pytest.param(
        "DECLINED", "Falsch geklickt, ich komme doch!", Answer.YES, id="decl-falsch-geklickt"
    ),
    pytest.param(
        "DECLINED", "Wrong button – I'm coming!", Answer.YES, id="decl-wrong-button-coming"
    ),
    pytest.param(
        "TENTATIVE",
        "Vergesst das Vielleicht, ich bin sicher dabei.",
        Answer.YES,
        id="tent-sicher-dabei",
    ),
    pytest.param(
        "TENTATIVE", "Scratch the maybe – it's a yes!", Answer.YES, id="tent-scratch-the-maybe"
    ),
    pytest.param(
        "ACCEPTED",
        "Die Zusage war falsch, ich bin an dem Abend in Bonn.",
        Answer.NO,
        id="acce-zusage-war-falsch",
    ),
    pytest.param(
        "ACCEPTED",
        'I clicked "accept" but I\'m actually away.',
        Answer.NO,
        id="acce-clicked-quoted",
    ),
    pytest.param(
        "DECLINED", "Ignore my decline, I'll be there!", Answer.YES, id="decl-ignore-my-decline"
    ),
    pytest.param(
        "TENTATIVE",
        "Tentative just because I might be late – I'll be there.",
        Answer.YES,
        id="tent-tentative-because-late",
    ),
    pytest.param(
        "ACCEPTED",
        "Zusage zurückgezogen, sorry – Elternabend.",
        Answer.NO,
        id="acce-zurueckgezogen",
    ),
    pytest.param(
        "ACCEPTED",
        "I'm withdrawing my acceptance, something came up.",
        Answer.NO,
        id="acce-withdrawing-acceptance",
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), TURNED)
def test_clear_words_against_the_calendar_button_win(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer in (answer, None)
    assert result.answer is not None or result.answer_problem


DOUBTED = [
    pytest.param(
        "ACCEPTED",
        "accepted – tentatively, still waiting on the babysitter",
        id="acce-tentatively-babysitter",
    ),
    pytest.param(
        "ACCEPTED",
        "Zusage unter Vorbehalt, muss noch schauen ob der Babysitter kann.",
        id="acce-unter-vorbehalt-babysitter",
    ),
    pytest.param(
        "ACCEPTED", "Ups, das sollte eigentlich ein Vielleicht sein.", id="acce-sollte-vielleicht"
    ),
    pytest.param(
        "DECLINED", "Hm, eigentlich weiß ich's noch gar nicht.", id="decl-weiss-noch-nicht"
    ),
]


@pytest.mark.parametrize(("partstat", "text"), DOUBTED)
def test_words_that_doubt_the_calendar_button_never_keep_it(partstat: str, text: str) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer in (Answer.MAYBE, None)
    assert result.answer is not None or result.answer_problem
