"""A doubt denied is no doubt: "Ich bezweifle nicht, dass ich komme", "Ich habe keinen
Zweifel, dass ich dabei bin" are a yes (the "bezweifle" once denied the clause after it
whatever stood between). A doubt said alone is a no, as "wahrscheinlich nicht" is:
"Ich bezweifle es", "Bezweifle ich stark", "I doubt it"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("Ich bezweifle nicht, dass ich komme.", id="de-bezweifle-nicht"),
    pytest.param("Ich bezweifle keineswegs, dass ich dabei bin.", id="de-keineswegs"),
    pytest.param("Bezweifle nicht, dass ich's schaffe!", id="de-verb-first"),
    pytest.param("Ich habe keinen Zweifel, dass ich dabei bin.", id="de-keinen-zweifel"),
    pytest.param("Hab null Zweifel, dass ich komme.", id="de-null-zweifel"),
    pytest.param("Ich hab keinerlei Zweifel, dass ich es schaffe.", id="de-keinerlei"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_doubt_about_coming_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


DOUBTED = [
    pytest.param("Ich bezweifle, dass ich es schaffe.", id="de-bezweifle-dass"),
    pytest.param("Ich habe Zweifel, dass ich es schaffe.", id="de-habe-zweifel"),
    pytest.param("Ich bezweifle es.", id="de-bezweifle-es"),
    pytest.param("Bezweifle ich stark.", id="de-bezweifle-ich-stark"),
    pytest.param("I doubt it.", id="en-i-doubt-it"),
    pytest.param("Doubt it, sorry.", id="en-doubt-it-sorry"),
    pytest.param("I seriously doubt it.", id="en-seriously"),
]


@pytest.mark.parametrize("text", DOUBTED)
def test_a_doubt_about_coming_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
