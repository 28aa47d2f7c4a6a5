"""Companions named as the subject of a coming-along verb: "Anna und Tom kommen mit",
"Meine Schwester und ihr Freund kommen auch mit", "Sarah and Mike are tagging along",
"mein Kollege stößt später dazu". Each one named is a guest, also one who joins for
part of the evening only; people named as staying away are no guests."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

JOINING = [
    ("Ich bin dabei, Lisa und Jonas kommen auch mit.", 2, "de-names-kommen-auch-mit"),
    ("Dabei! Anna und Ben kommen auch.", 2, "de-names-kommen-auch"),
    ("Tom und Lea kommen mit, ich natürlich auch.", 2, "de-names-first"),
    ("Komme, Jana & Ben kommen auch.", 2, "de-names-ampersand"),
    ("Komme! Meine Frau und meine Tochter kommen mit.", 2, "de-two-nouns"),
    ("Ja, ich komme. Meine Schwester und ihr Freund kommen auch mit.", 2, "de-her-friend"),
    ("Bin dabei. Meine Nachbarin und ihre Tochter kommen mit, wenn's recht ist.", 2, "de-wenn"),
    ("Ich komme, und mein Bruder sowie seine Frau kommen auch mit.", 2, "de-sowie"),
    ("Ich komme. Zwei Kolleginnen kommen auch.", 2, "de-counted-noun"),
    ("Zugesagt, meine Kollegin aus dem Planungsamt kommt auch mit.", 1, "de-from-where"),
    ("Ich komme, und der Jonas vom Chor kommt auch mit.", 1, "de-article-name"),
    ("Yes! Sarah and Mike are coming with me.", 2, "en-names-with-me"),
    ("Count me in, Sarah and Mike are tagging along.", 2, "en-tagging-along"),
    ("I'll be there. Tom, Anna and Ben are joining me.", 3, "en-three-names"),
    ("I'm coming, and my brother from Leeds is coming along too.", 1, "en-from-where"),
    ("I'm in, and my colleagues Anna and Tom will come along.", 2, "en-named-after-noun"),
    ("Yes. My boss and a trainee are joining me.", 2, "en-a-trainee"),
    ("Ich komme, mein Chef und eine Kundin kommen auch mit.", 2, "de-eine-kundin"),
    ("Yes, a friend is coming along too.", 1, "en-a-friend-too"),
    ("Count me in – me, my wife and our two teenagers.", 3, "en-teenagers"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in JOINING])
def test_companions_named_before_the_verb_are_each_counted(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


LATER = [
    ("Ich komme. Mein Kollege kommt später nach.", "de-kommt-nach"),
    ("Ich komme, mein Mann stößt später dazu.", "de-stoesst-dazu"),
    ("Bin dabei, mein Kollege kommt ab 20 Uhr dazu.", "de-ab-uhr"),
    ("Bin da, meine Frau kommt nach dem Sport nach.", "de-nach-dem-sport"),
    ("Ich komme, meine Frau kommt nur zum Essen mit.", "de-nur-zum-essen"),
    ("I'm coming, my husband will join us later for dessert.", "en-join-us-later"),
]


@pytest.mark.parametrize(("text"), [pytest.param(t, id=i) for t, i in LATER])
def test_a_companion_joining_for_part_of_the_evening_is_a_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 1)


WISHED = [
    ("Two of my colleagues would like to join me. Count me in!", 2, "en-two-of-my"),
    ("Yes! My business partner would like to come too.", 1, "en-would-like"),
    ("Ich komme, zwei meiner Kolleginnen möchten auch mitkommen.", 2, "de-zwei-meiner"),
    ("Ich komme, mein Nachbar vom Tennisclub würde gern mitkommen.", 1, "de-wuerde-gern"),
    ("I'm coming, and my brother wants to tag along.", 1, "en-wants-to"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in WISHED])
def test_a_companion_who_wants_to_come_beside_a_yes_is_a_guest(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Anna würde gern mitkommen.", id="de-only-the-wish"),
        pytest.param("My wife would like to come too, but she has to work.", id="en-wish-turned"),
    ],
)
def test_a_companions_wish_alone_never_records_a_yes(text: str) -> None:
    analysis = analyse(_mail(text))
    assert analysis.answer is not Answer.YES
    assert analysis.guests == 0


AWAY = [
    ("Ich komme, aber meine Kollegin und ihr Mann kommen nicht mit.", "de-pair-nicht-mit"),
    ("Ich komme, Anna und Tom kommen nicht mit.", "de-names-nicht-mit"),
    ("Ich komme – Sarah and Mike are not coming though.", "en-names-not-coming"),
    ("Ich komme, aber meine Frau will nicht mitkommen.", "de-will-nicht"),
    ("Ich komme, meine Kollegen begleiten mich nicht.", "de-begleiten-nicht"),
]


@pytest.mark.parametrize(("text"), [pytest.param(t, id=i) for t, i in AWAY])
def test_companions_named_as_staying_away_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


BESIDE_A_NO = [
    ("Ich kann leider nicht, aber Anna und Tom kommen mit.", "de-names"),
    ("Ich kann nicht, aber meine Kollegin und ihr Mann kommen auch.", "de-pair"),
    ("Anna und Tom kommen mit, ich leider nicht.", "de-names-first"),
    ("Sorry, I can't make it, but Sarah and Mike are coming along.", "en-names"),
]


@pytest.mark.parametrize(("text"), [pytest.param(t, id=i) for t, i in BESIDE_A_NO])
def test_companions_who_go_without_the_member_leave_a_plain_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.NO, 0, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme! Anna und Tom kommen auch, die sind auch im Verteiler.", id="de"),
        pytest.param("Ich komme, mein Chef kommt auch, er antwortet selbst.", id="de-selbst"),
        pytest.param("I'm coming, Sarah and Mike are coming too, they're on your list.", id="en"),
    ],
)
def test_companions_who_answer_for_themselves_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)
