"""Joining by e-mail with double opt-in, and forgetting requests nobody confirmed.

Someone writes to the club address; ``sync`` files that under review as a
join request. The organizer then calls :func:`invite_to_join`: the person is
stored as a ``pending`` member (never invited, never counted) and gets one
``join_confirm`` mail with a reply key. Their reply to that mail makes them
active (:func:`confirm_join`, called by ``sync``). Requests nobody confirms
are erased after ``series.join_request_days`` (:func:`expire_pending`).

Every step goes into the member's consent log with its time, the Message-ID
and the wording, which is what a data protection officer asks to see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from somek_tui.i18n import _
from somek_tui.models import (
    ConsentEntry,
    ConsentHow,
    InvalidInput,
    MailKind,
    Member,
    MemberStatus,
    OutboxState,
    OutgoingMessage,
    ReviewItem,
    new_key,
    normalise_email,
)
from somek_tui.services.members import DuplicateMember, add_member, erase_member, set_status
from somek_tui.services.outbox import PENDING, SendSummary, deliver, queue_message
from somek_tui.store import Reader, Transaction
from somek_tui.workspace import Workspace

WORDING_LIMIT = 300
ORGANIZER_REQUEST = "join request taken by the organizer (somek member invite-join)"
JOIN_REQUEST_REASON = "join request"  # the review reason sync gives such mail


@dataclass
class JoinInvitation:
    member: Member
    outgoing: OutgoingMessage
    request: ReviewItem | None  # the mail that asked to join, when there was one


def _wording(text: str) -> str:
    return " ".join(text.split())[:WORDING_LIMIT]


def join_request_item(
    view: Reader, address: str, review_id: str | None = None
) -> ReviewItem | None:
    """The review item holding someone's request: the one named, else their newest open one
    that ``sync`` filed as a join request."""
    if review_id:
        item = view.review_item(review_id.strip())
        if item is None:
            raise InvalidInput(_("no review item {review_id!r}").format(review_id=review_id))
        return item
    wanted = address.casefold()
    mine = [
        r
        for r in view.review_items()
        if r.sender.casefold() == wanted and r.reason == JOIN_REQUEST_REASON
    ]
    return max(mine, key=lambda r: r.created, default=None)


def expires_at(member: Member, days: int) -> datetime:
    return member.created + timedelta(days=days)


def invite_to_join(
    tx: Transaction,
    email: str,
    *,
    name: str = "",
    language: str | None = None,
    default_language: str = "de",
    review_id: str | None = None,
    domain: str = "",
    source: str = ORGANIZER_REQUEST,
    now: datetime,
) -> JoinInvitation:
    """Store the person as pending and queue the confirmation mail.

    ``source`` says how the organizer came by the address when no mail asked
    to join (the consent log keeps it).

    A pending person whose mail never went out (queued or failed) gets that
    same mail queued again; one who already got it must confirm or expire.
    """
    address = normalise_email(email)
    existing = tx.member_by_email(address)
    if existing is not None:
        if existing.status is not MemberStatus.PENDING:
            raise DuplicateMember(f"{address} is already a member ({existing.status.value})")
        return _again(tx, existing)
    item = join_request_item(tx, address, review_id)
    if item is not None:
        how, at = ConsentHow.EMAIL, item.created
        source = f"join request {item.message_id}: {_wording(item.text or item.subject)}"
        item.resolved = True
        item.resolution = f"join confirmation sent to {address}"
        tx.put(item)
    else:
        how, at = ConsentHow.ORGANIZER, now
    member = add_member(
        tx, address, name=name, language=language, default_language=default_language,
        how=how, source=source, now=now, status=MemberStatus.PENDING,
    )  # fmt: skip
    member.consent[0].at = at
    tx.put(member)
    outgoing = queue_message(
        tx, member=member, kind=MailKind.JOIN_CONFIRM, event=None, now=now, domain=domain
    )
    # not tied to an event, so the outbox gives it no key; the reply must be matched by one
    outgoing.reply_key = new_key()
    tx.put(outgoing)
    return JoinInvitation(member, outgoing, item)


def _again(tx: Transaction, member: Member) -> JoinInvitation:
    records = tx.outbox(member_id=member.id, kind=MailKind.JOIN_CONFIRM)
    sent = [r for r in records if r.state is OutboxState.SENT]
    if sent:
        when = max(r.sent_at or r.created for r in sent)
        raise InvalidInput(
            _(
                "{email} got the confirmation mail on {when:%Y-%m-%d} and has not answered yet; "
                "the request expires on its own"
            ).format(email=member.email, when=when)
        )
    if not records:
        raise InvalidInput(
            _("{email} is pending but has no confirmation mail").format(email=member.email)
        )
    record = max(records, key=lambda r: r.created)
    record.state = OutboxState.QUEUED
    tx.put(record)
    return JoinInvitation(member, record, None)


def confirm_join(
    tx: Transaction, member: Member, *, message_id: str, wording: str, now: datetime
) -> bool:
    """A pending member confirmed: active from now on. False if they were not pending."""
    current = tx.member(member.id)
    if current is None or current.status is not MemberStatus.PENDING:
        return False
    said = _wording(wording) or "(a reply with no words of its own)"
    set_status(
        tx, current, MemberStatus.ACTIVE, how=ConsentHow.EMAIL,
        source=f"confirmed {message_id}: {said}", now=now,
    )  # fmt: skip
    return True


def expire_pending(tx: Transaction, *, now: datetime, days: int) -> list[Member]:
    """Erase everyone still pending ``days`` after their request was stored."""
    gone = [
        m for m in tx.members() if m.status is MemberStatus.PENDING and expires_at(m, days) <= now
    ]
    for member in gone:
        erase_member(tx, member)
    return gone


# --------------------------------------------------------------------------- sending


async def send_join_confirmations(
    ws: Workspace, outbox_ids: list[str] | None = None
) -> SendSummary:
    """Send queued confirmation mails through the outbox; the consent log gets
    one line per mail that went out."""
    wanted = set(outbox_ids) if outbox_ids is not None else None
    ids = [
        r.id
        for r in ws.store.read().outbox(kind=MailKind.JOIN_CONFIRM, states=PENDING)
        if wanted is None or r.id in wanted
    ]
    if not ids:
        return SendSummary()
    try:
        return await deliver(ws, ids)
    finally:
        with ws.store.transaction() as tx:
            sent = [tx.outgoing(i) for i in ids]
            _log_sent(tx, [r for r in sent if r is not None and r.state is OutboxState.SENT])


def _log_sent(tx: Transaction, records: list[OutgoingMessage]) -> None:
    for record in records:
        member = tx.member(record.member_id)
        if member is None:
            continue
        source = f"confirmation mail sent {record.message_id} ({record.kind.value}, "
        source += f"{member.language.value})"
        if any(c.source == source for c in member.consent):
            continue
        member.consent.append(
            ConsentEntry(at=record.sent_at or record.created, how=ConsentHow.EMAIL, source=source)
        )
        tx.put(member)


__all__ = [
    "JOIN_REQUEST_REASON",
    "JoinInvitation",
    "confirm_join",
    "expire_pending",
    "expires_at",
    "invite_to_join",
    "join_request_item",
    "send_join_confirmations",
]
