"""Unsubscribes that are none: never recorded as a leaving, never as the opposite answer.

A denial that answers the member's own question about leaving ("Abmelden?
Niemals!") keeps them on the list and says nothing about the evening. A
leaving spoken of as past, undone or a mistake ("Sorry for the unsubscribe
last time, that was a mistake") is no leaving now and declines nothing.
Someone else's leaving is not the member's. Review is always fine; a
leaving or a no read from these words is not.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

# text, id, the answer the words give (None: none, review is right too)
NOT_A_LEAVING = [
    ("Stop sending reminders? No way, keep them coming!", "en-no-way-keep-them", None),
    ("Abmelden? Niemals! Ich bin gern auf der Liste.", "de-niemals", None),
    ("Austragen? Bloß nicht, schickt mir weiter alles.", "de-bloss-nicht", None),
    ("Unsubscribe? Not a chance, I love these evenings.", "en-not-a-chance", None),
    (
        "Keine Mails mehr? Auf keinen Fall, ich will alles bekommen!",
        "de-keine-mails-mehr-frage",
        None,
    ),
    ("Remove me from the list? Heck no. Count me in for Thursday!", "en-heck-no", Answer.YES),
    ("Newsletter abbestellen? Nee, lass mal laufen.", "de-nee-lass-laufen", None),
    ("Take me off the list?? NEVER 😄", "en-caps-never", None),
    ("Mich austragen? Nö, auf gar keinen Fall.", "de-noe", None),
    ("Opt out? nope. see you thursday", "en-phone-nope", Answer.YES),
    (
        "Sorry for the unsubscribe last time, that was a mistake, please keep me on.",
        "en-mistake-keep-me-on",
        None,
    ),
    (
        "I accidentally clicked unsubscribe, please put me back on the list.",
        "en-accidentally",
        None,
    ),
    ("Hab aus Versehen auf Abmelden geklickt – bitte rückgängig machen!", "de-aus-versehen", None),
    (
        "Meine Abmeldung neulich war ein Versehen, bitte lasst mich drauf.",
        "de-abmeldung-versehen",
        None,
    ),
    (
        "Die Abmeldung vom letzten Mal war ein Fehler, ich möchte weiter Einladungen bekommen.",
        "de-abmeldung-fehler",
        None,
    ),
    ("Ignore my unsubscribe from last week, I want to stay.", "en-ignore-my-unsubscribe", None),
    ("Please disregard my earlier unsubscribe request.", "en-disregard", None),
    ("Bitte meine Abmeldung ignorieren, ich bleibe dabei.", "de-ignorieren", None),
    ("I did not mean to unsubscribe. Please re-add me.", "en-did-not-mean", None),
    (
        "Stopp! Nicht austragen, das war mein Sohn am Handy.",
        "de-stopp-nicht-austragen-sohn",
        None,
    ),
    (
        "Abbestellen war nicht gemeint, sorry – Erinnerungen bitte weiter schicken.",
        "de-nicht-gemeint",
        None,
    ),
    ("Keep the reminders coming, I never want to miss one!", "en-keep-them-coming", None),
    ("Wollte nur sagen: austragen müsst ihr mich nicht, ich komme!", "de-muesst-nicht", Answer.YES),
    ("my unsubscribe was an accident!! still want the invites", "en-phone-accident", None),
    (
        "Das mit dem Austragen hat sich erledigt, ich bleibe im Verteiler.",
        "de-hat-sich-erledigt",
        None,
    ),
    ("Scratch my last mail about unsubscribing – I'm staying.", "en-scratch", None),
    ("Vergesst meine Abmeldung, ich bleib drin!", "de-vergesst", None),
    (
        "Ich hatte mich letztes Jahr abgemeldet, aber jetzt will ich wieder dabei sein. "
        "Bitte wieder eintragen.",
        "de-letztes-jahr-wieder",
        Answer.YES,
    ),
    ("I unsubscribed by mistake. Can you add me back?", "en-by-mistake", None),
    ("Irrtum – bitte nicht abmelden!", "de-irrtum", None),
    ("The unsubscribe click was my cat on the keyboard, keep me please :)", "en-cat", None),
]


@pytest.mark.parametrize(
    ("text", "answer"), [pytest.param(t, a, id=name) for t, name, a in NOT_A_LEAVING]
)
def test_no_leaving_and_no_opposite_answer_from_a_leaving_that_is_none(
    text: str, answer: Answer | None
) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer in (answer, None)
    assert intent.answer is not Answer.NO


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: m@example.org\nTo: s@example.org\nSubject: {subject}\n"
        f"Message-ID: <n1@example.org>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Stop sending reminders? No way, keep them coming!", id="no-way"),
        pytest.param(
            "Sorry for the unsubscribe last time, that was a mistake, please keep me on.",
            id="mistake",
        ),
        pytest.param("Abmelden? Niemals! Ich bin gern auf der Liste.", id="niemals"),
    ],
)
def test_a_whole_reply_keeping_the_member_records_no_leaving_and_no_no(body: str) -> None:
    analysis = analyse(_mail("Re: Erinnerung: Stammtisch", body))
    assert not analysis.unsubscribe
    assert analysis.answer is not Answer.NO
