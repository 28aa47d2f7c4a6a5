"""An obstacle, then "but I'll try" closing the sentence: "Ich komme schlecht weg, aber
ich versuch's", "Can't really get away but I'll try". The member still means to come;
whether it works out is open: a maybe. A try of something else, or of a later evening,
leaves the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "komme nich so gut weg von der arbeit aber ich versuchs", id="phone-typed-versuchs"
        ),
        pytest.param("Ich komme schlecht weg, aber ich versuche es.", id="komme-schlecht-weg"),
        pytest.param("Can't really get away but I'll try.", id="cant-get-away-try"),
        pytest.param("Eigentlich kann ich nicht, aber ich versuch's mal.", id="versuchs-mal"),
    ],
)
def test_an_obstacle_then_a_try_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht, ich versuche es nächstes Mal.", id="naechstes-mal"),
        pytest.param(
            "Ich kann nicht, aber ich versuche, meine Kollegin zu schicken.", id="kollegin"
        ),
        pytest.param("I can't make it, but I'll try next month.", id="next-month"),
        pytest.param("Sorry, no. But I tried!", id="tried-in-the-past"),
        pytest.param("I can't come, I tried to swap my shift but no luck.", id="tried-swap"),
    ],
)
def test_a_try_of_something_else_or_another_evening_leaves_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
