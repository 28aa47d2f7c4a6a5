"""Whose clause it is: someone else's yes, no or company is never the member's.

Each row is a way strangers write that someone else is ill, comes, or brings
company beside (or instead of) the member: "Anna ist krank, ihr Mann käme
aber gern", "our CTO would love to join instead". The clause belongs to the
person it names, and so does a fragment after it that names no one ("…, ihr
Mann käme aber gern"). The member's answer may go to review, but it is never
the opposite, and the guests counted are at most the ones the member brings.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

# (text, the member's answer, the guests at most, id)
TRAPS = [
    ("Anna ist krank, ihr Mann käme aber gern", N, 0, "anna-ist-krank-ihr-mann"),
    (
        "Peter ist leider krank, aber seine Frau würde gerne kommen.",
        N,
        0,
        "peter-ist-leider-krank-aber",
    ),
    (
        "Frau Schulz ist verhindert, ihre Kollegin Frau Berg kommt aber gern an ihrer Stelle.",
        N,
        0,
        "frau-schulz-ist-verhindert-ihre",
    ),
    ("Tom can't make it, but his wife would love to come.", N, 0, "tom-can-t-make-it"),
    (
        "Sarah is ill; her husband would happily come along instead.",
        N,
        0,
        "sarah-is-ill-her-husband",
    ),
    (
        "Herr Maier ist auf Dienstreise. Sein Stellvertreter kommt gerne.",
        N,
        0,
        "herr-maier-ist-auf-dienstreise",
    ),
    (
        "Lisa schafft es nicht, ihr Freund würde aber vorbeischauen.",
        N,
        0,
        "lisa-schafft-es-nicht-ihr",
    ),
    ("Mein Chef kann nicht, aber unser Azubi käme mit Freude.", N, 0, "mein-chef-kann-nicht-aber"),
    (
        "Michael ist krank. Seine Tochter würde gern für ihn einspringen.",
        N,
        0,
        "michael-ist-krank-seine-tochter",
    ),
    ("Klaus fällt aus, dafür kommt seine Frau.", N, 0, "klaus-fällt-aus-dafür-kommt"),
    ("Jens is out sick - his colleague Mia will come in his place.", N, 0, "jens-is-out-sick-his"),
    (
        "Unfortunately Dr. Roth is travelling; her deputy would be glad to attend.",
        N,
        0,
        "unfortunately-dr-roth-is-travelling",
    ),
    (
        "Der Herr Weber kann leider ned, aber sei Frau tät gern komme.",
        N,
        0,
        "der-herr-weber-kann-leider",
    ),
    ("anna krank, mann kommt gern", N, 0, "anna-krank-mann-kommt-gern"),
    ("ANNA IST KRANK, IHR MANN KOMMT ABER", N, 0, "anna-ist-krank-ihr-mann-2"),
    ("Meine Frau kommt gern, ich leider nicht.", N, 0, "meine-frau-kommt-gern-ich"),
    ("My wife would love to come, I sadly can't.", N, 0, "my-wife-would-love-to"),
    (
        "Mein Mann freut sich schon drauf – ich muss leider arbeiten.",
        N,
        0,
        "mein-mann-freut-sich-schon",
    ),
    ("Die Kinder kommen gern mit, nur ich schaff's nicht.", N, 0, "die-kinder-kommen-gern-mit"),
    ("Mein Kollege ist dabei, ich nicht.", N, 0, "mein-kollege-ist-dabei-ich"),
    ("Tom's in! I'm out unfortunately.", N, 0, "tom-s-in-i-m"),
    ("Jana sagt zu, ich muss absagen.", N, 0, "jana-sagt-zu-ich-muss"),
    ("Mein Partner sagt ab, ich komme aber.", Y, 0, "mein-partner-sagt-ab-ich"),
    ("My husband can't, but I'll be there.", Y, 0, "my-husband-can-t-but"),
    (
        "Meine Begleitung hat abgesagt, ich komm trotzdem.",
        Y,
        0,
        "meine-begleitung-hat-abgesagt-ich",
    ),
    ("Anna kommt nicht, ich aber gern mit meinem Sohn.", Y, 1, "anna-kommt-nicht-ich-aber"),
    ("Ihr Mann käme gern, Anna selbst ist leider krank.", N, 0, "ihr-mann-käme-gern-anna"),
    (
        "Herr Pohl lässt ausrichten, dass er nicht kann – seine Frau käme aber gerne.",
        N,
        0,
        "herr-pohl-lässt-ausrichten-dass",
    ),
    (
        "I'm writing for Ben: he's sick, but his brother would like to come.",
        N,
        0,
        "i-m-writing-for-ben",
    ),
    ("Mein Kollege Herr Braun kommt statt mir.", N, 0, "mein-kollege-herr-braun-kommt"),
    (
        "Ich kann nicht, aber meine Kollegin würde gern kommen – darf sie?",
        N,
        0,
        "ich-kann-nicht-aber-meine",
    ),
    ("Statt mir kommt meine Frau.", N, 0, "statt-mir-kommt-meine-frau"),
    (
        "Ich schicke meinen Kollegen vorbei, ich selbst bin verhindert.",
        N,
        0,
        "ich-schicke-meinen-kollegen-vorbei",
    ),
    ("I'll send my colleague instead, I can't be there.", N, 0, "i-ll-send-my-colleague"),
    ("My deputy will attend on my behalf.", N, 0, "my-deputy-will-attend-on"),
    ("Ich komme nicht, aber mein Mann kommt mit zwei Freunden.", N, 0, "ich-komme-nicht-aber-mein"),
    ("Er kommt, ich nicht.", N, 0, "er-kommt-ich-nicht"),
    ("Sie freut sich sehr, ich muss leider passen.", N, 0, "sie-freut-sich-sehr-ich"),
    ("Mama kommt gern mit, ich selbst weiß es noch nicht.", M, 0, "mama-kommt-gern-mit-ich"),
    (
        "Anna ist krank, ihr Mann käme aber gern mit zwei Freunden",
        N,
        0,
        "anna-ist-krank-ihr-mann-2-2",
    ),
    ("Meine Frau ist leider krank, aber ich komme.", Y, 0, "meine-frau-ist-leider-krank"),
    ("Bin krank, aber mein Mann kommt gern vorbei.", N, 0, "bin-krank-aber-mein-mann"),
    (
        "Bernd liegt mit Grippe flach. Sein Bruder würde sich aber freuen dabei zu sein.",
        N,
        0,
        "bernd-liegt-mit-grippe-flach",
    ),
    (
        "Our CEO sends apologies; our CTO would love to join instead.",
        N,
        0,
        "our-ceo-sends-apologies-our",
    ),
    (
        "Leider ist Frau Dr. Kaya verhindert. Herr Özdemir aus ihrem Team würde gern teilnehmen.",
        N,
        0,
        "leider-ist-frau-dr-kaya",
    ),
    ("kann leider nicht, meine frau würde aber gerne kommen", N, 0, "kann-leider-nicht-meine-frau"),
    ("cant make it but my bf would love to come", N, 0, "cant-make-it-but-my"),
]

_OPPOSITE = {Y: {N}, N: {Y}, M: {Y, N}}


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in TRAPS]
)
def test_someone_elses_clause_never_gives_the_member_the_opposite_answer_or_guests(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert intent.answer not in _OPPOSITE[answer]
    assert intent.guests <= guests
