"""A companion named by a bare or pet noun, typed short: "hubby can't, i can!", "bf cant
come sadly, ill be there tho", "Kollegin kann nicht, ich schon", "Sam from accounting
can't, but I'm in". The no is the companion's; the member's own answer is the one after
it, and the companion's no alone is no answer of the member's."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("hubby can't, i can!", id="en-hubby"),
        pytest.param("bf cant come sadly, ill be there tho", id="en-bf"),
        pytest.param("Kollegin kann nicht, ich schon.", id="de-kollegin"),
        pytest.param("gf won't make it, but count me in", id="en-gf"),
        pytest.param("Begleitung kann leider nicht, ich komme aber.", id="de-begleitung"),
    ],
)
def test_the_member_after_a_companion_named_bare_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("hubby can't, i can!", id="en-hubby"),
        pytest.param("Sam from accounting can't, but I'm in.", id="en-from-accounting"),
        pytest.param("hubby can't.", id="en-hubby-alone"),
    ],
)
def test_a_companion_named_bare_never_gives_the_members_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("hubby and I can't make it", id="en-hubby-and-i"),
        pytest.param("I from the board can't come.", id="en-i-from"),
    ],
)
def test_the_member_in_the_subject_keeps_the_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
