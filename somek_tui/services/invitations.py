"""Invitations, reminders, change and cancellation notices for one event."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from icalendar import Calendar

from mail.transports import outgoing_transport
from somek_tui.i18n import _
from somek_tui.models import (
    Answer,
    Event,
    EventStatus,
    InvalidInput,
    MailKind,
    Member,
    OutboxState,
    OutgoingMessage,
)
from somek_tui.services.events import find_event
from somek_tui.services.members import find_member
from somek_tui.services.outbox import (
    PENDING,
    Progress,
    SendSummary,
    deliver,
    queue_message,
    render,
    requeue_failed,
    topic_numbering,
)
from somek_tui.services.retention import archive_old_records
from somek_tui.store import Reader
from somek_tui.workspace import Workspace

EVENT_KINDS = (MailKind.INVITATION, MailKind.REMINDER, MailKind.CHANGED, MailKind.CANCELLED)
# Mails that tell a member the evening's time and place.
TELLING = (MailKind.INVITATION, MailKind.CHANGED)


def told(event: Event) -> dict[str, Any]:
    """The time and place a mail tells, kept with it so a later change can say what moved."""
    return {
        "start": event.start.isoformat(),
        "end": event.end.isoformat() if event.end is not None else None,
        "venue": str(event.venue),
    }


def last_told(view: Reader, event: Event) -> dict[str, dict[str, Any]]:
    """Per member id: what their newest invitation or change notice said, where known."""
    newest: dict[str, OutgoingMessage] = {}
    for record in view.outbox(event_id=event.id):
        if record.kind in TELLING and record.state is OutboxState.SENT and "told" in record.context:
            known = newest.get(record.member_id)
            if known is None or (record.sequence, record.created) > (known.sequence, known.created):
                newest[record.member_id] = record
    return {member_id: dict(r.context["told"]) for member_id, r in newest.items()}


def _extra(
    event: Event, kind: MailKind, member: Member, before: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    extra: dict[str, Any] = {"told": told(event)} if kind in TELLING else {}
    if kind is MailKind.CHANGED and member.id in before:
        extra["previous"] = before[member.id]
    return extra


@dataclass
class Plan:
    """Who gets a mail of one kind for one event, and who does not and why."""

    kind: MailKind
    event: Event
    targets: list[Member] = field(default_factory=list)
    pending: list[OutgoingMessage] = field(default_factory=list)  # queued earlier, not yet sent
    skipped: list[tuple[Member, str]] = field(default_factory=list)


def _already(view: Reader, event: Event, kind: MailKind) -> dict[str, OutgoingMessage]:
    """The member ids that have (or are about to get) this mail, newest record each."""
    records: dict[str, OutgoingMessage] = {}
    for record in view.outbox(event_id=event.id, kind=kind):
        if kind is MailKind.CHANGED and record.sequence != event.sequence:
            continue  # an earlier change: this one is news again
        if record.state is not OutboxState.FAILED:
            records[record.member_id] = record
    return records


def _audience(view: Reader, event: Event, kind: MailKind) -> list[Member]:
    members = view.members()
    if kind is MailKind.INVITATION:
        return members
    if kind is MailKind.REMINDER:
        answered = {
            r.member_id
            for r in view.rsvps(event_id=event.id)
            if r.answer in (Answer.YES, Answer.MAYBE)
        }
        return [m for m in members if m.id in answered]
    # the newest calendar state each invited member was sent
    seen: dict[str, int] = {}
    for record in view.outbox(event_id=event.id):
        if record.kind in (MailKind.INVITATION, MailKind.CHANGED) and record.state in (
            OutboxState.SENT,
            OutboxState.SENDING,
        ):
            seen[record.member_id] = max(seen.get(record.member_id, -1), record.sequence)
    if kind is MailKind.CHANGED:
        return [m for m in members if m.id in seen and seen[m.id] < event.sequence]
    return [m for m in members if m.id in seen]


def notice_kind(event: Event) -> MailKind:
    """The notice an event's state calls for: a cancellation or a change."""
    return MailKind.CANCELLED if event.status is EventStatus.CANCELLED else MailKind.CHANGED


def not_yet_told(view: Reader, event: Event) -> int:
    """How many invited members have not yet been sent the event as it now stands."""
    kind = notice_kind(event)
    done = _already(view, event, kind)
    return sum(1 for m in _audience(view, event, kind) if m.mailable and m.id not in done)


def plan(view: Reader, event: Event, kind: MailKind, member_refs: list[str] | None = None) -> Plan:
    if kind is MailKind.CANCELLED:
        if event.status is not EventStatus.CANCELLED:
            raise InvalidInput(_("event {id} is not cancelled").format(id=event.id))
    elif event.status is EventStatus.CANCELLED:
        raise InvalidInput(_("event {id} is cancelled").format(id=event.id))
    elif event.status is EventStatus.DRAFT and kind is MailKind.INVITATION:
        raise InvalidInput(
            _("event {id} is a draft: announce it first (event edit --announce)").format(
                id=event.id
            )
        )
    result = Plan(kind=kind, event=event)
    audience = _audience(view, event, kind)
    if member_refs:
        named = [find_member(view, ref) for ref in member_refs]
        in_audience = {m.id for m in audience}
        for member in named:
            if member.id not in in_audience:
                result.skipped.append((member, f"not someone who gets the {kind.value}"))
        audience = [m for m in named if m.id in in_audience]
    done = _already(view, event, kind)
    for member in sorted(audience, key=lambda m: m.id):
        record = done.get(member.id)
        if not member.mailable:
            result.skipped.append((member, member.status.value))
        elif record is None:
            result.targets.append(member)
        elif record.state in PENDING:
            result.pending.append(record)
        else:
            result.skipped.append((member, f"already sent {record.kind.value}"))
    return result


