"""The thank-you mail: to everyone who came, once, with the next date and open topics."""

from __future__ import annotations

import asyncio
import email
import email.policy
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from evening.world import AFTER, Evening, build_evening, check_in, sent_mails

from somek_tui.models import InvalidInput, MailKind, MemberStatus
from somek_tui.services.evening import send_thanks
from somek_tui.services.outbox import SendSummary
from somek_tui.services.topics import add_topic, ranked


def thank(evening: Evening, note: str = "") -> SendSummary:
    return asyncio.run(send_thanks(evening.ws, evening.event.id, note=note))


def read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_everyone_who_came_gets_one_thank_you(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "mehmet@example.org")
    summary = thank(evening)
    assert summary.sent == 2
    assert sorted(str(read(p)["To"]) for p in sent_mails(evening.outbox)) == [
        "Anna Schmitz <anna@example.org>",
        "Mehmet Yılmaz <mehmet@example.org>",
    ]


def test_a_rerun_sends_nothing_twice(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    thank(evening)
    again = thank(evening)
    assert (again.sent, again.skipped) == (0, 1)
    assert len(sent_mails(evening.outbox)) == 1


def test_someone_checked_in_later_gets_theirs_on_the_rerun(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    thank(evening)
    check_in(evening, "joerg@example.org")
    assert thank(evening).sent == 1


def test_who_said_yes_and_did_not_come_gets_none(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    check_in(evening, "joerg@example.org", attended=False)
    thank(evening)
    assert [str(read(p)["To"]) for p in sent_mails(evening.outbox)] == [
        "Anna Schmitz <anna@example.org>"
    ]


def test_an_unsubscribed_attendee_is_skipped(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    with evening.ws.store.transaction() as tx:
        joerg = evening.member("joerg@example.org")
        joerg.status = MemberStatus.UNSUBSCRIBED
        tx.put(joerg)
    summary = thank(evening)
    assert (summary.sent, summary.skipped) == (1, 1)


def test_the_mail_names_the_next_date(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    thank(evening)
    message = read(sent_mails(evening.outbox)[0])
    assert str(message["Subject"]) == (
        "Danke für den Abend! Nächster Termin: Donnerstag, 25. März 2027"
    )
    assert "Social Ads für Vereine" in text_of(message)


def test_the_mail_lists_open_topics_numbered_for_votes(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        add_topic(tx, "Mastodon für Vereine", now=AFTER - timedelta(days=2))
    check_in(evening, "anna@example.org")
    thank(evening)
    assert "1. Mastodon für Vereine" in text_of(read(sent_mails(evening.outbox)[0]))
    view = evening.ws.store.read()
    record = view.outbox(kind=MailKind.THANKS)[0]
    assert record.topic_numbers == [t.id for t in ranked(view.topics())]


def test_the_organizers_note_goes_into_the_mail(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    thank(evening, note="Die Fotos sind im Blog.")
    assert "Die Fotos sind im Blog." in text_of(read(sent_mails(evening.outbox)[0]))


def test_the_mail_never_mentions_no_shows(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    check_in(evening, "joerg@example.org", attended=False)
    thank(evening)
    assert "no-show" not in text_of(read(sent_mails(evening.outbox)[0])).casefold()


def test_without_check_ins_nothing_is_sent(evening: Evening) -> None:
    with pytest.raises(InvalidInput, match="nobody is checked in"):
        thank(evening)


def test_an_evening_still_ahead_gets_no_thanks(tmp_path: Path) -> None:
    early = build_evening(tmp_path, clock=AFTER - timedelta(days=2))
    check_in(early, "anna@example.org")
    with pytest.raises(InvalidInput, match="not taken place"):
        thank(early)
