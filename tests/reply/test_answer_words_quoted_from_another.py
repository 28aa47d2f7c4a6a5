"""Another person's words quoted after a verb reporting them ("Tom schreibt: „Ich bin
dabei!“") are not the member's answer, even with a "!" inside the quotation; the
member's own words in quotation marks still answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Weitergeleitet von Tom: "Ich bin dabei!"', id="weitergeleitet"),
        pytest.param('Tom schreibt: "Ich bin dabei!"', id="schreibt"),
        pytest.param("Tom meinte: „Komme!“", id="meinte"),
        pytest.param('Tom wrote: "Count me in!"', id="wrote"),
        pytest.param("Tom hat mir geschrieben: „Bin dabei! Bis Donnerstag.“", id="geschrieben"),
        pytest.param('My wife says: "No way!"', id="wife-says"),
        pytest.param("Lisa fragte: „Kommst du mit? Ich bin dabei!“", id="fragte"),
    ],
)
def test_anothers_quoted_words_are_no_answer_of_the_member(text: str) -> None:
    result = analyse(plain_reply(text))
    assert result.answer is None or result.answer_problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param('Ich sag nur: "Bin dabei!"', Answer.YES, id="sag-nur"),
        pytest.param("Meine Antwort: „Ja!“", Answer.YES, id="meine-antwort"),
        pytest.param('"Bin dabei!" – so einfach ist das.', Answer.YES, id="so-einfach"),
        pytest.param('"Leider nein!" – sorry.', Answer.NO, id="leider-nein"),
        pytest.param("Tom schreibt, er kommt nicht. Ich komme aber!", Answer.YES, id="ich-aber"),
    ],
)
def test_the_members_own_quoted_words_still_answer(text: str, answer: Answer) -> None:
    result = analyse(plain_reply(text))
    assert (result.answer, result.answer_problem) == (answer, "")
