"""Someone else answers, or comes instead, in voices the rules were not written from.

Each row is one way of saying it, written before reading the rules: a partner
or flatmate signing as "Lukas's girlfriend here", an office, a secretary, a
member whose colleague "kommt für mich", "nicht ich, sondern …". An answer
recorded for the wrong person is the worst mistake a reader can make: the
traps below may go to review, never to the opposite answer or to guests
that are someone else's.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.stand_in import stand_in
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# Written for the member: the member's answer, in the writer's words
FOR_THE_MEMBER = [
    ("Hallo, hier ist die Sekretärin von Herrn Braun. Herr Braun kommt gern.", Y, "de-sekretaerin"),
    ("Im Auftrag von Frau Schulz: Sie nimmt teil.", Y, "de-im-auftrag-sie-nimmt-teil"),
    ("On behalf of Mr Jones: he will attend.", Y, "en-on-behalf-he-will-attend"),
    ("Herr Meier lässt ausrichten, dass er leider verhindert ist.", N, "de-laesst-verhindert"),
    ("Frau Schmitz lässt grüßen und sagt ab.", N, "de-laesst-gruessen-sagt-ab"),
    (
        "Mein Mann kann am Donnerstag nicht, er muss arbeiten. Gruß, Karin (seine Frau)",
        N,
        "de-signed-seine-frau",
    ),
    (
        "Hi, Lukas's girlfriend here. He's in, he just can't type right now.",
        Y,
        "en-girlfriend-here-cant-type",
    ),
    (
        "Moin, ich schreib für Jan, der ist im Urlaub ohne Netz. Er kommt am 28. nicht.",
        N,
        "de-schreib-fuer-jan",
    ),
    (
        "Dear organisers, I'm writing on behalf of Dr. Patel, who regrets that she cannot attend.",
        N,
        "en-who-regrets",
    ),
    ("Hi! Ich antworte für meinen Papa: Er ist dabei!", Y, "de-fuer-meinen-papa"),
    (
        "Hallo, Anna ist gerade im Krankenhaus, ich bin ihr Mann. Sie wird leider nicht kommen"
        " können.",
        N,
        "de-ihr-mann-krankenhaus",
    ),
    (
        "Mein Vater hat mich gebeten zu antworten: er kommt nicht, seine Knie machen nicht mit.",
        N,
        "de-vater-gebeten",
    ),
    ("Schreibe für meine Frau, die hat kein Handy dabei: sie kommt gern!", Y, "de-fuer-meine-frau"),
    ("Dr. Weber's office here – she'll attend.", Y, "en-office-here"),
    ("Kurze Info im Namen von Herrn Schulte: er schafft es leider nicht.", N, "de-im-namen-kurz"),
    ("Herr Krause nimmt nicht teil. Sekretariat Krause", N, "de-nimmt-nicht-teil"),
    ("Hallo, Jonas hier, Mitbewohner von Max. Max kommt.", Y, "de-jonas-hier-mitbewohner"),
    (
        "Herr Dr. Roth kommt gern und bringt seine Frau mit. i.A. Sekretariat",
        Y,
        "de-bringt-seine-frau",
    ),
    ("Hi, Tom's mum here – he says yes, he'll be there!", Y, "en-mum-here"),
    ("Sie kann grad nicht selbst tippen, ich bin ihre Tochter: Sie kommt!", Y, "de-tochter-tippen"),
    (
        "Ich bin Lisas Mitbewohnerin, sie hat mich gebeten, euch zu schreiben, dass sie am"
        " Donnerstag dabei ist.",
        Y,
        "de-dass-sie-dabei-ist",
    ),
    (
        "Hello, I'm answering for my father, Giuseppe. He'd like to come on Thursday and says"
        " thank you for the invitation.",
        Y,
        "en-says-thank-you-after-the-answer",
    ),
]

# Someone comes in the member's place: the member says no, the organizer hears of them
INSTEAD = [
    ("Meine Kollegin kommt statt mir.", "de-statt-mir"),
    ("My wife will come instead of me.", "en-instead-of-me"),
    ("Ich kann nicht, meine Kollegin Lisa geht für mich hin.", "de-geht-fuer-mich-hin"),
    ("Für mich kommt diesmal Frau Weber.", "de-fuer-mich-kommt"),
    ("Mein Kollege kommt für mich, zusammen mit seiner Praktikantin.", "de-kommt-fuer-mich-mit"),
    ("Mein Kollege übernimmt meinen Platz.", "de-uebernimmt-meinen-platz"),
    ("Nicht ich, sondern meine Kollegin kommt.", "de-nicht-ich-sondern"),
    ("Ich bin verhindert, meine Vertretung Frau Kern kommt.", "de-vertretung-kommt"),
    ("My colleague Ben will attend in my stead.", "en-in-my-stead"),
    ("Can't attend but my intern will go in my place.", "en-go-in-my-place"),
    ("Jana gets my spot, I'm away.", "en-gets-my-spot"),
    ("Mein Platz geht an Jonas, ich bin krank.", "de-platz-geht-an"),
    ("Not me, but my deputy will be there.", "en-not-me-but"),
    # the writer comes in the member's place: still the member's no, never their yes
    ("Ich bin die Assistentin von Frau Berger und komme an ihrer Stelle.", "de-an-ihrer-stelle"),
    ("Statt Herrn Klein komme ich.", "de-statt-herrn-klein-komme-ich"),
    ("Meine Chefin kann nicht, deshalb komme ich für sie.", "de-komme-ich-fuer-sie"),
    ("Frau Berger ist verhindert, ich nehme für sie teil.", "de-nehme-fuer-sie-teil"),
    (
        "On behalf of Dr. Lee: she is unable to attend, but I will join in her place.",
        "en-her-place",
    ),
]

# Traps: an answer or guests that belong to someone else. Review is fine; the opposite
# answer, or another person's company counted as the member's guests, never
TRAPS = [
    ("Mein Mann kommt, ich leider nicht.", N, "de-mann-kommt-ich-nicht"),
    ("Ich schaffe es nicht. Meine Kollegin kommt aber mit zwei Leuten.", N, "de-kollegin-mit-zwei"),
    ("Leider muss ich absagen – aber Kollege Meier kommt gern mit zwei Azubis.", N, "de-azubis"),
    ("Ich komme nicht, aber meine Frau und meine Tochter würden gern kommen.", N, "de-frau"),
    ("Hi, Tom's wife here. He can't make it, but I'd love to come.", N, "en-wife-would-love-to"),
    (
        "Hi, Maria's assistant here. Maria can't come, but I'd be happy to attend instead.",
        N,
        "en-assistant-instead",
    ),
    ("I'm out, my colleague Jana is in.", N, "en-out-colleague-in"),
    ("Ich komm nicht, Jana kommt.", N, "de-jana-kommt"),
    ("Ich bin verhindert, meine Vertretung Frau Kern kommt mit einer Kollegin.", N, "de-vertr-mit"),
    ("Ich komme gern, mein Chef leider nicht.", Y, "de-chef-leider-nicht"),
    ("My boss can't make it, so I'll come.", Y, "en-boss-cant-so-i-come"),
    ("Das geht für mich klar, ich komme.", Y, "de-geht-fuer-mich-klar"),
    ("Bin dabei! Meine Vertretung kommt auch.", Y, "de-vertretung-auch"),
    ("Hallo, ich bin die Frau von Uwe. Er kann nicht, aber ich komme gern!", N, "de-frau-von-uwe"),
    ("Im Auftrag von Herrn Kurz: Er kommt leider nicht, dafür komme ich.", N, "de-dafuer-ich"),
    ("Hi, it's Ben's husband. Ben can't, but I'm coming with a friend.", N, "en-husband-coming"),
    ("Ich komme gern, für sie ist es leider zu spät.", Y, "de-fuer-sie-zu-spaet"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_intent(extract_topics(text).rest)


@pytest.mark.parametrize(
    ("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in FOR_THE_MEMBER]
)
def test_an_answer_written_for_the_member_is_the_members(text: str, answer: Answer) -> None:
    intent = _read(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in INSTEAD])
def test_someone_in_the_members_place_is_the_members_no(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, bool(stand_in(text))) == (N, 0, True)


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in TRAPS])
def test_another_persons_answer_or_company_is_never_the_members(text: str, answer: Answer) -> None:
    intent = _read(text)
    assert intent.answer in (answer, None)
    assert intent.guests == 0
