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
]


@pytest.mark.parametrize(("partstat", "text", "answer"), SAID)
def test_the_words_beside_a_calendar_button_decide_when_they_are_clear(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
