"""Hostile mail: one message may not stall reading, exhaust memory or hide its own answer."""

from __future__ import annotations

import base64
import time
import tracemalloc

from mail.analysis import Analysis, analyse
from mail.budget import MAX_PARTS
from mail.decode import html_to_text
from somek_tui.models import Answer

HEAD = (
    "From: Anna Becker <anna@example.org>\r\n"
    "To: stammtisch@example.org\r\n"
    "Subject: Re: Einladung\r\n"
    "Message-ID: <hostile@members.example>\r\n"
)


def html_reply(html: str) -> bytes:
    return (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


def cpu_seconds_of_analyse(raw: bytes) -> tuple[float, Analysis]:
    # the reader's one-time set-up (cue index, HTML converter) is not this message's cost
    analyse(html_reply("<p>Ja</p>"))
    started = time.thread_time()
    result = analyse(raw)
    return time.thread_time() - started, result


def test_html_of_unclosed_comments_is_read_in_a_fraction_of_a_second() -> None:
    # 64 KiB of "<!--" took several seconds of CPU, growing with the square of its size.
    raw = html_reply("<p>Ja, ich komme gerne.</p>" + "<!--" * 16_384)
    seconds, result = cpu_seconds_of_analyse(raw)
    assert seconds < 0.3
    assert result.answer is Answer.YES


def test_html_with_every_kind_of_unclosed_markup_converts_in_a_fraction_of_a_second() -> None:
    bombs = ["<a", "</a", "<!x", "<?x", "<![CDATA[", "&#", "<blockquote>", "<ul><li>", "<div>"]
    for bomb in bombs:
        html = "<p>Ja</p>" + bomb * (32_768 // len(bomb)) + "x<br>" * 2_000 + ";"
        started = time.thread_time()
        text = html_to_text(html)
        assert time.thread_time() - started < 0.3, bomb
        assert text.startswith("Ja"), bomb


def test_a_subject_of_many_encoded_words_stays_within_a_few_mebibytes() -> None:
    # 64 KiB of adjacent encoded words made the header parser hold about 150 MiB.
    subject = " ".join(["=?utf-8?q?Zusage_?="] * 3_500)
    raw = HEAD.replace("Subject: Re: Einladung", f"Subject: {subject}") + "\r\nJa, ich komme.\r\n"
    tracemalloc.start()
    try:
        result = analyse(raw.encode())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20
    assert result.answer is Answer.YES
    assert result.subject.startswith("Zusage Zusage")


def test_a_display_name_with_an_encoded_line_break_still_yields_the_answer_from_the_body() -> None:
    raw = (
        b"From: =?utf-8?q?Anna=0D=0ABecker?= <anna@example.org>\r\n"
        b"To: stammtisch@example.org\r\nSubject: Re: Einladung\r\n\r\nJa, ich komme.\r\n"
    )
    result = analyse(raw)
    assert (result.kind, result.answer) == ("reply", Answer.YES)
    assert (result.sender, result.sender_name) == ("anna@example.org", "Anna Becker")


def test_a_message_over_its_cpu_budget_goes_to_review_named_by_its_header() -> None:
    result = analyse((HEAD + "\r\nJa, ich komme.\r\n").encode(), cpu_seconds=0.0)
    assert result.kind == "unreadable"
    assert result.reason.startswith("reading the message took too long")
    assert (result.sender, result.message_id) == ("anna@example.org", "<hostile@members.example>")
    assert result.answer is None


def test_a_message_of_more_parts_than_allowed_goes_to_review_as_too_large() -> None:
    parts = "".join("--b\r\nContent-Type: text/plain\r\n\r\nJa\r\n" for _ in range(MAX_PARTS + 1))
    raw = HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n"
    result = analyse(raw.encode())
    assert result.kind == "unreadable"
    assert "too large" in result.reason
    assert result.sender == "anna@example.org"


def test_a_large_attachment_is_cut_away_and_the_reply_is_still_read() -> None:
    attachment = base64.encodebytes(b"\x89PNG" * (2 * 2**20)).decode()
    raw = (
        HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJa, ich komme.\r\n"
        "--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + attachment + "--b--\r\n"
    )  # fmt: skip
    seconds, result = cpu_seconds_of_analyse(raw.encode())
    assert seconds < 0.3
    assert result.answer is Answer.YES


def test_a_bounce_of_one_endless_word_is_read_in_a_fraction_of_a_second() -> None:
    raw = (
        "From: MAILER-DAEMON@example.net\r\nTo: stammtisch@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n\r\n"
        + "-" * 20_000 + "\r\n" + "x" * 20_000 + " anna@example.org 550 5.1.1\r\n"
    )  # fmt: skip
    seconds, result = cpu_seconds_of_analyse(raw.encode())
    assert seconds < 0.3
    assert result.kind == "bounce"


def test_an_encoded_line_break_cannot_smuggle_a_second_sender_address() -> None:
    raw = (
        b"From: =?utf-8?q?=0D=0Amallory@evil.example,?= <anna@example.org>\r\n"
        b"To: stammtisch@example.org\r\nSubject: Re: Einladung\r\n\r\nJa, ich komme.\r\n"
    )
    result = analyse(raw)
    assert (result.sender, result.answer) == ("anna@example.org", Answer.YES)


def test_deeply_nested_multiparts_go_to_review_as_too_large_at_once() -> None:
    # a thousand levels took about a second of CPU in the parser alone
    levels = "".join(
        f"Content-Type: multipart/mixed; boundary=b{n}\r\n\r\n--b{n}\r\n" for n in range(1000)
    )
    raw = HEAD + levels + "Content-Type: text/plain\r\n\r\nJa, ich komme.\r\n"
    seconds, result = cpu_seconds_of_analyse(raw.encode())
    assert seconds < 0.1
    assert result.kind == "unreadable" and "too large" in result.reason
    assert result.sender == "anna@example.org"


def plain_reply(text: str) -> bytes:
    return (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text).encode()


def test_a_line_of_thousands_of_dashes_is_read_in_a_fraction_of_a_second() -> None:
    # Where an attribution may start inside a line, each dash began a new try to
    # the end of the run: 24,000 dashes took about a minute of CPU.
    analyse(plain_reply("Ja."))  # the lexicons are compiled on first use
    seconds, result = cpu_seconds_of_analyse(plain_reply("Ja, ich komme.\r\n\r\n" + "-" * 24_000))
    assert seconds < 1.0
    assert result.answer is Answer.YES or result.answer_problem


def test_one_endless_word_is_read_in_a_fraction_of_a_second() -> None:
    # Looking for an address to blank, every letter began a new try to the end of the word.
    analyse(plain_reply("Ja."))
    raw = html_reply("<p>Ja, ich komme gerne.</p>" + "a" * 19_000)
    seconds, result = cpu_seconds_of_analyse(raw)
    assert seconds < 1.0
    assert result.answer is Answer.YES or result.answer_problem


def test_a_clause_of_punctuation_alone_is_no_vote_and_quick() -> None:
    from mail.number_votes import clause_votes

    started = time.thread_time()
    votes, _rest = clause_votes("-" * 8_000)
    assert time.thread_time() - started < 0.5
    assert votes == []


# Own words up to 20,000 characters are read; each reader must stay linear up to there.


def test_a_clause_of_thousands_of_colons_is_no_vote_and_quick() -> None:
    # A vote "after a lead-in and its colon" was tried from every colon to the end of
    # the run: 6,000 colons took about seven seconds of CPU.
    from mail.number_votes import clause_votes

    started = time.thread_time()
    votes, _rest = clause_votes(":" * 50_000)
    assert time.thread_time() - started < 0.5
    assert votes == []


def test_a_topic_named_on_its_own_line_is_looked_for_line_by_line() -> None:
    # From each line start the pattern ran across all the lines of punctuation below it.
    from mail.cues import each

    for line in (";", "??", "!!", "..."):
        text = f"{line}\n" * 20_000
        started = time.thread_time()
        found = [m for pattern in each("topic", "mention") for m in pattern.finditer(text)]
        assert time.thread_time() - started < 0.5, line
        assert found == [], line


def test_thousands_of_wrapped_lines_are_joined_in_a_fraction_of_a_second() -> None:
    # Each wrapped line added to a sentence searched the whole sentence joined so far.
    from mail.clauses import join_soft_breaks

    started = time.thread_time()
    joined = join_soft_breaks("Mit\n" * 20_000)
    assert time.thread_time() - started < 0.5
    assert joined.count("Mit") == 20_000


def test_a_word_without_an_address_is_left_to_the_model_quickly() -> None:
    # An address was looked for from every letter of a long word to its end.
    from mail.reply_model import words

    started = time.thread_time()
    found = words("ab" * 25_000)
    assert time.thread_time() - started < 0.5
    assert found == ["ab" * 25_000]


def test_the_same_answer_said_a_thousand_times_is_read_in_a_fraction_of_a_second() -> None:
    # The answer guard held each clause against each phrase of evidence, duplicates too:
    # 550 times "Ich komme." took six seconds.
    analyse(plain_reply("Ja."))
    seconds, result = cpu_seconds_of_analyse(plain_reply("Ich komme. " * 1_800))
    assert seconds < 1.0
    assert result.answer is Answer.YES or result.answer_problem


def test_a_line_of_sentence_ends_is_searched_for_a_topic_label_once() -> None:
    # Before a topic label without a colon, the marks after each full stop were taken up
    # to the end of the line: 3,000 times ". " took 1.7 s.
    from mail.topic_text import extract_topics

    started = time.thread_time()
    found = extract_topics(". " * 8_000)
    assert time.thread_time() - started < 0.5
    assert found.titles == []


def test_thousands_of_numbered_lines_are_checked_for_repeated_numbers_once() -> None:
    # Each short clause looked for its numbers in the whole text again: 2,500 lines of
    # "Thema: 1" took seconds.
    from mail.number_votes import clause_votes

    started = time.thread_time()
    votes, _rest = clause_votes("Thema: 1\n" * 2_500)
    assert time.thread_time() - started < 0.5
    assert votes == [] or set(votes) == {1}


def test_a_lone_number_that_repeats_one_said_before_is_no_vote() -> None:
    from mail.number_votes import clause_votes

    assert clause_votes("Wir haben drei Anmeldungen bekommen. Drei!")[0] == []


def test_one_sentence_of_a_thousand_clauses_is_read_in_a_fraction_of_a_second() -> None:
    # Each cue looked through the whole sentence at every clause: 1,500 clauses took 18 s.
    analyse(plain_reply("Ja."))
    seconds, result = cpu_seconds_of_analyse(plain_reply("Ich komme, " + "komme nicht, " * 1500))
    assert seconds < 1.0
    assert result.answer is None and "too long" in result.answer_problem
