"""Someone else answers for the member, or comes instead, in strangers' words.

Each row is one way of saying it, written before reading the rules: an assistant,
a partner or a colleague passes the member's answer on ("lässt ausrichten", "on
behalf of", "asked me to let you know"); the member sends someone in their place
(the member's answer is no, the one sent is news for the organizer); a note that
forwards the invitation to someone else answers nothing.
"""

from __future__ import annotations

import pytest

from mail.answer_guard import Reading, answer_risk
from mail.intent import read_intent
from mail.stand_in import stand_in
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

PASSED_ON = [
    ("Herr Weber lässt ausrichten, dass er gerne kommt.", Y, "de-laesst-ausrichten-kommt"),
    (
        "Im Auftrag von Frau Schulz: Sie kann leider nicht teilnehmen.",
        N,
        "de-im-auftrag-kann-nicht",
    ),
    ("On behalf of Dr. Klein: he will attend.", Y, "en-on-behalf-will-attend"),
    ("I'm writing on behalf of Mr Brown, who unfortunately cannot attend.", N, "en-who-cannot"),
    ("Mr Hughes asked me to let you know he'll be there.", Y, "en-asked-me-hell-be-there"),
    ("Meine Frau hat kein Internet, sie lässt sagen: sie kommt.", Y, "de-laesst-sagen-sie-kommt"),
    ("My dad doesn't do email – he says he's coming!", Y, "en-dad-no-email-coming"),
    ("Ms Fischer sends her apologies.", N, "en-sends-her-apologies"),
    ("Frau Klein lässt sich entschuldigen.", N, "de-laesst-sich-entschuldigen"),
    (
        "Hier schreibt Aylins Mann: sie liegt mit Grippe im Bett und kommt nicht.",
        N,
        "de-hier-schreibt-mann",
    ),
    ("Owen will attend.\n\nRegards,\nCarol Jenkins\nPA to Owen Hughes", Y, "en-pa-to-signature"),
    ("Hello, this is Dr Lee's assistant. Dr Lee will attend.", Y, "en-this-is-the-assistant"),
    (
        "Hi, Maya's husband here. She asked me to tell you she obviously won't make it.",
        N,
        "en-husband-here-adverb-before-verb",
    ),
    (
        "Ich bin die Assistentin von Herrn Roth. Er ist bis Ende März in Elternzeit und wird "
        "daher nicht teilnehmen.",
        N,
        "de-assistentin-elternzeit-not-an-auto-reply",
    ),
    (
        "Ich bin der Kollege von Frau Kaya. Sie ist bis 5. Februar auf Kur und hat mich gebeten, "
        "abzusagen.",
        N,
        "de-kollege-kur-gebeten-abzusagen",
    ),
]

INSTEAD = [
    ("Ich kann nicht, meine Kollegin Sara geht für mich hin.", "de-geht-fuer-mich-hin"),
    ("Bin raus, aber mein Stellvertreter kommt.", "de-stellvertreter-kommt"),
    ("Can't make it – sending my deputy instead.", "en-sending-deputy-instead"),
    ("My colleague Ana will go in my stead.", "en-in-my-stead"),
    ("Statt mir kommt dieses Mal Frau Berger.", "de-statt-mir-kommt"),
    ("I'm out, but Priya from my team will take my seat.", "en-take-my-seat"),
    ("Ich bin leider verhindert – vertreten werde ich von Herrn Kühn.", "de-vertreten-werde-ich"),
    ("Mein Kollege kommt statt mir, ich bin krank.", "de-kollege-statt-mir"),
    ("My intern will come in my place.", "en-intern-in-my-place"),
]

FORWARDED = [
    (
        "Hey Jule, guck mal, das ist der Stammtisch, von dem ich dir erzählt hab. Wollen wir "
        "zusammen hin?",
        "de-guck-mal-forward",
    ),
    ("Schau mal, wäre das was für dich? Wir könnten zusammen hingehen.", "de-schau-mal"),
    ("FYI Tom – thought this might interest you. Shall we go together?", "en-fyi-shall-we"),
]


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in PASSED_ON])
def test_an_answer_passed_on_for_the_member_is_the_members(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    # and an absence told by the one writing is no automatic notice
    risk = answer_risk(Reading(text, answer, tuple(intent.evidence)))
    assert (intent.answer, intent.problem, risk) == (answer, "", "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in INSTEAD])
def test_someone_sent_instead_makes_the_members_no_and_is_named(text: str) -> None:
    assert (read_intent(text).answer, bool(stand_in(text))) == (N, True)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in FORWARDED])
def test_a_note_forwarding_the_invitation_to_someone_else_answers_nothing(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, bool(intent.problem)) == (None, True)


def test_an_absence_notice_that_names_an_assistant_stays_a_notice() -> None:
    text = (
        "Ich bin bis 5.2. nicht im Büro und lese keine Mails. In dringenden Fällen wenden Sie "
        "sich an Anna Lee, Assistant to Mr Brown."
    )
    assert answer_risk(Reading(text, N, ("nicht",))).startswith("this looks like an automatic")
