"""Replies to one invitation share its subject, which is read for an unsubscribe wish once."""

from __future__ import annotations

import pytest

import mail.analysis
import mail.subject_words
from mail.analysis import analyse
from mail.intent import Intent


def _silent_reply(n: int, subject: str) -> bytes:
    return (
        f"From: Member {n} <m{n}@example.org>\r\nTo: stammtisch@example.org\r\n"
        f"Subject: {subject}\r\nMessage-ID: <silent-{n}@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHallo zusammen, viele Grüße\r\n"
    ).encode()


def test_silent_replies_under_one_subject_read_the_subject_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    subject = "Re: Einladung: #SoMe Stammtisch am 11. Februar"
    read: list[str] = []
    real = mail.analysis.read_intent

    def counted(text: str) -> Intent:
        read.append(text)
        return real(text)

    monkeypatch.setattr(mail.analysis, "read_intent", counted)
    monkeypatch.setattr(mail.subject_words, "read_intent", counted)
    results = [analyse(_silent_reply(n, subject)) for n in range(3)]
    assert [r.unsubscribe for r in results] == [False, False, False]
    assert read.count(subject) == 1


def test_an_unsubscribe_subject_still_unsubscribes_every_reply_under_it() -> None:
    results = [analyse(_silent_reply(n, "Abbestellen")) for n in range(2)]
    assert [r.unsubscribe for r in results] == [True, True]
