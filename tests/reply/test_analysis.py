"""``analyse``: the one entry point from raw bytes to what sync records."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import mail.analysis
from mail.analysis import analyse
from somek_tui.models import Answer

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"


def corpus(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def test_header_fields_of_a_reply() -> None:
    result = analyse(corpus("gmail_de_plain_yes.eml"))
    assert result.message_id == "<CAF7x+Qe1@mail.gmail.com>"
    assert (result.sender, result.sender_name) == ("anna.schmidt@example.org", "Anna Schmidt")
    assert result.subject == "Re: Einladung: #SoMe Stammtisch Köln – Donnerstag, 22. Januar 2027"
    assert result.date == datetime(2027, 1, 11, 10, 42, 17, tzinfo=timezone(timedelta(hours=1)))
    assert result.references == ["<inv.20270122.a1b2c3d4@example.org>"]


def test_recipients_include_the_reply_key_address_lower_cased() -> None:
    raw = (
        b"From: A <a@example.org>\nTo: Stammtisch <Stammtisch+KEY1@Example.org>\n"
        b"Cc: b@example.org\nDelivered-To: stammtisch+key1@example.org\n"
        b"X-Original-To: c@example.org\nEnvelope-To: d@example.org\n\nJa\n"
    )
    assert analyse(raw).recipients == [
        "stammtisch+key1@example.org",
        "b@example.org",
        "c@example.org",
        "d@example.org",
    ]


def test_in_reply_to_comes_before_references() -> None:
    raw = (
        b"From: a@example.org\nIn-Reply-To: <second@example.org>\n"
        b"References: <first@example.org>\n <second@example.org>\n\nJa\n"
    )
    assert analyse(raw).references == ["<second@example.org>", "<first@example.org>"]


def test_missing_message_id_gets_a_stable_synthetic_one() -> None:
    raw = corpus("join_request_no_message_id.eml")
    expected = f"<{hashlib.sha256(raw).hexdigest()}@somek.invalid>"
    assert analyse(raw).message_id == expected
    assert analyse(raw).message_id == expected


def test_raw_8bit_subject_is_repaired() -> None:
    result = analyse(corpus("raw_utf8_subject_yes.eml"))
    assert result.subject.endswith("Köln – Donnerstag, 22. Januar 2027")
    assert result.sender_name == "Jörg Ebert"


def test_calendar_answer_wins_over_the_text() -> None:
    result = analyse(corpus("ical_google_accepted_guests.eml"))
    assert (result.answer, result.guests) == (Answer.YES, 2)
    assert result.calendar is not None and result.calendar.attendee == "stefan.horn@example.org"


def test_calendar_comment_adds_topics() -> None:
    result = analyse(corpus("ical_google_declined_comment.eml"))
    assert result.answer is Answer.NO
    assert result.topics == ["Threads für Behörden"]


def test_bounce_carries_its_details_and_no_answer() -> None:
    result = analyse(corpus("bounce_postfix_dsn_permanent.eml"))
    assert (result.kind, result.answer) == ("bounce", None)
    assert result.bounce is not None and result.bounce.recipients == ["old.member@example.com"]


def test_auto_reply_words_are_never_an_answer() -> None:
    result = analyse(corpus("autoreply_gmail_vacation.eml"))
    assert (result.kind, result.answer, result.answer_problem) == ("auto_reply", None, "")
    assert result.reason == "Auto-Submitted: auto-replied"


def test_topic_only_reply_needs_no_review() -> None:
    result = analyse(corpus("topic_suggestion_only_en.eml"))
    assert (result.answer, result.answer_problem) == (None, "")


def test_reply_without_any_recognised_meaning_goes_to_review() -> None:
    result = analyse(b"From: a@example.org\nSubject: Re: Einladung\n\nHallo, schoene Gruesse\n")
    assert result.answer is None
    assert result.answer_problem == "no answer found in the reply"


def test_unexpected_failure_in_reading_sends_to_review_with_headers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(text: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(mail.analysis, "read_intent", explode)
    result = analyse(corpus("gmail_de_plain_yes.eml"))
    assert result.answer is None
    assert "RuntimeError: boom" in result.answer_problem
    assert result.sender == "anna.schmidt@example.org"


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00\xff\xfe", b"no headers at all", b"From:\n\n", b"Subject: =?x?Q?broken?=\n\n"],
)
def test_odd_input_is_unreadable_not_an_exception(raw: bytes) -> None:
    result = analyse(raw)
    assert result.kind == "unreadable"
    assert result.reason


@pytest.mark.parametrize("seed", range(20))
def test_mutated_corpus_messages_never_raise(seed: int) -> None:
    rng = random.Random(seed)
    names = sorted(CORPUS.glob("*.eml"))
    raw = bytearray(names[seed % len(names)].read_bytes())
    for _ in range(30):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    result = analyse(bytes(raw))
    assert result.kind in {"reply", "auto_reply", "bounce", "unreadable"}


def test_words_in_the_quoted_invitation_never_count() -> None:
    raw = (
        "From: a@example.org\nSubject: Re: Einladung\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hallo!\n\nAm 11.01.2027 um 09:15 schrieb Stammtisch <s@example.org>:\n"
        '> Kommst du? Antworte mit "Ja", "Nein" oder "Vielleicht".\n'
        '> Zusage genügt. +1 für Gäste. Keine Mails mehr? Antworte mit "abmelden".\n'
    ).encode()
    result = analyse(raw)
    assert (result.text, result.answer, result.guests) == ("Hallo!", None, 0)
    assert (result.unsubscribe, result.topic_votes) == (False, [])
    assert result.answer_problem == "no answer found in the reply"


def test_an_overlong_reply_goes_to_review_unread() -> None:
    body = "Ja, ich komme. " * 2000
    raw = f"From: a@example.org\nSubject: Re: Einladung\n\n{body}\n".encode()
    result = analyse(raw)
    assert result.answer is None
    assert result.answer_problem == "the reply is too long to read automatically"
