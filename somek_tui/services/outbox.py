"""The outbox: every mail is recorded before a transport sees it.

A message goes ``queued`` → ``sending`` (handed to the transport; it may have
gone) → ``sent`` or ``failed``. Each delivery is logged durably beside the
database as soon as the server answers, before that connection sends
anything else, so after a kill a rerun sends exactly what had not gone; the
only possible duplicate is a message cut off in flight, and it goes out
again with the same Message-ID. The other outcomes are written at the end.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mail.compose import make_message_id
from mail.outgoing import Envelope, SendResult, Transport
from mail.render import TemplateProblem
from mail.reply_keys import return_path
from mail.transports import outgoing_transport
from somek_tui.i18n import _
from somek_tui.models import (
    Event,
    MailKind,
    Member,
    MemberStatus,
    OutboxState,
    OutgoingMessage,
    Topic,
    new_key,
)
from somek_tui.services.examples import decided_by_example
from somek_tui.services.mail_jobs import RenderJob, render_job
from somek_tui.services.topics import ranked
from somek_tui.store import Reader, Store, Transaction
from somek_tui.workspace import Workspace

Progress = Callable[[int, int], None]
PENDING = (OutboxState.QUEUED, OutboxState.SENDING)


@dataclass
class SendSummary:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (address, error)

    def add(self, other: SendSummary) -> None:
        self.sent += other.sent
        self.skipped += other.skipped
        self.failed += other.failed
        self.failures.extend(other.failures)

    def line(self) -> str:
        return _("{sent} sent, {skipped} skipped, {failed} failed").format(
            sent=self.sent, skipped=self.skipped, failed=self.failed
        )


def may_receive(member: Member, kind: MailKind) -> bool:
    """Active members get mail; someone asking to join gets only the confirmation request."""
    if kind is MailKind.JOIN_CONFIRM:
        return member.status is MemberStatus.PENDING
    return member.mailable


def topic_numbering(view: Reader) -> list[str]:
    """The open topics as a mail numbers them: computed once per mailing."""
    return [t.id for t in ranked(view.topics())]


def queue_message(
    tx: Transaction,
    *,
    member: Member,
    kind: MailKind,
    event: Event | None,
    now: datetime,
    domain: str = "",
    extra: dict[str, Any] | None = None,
    topic_numbers: Sequence[str] = (),
) -> OutgoingMessage:
    """Record one mail for one member; a transport sends it later.

    ``topic_numbers`` are the open topics the mail lists, in order (see
    :func:`topic_numbering`); a reply's "+1 für Thema 3" means the third.
    """
    if not domain:
        domain = member.email.rpartition("@")[2]
    message = OutgoingMessage(
        id=tx.next_id("outbox"),
        member_id=member.id,
        recipient=member.email,
        kind=kind,
        message_id=make_message_id(domain),
        event_id=event.id if event else None,
        reply_key=new_key() if event is not None else None,
        sequence=event.sequence if event else 0,
        created=now,
        context=dict(extra or {}),
        topic_numbers=list(topic_numbers),
    )
    tx.put(message)
    return message


def prepare(
    ws: Workspace,
    view: Reader,
    record: OutgoingMessage,
    run: str = "",
    shared: dict[Any, Any] | None = None,
) -> RenderJob:
    """The job for one record; ``shared`` (one dict per run) reuses its event parts.

    Jobs of one run then hold the very same event and topic objects, so
    what a mail shows of them is worked out once per run (see compose's memo).
    """
    member = view.member(record.member_id)
    if member is None:
        raise TemplateProblem(f"member {record.member_id} no longer exists")
    memo = shared if shared is not None else {}
    key = ("event", record.event_id, tuple(record.topic_numbers))
    if key not in memo:
        event = view.event(record.event_id) if record.event_id else None
        memo[key] = (
            event,
            _topics(view, record.topic_numbers),
            _contributors(view, event),
            _topics(view, event.topic_ids) if event else [],
        )
    event, open_topics, contributors, theme_topics = memo[key]
    return RenderJob(
        settings=ws.settings,
        member=member,
        event=event,
        record=record,
        context=_context(view, record),
        open_topics=open_topics,
        contributors=contributors,
        theme_topics=theme_topics,
        date=ws.now(),
        run=run,
    )


def render(ws: Workspace, view: Reader, record: OutgoingMessage) -> bytes:
    """The exact bytes of one outbox mail, rendered from the current records."""
    return render_job(prepare(ws, view, record))


def _topics(view: Reader, ids: list[str]) -> list[Topic]:
    return [t for t in (view.topic(i) for i in ids) if t is not None]


def _contributors(view: Reader, event: Event | None) -> list[tuple[str, str]]:
    if event is None:
        return []
    out = []
    # only who has said yes is announced; an asked member may still decline
    for contributor in (c for c in event.contributors if c.confirmed):
        member = view.member(contributor.member_id)
        if member is not None:
            out.append((member.display_name, contributor.subject))
    return out


def _context(view: Reader, record: OutgoingMessage) -> dict[str, Any]:
    context = dict(record.context)
    next_id = context.pop("next_event_id", None)
    if next_id and (following := view.event(next_id)) is not None:
        context["next_event"] = following
    context.pop("told", None)
    if "previous" in context:
        context["previous"] = _moment_fields(context["previous"])
    if record.kind is MailKind.REMINDER and record.event_id and "rsvp" not in context:
        # the answer as it stands when the reminder goes out, guests included
        rsvp = view.rsvp(record.event_id, record.member_id)
        if rsvp is not None:
            context["rsvp"] = rsvp
    if record.kind in (MailKind.ACKNOWLEDGEMENT, MailKind.WAITLISTED) and record.event_id:
        context.setdefault(
            "by_example", decided_by_example(view, record.event_id, record.member_id)
        )
    return context


def _moment_fields(before: dict[str, Any]) -> dict[str, Any]:
    """Stored times are ISO text; the templates compare and format datetimes."""
    out = dict(before)
    for name in ("start", "end"):
        if isinstance(out.get(name), str):
            out[name] = datetime.fromisoformat(out[name])
    return out


async def deliver(
    ws: Workspace,
    outbox_ids: list[str] | None = None,
    *,
    progress: Progress | None = None,
    transport: Transport | None = None,
) -> SendSummary:
    """Send queued mail (all of it, or the given records) and record each outcome."""
    store = ws.store
    view = store.read()
    wanted = set(outbox_ids) if outbox_ids is not None else None
    records = [r for r in view.outbox(states=PENDING) if wanted is None or r.id in wanted]
    records.sort(key=lambda r: int(r.id[1:]) if r.id[1:].isdigit() else 0)
    summary = SendSummary()
    if not records:
        return summary
    total = len(records)
    done = 0
    by_ref = {r.id: r for r in records}

    def settle(record: OutgoingMessage, ok: bool, error: str) -> None:
        nonlocal done
        if ok:
            record.state = OutboxState.SENT
            record.sent_at = ws.now()
            record.last_error = ""
            summary.sent += 1
        else:
            record.state = OutboxState.FAILED
            record.last_error = error
            summary.failed += 1
            summary.failures.append((record.recipient, error))
        done += 1
        if progress is not None:
            progress(done, total)

    def finish(record: OutgoingMessage, ok: bool, error: str) -> None:
        """Record an outcome before anything else is sent on that connection.

        A delivery is logged durably at once, so a kill never leads to a mail
        sent twice; failures are written with the rest at the end (after a
        kill, a failed mail is simply tried again).
        """
        settle(record, ok, error)
        if ok and record.sent_at is not None:
            store.log_delivery(record, record.sent_at)

    shared: dict[Any, Any] = {}

    def sendable() -> Iterator[tuple[OutgoingMessage, RenderJob]]:
        for record in records:
            member = view.member(record.member_id)
            if member is None or not may_receive(member, record.kind):
                reason = "member removed" if member is None else f"member is {member.status.value}"
                finish(record, False, f"not sent: {reason}")
                continue
            yield record, prepare(ws, view, record, run, shared)

    # every job comes from the one view above, so the mailing's shared parts
    # (the event, the topics, the environment) are worked out once per run and
    # each member's mail renders only what differs
    run = secrets.token_hex(8)
    memo: dict[Any, Any] = {}

    def envelopes() -> Iterator[Envelope]:
        # rendered as the transport asks for the next one: memory stays flat
        for record, job in sendable():
            try:
                data = render_job(job, memo)
            except TemplateProblem as exc:
                finish(record, False, f"template: {exc}")
                continue
            yield Envelope(
                ref=record.id,
                sender=return_path(ws.settings.organizer, record.reply_key),
                plain_sender=ws.settings.organizer.from_address,
                recipient=record.recipient,
                data=data,
                message_id=record.message_id,
            )

    def on_sending(envelope: Envelope) -> None:
        # Not made durable: after a kill a rerun resends everything not marked
        # sent, whatever this step said, so an fsync here would buy nothing.
        record = by_ref[envelope.ref]
        record.state = OutboxState.SENDING
        record.attempts += 1

    def on_result(result: SendResult) -> None:
        record = by_ref[result.ref]
        record.attempts = max(record.attempts, result.attempts)
        finish(record, result.ok, result.error)

    try:
        await (transport or outgoing_transport(ws.settings)).send(
            envelopes(), on_sending, on_result
        )
    finally:
        _write_outcomes(store, records)
    return summary


def _write_outcomes(store: Store, records: list[OutgoingMessage]) -> None:
    """Every outcome in one write, onto the records as they are now (the logged
    deliveries are folded in with it)."""
    with store.transaction() as tx:
        for record in records:
            current = tx.outgoing(record.id)
            if current is None or record.state not in (OutboxState.SENT, OutboxState.FAILED):
                continue
            current.state, current.sent_at = record.state, record.sent_at
            current.last_error, current.attempts = record.last_error, record.attempts
            tx.put(current)


def requeue_failed(tx: Transaction, *, event_id: str | None = None) -> list[OutgoingMessage]:
    """Failed mail back to the queue, except to members who may not be mailed."""
    again = []
    for record in tx.outbox(event_id=event_id, states=[OutboxState.FAILED]):
        member = tx.member(record.member_id)
        if member is None or not may_receive(member, record.kind):
            continue
        record.state = OutboxState.QUEUED
        tx.put(record)
        again.append(record)
    return again
