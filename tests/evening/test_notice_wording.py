"""What reminders and change notices say to each member."""

from __future__ import annotations

import asyncio
import email
import email.policy
from datetime import timedelta
from pathlib import Path

from evening.world import Evening, build_evening, sent_mails
from support.workspace import NOW

from somek_tui.models import MailKind
from somek_tui.services.events import edit_event
from somek_tui.services.invitations import send_mail


def _texts(outbox: Path) -> dict[str, str]:
    """Plain text of every sent mail, by recipient address."""
    out: dict[str, str] = {}
    for path in sent_mails(outbox):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        assert body is not None
        out.setdefault(message["To"].addresses[0].addr_spec, "")
        out[message["To"].addresses[0].addr_spec] += body.get_content()
    return out


def _clear(outbox: Path) -> None:
    for path in sent_mails(outbox):
        path.unlink()


def _evening(tmp_path: Path, capacity: int | None = None) -> Evening:
    evening = build_evening(tmp_path, clock=NOW)
    if capacity is not None:
        with evening.ws.store.transaction() as tx:
            edit_event(tx, evening.event.id, capacity=capacity)
    return evening


def test_a_reminder_names_the_members_guests(tmp_path: Path) -> None:
    evening = _evening(tmp_path)
    asyncio.run(send_mail(evening.ws, evening.event.id, MailKind.REMINDER))
    texts = _texts(evening.outbox)
    assert "Zusage mit 1 Gast" in texts["anna@example.org"]


def test_a_reminder_says_nothing_of_a_waitlist_without_a_capacity(tmp_path: Path) -> None:
    evening = _evening(tmp_path)
    asyncio.run(send_mail(evening.ws, evening.event.id, MailKind.REMINDER))
    for text in _texts(evening.outbox).values():
        assert "Warteliste" not in text and "waiting list" not in text


def test_a_reminder_mentions_the_waitlist_when_places_are_limited(tmp_path: Path) -> None:
    evening = _evening(tmp_path, capacity=20)
    asyncio.run(send_mail(evening.ws, evening.event.id, MailKind.REMINDER))
    assert "Warteliste" in _texts(evening.outbox)["anna@example.org"]


def test_a_change_notice_shows_the_old_and_the_new_time(tmp_path: Path) -> None:
    evening = _evening(tmp_path)
    asyncio.run(send_mail(evening.ws, evening.following.id, MailKind.INVITATION))
    _clear(evening.outbox)
    with evening.ws.store.transaction() as tx:
        edit_event(tx, evening.following.id, start=evening.following.start + timedelta(days=1))
    asyncio.run(send_mail(evening.ws, evening.following.id, MailKind.CHANGED))
    text = _texts(evening.outbox)["anna@example.org"]
    assert "Neue Zeit: Freitag, 26. März 2027" in text
    assert "(vorher:   Donnerstag, 25. März 2027" in text


def test_a_change_notice_shows_the_old_and_the_new_venue(tmp_path: Path) -> None:
    evening = _evening(tmp_path)
    asyncio.run(send_mail(evening.ws, evening.following.id, MailKind.INVITATION))
    _clear(evening.outbox)
    with evening.ws.store.transaction() as tx:
        edit_event(tx, evening.following.id, venue="Gaststätte Severin")
    asyncio.run(send_mail(evening.ws, evening.following.id, MailKind.CHANGED))
    text = _texts(evening.outbox)["anna@example.org"]
    assert "Neuer Ort: Gaststätte Severin" in text
    assert "(vorher:   Stadtbibliothek Köln" in text
    assert "Neue Zeit" not in text