async def send_mail(
    ws: Workspace,
    event_id: str,
    kind: MailKind | str = MailKind.INVITATION,
    *,
    member_refs: list[str] | None = None,
    progress: Progress | None = None,
    on_plan: Callable[[Plan], None] | None = None,
) -> SendSummary:
    """Queue the mail for everyone who should have it and has not, then send."""
    mail_kind = MailKind(kind)
    if mail_kind not in EVENT_KINDS:
        raise InvalidInput(_("{value} is not sent by hand").format(value=mail_kind.value))
    domain = ws.settings.organizer.domain
    with ws.store.transaction() as tx:
        event = find_event(tx, event_id)
        the_plan = plan(tx, event, mail_kind, member_refs)
        numbered = topic_numbering(tx) if mail_kind is MailKind.INVITATION else []
        before = last_told(tx, event) if mail_kind is MailKind.CHANGED else {}
        queued = [
            queue_message(
                tx,
                member=m,
                kind=mail_kind,
                event=event,
                now=ws.now(),
                domain=domain,
                extra=_extra(event, mail_kind, m, before),
                topic_numbers=numbered,
            )
            for m in the_plan.targets
        ]
    if on_plan is not None:
        on_plan(the_plan)
    ids = [r.id for r in the_plan.pending] + [r.id for r in queued]
    summary = await deliver(ws, ids, progress=progress)
    summary.skipped += len(the_plan.skipped)
    archive_old_records(ws)
    return summary


async def retry_failed(
    ws: Workspace, *, event_id: str | None = None, progress: Progress | None = None
) -> SendSummary:
    with ws.store.transaction() as tx:
        again = requeue_failed(tx, event_id=event_id)
    return await deliver(ws, [r.id for r in again], progress=progress)


@dataclass
class Preview:
    member: Member
    subject: str
    text: str
    html: str
    calendar_summary: str
    eml: bytes


def preview(
    ws: Workspace, event_id: str, member_ref: str | None = None, kind: MailKind | str = "invitation"
) -> Preview:
    """The mail exactly as a member would get it, without recording anything."""
    view = ws.store.read()
    event = find_event(view, event_id)
    if member_ref:
        member = find_member(view, member_ref)
    else:
        members = sorted(view.members(), key=lambda m: m.id)
        if not members:
            raise InvalidInput(_("there are no members to preview for"))
        member = members[0]
    mail_kind = MailKind(kind)
    numbered = topic_numbering(view) if mail_kind is MailKind.INVITATION else []
    record = OutgoingMessage(
        id="preview",
        member_id=member.id,
        recipient=member.email,
        kind=mail_kind,
        message_id=f"<preview@{ws.settings.organizer.domain}>",
        event_id=event.id,
        reply_key="preview-key",
        sequence=event.sequence,
        topic_numbers=numbered,
        context=_preview_context(mail_kind),
    )
    eml = render(ws, view, record)
    return _split(member, eml)


def _preview_context(kind: MailKind) -> dict[str, object]:
    if kind is MailKind.ACKNOWLEDGEMENT:
        return {"rsvp": {"answer": "yes", "guests": 1, "waitlisted": False}}
    return {}


def _split(member: Member, eml: bytes) -> Preview:
    message = email.message_from_bytes(eml, policy=email.policy.default)
    text = html = ""
    calendar = ""
    for part in message.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain" and not text:
            text = part.get_content()
        elif ctype == "text/html" and not html:
            html = part.get_content()
        elif ctype == "text/calendar":
            payload = part.get_payload(decode=True)
            calendar = calendar_summary(payload if isinstance(payload, bytes) else b"")
    return Preview(member, str(message["Subject"]), text, html, calendar, eml)


def calendar_summary(ics: bytes) -> str:
    try:
        cal = Calendar.from_ical(ics)
    except ValueError as exc:
        return f"(unreadable calendar part: {exc})"
    lines = [f"METHOD: {cal.get('METHOD', '')}"]
    for event in cal.walk("VEVENT"):
        lines += [
            f"SUMMARY: {event.get('SUMMARY', '')}",
            f"DTSTART: {event.decoded('DTSTART').isoformat()}",
            f"LOCATION: {event.get('LOCATION', '')}",
            f"UID: {event.get('UID', '')}  SEQUENCE: {event.get('SEQUENCE', 0)}",
            f"ATTENDEE: {event.get('ATTENDEE', '')}",
        ]
    return "\n".join(lines)


async def check_smtp(ws: Workspace) -> str:
    """Connect (with TLS and login where configured) and say how it went."""
    return await outgoing_transport(ws.settings).check()
