"""A bare yes-word said of someone else: "Ja, mein Mann", "Ja, für meinen Mann", "Yes, my
wife will", "👍 Peter kommt". The member says nothing of coming; the yes is the other
person's. Recorded as the member's yes, it would record the wrong person: a person reads
it. A yes-word beside an address ("Ja, Peter", "Sure, my friend") or beside company
("Ja, mit meinem Mann") stays the member's yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

FOR_ANOTHER = [
    pytest.param("Ja, mein Mann", id="de-ja-mein-mann"),
    pytest.param("Ja – meine Tochter", id="de-ja-meine-tochter"),
    pytest.param("Ja, für meinen Mann", id="de-ja-fuer-meinen-mann"),
    pytest.param("Ja, der Peter", id="de-ja-der-peter"),
    pytest.param("Ja (für Jens)", id="de-ja-fuer-jens-in-brackets"),
    pytest.param("Ja, Sohn kommt", id="de-ja-sohn-kommt"),
    pytest.param("👍 Peter kommt", id="de-thumb-peter-kommt"),
    pytest.param("Ja! Mein Mann ist dabei.", id="de-ja-mein-mann-ist-dabei"),
    pytest.param("Hallo,\n\nja, mein Mann\n\nLG Anna", id="de-with-greeting"),
    pytest.param("Yes, my wife will", id="en-my-wife-will"),
    pytest.param("Yes (for Jens)", id="en-for-jens-in-brackets"),
    pytest.param("Yep, my husband", id="en-yep-my-husband"),
]


@pytest.mark.parametrize("text", FOR_ANOTHER)
def test_a_bare_yes_said_of_another_is_not_the_members_yes(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None and "someone else" in intent.problem


@pytest.mark.parametrize("text", FOR_ANOTHER)
def test_a_bare_yes_said_of_another_is_never_recorded(text: str) -> None:
    assert analyse(_mail(text)).answer is None


def test_a_yes_beside_another_coming_too_stays_the_members() -> None:
    text = "Yes! My business partner would like to come too."
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Ja, Peter", 0, id="de-address-by-name"),
        pytest.param("Ja, Frau Müller", 0, id="de-address-formal"),
        pytest.param("Ja, mein Lieber", 0, id="de-address-mein-lieber"),
        pytest.param("Sure, my friend", 0, id="en-address-my-friend"),
        pytest.param("Ja, mit meinem Mann", 1, id="de-with-company"),
        pytest.param("Ja, meine Frau kommt auch", 1, id="de-wife-too"),
        pytest.param("Ja, mein Mann und ich", 1, id="de-husband-and-i"),
        pytest.param("Ja! Mein Mann kommt auch mit.", 1, id="de-husband-comes-along"),
    ],
)
def test_a_yes_word_beside_an_address_or_company_stays_a_yes(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
