"""A calendar button and the words beside it: words that agree keep the button, clear words
that contradict it win, and a button taken back without saying what was meant goes to a person."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.test_family_calendar_text import imip

SAID = [
    pytest.param("ACCEPTED", "Looking forward to it!", Answer.YES, id="acce-looking-forward-to-it"),
    pytest.param("ACCEPTED", "Bis Donnerstag!", Answer.YES, id="acce-bis-donnerstag"),
    pytest.param("DECLINED", "Sorry, bin krank.", Answer.NO, id="decl-sorry-bin-krank"),
    pytest.param("DECLINED", "Leider im Urlaub", Answer.NO, id="decl-leider-im-urlaub"),
    pytest.param("DECLINED", "Next time!", Answer.NO, id="decl-next-time"),
    pytest.param(
        "DECLINED", "Beim nächsten Mal gerne", Answer.NO, id="decl-beim-nächsten-mal-gerne"
    ),
    pytest.param("TENTATIVE", "Ich versuche es.", Answer.MAYBE, id="tent-ich-versuche-es"),
    pytest.param("TENTATIVE", "Not sure yet", Answer.MAYBE, id="tent-not-sure-yet"),
    pytest.param("TENTATIVE", "Will try!", Answer.MAYBE, id="tent-will-try"),
    pytest.param(
        "ACCEPTED",
        "Actually I can't come, sorry – hit the wrong button.",
        Answer.NO,
        id="acce-actually-i-can-t-come-sorry-hit",
    ),
    pytest.param(
        "ACCEPTED",
        "Sorry, I clicked yes but I can't make it after all.",
        Answer.NO,
        id="acce-sorry-i-clicked-yes-but-i-can-t",
    ),
    pytest.param(
        "ACCEPTED",
        "Oh, hab auf Zusagen gedrückt, kann aber nicht.",
        Answer.NO,
        id="acce-oh-hab-auf-zusagen-gedrückt-kann",
    ),
    pytest.param(
        "ACCEPTED",
        "Ignore the accept, I'm away that week.",
        Answer.NO,
        id="acce-ignore-the-accept-i-m-away-that",
    ),
    pytest.param(
        "ACCEPTED",
        "Please ignore – I won't be able to attend.",
        Answer.NO,
        id="acce-please-ignore-i-won-t-be-able-to",
    ),
    pytest.param(
        "DECLINED",
        "Ignore the decline, I'll be there!",
        Answer.YES,
        id="decl-ignore-the-decline-i-ll-be-there",
    ),
    pytest.param(
        "DECLINED",
        "Oops, I meant to accept. See you there!",
        Answer.YES,
        id="decl-oops-i-meant-to-accept-see-you-t",
    ),
    pytest.param(
        "DECLINED",
        "Ups, wollte zusagen! Bin dabei.",
        Answer.YES,
        id="decl-ups-wollte-zusagen-bin-dabei",
    ),
    pytest.param("TENTATIVE", "Doch sicher dabei!", Answer.YES, id="tent-doch-sicher-dabei"),
    pytest.param(
        "TENTATIVE", "Sorry, definitely can't.", Answer.NO, id="tent-sorry-definitely-can-t"
    ),
    pytest.param(
        "ACCEPTED",
        "Zugesagt, aber ich komme eventuell später.",
        Answer.YES,
        id="acce-zugesagt-aber-ich-komme-eventuel",
    ),
    pytest.param(
        "ACCEPTED",
        "Accepted, but I might be late.",
        Answer.YES,
        id="acce-accepted-but-i-might-be-late",
    ),
    pytest.param(
        "ACCEPTED",
        "Accepted – might have to leave early.",
        Answer.YES,
        id="acce-accepted-might-have-to-leave-ear",
    ),
    pytest.param(
        "DECLINED", "I'd love to but I can't.", Answer.NO, id="decl-i-d-love-to-but-i-can-t"
    ),
    pytest.param(
        "DECLINED", "Would have loved to come!", Answer.NO, id="decl-would-have-loved-to-come"
    ),
    pytest.param(
        "ACCEPTED",
        "Hab zugesagt, weiß aber noch nicht ob es klappt",
        Answer.MAYBE,
        id="acce-hab-zugesagt-weiß-aber-noch-nich",
    ),
    pytest.param(
        "ACCEPTED",
        "Accepted for now, but it might change.",
        Answer.MAYBE,
        id="acce-accepted-for-now-but-it-might-ch",
    ),
    pytest.param(
        "DECLINED",
        "Declined for now, might still come if my meeting gets cancelled.",
        Answer.MAYBE,
        id="decl-declined-for-now-might-still-com",
    ),
    pytest.param(
        "ACCEPTED",
        "Tentative really, my calendar is a mess",
        Answer.MAYBE,
        id="acce-tentative-really-my-calendar-is",
    ),
    pytest.param(
        "ACCEPTED",
        (
            "Accepted so it's in my diary, but there's a chance I'll be "
            "stuck at a meeting. Will update you."
        ),
        Answer.MAYBE,
        id="acce-accepted-so-it-s-in-my-diary-but",
    ),
    pytest.param(
        "ACCEPTED",
        ("Hab erstmal zugesagt, aber ob ich wirklich komme, entscheide ich spontan."),
        Answer.MAYBE,
        id="acce-hab-erstmal-zugesagt-aber-ob-ich",
    ),
    pytest.param(
        "ACCEPTED",
        "My phone accepted this by itself – I'm not free that night, sorry.",
        Answer.NO,
        id="acce-my-phone-accepted-this-by-itself",
    ),
    pytest.param("ACCEPTED", "Gerne dabei!", Answer.YES, id="acce-gerne-dabei"),
    pytest.param("ACCEPTED", "See you there!", Answer.YES, id="acce-see-you-there"),
    pytest.param(
        "ACCEPTED",
        ("Sorry, ich habe versehentlich zugesagt – ich bin an dem Abend im Urlaub."),
        Answer.NO,
        id="acce-sorry-ich-habe-versehentlich-zug",
    ),
    pytest.param(
        "ACCEPTED", "Wrong click! Can't come.", Answer.NO, id="acce-wrong-click-can-t-come"
    ),
    pytest.param(
        "ACCEPTED", "Ups. Nein, leider nicht.", Answer.NO, id="acce-ups-nein-leider-nicht"
    ),
    pytest.param(
        "DECLINED",
        "Habe abgesagt, weil ich krank bin.",
        Answer.NO,
        id="decl-habe-abgesagt-weil-ich-krank-bin",
    ),
    pytest.param("DECLINED", "Hab abgesagt, sorry!", Answer.NO, id="decl-hab-abgesagt-sorry"),
    pytest.param(
        "DECLINED",
        "Leider nein, vielleicht nächstes Mal.",
        Answer.NO,
        id="decl-leider-nein-vielleicht-nächstes",
    ),
    pytest.param(
        "DECLINED",
        "Muss leider absagen, wäre gern gekommen.",
        Answer.NO,
        id="decl-muss-leider-absagen-wäre-gern-ge",
    ),
    pytest.param(
        "TENTATIVE",
        "Hängt davon ab, ob ich früher aus dem Büro komme.",
        Answer.MAYBE,
        id="tent-hängt-davon-ab-ob-ich-früher-aus",
    ),
    pytest.param(
        "TENTATIVE",
        "Vorläufig zugesagt, Bestätigung folgt.",
        Answer.MAYBE,
        id="tent-vorläufig-zugesagt-bestätigung-f",
    ),
    pytest.param(
        "TENTATIVE", "I'll confirm next week.", Answer.MAYBE, id="tent-i-ll-confirm-next-week"
    ),
    pytest.param(
        "ACCEPTED", "Ich komme mit meiner Frau.", Answer.YES, id="acce-ich-komme-mit-meiner-frau"
    ),
    pytest.param(
        "ACCEPTED",
        "Zusage! Freue mich auf den Abend.",
        Answer.YES,
        id="acce-zusage-freue-mich-auf-den-abend",
    ),
    pytest.param(
        "ACCEPTED",
        "I accepted, but honestly I'm not sure I'll make it.",
        Answer.MAYBE,
        id="acce-i-accepted-but-honestly-i-m-not",
    ),
    pytest.param(
        "DECLINED",
        "Declined by mistake – I'm coming!",
        Answer.YES,
        id="decl-declined-by-mistake-i-m-coming",
    ),
    pytest.param(
        "DECLINED",
        "Eigentlich wollte ich zusagen. Ich komme!",
        Answer.YES,
        id="decl-eigentlich-wollte-ich-zusagen-ic",
    ),
    pytest.param(
        "ACCEPTED",
        "Outlook hat automatisch zugesagt, ich kann aber leider nicht.",
        Answer.NO,
        id="acce-outlook-hat-automatisch-zugesagt",
    ),
    pytest.param(
        "ACCEPTED", "Accepted. Will bring snacks.", Answer.YES, id="acce-accepted-will-bring-snacks"
    ),
    pytest.param(
        "TENTATIVE",
        "Probably yes, but I'll know on Monday.",
        Answer.MAYBE,
        id="tent-probably-yes-but-i-ll-know-on-mo",
    ),
    pytest.param("TENTATIVE", "Eher ja.", Answer.MAYBE, id="tent-eher-ja"),
    pytest.param(
        "DECLINED",
        "Leider nicht, ich bin auf Dienstreise.",
        Answer.NO,
        id="decl-leider-nicht-ich-bin-auf-dienstr",
    ),
    pytest.param("ACCEPTED", "Yes!", Answer.YES, id="acce-yes"),
    pytest.param("DECLINED", "No, sorry.", Answer.NO, id="decl-no-sorry"),
    pytest.param("TENTATIVE", "Maybe.", Answer.MAYBE, id="tent-maybe"),
    pytest.param(
        "TENTATIVE",
        "Tentative was my phone being cautious. I'm coming.",
        Answer.YES,
        id="tent-tentative-was-my-phone",
    ),
    pytest.param(
        "TENTATIVE",
        "Vielleicht war falsch, ich bin definitiv dabei!",
        Answer.YES,
        id="tent-vielleicht-war-falsch",
    ),
    pytest.param(
        "DECLINED",
        "Abgelehnt war ein Versehen – ich komme!",
        Answer.YES,
        id="decl-abgelehnt-war-ein-versehen",
    ),
    pytest.param(
        "ACCEPTED",
        "The accepted is wrong, I'm abroad that week.",
        Answer.NO,
        id="acce-accepted-is-wrong",
    ),
    pytest.param(
        "TENTATIVE",
        'Ignore the "vielleicht", it\'s a definite yes 🙂',
        Answer.YES,
        id="tent-ignore-the-quoted-word",
    ),
    pytest.param(
        "ACCEPTED",
        "Accidentally hit accept on my watch. I'm actually in Rotterdam that week – sorry!",
        Answer.NO,
        id="acce-accidentally-actually-away",
    ),
    pytest.param(
        "TENTATIVE",
        "Vielleicht war falsch, I'm definitely in!",
        Answer.YES,
        id="tent-definitely-in",
    ),
    pytest.param(
        "TENTATIVE",
        "Tentative war falsch, I can't come – Dienstreise nach Wien.",
        Answer.NO,
        id="tent-mixed-tentative-war-falsch",
    ),
    pytest.param(
        "TENTATIVE",
        "Vielleicht was wrong, ich komme!",
        Answer.YES,
        id="tent-mixed-vielleicht-was-wrong",
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), SAID)
def test_the_words_beside_a_calendar_button_decide_when_they_are_clear(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
