"""Leaving the list as people put it, and the traps: staying, one evening off, a new address.

Leaving is an unsubscribe; "nicht austragen", "don't unsubscribe me",
"I was about to unsubscribe, but …" keep the member; signing off for one
evening declines it; a new or second address is a change the organizer
makes, so the reply goes to review.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    ("Bitte austragen.", "de-austragen"),
    ("Bitte keine Mails mehr.", "de-keine-mails-mehr"),
    ("Ich möchte keine Einladungen mehr bekommen.", "de-keine-einladungen"),
    ("Bitte nehmt mich aus dem Verteiler.", "de-aus-dem-verteiler"),
    (
        "Hallo, unser Verein hat sich aufgelöst, bitte löschen Sie die Adresse "
        "info@tsv.example aus Ihrem Verteiler.",
        "de-verein-aufgeloest",
    ),
    ("Ich bin in Rente und brauche die Einladungen nicht mehr. Nehmt mich bitte raus.", "de-rente"),
    ("Abmelden bitte", "de-abmelden-bitte"),
    ("STOP", "caps-stop"),
    ("stop", "stop"),
    ("Please take me off this list. I never signed up for it.", "en-take-me-off"),
    ("Kindly remove my address from your mailing list.", "en-kindly-remove"),
    ("I'd like to unsubscribe, thanks.", "en-like-to-unsubscribe"),
    ("Unsubscribe me pls", "en-unsubscribe-me-pls"),
    ("Ich möchte mich vom Stammtisch-Verteiler abmelden.", "de-vom-verteiler-abmelden"),
    ("Bitte streicht mich von der Liste, ich ziehe weg.", "de-streicht-mich"),
    ("Bitte nicht mehr anschreiben.", "de-nicht-mehr-anschreiben"),
    ("Kein Interesse mehr, bitte austragen.", "de-kein-interesse"),
    ("Mich bitte aus der Liste löschen.", "de-aus-der-liste-loeschen"),
    ("Ich will raus aus dem Verteiler.", "de-raus-aus-dem-verteiler"),
    ("no more emails please", "en-no-more-emails"),
    ("Please stop emailing me.", "en-stop-emailing"),
    ("I'm moving away – please unsubscribe me from the list.", "en-moving-away"),
    ("Austragen, danke!", "de-austragen-danke"),
    ("Hi, bitte keine mails mehr, I'm not in Cologne anymore. Thanks!", "mixed-keine-mails"),
    ("Könnt ihr mich bitte vom Verteiler nehmen?", "de-vom-verteiler-nehmen"),
    ("Please remove me from this list, I've left the organisation.", "en-left-organisation"),
    ("Moin, bitte abmelden. Danke!", "de-moin-abmelden"),
    ("Ich möchte diese Mails nicht mehr erhalten.", "de-nicht-mehr-erhalten"),
    ("Bitte lösch mich aus eurer Liste", "de-loesch-mich"),
    ("I no longer wish to receive these emails.", "en-no-longer-wish"),
    ("Hiermit widerspreche ich der Nutzung meiner Daten.", "de-widerspreche"),
    ("I want out of this list.", "en-want-out"),
    ("Ich will nicht mehr eingeladen werden.", "de-nicht-mehr-eingeladen"),
    ("Please don't email me again.", "en-dont-email-me-again"),
]

STAYS = [
    ("Bitte nicht austragen, ich kann nur diesmal nicht.", "de-nicht-austragen", Answer.NO),
    (
        "Don't unsubscribe me, but I'm out on the 28th – family thing.",
        "en-dont-unsubscribe",
        Answer.NO,
    ),
    (
        "Abmelden möchte ich mich nicht, nur für Donnerstag absagen. Bin erkältet.",
        "de-abmelden-moechte-ich-nicht",
        Answer.NO,
    ),
    (
        "I was about to hit unsubscribe but then saw the topic – OK, one more chance, I'm coming.",
        "en-about-to-unsubscribe",
        Answer.YES,
    ),
    (
        "Ich wollte mich schon austragen, aber dieses Thema reizt mich. Bin dabei!",
        "de-wollte-schon-austragen",
        Answer.YES,
    ),
    ("Für Montag muss ich mich leider abmelden.", "de-fuer-montag", Answer.NO),
    ("Ich melde mich für diesen Abend ab, bin auf Dienstreise.", "de-diesen-abend", Answer.NO),
    (
        "Nicht austragen bitte! Ich hab diesmal nur keine Zeit.",
        "de-nicht-austragen-bitte",
        Answer.NO,
    ),
    (
        "Keep me on the list please, I just can't make it this time.",
        "en-keep-me-on-the-list",
        Answer.NO,
    ),
    ("Ich bleibe auf der Liste, aber diesmal ohne mich.", "de-bleibe-auf-der-liste", Answer.NO),
    (
        "Hatte kurz überlegt, mich abzumelden, aber das Thema ist super – ich komme!",
        "de-ueberlegt-abzumelden",
        Answer.YES,
    ),
    ("Please don't take me off the list, I'll be there!", "en-dont-take-me-off", Answer.YES),
    (
        "Unsubscribe me from this month's meetup, I can't make it on the 28th.",
        "en-this-months-meetup",
        Answer.NO,
    ),
]

NEW_ADDRESS = [
    ("Bitte nur noch an meine private Adresse: anna@privat.example", "de-nur-noch-private"),
    ("Ab sofort bitte an anna@neu.example schreiben.", "de-ab-sofort-an"),
    ("Meine neue Adresse ist anna@neu.example.", "de-neue-adresse"),
    (
        "Could you add my work email as well? j.clarke@agency.example – I'd like to get the "
        "invites in both places.",
        "en-add-work-email",
    ),
    ("Please use my personal email from now on: jo@home.example", "en-personal-from-now-on"),
    ("Bitte die Einladungen künftig an meine Dienstadresse schicken.", "de-dienstadresse"),
    (
        "I've changed jobs, please write to my gmail from now on: jo@gmail.example",
        "en-send-to-gmail",
    ),
    ("Neue Mail: kai@web.example – die alte gibt es bald nicht mehr.", "de-neue-mail"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_asking_to_leave_in_any_words_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=name) for t, name, a in STAYS])
def test_staying_or_one_evening_off_keeps_the_member_and_answers(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, answer)


@pytest.mark.parametrize("text", _params(NEW_ADDRESS))
def test_a_new_or_second_address_goes_to_the_organizer(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, None)
    assert "address" in intent.problem


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: m@example.org\nTo: s@example.org\nSubject: {subject}\n"
        f"Message-ID: <u1@example.org>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param("Abbestellen", "", id="empty"),
        pytest.param("Abbestellen", "Danke.", id="danke"),
        pytest.param("Austragen", "bitte", id="bitte"),
        pytest.param("Abmelden", "Viele Grüße\nDetlef", id="signature-only"),
        pytest.param("unsubscribe", "Thanks", id="en-thanks"),
    ],
)
def test_a_subject_asking_to_leave_over_courtesy_words_is_an_unsubscribe(
    subject: str, body: str
) -> None:
    assert analyse(_mail(subject, body)).unsubscribe


def test_a_subject_asking_to_leave_over_an_answer_is_no_unsubscribe_by_itself() -> None:
    analysis = analyse(_mail("Abmelden für Donnerstag", "Ich kann diesmal nicht."))
    assert not analysis.unsubscribe
