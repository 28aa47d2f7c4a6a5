"""Neither the member nor the one beside them: "Weder meine Frau noch ich können kommen",
"Weder mein Kollege noch ich kommen diesmal" are the member's no (it went to review when
the verb was "können" or "kommen"). "Weder Regen noch Sturm halten mich ab" stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NEITHER = [
    pytest.param("Weder meine Frau noch ich können kommen.", id="de-frau-noch-ich-koennen"),
    pytest.param("Weder mein Kollege noch ich kommen diesmal.", id="de-kollege-noch-ich-kommen"),
    pytest.param("Weder ich noch mein Mann schaffen es.", id="de-ich-noch-mann-schaffen"),
    pytest.param("Neither my wife nor I can make it.", id="en-neither-nor"),
]


@pytest.mark.parametrize("text", NEITHER)
def test_neither_the_member_nor_the_other_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_neither_obstacle_keeping_the_member_away_stays_a_yes() -> None:
    text = "Weder Regen noch Sturm halten mich ab, ich komme."
    assert analyse(_mail(text)).answer is Answer.YES
