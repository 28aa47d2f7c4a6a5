"""A companion named says who; only the words of coming say whether the member comes.

"Meine Frau und ich feiern da Silberhochzeit" names company beside something
else: no yes, a person reads it. "Wir beide müssen passen", "Both of us are
tied up" are a no said by a party the member is in: the member's no, with no
guests. "Wir kommen zu zweit", "Zu dritt!", "Bringe meine Frau mit" stay a yes.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

# company named beside another plan: never a yes, never a guest
ELSEWHERE = [
    ("Ich feiere an dem Abend mit meiner Frau Hochzeitstag.", "de-hochzeitstag"),
    ("I'm off to Rome with my wife that week.", "en-off-to-rome"),
    ("Meine Frau und ich haben Karten fürs Theater.", "de-karten-theater"),
    ("Am Donnerstag gehe ich mit meinem Mann ins Konzert.", "de-konzert"),
    ("Mein Mann und ich feiern da Silberhochzeit.", "de-silberhochzeit"),
    ("Zusammen mit meiner Kollegin betreue ich an dem Abend einen Messestand.", "de-messestand"),
    ("Wir zu dritt fahren da nach Berlin.", "de-zu-dritt-nach-berlin"),
    ("We two are sitting this one out.", "en-sitting-out"),
    ("My partner and I are hosting her parents that night.", "en-hosting-parents"),
    ("mein freund und ich ham da ne hochzeit", "de-phone-hochzeit"),
]

# a party the member is in says no: the member's no, no guests
DECLINED = [
    ("Wir beide müssen diesmal passen.", "de-beide-passen"),
    ("Both of us are tied up that evening.", "en-both-tied-up"),
    ("My wife and I are tied up that evening.", "en-wife-and-i-tied-up"),
    ("Wir können beide nicht.", "de-koennen-beide-nicht"),
    ("Tut mir leid, wir sind beide krank.", "de-beide-krank"),
    ("We'll both have to skip this one.", "en-both-skip"),
    ("Meine Kollegin und ich sind an dem Abend verhindert.", "de-kollegin-und-ich-verhindert"),
    ("Wir zwei sind da leider im Urlaub.", "de-wir-zwei-urlaub"),
]

# the party said as coming: a yes with its guests
COMING = [
    ("Wir kommen zu zweit.", 1, "de-kommen-zu-zweit"),
    ("Zu dritt!", 2, "de-zu-dritt"),
    ("Both of us will be there.", 1, "en-both-there"),
    ("Wir zwei kommen gerne.", 1, "de-wir-zwei-gerne"),
    ("Meine Frau und ich sind dabei.", 1, "de-frau-und-ich-dabei"),
    ("Myself and a colleague will attend.", 1, "en-myself-and-colleague"),
    ("Four of us from the choir will come.", 3, "en-four-from-the-choir"),
    ("Me and a friend from the book club, if that's alright.", 1, "en-friend-if-alright"),
    (
        "Ich würde gern mit meiner Nachbarin kommen, die interessiert sich auch dafür.",
        1,
        "de-nachbarin",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in ELSEWHERE])
def test_company_named_beside_another_plan_is_no_yes(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is not Answer.YES
    assert intent.guests == 0


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in DECLINED])
def test_a_party_the_member_is_in_saying_no_is_the_members_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.NO, 0, "")


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in COMING])
def test_a_party_said_as_coming_is_a_yes_with_its_guests(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
