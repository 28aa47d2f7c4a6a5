"""A list of companions in which one belongs to another: "me, my wife and her brother".

A companion named by the possessive of one listed before ("ihre Schwester", "his
colleague") comes along like the others and is counted; the member listed in the
same breath ("… und ich sind dabei") keeps the clause the member's own. English
role nouns ("assistant", "manager") name people like their German forms do.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y = Answer.YES


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param(
            "We'll be there, me, my wife and her brother.", 2, id="en-me-wife-her-brother"
        ),
        pytest.param("Ich, meine Frau und ihr Bruder kommen.", 2, id="de-ich-frau-ihr-bruder"),
        pytest.param(
            "Meine Frau, ihre Schwester und ich sind dabei.", 2, id="de-frau-ihre-schwester-und-ich"
        ),
        pytest.param(
            "My husband, his colleague and I will be there.", 2, id="en-husband-his-colleague-and-i"
        ),
        pytest.param("My wife, her sister and I are in!", 2, id="en-wife-her-sister-and-i"),
        pytest.param("Me, my boss and her sister will come.", 2, id="en-me-boss-her-sister"),
    ],
)
def test_a_companion_of_a_companion_in_the_list_is_counted(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Y, guests)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("I'm bringing my boss and her assistant.", 2, id="en-boss-and-her-assistant"),
        pytest.param("Coming with our community manager.", 1, id="en-community-manager"),
        pytest.param("I'll come with two assistants.", 2, id="en-two-assistants"),
    ],
)
def test_english_role_nouns_name_companions(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Y, guests)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ihr Mann käme gern mit zwei Freunden, ich komme allein.", id="de-their-company-alone"
        ),
        pytest.param("I'll ask my manager and let you know.", id="en-ask-manager"),
    ],
)
def test_someone_elses_company_and_a_manager_asked_bring_no_guest(text: str) -> None:
    assert read_intent(text).guests == 0
