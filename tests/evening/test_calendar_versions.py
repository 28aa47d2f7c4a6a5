"""What a calendar entry says across edits: SEQUENCE, DTSTAMP, the answer hint, topics."""

from __future__ import annotations

import asyncio
import email
import email.policy
from datetime import timedelta
from pathlib import Path

from evening.world import DEMO_NOW, Evening, demo_copy, run_evening, sent_mails
from icalendar import Calendar

from somek_tui.models import EventStatus, MailKind, TopicStatus
from somek_tui.services.events import cancel_event, edit_event
from somek_tui.services.invitations import send_mail
from somek_tui.services.topics import add_topic, schedule_topic, shortlist_topics


def _vevents(data: bytes) -> list[Calendar]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _calendar_of(mail: Path) -> bytes:
    message = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def test_the_first_invitation_goes_out_with_sequence_0_after_draft_edits(
    evening: Evening,
) -> None:
    draft = evening.following
    with evening.ws.store.transaction() as tx:
        edit_event(tx, draft.id, status=EventStatus.DRAFT.value)
        edit_event(tx, draft.id, start=draft.start + timedelta(hours=1))
        edit_event(tx, draft.id, venue="Gaststätte Severin")
        edit_event(tx, draft.id, status=EventStatus.ANNOUNCED.value)
    asyncio.run(send_mail(evening.ws, draft.id, MailKind.INVITATION))
    mails = sent_mails(evening.outbox)
    assert mails
    for mail in mails:
        (vevent,) = _vevents(_calendar_of(mail))
        assert int(vevent["SEQUENCE"]) == 0


def test_a_change_after_the_invitation_raises_sequence(evening: Evening) -> None:
    event = evening.following
    asyncio.run(send_mail(evening.ws, event.id, MailKind.INVITATION))
    with evening.ws.store.transaction() as tx:
        edit_event(tx, event.id, start=event.start + timedelta(hours=1))
    changed = evening.ws.store.read().event(event.id)
    assert changed is not None and changed.sequence == 1


def test_the_german_calendar_text_says_du(evening: Evening) -> None:
    asyncio.run(send_mail(evening.ws, evening.following.id, MailKind.INVITATION))
    (vevent,) = _vevents(_calendar_of(sent_mails(evening.outbox)[0]))
    description = str(vevent["DESCRIPTION"])
    assert "Antworte einfach per E-Mail" in description
    assert "Antworten einfach" not in description


def test_the_feed_is_byte_for_byte_the_same_for_unchanged_evenings(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    first = run_evening("ics", db=db, now=DEMO_NOW)
    later = run_evening("ics", db=db, now="2026-11-20T08:00:00+01:00")
    assert first.code == later.code == 0, (first.err, later.err)
    assert first.out == later.out


def test_the_feed_stamps_an_edited_evening_anew(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    before = {
        str(v["UID"]): v.decoded("DTSTAMP")
        for v in _vevents(run_evening("ics", db=db, now=DEMO_NOW).out.encode())
    }
    edited = run_evening("event", "edit", "e6", "--venue", "Stadtbibliothek", db=db, now=DEMO_NOW)
    assert edited.code == 0, edited.err
    after = {
        str(v["UID"]): v.decoded("DTSTAMP")
        for v in _vevents(run_evening("ics", db=db, now=DEMO_NOW).out.encode())
    }
    assert sum(before[uid] != after[uid] for uid in before) == 1


def test_cancelling_an_evening_puts_its_topics_back_on_the_shortlist(evening: Evening) -> None:
    event = evening.following
    with evening.ws.store.transaction() as tx:
        topic, _ = add_topic(tx, "Social Ads für Vereine", now=evening.event.start)
        shortlist_topics(tx, [topic.id])
        schedule_topic(tx, topic.id, event.id)
        cancel_event(tx, event.id)
    view = evening.ws.store.read()
    back = view.topic(topic.id)
    assert back is not None
    assert (back.status, back.event_id) == (TopicStatus.SHORTLISTED, None)
    cancelled = view.event(event.id)
    assert cancelled is not None and cancelled.topic_ids == []


def test_event_edit_reminds_to_notify_the_invited(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    run = run_evening("event", "edit", "e6", "--venue", "Stadtbibliothek", db=db, now=DEMO_NOW)
    assert run.code == 0, run.err
    assert "not heard of this yet: somek notify e6" in run.err


def test_event_cancel_reminds_to_notify_the_invited(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    run = run_evening("event", "cancel", "e6", db=db, now=DEMO_NOW)
    assert run.code == 0, run.err
    assert "not heard of this yet: somek notify e6" in run.err
    told = run_evening("notify", "e6", db=db, now=DEMO_NOW)
    assert told.code == 0, told.err
