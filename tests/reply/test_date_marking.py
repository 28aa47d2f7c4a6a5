"""Dates are marked by trying the date pattern only where a date can begin, with the same result."""

from __future__ import annotations

import re
from pathlib import Path

from mail.absence_notice import _DATE, _DATE_START, DATE, mark_dates
from mail.prefilter import sub_from

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "understanding" / "tuning"


def test_sub_from_replaces_what_re_sub_replaces_trying_only_the_given_starts() -> None:
    pattern = re.compile(r"\b\d+(?:\.\d+)*\.?")
    starts = re.compile(r"\b\d")
    for text in ("am 28.01. und 3.2.2027", "keine Zahl", "1 2 3", "x1.2", ""):
        assert sub_from(starts, pattern, "#", text) == pattern.sub("#", text), text


def test_sub_from_resumes_after_a_match_as_re_sub_does() -> None:
    # "1.2" is one match: the start at "2" lies inside it and is not tried again
    pattern = re.compile(r"\d\.\d|\d")
    starts = re.compile(r"\d")
    assert sub_from(starts, pattern, "#", "1.2 3") == "# #"


def test_sub_from_never_finds_a_match_where_no_start_is() -> None:
    # the contract is the caller's: a start pattern that misses a beginning misses the match
    assert sub_from(re.compile(r"b"), re.compile(r"a"), "#", "a b") == "a b"


def test_a_date_begins_where_its_start_pattern_says() -> None:
    for text in (
        "Montag, den 3. März",
        "ab dem 2.2. wieder",
        "until the 5th",
        "back on Jan 3rd, 2027",
        "Ende Januar",
        "end of the month",
        "2027-01-28",
        "mediados de enero",
        "le 3 février",
        "3/4/27",
    ):
        assert DATE in mark_dates(text), text
        assert sub_from(_DATE_START, _DATE, DATE, text) == _DATE.sub(DATE, text), text


def test_dates_are_marked_as_the_whole_pattern_marks_them_in_the_corpus() -> None:
    for path in sorted(CORPUS.glob("*.eml")):
        top = " ".join(path.read_bytes().decode("utf-8", "replace")[:3000].split())
        assert sub_from(_DATE_START, _DATE, DATE, top) == _DATE.sub(DATE, top), path.name


def test_a_case_insensitive_start_is_found_where_the_engine_finds_it_in_any_spelling() -> None:
    # the starts are looked for in lower case; letters the engine treats alike
    # ("ſ" and "s", "K" and "k", the dotted "İ") must begin a date as before
    starts = re.compile(r"\b(?:s(?:eptember|ept)|dez|the\s|\d)", re.IGNORECASE)
    pattern = re.compile(r"(?:s(?:eptember|ept)|dez|the\s+\d|\d)\w*", re.IGNORECASE)
    for text in (
        "SEPTEMBER 3, ſeptember 4, Dez. 5",
        "İstanbul 3 THE 4th",
        "ſept Sept sEpT",
        "Ⅻ ǅ KELVIN K 1",
    ):
        assert sub_from(starts, pattern, "#", text) == pattern.sub("#", text), text


def test_a_start_pattern_with_a_character_set_is_searched_as_written() -> None:
    starts = re.compile(r"[A-C]\d", re.IGNORECASE)
    pattern = re.compile(r"[A-C]\d+", re.IGNORECASE)
    text = "a1 B22 c3 D4"
    assert sub_from(starts, pattern, "#", text) == pattern.sub("#", text) == "# # # D4"
