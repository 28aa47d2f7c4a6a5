"""Which evening an answer is for, where a word-level reader takes it for this one:

- a yes for a later meetup said with "Mal", "not until" or filler words ("Ja, ab dem
  nächsten Mal wieder", "I'll come, just not until the April one", "Klar komme ich – nur
  halt erst nächsten Monat") goes to a person with the time it names;
- a bare yes-word followed by a clause that names another month ("Ja, ich schaue im März
  vorbei") is a yes for that month;
- answers labelled by month ("Jan: ja / Feb: nein", "Februar: nein, Januar: ja") belong
  to the month before their colon, short or written out;
- a day set against the no before it ("Am 12. kann ich nicht, am 28. schon") has the
  other answer, so the no is for the first day only.

The evening is Thursday 28 January; the decision compares the days the answer names.
"""

from __future__ import annotations

from datetime import date

import pytest

from mail.analysis import analyse
from mail.named_days import another_day
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EVENING = date(2027, 1, 28)  # a Thursday
TITLE = "SEO und Erfolgsmessung"
WRITTEN = date(2027, 1, 11)


def _recorded(text: str) -> Answer | None:
    """The answer the decision records: none where the answer is for another day."""
    reading = analyse(_mail(text))
    if reading.answer is None:
        return None
    why = another_day(reading.named_days, reading.answer, EVENING, TITLE, WRITTEN)
    return None if why else reading.answer


LATER_YES = [
    pytest.param("Ja, ab dem nächsten Mal wieder.", id="de-ab-dem-naechsten-mal"),
    pytest.param("Yes, from next time on.", id="en-from-next-time"),
    pytest.param("I'll come, just not until the April one.", id="en-not-until-april"),
    pytest.param("Klar komme ich – nur halt erst nächsten Monat.", id="de-nur-halt-erst"),
    pytest.param("Ja, ich schaue im März vorbei.", id="de-ja-im-maerz-vorbei"),
    pytest.param("Gerne, im Februar bin ich dabei.", id="de-gerne-im-februar"),
]


@pytest.mark.parametrize("text", LATER_YES)
def test_a_yes_for_a_later_evening_is_not_recorded_for_this_one(text: str) -> None:
    assert _recorded(text) is None


LABELLED = [
    pytest.param("Jan: ja\nFeb: nein", id="de-short-lines"),
    pytest.param("Jan: ja / Feb: nein", id="de-short-slash"),
    pytest.param("Feb: nein\nJan: ja", id="de-short-no-first"),
    pytest.param("Februar: nein, Januar: ja", id="de-full-no-first"),
    pytest.param("Januar: ja / Februar: nein", id="de-full-slash"),
]


@pytest.mark.parametrize("text", LABELLED)
def test_a_no_labelled_by_another_month_is_not_this_evenings(text: str) -> None:
    assert _recorded(text) is not Answer.NO


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Jan: nein / Feb: ja", Answer.NO, id="de-no-for-january"),
        pytest.param("Am 28. nicht, am 12. schon.", Answer.NO, id="de-not-the-28th"),
        pytest.param("Ja, am 28. komme ich.", Answer.YES, id="de-yes-the-28th"),
        pytest.param("Gerne, im Januar hab ich Zeit.", Answer.YES, id="de-gerne-im-januar"),
        pytest.param("Bin dabei. Bis zum nächsten Mal!", Answer.YES, id="de-goodbye-next-time"),
        pytest.param("Ich komme! Ja, auch sonntags geöffnet.", Answer.YES, id="de-every-sunday"),
        pytest.param(
            "Ja, komme. Denkt beim nächsten Mal an die Ferien.", Answer.YES, id="de-asks-next-time"
        ),
    ],
)
def test_an_answer_labelled_or_dated_with_this_evening_stands(text: str, answer: Answer) -> None:
    assert _recorded(text) is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Am 12. kann ich nicht, am 28. schon.", id="de-nicht-schon"),
        pytest.param("On the 12th I can't, the 28th though.", id="en-cant-though"),
    ],
)
def test_a_day_set_against_the_no_leaves_the_no_to_the_first_day(text: str) -> None:
    assert _recorded(text) is not Answer.NO
