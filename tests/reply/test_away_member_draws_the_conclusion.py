"""A member away until a date who draws the conclusion for the evening answers: "Ich bin bis
Ende Januar in Elternzeit, daher leider nicht", "Bin bis 29. krankgeschrieben, also
leider nicht", "I'm on leave until February, so sadly no", "Currently out of office, but
I'm back on the 25th – see you on the 28th!". Before, the absence with its date read as
an automatic notice and the answer went to review. A notice whose "daher" goes on
("daher leider nicht erreichbar") stays a notice and gives no answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ANSWERS = [
    pytest.param(
        "Ich bin bis Ende Januar in Elternzeit, daher leider nicht.", Answer.NO, id="de-daher"
    ),
    pytest.param("Bin bis 29. krankgeschrieben, also leider nicht.", Answer.NO, id="de-also"),
    pytest.param(
        "Ich bin bis zum 3. Februar auf Reha, deshalb diesmal ohne mich.",
        Answer.NO,
        id="de-ohne-mich",
    ),
    pytest.param("I'm on leave until 5 February, so sadly no.", Answer.NO, id="en-so-no"),
    pytest.param("Away until the 30th, so it's a no.", Answer.NO, id="en-its-a-no"),
    pytest.param("Sadly no, I'm on leave until February.", Answer.NO, id="en-sadly-no-first"),
    pytest.param(
        "Unfortunately not this time – I'm abroad until 3 February.",
        Answer.NO,
        id="en-not-this-time",
    ),
    pytest.param(
        "Currently out of office, but I'm back on the 25th – see you on the 28th!",
        Answer.YES,
        id="en-see-you-on-the-28th",
    ),
]

NOTICES = [
    pytest.param(
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 5. Februar im Urlaub und daher leider "
        "nicht erreichbar. In dringenden Fällen wenden Sie sich an info@example.org.",
        id="de-nicht-erreichbar",
    ),
    pytest.param(
        "Thank you for your message. I am out of the office until 3 February and will reply "
        "after my return. For urgent matters please contact office@example.org.",
        id="en-office",
    ),
    pytest.param(
        "I am away until 3 February with no access to e-mail. Your message will not be "
        "forwarded. Please contact office@example.org.",
        id="en-no-access",
    ),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERS)
def test_an_away_member_who_concludes_for_the_evening_answers(text: str, answer: Answer) -> None:
    analysis = analyse(_mail(text))
    assert (analysis.kind, analysis.answer) == ("reply", answer), analysis.answer_problem


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_that_goes_on_past_its_daher_gives_no_answer(text: str) -> None:
    assert analyse(_mail(text)).answer is None
