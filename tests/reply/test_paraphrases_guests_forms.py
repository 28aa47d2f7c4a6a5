"""Guests said the ways strangers say them, beyond "mit meiner Frau" and "+1".

German joins nouns ("Arbeitskollegin", "Büro-Kollegin") and puts the companion
first ("Meine Kollegin bringe ich mit"); people name someone by title ("Frau
Nowak vom Tourismusbüro kommt mit"), say who they asked and then that they come
("zwei Freundinnen gefragt, die kommen mit"), count themselves into a group
("vier Leute, ich eingeschlossen", "three people, including me") or ask to be
counted twice. A plural verb without a number leaves the count to a person; a
plus-one who falls through leaves none. Written before reading the rules.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

COUNTED = [
    (
        "Ich komme und bringe unsere Prophylaxe-Assistentin mit, die betreut den Kanal.",
        1,
        "de-hyphened-assistentin",
    ),
    ("Ich komme mit meiner Arbeitskollegin.", 1, "de-arbeitskollegin"),
    ("Bringe meinen Geschäftspartner mit.", 1, "de-geschaeftspartner"),
    ("Komme mit meiner Tanzpartnerin.", 1, "de-tanzpartnerin"),
    ("Ich komme mit meinem Studienfreund Max.", 1, "de-studienfreund-named"),
    ("Ich bringe meine Büro-Kollegin mit.", 1, "de-buero-kollegin"),
    ("Ich komme mit unserer Social-Media-Assistentin.", 1, "de-two-hyphens"),
    ("Bin dabei, mit meiner Vereinskollegin.", 1, "de-vereinskollegin"),
    ("Vom Radclub kommen vier Leute, ich eingeschlossen.", 3, "de-ich-eingeschlossen"),
    ("Aus unserem Verein kommen drei Leute, mich eingerechnet.", 2, "de-mich-eingerechnet"),
    ("Our parish office would like to send three people, including me.", 2, "en-including-me"),
    ("From our team, four people are coming, me included.", 3, "en-me-included"),
    ("Wir schicken drei Leute, ich bin einer davon.", 2, "de-einer-davon"),
    ("Moin, ich komme mit meiner Deern, die macht bei uns die Posts.", 1, "nds-deern"),
    ("Ich komm mit mein Schatz.", 1, "de-phone-schatz"),
    ("Komme mit meinem Gatten.", 1, "de-gatten"),
    (
        "Meine Begleitung sagt ab, ich bleibe dabei. Eine Person weniger also.",
        0,
        "de-begleitung-sagt-ab-bleibe-dabei",
    ),
    (
        "Zusage, und ich hätte gern einen Stuhl mehr: Frau Nowak vom Tourismusbüro kommt mit.",
        1,
        "de-frau-vom-amt-kommt-mit",
    ),
    ("Ich komme, Herr Meier vom Bauamt kommt auch mit.", 1, "de-herr-kommt-auch-mit"),
    ("Yes, and Dr. Patel from the clinic will come along.", 1, "en-dr-will-come-along"),
    (
        "Zusage, Frau Schmidt aus der Buchhaltung kommt ebenfalls mit.",
        1,
        "de-frau-aus-kommt-ebenfalls-mit",
    ),
    ("Ja, ich komme, aber nicht allein – meine Azubine begleitet mich.", 1, "de-azubine-begleitet"),
    ("Ich komme, meine Praktikantin begleitet mich.", 1, "de-praktikantin-begleitet"),
    ("Ich komme, meine zwei Kollegen begleiten mich.", 2, "de-zwei-kollegen-begleiten"),
    (
        "Unser gesamtes Küchenteam will mit, das sind mit mir fünf. Zu viel?",
        4,
        "de-das-sind-mit-mir-fuenf",
    ),
    ("Wir sind mit mir vier.", 3, "de-wir-sind-mit-mir-vier"),
    (
        "Hallo, ich hab noch zwei Freundinnen aus der Kanzlei gefragt, die kommen mit, "
        "wenn's recht ist.",
        2,
        "de-gefragt-die-kommen-mit",
    ),
    ("Ich hab zwei Kollegen gefragt, beide kommen mit.", 2, "de-gefragt-beide-kommen-mit"),
    ("I asked two friends, they're both coming along.", 2, "en-asked-both-coming"),
    (
        "Ich komme. Habe meine Nachbarin gefragt, die kommt auch mit.",
        1,
        "de-nachbarin-gefragt-kommt-mit",
    ),
    ("Komme, aber meine Begleitung fällt flach.", 0, "de-begleitung-faellt-flach"),
    ("I'm in, but my plus one fell through.", 0, "en-plus-one-fell-through"),
    ("Still coming, but my date cancelled on me.", 0, "en-date-cancelled-on-me"),
    ("My +1 can't make it, I'm still coming though.", 0, "en-plus-one-cant-still-coming"),
    ("Zählt mich doppelt: ich und mein Geschäftspartner.", 1, "de-zaehlt-mich-doppelt"),
    ("Count me twice – my wife is coming too.", 1, "en-count-me-twice"),
    (
        "Angenommen – und meine Kollegin aus der Museumspädagogik bringe ich mit.",
        1,
        "de-fronted-kollegin-bringe-ich-mit",
    ),
    ("Meinen Mann bringe ich mit.", 1, "de-fronted-mann"),
    ("Meine Schwester nehme ich mit.", 1, "de-fronted-nehme-ich-mit"),
    ("Komme gern, zwei Kolleginnen bring ich mit.", 2, "de-fronted-zwei-kolleginnen"),
    ("Ich komme, mein Arbeitskollege leider nicht.", 0, "de-arbeitskollege-nicht"),
    (
        "Mein Studienfreund kann leider nicht, ich komme allein.",
        0,
        "de-studienfreund-kann-nicht-allein",
    ),
    ("Ich komme. Frau Nowak vom Bauamt kommt nicht mit.", 0, "de-frau-kommt-nicht-mit"),
    ("Den Kuchen bringe ich mit.", 0, "de-fronted-thing"),
    ("Ich komme, meine Kollegen begleiten mich nicht.", 0, "de-kollegen-begleiten-nicht"),
    (
        "Letztes Mal kamen vier Leute, ich eingeschlossen. Diesmal komme ich allein.",
        0,
        "de-group-of-last-time",
    ),
    ("Ich komme, das sind mit mir fünf Themen auf der Liste.", 0, "de-mit-mir-fuenf-themen"),
    ("Jo, i kumm mit mei'm Spezl.", 1, "bar-mit-meim-spezl"),
    (
        "Kurzes Update: mein Plus-eins ist abgesprungen, ich komme also solo.",
        0,
        "de-abgesprungen-komme-also-solo",
    ),
    ("Meine Frau kann doch nicht, komme dann allein.", 0, "de-komme-dann-allein"),
    ("Update: my friend can't make it, I'll come alone.", 0, "en-ill-come-alone"),
    ("Meine Begleitung sagt ab, komme ich eben solo.", 0, "de-komme-ich-eben-solo"),
    ("Mia kemma zu zwoat.", 1, "bar-zu-zwoat"),
    ("My plus-one bailed, but I'll be there.", 0, "en-plus-one-bailed-still-there"),
    ("Mein Plus-Eins fällt flach, ich komme aber.", 0, "de-plus-eins-flach-komme-aber"),
    (
        "Ich komme, meine Arbeitskollegin ist aber auch Mitglied und meldet sich selbst.",
        0,
        "de-compound-colleague-is-member",
    ),
]

# how many come is open, or the companion is not coming: a person reads it, and the
# member's answer is never turned round
UNSURE = [
    ("Ich komme, meine Kollegen begleiten mich.", "de-kollegen-begleiten"),
    ("Yes, my colleagues are coming along.", "en-colleagues-coming-along"),
    ("Ich hab meine Kollegin gefragt, die kommt nicht mit.", "de-gefragt-kommt-nicht-mit"),
    ("Meine Kollegin bringe ich nicht mit.", "de-fronted-not-brought"),
    ("I asked two friends, they're not coming.", "en-friends-not-coming"),
    ("Von uns kommen vier Leute.", "de-vier-leute-member-unsaid"),
    ("Wir schicken drei Leute, ich bin keiner davon.", "de-keiner-davon"),
    (
        "Dabei – und mein Plus-Eins fällt flach, die Schwägerin hat keine Zeit mehr.",
        "de-plus-eins-faellt-flach",
    ),
    ("Ich komme, und vielleicht bringe ich meine Kollegin mit.", "de-vielleicht-bringe"),
    ("Ich komme, mein Mann kommt vielleicht mit.", "de-mann-kommt-vielleicht-mit"),
    ("Mein Mann und ich kommen gern, unsere Tochter vielleicht auch.", "de-tochter-vielleicht"),
    ("I'm coming, my sister maybe too.", "en-sister-maybe-too"),
    ("Mein Plus-Eins fällt flach.", "de-only-plus-eins-flach"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_intent(extract_topics(text).rest)


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=n) for t, g, n in COUNTED])
def test_the_member_comes_with_the_company_counted(text: str, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in UNSURE])
def test_an_open_or_taken_back_company_is_never_a_guest_count_or_a_no(text: str) -> None:
    intent = _read(text)
    assert intent.answer is not N
    assert intent.guests == 0
