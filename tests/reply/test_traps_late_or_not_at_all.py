"""Coming late or not at all is a doubt: "Komme vielleicht etwas später oder gar nicht",
"I'll be late or not come at all". The "später" was set aside as a time and the "gar
nicht" left a no. A plain "Komme gar nicht" stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EITHER = [
    pytest.param("Komme vielleicht etwas später oder gar nicht.", id="de-vielleicht"),
    pytest.param("Komme später oder gar nicht.", id="de-plain"),
    pytest.param("Komme evtl. später oder gar nicht.", id="de-evtl"),
    pytest.param("Ich bin spät dran oder komme überhaupt nicht.", id="de-ueberhaupt"),
    pytest.param("Ich komme später, vllt. auch gar nicht.", id="de-vllt-auch-gar-nicht"),
    pytest.param("I'll be late or not come at all.", id="en-not-at-all"),
]


@pytest.mark.parametrize("text", EITHER)
def test_coming_late_or_not_at_all_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


def test_not_coming_at_all_is_a_no() -> None:
    assert analyse(_mail("Komme gar nicht.")).answer is Answer.NO
