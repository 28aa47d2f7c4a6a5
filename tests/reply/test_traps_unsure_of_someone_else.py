"""A doubt about someone else beside the member's yes: "Ich weiß nicht, ob mein Kollege
kommt, aber ich bin dabei", "not sure if my husband will join, but I'm coming". The
doubt is the companion's, not the member's: the yes stands, with no guest counted. A
doubt about the member's own coming stays a maybe."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

OTHERS_DOUBTED = [
    pytest.param(
        "Ich weiß nicht, ob mein Kollege kommt, aber ich bin dabei.", id="de-weiss-nicht-ob"
    ),
    pytest.param(
        "Ob meine Frau mitkommt, weiß ich noch nicht – ich komme auf jeden Fall.",
        id="de-ob-fronted",
    ),
    pytest.param("Ich komme, keine Ahnung ob Tom auch kann.", id="de-keine-ahnung-name"),
    pytest.param(
        "Ich komme sicher, bei meiner Kollegin ist es noch unklar.", id="de-bei-kollegin-unklar"
    ),
    pytest.param(
        "Not sure if my husband will join, but I'm definitely coming.", id="en-not-sure-if"
    ),
    pytest.param("I'm coming; not sure about my partner yet.", id="en-not-sure-about"),
    pytest.param(
        "Count me in – no idea whether my flatmate wants to come.", id="en-no-idea-whether"
    ),
]


@pytest.mark.parametrize("text", OTHERS_DOUBTED)
def test_a_doubt_about_someone_else_leaves_the_members_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


OWN_DOUBT = [
    pytest.param("Ich weiß nicht, ob ich kommen kann.", id="de-ob-ich"),
    pytest.param(
        "Ich bin nicht sicher, ob mein Chef mich früher gehen lässt.", id="de-chef-laesst-mich"
    ),
    pytest.param("Not sure whether my boss will let me leave early.", id="en-boss-lets-me"),
    pytest.param("Ob mein Chef mich gehen lässt, weiß ich noch nicht.", id="de-fronted-mich"),
]


@pytest.mark.parametrize("text", OWN_DOUBT)
def test_a_doubt_about_the_members_own_coming_stays_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bin dabei. Vielleicht kommt meine Kollegin auch mit, sie sagt noch Bescheid.",
            id="de-vielleicht-kommt-kollegin",
        ),
        pytest.param("I'm in. Maybe my husband will come along too.", id="en-maybe-husband"),
    ],
)
def test_a_companion_who_may_come_is_never_counted(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is not Answer.NO
    assert intent.guests == 0
