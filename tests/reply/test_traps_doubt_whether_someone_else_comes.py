"""A doubt whether someone else comes, beside the member's own yes: "Weiß nicht, ob mein
Mann mitkommt – ich komme auf jeden Fall", "Keine Ahnung, ob Tom kommt, ich bin dabei",
"Tom fragt, ob er mitkommen darf – ich komme jedenfalls".
The doubt is the other person's; the member's answer is a yes, not a maybe. A doubt
whether the member comes ("Weiß nicht, ob ich komme") stays a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

THEIRS = [
    pytest.param(
        "Weiß nicht, ob mein Mann mitkommt – ich komme auf jeden Fall.", id="de-mann-mitkommt"
    ),
    pytest.param(
        "Ich komme auf jeden Fall, weiß nur nicht, ob mein Mann mitkommt.", id="de-yes-first"
    ),
    pytest.param("Keine Ahnung, ob Tom kommt, ich bin dabei.", id="de-keine-ahnung-name"),
    pytest.param(
        "Noch unklar, ob meine Kollegin mitkommt – ich komme sicher.", id="de-unklar-kollegin"
    ),
    pytest.param("Tom fragt, ob er mitkommen darf – ich komme jedenfalls.", id="de-fragt-ob"),
    pytest.param(
        "Lisa asks if she can come too. I will be there either way.", id="en-asks-if-she-can"
    ),
]


@pytest.mark.parametrize("text", THEIRS)
def test_a_doubt_about_someone_else_leaves_the_members_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", THEIRS)
def test_a_doubt_about_someone_else_counts_no_guest(text: str) -> None:
    assert analyse(_mail(text)).guests == 0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Weiß nicht, ob ich komme.", id="de-ob-ich-komme"),
        pytest.param("Weiß noch nicht, ob es klappt.", id="de-ob-es-klappt"),
    ],
)
def test_a_doubt_about_the_member_stays_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
