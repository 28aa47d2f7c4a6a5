"""Hostile mail: a reply of one phrase repeated thousands of times is read in linear time.

Each test names the reader that once went over the whole text again for every
repeat. Own words up to 20,000 characters are read, so each must stay quick there.
"""

from __future__ import annotations

import time

from mail.analysis import analyse
from mail.attribution_lines import embedded_attribution
from mail.intent import read_intent
from mail.named_days import days_in
from mail.topic_text import extract_topics
from somek_tui.models import Answer

HEAD = (
    "From: Anna Becker <anna@example.org>\r\n"
    "To: stammtisch@example.org\r\n"
    "Subject: Re: Einladung\r\n"
    "Message-ID: <repeats@members.example>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
)


def plain_reply(text: str) -> bytes:
    return (HEAD + text).encode()


def cpu_seconds(action) -> float:  # type: ignore[no-untyped-def]
    started = time.thread_time()
    action()
    return time.thread_time() - started


def test_a_line_of_thousands_of_dates_is_searched_for_an_attribution_once() -> None:
    # Every "am" where an attribution may start tested the whole line before it:
    # 2,000 times "am 28. " took about four seconds.
    line = "Ja, ich komme gerne. " + "am 28. " * 2_000
    assert cpu_seconds(lambda: embedded_attribution([line], 0)) < 0.5
    assert embedded_attribution([line], 0) is None


def test_an_attribution_inside_a_long_line_still_keeps_the_words_before_it() -> None:
    line = "am 28. " * 500 + "bin ich dabei! Am Fr., 8. Jan. 2027 um 10:12 schrieb Anna <a@b.de>:"
    assert embedded_attribution([line], 0) == "am 28. " * 499 + "am 28. bin ich dabei!"


def test_a_clause_of_thousands_of_dates_names_its_days_in_linear_time() -> None:
    # Each date looked at every date found before it and at the whole clause before it.
    clause = "am 28. " * 4_000
    assert cpu_seconds(lambda: days_in(clause)) < 0.5
    assert {day.day for day in days_in(clause)} == {28}


def test_a_date_after_a_span_word_far_back_is_still_a_day_of_its_own() -> None:
    # Only the last words before a date are the span's: "bis" long before is not.
    clause = "bis ende " + "und dann " * 200 + "am 28."
    assert [day.day for day in days_in(clause)] == [28]


def test_thousands_of_nots_after_a_yes_are_read_in_a_fraction_of_a_second() -> None:
    # "…, ich nicht" was tried from every word to every comma: 3,000 "nicht" took 8 s.
    analyse(plain_reply("Ja."))
    raw = plain_reply("Ja, ich komme gerne. " + "nicht " * 3_000)
    assert cpu_seconds(lambda: analyse(raw)) < 1.0


def test_the_one_clause_answer_of_a_comma_and_ich_nicht_is_still_a_no() -> None:
    assert analyse(plain_reply("Die anderen kommen, ich nicht.")).answer is Answer.NO


def test_thousands_of_places_after_a_yes_are_timed_once_per_clause() -> None:
    # The time a clause names was looked up once for each of its signals: 1,400 times
    # "bin am 28. in" took two seconds.
    text = "Ja, ich komme gerne. " + "bin am 28. in " * 1_400
    read_intent("Ja.")
    assert cpu_seconds(lambda: read_intent(text)) < 0.6


def test_a_line_of_thousands_of_pictographs_is_searched_for_a_topic_label_once() -> None:
    # Each pictograph could end a sentence before a label: 4,000 of them took 26 s.
    text = "Bin dabei. " + "\U0001f600 " * 4_000
    assert cpu_seconds(lambda: extract_topics(text)) < 0.5
    assert extract_topics(text).titles == []


def test_a_label_after_a_run_of_pictographs_is_still_found() -> None:
    found = extract_topics(
        "Bin dabei \U0001f64c \U0001f64c Themenidee \U0001f4a1 Fotorecht für Vereine"
    )
    assert found.titles == ["Fotorecht für Vereine"]


def test_a_clause_of_thousands_of_yes_words_is_read_in_a_fraction_of_a_second() -> None:
    # Each yes-phrase was weighed against all the others: 2,000 "Zusage" took four seconds.
    text = "Zusage " * 2_000
    read_intent("Ja.")
    assert cpu_seconds(lambda: read_intent(text)) < 0.6


def test_a_party_size_said_thousands_of_times_is_checked_for_a_no_once() -> None:
    # The sentence was searched for a no once for every time it named the party.
    text = "Ja, ich komme gerne. " + "zu zweit " * 1_600
    analyse(plain_reply("Ja."))
    assert cpu_seconds(lambda: analyse(plain_reply(text))) < 1.0


def test_a_sentence_of_thousands_of_labels_is_split_into_words_once() -> None:
    # Each clause split the whole sentence into words again: 5,000 times "a: " took 3 s.
    text = "Ja, ich komme gerne. " + "a: " * 5_000
    read_intent("Ja.")
    assert cpu_seconds(lambda: read_intent(text)) < 0.6
