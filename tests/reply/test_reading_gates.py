"""A pattern skipped where its words or signs are absent reads every text as the pattern does."""

from __future__ import annotations

import pytest

from mail.absence_notice import _BARE_DAY, _DATE, _DATE_START, _DAY_BEFORE_DATE, DATE, mark_dates
from mail.attribution_cues import cues
from mail.attribution_lines import _verb
from mail.prefilter import sub_from
from mail.quotes import strip_quotes

LINES = (
    "Am 10.01.2027 um 12:00 schrieb Stammtisch <stammtisch@example.org>:",
    "On Sun, Jan 10, 2027 at 12:00 PM Stammtisch <stammtisch@example.org> wrote:",
    "ON SUN, JAN 10, 2027, ANNA WROTE:",
    "Le dim. 10 janv. 2027 à 12:00, Stammtisch a écrit :",
    "10.01.2027 12:00 пользователь Stammtisch написал(а):",
    "W dniu 10.01.2027 o 12:00, Stammtisch napisał(a):",
    "Il giorno dom 10 gen 2027 alle 12:00 Stammtisch ha scritto:",
    "ſent from my phone",  # the long s the engine takes for "s"
    "Tel. +49 221 123456-007 | www.rheinblick.example",
    "Geschäftsführung: Dr. Petra Muster | Amtsgericht Köln HRB 12345",
    "Ja, ich komme gern.",
    "",
)


@pytest.mark.parametrize("line", LINES)
def test_an_attribution_verb_is_found_where_the_whole_pattern_finds_it(line: str) -> None:
    found, expected = _verb(line), cues().verb.search(line)
    assert (found and found.span()) == (expected and expected.span())


def test_a_reply_above_an_attribution_in_cyrillic_keeps_only_the_members_words() -> None:
    text = "Да, приду.\n\n10.01.2027 12:00 пользователь Stammtisch написал(а):\n> Einladung\n"
    assert strip_quotes(text).text == "Да, приду."


def _marked_in_full(text: str) -> str:
    text = sub_from(_DATE_START, _DATE, DATE, text)
    text = _BARE_DAY.sub(lambda m: f"{m.group(1)} {DATE}", text)
    return _DAY_BEFORE_DATE.sub(DATE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bin vom 3. bis 14. Februar nicht im Büro.",
        "Ab dem 2. wieder da, am 28. leider nicht.",
        "Abwesend 28. und 29. Januar",
        "Abwesend 28. - 29.01.",
        "Out of office until the 5th, back on Monday.",
        "Tel. +49 221 123456-007 | 50672 Köln | HRB 12345",
        "Ja, ich komme gern.",
        "AM 3. BIS 5. MÄRZ",
        "",
    ],
)
def test_dates_are_marked_as_all_three_patterns_mark_them(text: str) -> None:
    assert mark_dates(text) == _marked_in_full(text)
