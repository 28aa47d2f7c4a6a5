"""Which day an answer speaks of: the days an answer clause names, compared with the evening."""

from __future__ import annotations

from datetime import date

import pytest

from mail.intent import read_intent
from mail.named_days import NamedDay, another_day, answer_days
from mail.types import Answer

EVENING = date(2027, 1, 28)  # a Thursday
TITLE = "SEO und Erfolgsmessung"
WRITTEN = date(2027, 1, 11)


def _why(text: str, written: date | None = WRITTEN, evening: date = EVENING) -> str:
    intent = read_intent(text)
    assert intent.answer is not None, intent.problem
    return another_day(answer_days(text, intent.answer), intent.answer, evening, TITLE, written)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("Am 14. bin ich raus.", "the no is for the 14th", id="a day of the month"),
        pytest.param("Im Dezember kann ich nicht.", "the no is for December", id="a month"),
        pytest.param("Am 7.1. kann ich leider nicht.", "the no is for 7 January", id="d.m."),
        pytest.param("Kann am 4. Februar leider nicht.", "the no is for 4 February", id="d. month"),
        pytest.param("Count me in for February 4th.", "the yes is for 4 February", id="month d"),
        pytest.param(
            "I can't make it on the 14th, sorry.", "the no is for the 14th", id="the 14th"
        ),
        pytest.param("Freitag kann ich leider nicht.", "the no is for Friday", id="a weekday"),
        pytest.param("Next Tuesday works for me!", "the yes is for Tuesday", id="next tuesday"),
        pytest.param("Im März bin ich dabei!", "the yes is for March", id="März"),
        pytest.param(
            "Morgen kann ich leider nicht.",
            "the no is for morgen (12 January)",
            id="tomorrow, from the mail's date",
        ),
        pytest.param(
            "Zur Weihnachtsfeier komme ich nicht.",
            "the no is for the weihnachtsfeier",
            id="an occasion",
        ),
        pytest.param(
            "I won't make it to the Christmas party.",
            "the no is for the christmas party",
            id="an occasion in English",
        ),
        pytest.param("AM 14. BIN ICH RAUS", "the no is for the 14th", id="all caps"),
        pytest.param("am 14 bin ich raus sorry", "", id="a bare number is no day"),
    ],
)
def test_an_answer_for_another_day_says_which(text: str, reason: str) -> None:
    why = _why(text)
    assert why.startswith(reason) if reason else why == ""
    if reason:
        assert why.endswith("the evening is on Thursday 28 January")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Am 28. bin ich dabei.", id="the evening's day"),
        pytest.param("Ich komme am 28.01.", id="the evening's date"),
        pytest.param("Donnerstag passt!", id="the evening's weekday"),
        pytest.param("Next Thursday works.", id="next thursday"),
        pytest.param("Thursday the 28th works for me.", id="weekday and day"),
        pytest.param("Im Januar geht's bei mir leider nicht.", id="the evening's month"),
        pytest.param("Im Februar bin ich wieder dabei, diesmal leider nicht.", id="diesmal"),
        pytest.param("Mittwochs kann ich nie, aber Donnerstag passt.", id="the other day denied"),
        pytest.param("Ich gebe bis Mittwoch Bescheid, ob ich komme.", id="a deadline"),
        pytest.param("Vielleicht, ich sag Mittwoch Bescheid.", id="when the member tells"),
        pytest.param("Bin bis Ende Januar auf Geschäftsreise, leider nicht.", id="a span"),
        pytest.param("Leider nicht, bin ab Montag für drei Wochen weg.", id="from a day on"),
        pytest.param("Leider nicht, ich bin die ganze week of the 25th on lates.", id="week of"),
        pytest.param("Letzten Freitag konnte ich nicht, diesmal komme ich.", id="a past day"),
        pytest.param("Ich komme, muss aber am 29. früh raus.", id="the day after, no answer"),
        pytest.param("Ich bin dabei, komme so gegen 19.30.", id="a time is no date"),
        pytest.param(
            "Ich würde gern kommen, aber I have an exam on the 29th and might need "
            "the evening to study.",
            id="the evening pointed at",
        ),
        pytest.param(
            "Leider nicht, wir haben Weihnachtsfeier nachgeholt.", id="an occasion as a reason"
        ),
        pytest.param("Ja, ich komme gern!", id="no day at all"),
    ],
)
def test_an_answer_for_the_evening_or_no_day_stands(text: str) -> None:
    assert _why(text) == ""


def test_tomorrow_is_the_evening_when_the_mail_is_written_the_day_before() -> None:
    assert _why("Morgen kann ich leider nicht.", written=date(2027, 1, 27)) == ""


def test_tomorrow_without_the_mail_date_tells_nothing() -> None:
    assert _why("Morgen kann ich leider nicht.", written=None) == ""


def test_a_december_occasion_is_the_evening_in_december() -> None:
    assert _why("Zur Weihnachtsfeier komme ich nicht.", evening=date(2026, 12, 17)) == ""


def test_a_named_day_and_the_evening_pointed_at_leave_the_answer_standing() -> None:
    days = [NamedDay("am 14.", day=14), NamedDay("an dem abend", pointed=True)]
    assert another_day(days, Answer.NO, EVENING, TITLE, WRITTEN) == ""


def test_a_reply_naming_no_day_is_not_read_for_days() -> None:
    assert answer_days("Ja, ich komme gern!", Answer.YES) == []
