"""Adding, importing and erasing members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from somek_tui.csv_import import parse_member_csv
from somek_tui.i18n import _
from somek_tui.models import (
    ConsentEntry,
    ConsentHow,
    InvalidInput,
    Language,
    Member,
    MemberStatus,
    normalise_email,
)
from somek_tui.services.examples import forget_member
from somek_tui.store import Reader, Store, Transaction


class DuplicateMember(InvalidInput):
    pass


class UnknownRecord(InvalidInput):
    pass


def clean_name(name: str) -> str:
    # a name ends up in mail headers: no line breaks or control characters
    return " ".join("".join(ch if ch.isprintable() else " " for ch in name or "").split())


def parse_language(value: str | None, default: str) -> Language:
    try:
        return Language((value or default).strip().lower())
    except ValueError:
        raise InvalidInput(
            _("unknown language {value!r}: use de or en").format(value=value)
        ) from None


def add_member(
    tx: Transaction,
    email: str,
    *,
    name: str = "",
    language: str | None = None,
    default_language: str = "de",
    how: ConsentHow = ConsentHow.ORGANIZER,
    source: str | None = None,
    now: datetime,
    status: MemberStatus = MemberStatus.ACTIVE,
    organization: str = "",
) -> Member:
    address = normalise_email(email)
    if tx.member_by_email(address) is not None:
        raise DuplicateMember(f"{address} is already a member")
    member = Member(
        id=tx.next_id("members"),
        email=address,
        name=clean_name(name),
        language=parse_language(language, default_language),
        status=status,
        consent=[ConsentEntry(at=now, how=how, source=source)],
        created=now,
        organization=clean_name(organization),
    )
    tx.put(member)
    return member


def find_member(view: Reader, ref: str) -> Member:
    """A member by id (``m12``) or e-mail address."""
    member = view.member(ref) if "@" not in ref else view.member_by_email(ref)
    if member is None:
        raise UnknownRecord(f"no member {ref!r}")
    return member


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    columns: str = ""  # which columns were read as what, for the person importing


def import_members(
    store: Store, data: bytes, *, source: str, default_language: str, now: datetime
) -> ImportReport:
    """Add every new address of a CSV file in one write; report the rest by line."""
    parsed = parse_member_csv(data)
    report = ImportReport(
        invalid=list(parsed.invalid), encoding=parsed.encoding, columns=parsed.columns_summary()
    )
    report.duplicates.extend(parsed.duplicates_in_file)
    with store.transaction() as tx:
        for row in parsed.rows:
            if tx.member_by_email(row.email) is not None:
                report.duplicates.append((row.line, row.email))
                continue
            add_member(
                tx,
                row.email,
                name=row.name,
                language=row.language,
                default_language=default_language,
                how=ConsentHow.IMPORTED,
                source=source,
                now=now,
                organization=row.organization,
            )
            report.added.append(row.email)
    report.duplicates.sort()
    report.invalid.sort()
    return report


def erase_member(tx: Transaction, member: Member) -> None:
    """GDPR erasure: the member, their answers, votes and mail records go.

    Topics they suggested stay, without their name.
    """
    for rsvp in tx.rsvps(member_id=member.id):
        tx.delete(rsvp)
    for topic in tx.topics():
        touched = False
        if topic.suggested_by == member.id:
            topic.suggested_by = None
            topic.message_id = None
            touched = True
        if member.id in topic.votes:
            topic.votes = [v for v in topic.votes if v != member.id]
            touched = True
        if member.id in topic.credits:
            topic.credits = [c for c in topic.credits if c != member.id]
            touched = True
        if touched:
            tx.put(topic)
    for event in tx.events():
        kept = [c for c in event.contributors if c.member_id != member.id]
        speakers = [s for s in event.speakers if s.member_id != member.id]
        if len(kept) != len(event.contributors) or len(speakers) != len(event.speakers):
            event.contributors = kept
            event.speakers = speakers
            tx.put(event)
    for message in tx.outbox(member_id=member.id):
        tx.delete(message)
    for entry in tx.inbox():
        if entry.member_id == member.id or member.has_address(entry.sender or ""):
            entry.member_id = None
            entry.member_email = None
            entry.sender = ""
            entry.reply_text = ""
            entry.subject = ""
            entry.reason = ""  # reasons name the addresses involved
            tx.put(entry)
    for item in tx.review_items(include_resolved=True):
        if item.member_id == member.id or member.has_address(item.sender):
            tx.delete(item)
    forget_member(tx, member.id)  # their words taught these
    tx.delete(member)


def set_status(
    tx: Transaction,
    member: Member,
    status: MemberStatus,
    *,
    how: ConsentHow,
    source: str | None,
    now: datetime,
) -> Member:
    member.status = status
    member.consent.append(ConsentEntry(at=now, how=how, source=source))
    tx.put(member)
    return member


def edit_member(
    tx: Transaction,
    member_id: str,
    *,
    email: str,
    name: str,
    language: str,
    status: str,
    now: datetime,
) -> Member:
    """Change a member's address, name, language or status; a status change is logged."""
    member = find_member(tx, member_id)
    address = normalise_email(email)
    other = tx.member_by_email(address)
    if other is not None and other.id != member.id:
        raise DuplicateMember(f"{address} is already a member ({other.id})")
    member.email = address
    member.name = clean_name(name)
    member.language = parse_language(language, member.language.value)
    new_status = MemberStatus(status)
    tx.put(member)
    if new_status is not member.status:
        # a change of status is a change of consent: it is kept on record
        how = (
            ConsentHow.UNSUBSCRIBED
            if new_status is MemberStatus.UNSUBSCRIBED
            else ConsentHow.ORGANIZER
        )
        set_status(tx, member, new_status, how=how, source="organizer (app)", now=now)
    return member
