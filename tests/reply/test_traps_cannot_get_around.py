"""Not getting around something ("nicht drumrum kommen", "nicht umhin kommen") is no
"ich komme nicht". Read word by word, "Komm nich drumrum 😅 bin dabei" was a no. What cannot be
got around decides: the evening ("…, bin dabei") is a yes, work ("…, muss arbeiten") a
no, and nothing said leaves it to a person."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Komm nich drumrum 😅 bin dabei", id="de-drumrum-bin-dabei"),
        pytest.param("Komm nicht drumrum, bin dabei", id="de-drumrum-comma"),
    ],
)
def test_not_getting_around_the_evening_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme wohl nicht drum herum", id="de-drum-herum"),
        pytest.param("Komme nicht umhin 🙈", id="de-umhin"),
        pytest.param("Wir kommen nicht drumrum 😄", id="de-wir-drumrum"),
    ],
)
def test_not_getting_around_something_unsaid_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Komm nicht drumrum, muss arbeiten", id="de-work"),
        pytest.param("Ich komme nicht drum herum abzusagen.", id="de-infinitive-abzusagen"),
    ],
)
def test_not_getting_around_work_or_a_refusal_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
