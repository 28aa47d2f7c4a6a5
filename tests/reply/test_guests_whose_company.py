"""Whose guest, whose answer: company and answers of people beside the member.

Each row is one way strangers write it: a granddaughter typing for her grandmother,
a practice's reception, a team's shared mailbox, a colleague who is invited on their
own, a friend who brings someone of their own, a PA whose answer the member takes
back. The member's answer may go to review, but it is never recorded as the opposite
(a row without an answer only asks for no guest), and the guests counted are at most
the member's own.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the member's answer or None, the guests at most if it is read, id)
TRAPS = [
    (
        "Ich antworte für meine Oma, sie kommt gern, aber ich fahre sie nur hin und hole sie ab.",
        Y,
        0,
        "ich-antworte-für-meine-oma-sie",
    ),
    (
        "Hier schreibt die Tochter von Frau Pütz. "
        "Mama kommt, wenn ich sie bringe, und ich bleibe dann auch.",
        Y,
        1,
        "hier-schreibt-die-tochter-von-frau",
    ),
    (
        "Meine Kollegin Inga (steht auch auf eurer Liste) und ich kommen beide.",
        Y,
        0,
        "meine-kollegin-inga-steht-auch-auf",
    ),
    (
        "Wir vom Empfang geben Bescheid: Dr. Albers kommt nicht, "
        "wir wissen aber nicht, ob jemand anderes geht.",
        N,
        0,
        "wir-vom-empfang-geben-bescheid-dr",
    ),
    (
        "Team-Postfach hier: Herr Yilmaz ist dabei, Frau Kurz nicht.",
        Y,
        0,
        "teampostfach-hier-herr-yilmaz-ist-dabei",
    ),
    (
        "Shared inbox here – Ali is coming, the rest of us aren't.",
        Y,
        0,
        "shared-inbox-here-ali-is-coming",
    ),
    (
        "Wir sind ein Sammelpostfach, Jörg kommt leider nicht, die anderen schauen noch.",
        N,
        0,
        "wir-sind-ein-sammelpostfach-jörg-kommt",
    ),
    (
        "Leite das an Franzi weiter, die kommt vielleicht statt mir. Ich bin raus.",
        N,
        0,
        "leite-das-an-franzi-weiter-die",
    ),
    ("fwd an meinen Kollegen – er geht hin, ich nicht", N, 0, "fwd-an-meinen-kollegen-er-geht"),
    ("My PA accepted for me by mistake, sorry, I'm not coming.", N, 0, "my-pa-accepted-for-me"),
    (
        "Mein Assistent hat euch geschrieben, dass ich komme – "
        "stimmt leider nicht mehr, ich muss absagen.",
        N,
        0,
        "mein-assistent-hat-euch-geschrieben-dass",
    ),
    (
        "Meine Frau hat zugesagt, aber das war für sich, ich selbst kann nicht.",
        N,
        0,
        "meine-frau-hat-zugesagt-aber-das",
    ),
    ("Mein Mann kommt für mich, ich bin krank.", N, 0, "mein-mann-kommt-für-mich-ich"),
    ("Jan kommt mit seiner Frau, ich komme alleine.", Y, 0, "jan-kommt-mit-seiner-frau-ich"),
    ("Ich komme, und Timo bringt seine Freundin mit.", Y, 0, "ich-komme-und-timo-bringt-seine"),
    (
        "I'll be there. Sam from my team is bringing two friends, he'll reply himself.",
        Y,
        0,
        "ill-be-there-sam-from-my",
    ),
    (
        "Mein Kollege kommt mit zwei Leuten, ich schaff's nicht.",
        N,
        0,
        "mein-kollege-kommt-mit-zwei-leuten",
    ),
    ("Ich komme nicht, aber Lisa bringt ihren Mann mit.", N, 0, "ich-komme-nicht-aber-lisa-bringt"),
    ("Im Auftrag von Frau Kamp: sie kommt mit ihrem Mann.", Y, 1, "im-auftrag-von-frau-kamp-sie"),
    (
        "Papa kommt und bringt Mama mit, schreibt ihre Tochter",
        Y,
        1,
        "papa-kommt-und-bringt-mama-mit",
    ),
    ("ich tipp das für opa, der kommt nich, der hat rücken", N, 0, "ich-tipp-das-für-opa-der"),
    (
        "Dr. Vogel sends regrets. I (her assistant) will come instead if ok.",
        N,
        0,
        "dr-vogel-sends-regrets-i-her",
    ),
    (
        "Sorry for the confusion – my assistant said no, but I'm actually coming!",
        Y,
        0,
        "sorry-for-the-confusion-my-assistant",
    ),
    (
        "Meine Sekretärin hat abgesagt, das war ein Fehler, ich komme doch.",
        Y,
        0,
        "meine-sekretärin-hat-abgesagt-das-war",
    ),
    (
        "Die Absage von meiner Assistentin gilt nicht, ich bin dabei.",
        Y,
        0,
        "die-absage-von-meiner-assistentin-gilt",
    ),
    (
        "Anna (meine Kollegin, auch eingeladen) sagt ab, ich nicht – ich komme.",
        Y,
        0,
        "anna-meine-kollegin-auch-eingeladen-sagt",
    ),
    (
        "Wir, also Tom und ich, kommen beide – Tom ist ja selbst Mitglied.",
        Y,
        0,
        "wir-also-tom-und-ich-kommen",
    ),
    (
        "Wir kommen zu zweit, mein Kollege Paul hat auch eine Einladung bekommen.",
        Y,
        0,
        "wir-kommen-zu-zweit-mein-kollege",
    ),
    (
        "Zwei von uns kommen: ich und meine Kollegin Ute, die sich auch noch selbst meldet.",
        Y,
        0,
        "zwei-von-uns-kommen-ich-und",
    ),
    (
        "Meine Frau sagt, ich soll euch sagen, dass ich nicht komme. Stimmt aber nicht, ich komme!",
        Y,
        0,
        "meine-frau-sagt-ich-soll-euch",
    ),
    (
        "Kollegin meinte du kommst nicht? Doch, ich komme!",
        Y,
        0,
        "kollegin-meinte-du-kommst-nicht-doch",
    ),
    (
        "Ob Herr Kern kommt, weiß ich nicht, ich bin nur die Vertretung im Sekretariat.",
        None,
        0,
        "ob-herr-kern-kommt-weiß-ich",
    ),
    ("ich kann nich, meine frau un ich ham da hochzeitstag", N, 0, "ich-kann-nich-meine-frau-un"),
    ("WIR KOMMEN NICHT (ICH UND MEIN MANN)", N, 0, "wir-kommen-nicht-ich-und-mein"),
    (
        "Sie kommt mit mir, ich bin ihre Betreuerin – Grüße, Frau Öz für Frau Kaya",
        Y,
        1,
        "sie-kommt-mit-mir-ich-bin",
    ),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in TRAPS]
)
def test_company_and_answers_beside_the_member_are_never_theirs(
    text: str, answer: Answer | None, guests: int
) -> None:
    intent = read_intent(text)
    if answer is not None:
        assert intent.answer is not (N if answer is Y else Y)
    assert intent.guests <= guests


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme, und Timo bringt seine Freundin mit.",
        "Wir kommen zu zweit. Mein Kollege Paul hat auch eine Einladung bekommen.",
    ],
)
def test_company_that_may_be_someone_elses_goes_to_review(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert intent.problem


@pytest.mark.parametrize(
    "text",
    [
        "Herr Dahl kommt nicht, seine Frau würde aber gern mit einer Freundin vorbeikommen.",
        "Seine Frau würde gern kommen.",
        "Mein Nachbar kann nicht, aber seine Tochter würde gern kommen.",
        "Tom can't, but his wife would love to come.",
    ],
)
def test_the_companion_of_someone_named_answers_nothing_for_the_member(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is not Y
    assert intent.guests == 0
