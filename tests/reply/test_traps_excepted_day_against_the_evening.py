"""A yes excepting a day ("Gerne, außer donnerstags", "Sure, except the 14th") goes to a
person while the evening is unknown; once the evening's date is known, a day that is
not the evening's leaves the yes as said, and the evening's own day turns it into a no.
A no excepting the evening's day ("Ich kann nicht, außer am Donnerstag") may be a yes
and goes to a person; one excepting another day stays a no. Dates are Europe/Berlin."""

from __future__ import annotations

from datetime import date

import pytest

from mail.analysis import analyse
from mail.excepted_evening import excepted_settled
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

# the evening: Thursday, 10 December 2026 in Berlin; the mail written on 1 December
EVENING = date(2026, 12, 10)
WRITTEN = date(2026, 12, 1)


def _settled(text: str) -> tuple[Answer | None, str]:
    found = analyse(_mail(text))
    settled = excepted_settled(found.text, found.answer, found.answer_problem, EVENING, WRITTEN)
    return (
        (found.answer, found.answer_problem)
        if settled is None
        else (
            settled.answer,
            settled.problem,
        )
    )


OTHER_DAY = [
    pytest.param("Gerne, außer freitags.", id="de-ausser-freitags"),
    pytest.param("Ich bin die ganze Woche da, außer Montag.", id="de-woche-ausser-montag"),
    pytest.param("Passt, außer am Dienstag.", id="de-passt-ausser-dienstag"),
    pytest.param("Geht klar, ausgenommen Freitag.", id="de-ausgenommen-freitag"),
    pytest.param("Sure, except Fridays.", id="en-except-fridays"),
    pytest.param("Count me in, except Wednesdays.", id="en-count-me-in-except"),
    pytest.param("Bin dabei, bis auf den 14.", id="de-bis-auf-den-14"),
]


@pytest.mark.parametrize("text", OTHER_DAY)
def test_a_yes_excepting_another_day_than_the_evenings_is_a_yes(text: str) -> None:
    assert _settled(text) == (Answer.YES, "")


EVENINGS_DAY = [
    pytest.param("Gerne, außer donnerstags.", id="de-ausser-donnerstags"),
    pytest.param("Ich bin die ganze Woche da, außer Donnerstag.", id="de-woche-ausser"),
    pytest.param("Sure, except Thursdays.", id="en-except-thursdays"),
    pytest.param("Yes, any day except Thursday.", id="en-any-day-except-thursday"),
    pytest.param("Bin dabei, bis auf den 10.", id="de-bis-auf-den-10"),
]


@pytest.mark.parametrize("text", EVENINGS_DAY)
def test_a_yes_excepting_the_evenings_day_is_a_no(text: str) -> None:
    assert _settled(text) == (Answer.NO, "")


@pytest.mark.parametrize("text", [*OTHER_DAY, *EVENINGS_DAY])
def test_a_yes_excepting_a_day_goes_to_review_while_the_evening_is_unknown(text: str) -> None:
    found = analyse(_mail(text))
    assert found.answer is None
    assert found.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht, außer am Donnerstag.", id="de-kann-nicht-ausser"),
        pytest.param("I can't, except on Thursday.", id="en-cant-except"),
    ],
)
def test_a_no_excepting_the_evenings_day_goes_to_review(text: str) -> None:
    answer, problem = _settled(text)
    assert answer is None
    assert "the evening's day" in problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht, außer am Freitag.", id="de-kann-nicht-ausser-freitag"),
        pytest.param("I can't, except on Friday.", id="en-cant-except-friday"),
    ],
)
def test_a_no_excepting_another_day_stays_a_no(text: str) -> None:
    assert _settled(text) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Klar, gerne wieder – nur nicht am 10., da bin ich verreist.", id="de"),
        pytest.param("Sure, I'd love to, but not on the 10th – I'm in Dublin.", id="en"),
    ],
)
def test_a_yes_but_not_on_the_evenings_day_stays_a_no(text: str) -> None:
    assert _settled(text) == (Answer.NO, "")
