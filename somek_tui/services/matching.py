"""Which member and which event a reply belongs to, as the contract orders it.

1. the reply key in an address the mail was sent to (or an unsubscribe key);
2. the invitation's Message-ID in ``In-Reply-To`` / ``References``;
3. the UID of the calendar entry (iMIP ``REPLY``) with its ATTENDEE;
4. the sender address alone, with the next upcoming event the member was invited to.

An answer may be recorded for member M only when M's reply key is present or
the sender is M's address. Whenever the clues point at someone other than the
sender, the result carries a ``problem`` and the message goes to review: never
a guess. So does M's key from another member's or an unknown address (a
forwarded invitation), a From naming more than one address, and M's address
that the organizer's own receiving server says failed DMARC (or SPF and DKIM).
A member's "other addresses" count as theirs. Mail to a member's unsubscribe
address needs none of this: its key alone says who. Pure: reads the store,
writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from mail.analysis import Analysis
from mail.authresults import sender_not_authenticated
from mail.compose import AddressTag, reply_key_from_address
from mail.reply_keys import bounce_key
from mail.subject_words import answered_kind
from somek_tui.config import OrganizerSettings
from somek_tui.models import Event, MailKind, Member, OutgoingMessage, email_key
from somek_tui.services.events import upcoming
from somek_tui.store import Reader

VIA_REPLY_KEY = "reply key"
VIA_UNSUBSCRIBE_KEY = "unsubscribe key"
VIA_BOUNCE_KEY = "bounce key"  # sent to the envelope sender of one invitation
VIA_REFERENCES = "references"
VIA_CALENDAR = "calendar"
VIA_SENDER = "sender"

# the start of the reason for a key used from an address somek does not know:
# the organizer may settle it as the key's member's other address
UNKNOWN_ADDRESS = "reply key used from an address somek does not know"


@dataclass(frozen=True)
class Match:
    member: Member | None
    event: Event | None
    via: str  # one of the VIA_* values, "" when nothing matched
    problem: str = ""  # non-empty: a person must decide, with the reason
    outgoing: OutgoingMessage | None = None  # the mail the member answered, when known

    @property
    def unsubscribe_address(self) -> bool:
        return self.via == VIA_UNSUBSCRIBE_KEY


def address_tags(analysis: Analysis, organizer: OrganizerSettings) -> list[AddressTag]:
    """Tags found in the addresses the mail went to (reply pattern and plus-addresses)."""
    patterns = [organizer.from_address]
    if "{key}" in organizer.reply_to:
        patterns.insert(0, organizer.reply_to)
    tags: list[AddressTag] = []
    for address in analysis.recipients:
        for pattern in patterns:
            tag = reply_key_from_address(address, pattern)
            if tag is not None and tag not in tags:
                tags.append(tag)
        key = bounce_key(address, organizer)
        if key is not None and AddressTag("bounce", key) not in tags:
            tags.append(AddressTag("bounce", key))
    return tags


def is_own_address(address: str, organizer: OrganizerSettings) -> bool:
    """The organizer's address, any plus-address of it, or the reply pattern."""
    if not address:
        return False
    if email_key(address) == email_key(organizer.from_address):
        return True
    tags = [reply_key_from_address(address, organizer.from_address)]
    if "{key}" in organizer.reply_to:
        tags.append(reply_key_from_address(address, organizer.reply_to))
    return any(tag is not None for tag in tags) or bounce_key(address, organizer) is not None


def match_reply(
    analysis: Analysis,
    view: Reader,
    organizer: OrganizerSettings,
    now: datetime,
    *,
    trusted_authserv_id: str = "",
) -> Match:
    """``trusted_authserv_id``: the receiving server whose Authentication-Results count."""
    found = _find(analysis, view, organizer, now)
    if found.unsubscribe_address or found.problem or found.member is None:
        return found
    problem = sender_problem(analysis, found.member, trusted_authserv_id)
    return replace(found, problem=problem) if problem else found


def sender_problem(analysis: Analysis, member: Member, trusted_authserv_id: str) -> str:
    """Why the From cannot stand for ``member`` although the clues point at them."""
    if analysis.from_count > 1:
        return (
            f"the From names {analysis.from_count} addresses; an answer for {member.email} "
            "needs one sender"
        )
    if member.has_address(analysis.sender):
        failed = sender_not_authenticated(analysis.authentication_results, trusted_authserv_id)
        if failed:
            return (
                f"{analysis.sender} failed the receiving server's sender check ({failed}): "
                "the From may be forged"
            )
    return ""


def _find(analysis: Analysis, view: Reader, organizer: OrganizerSettings, now: datetime) -> Match:
    for step in (_by_key, _by_references, _by_calendar):
        found = step(analysis, view, organizer)
        if found is not None:
            return _check_calendar(found, analysis, view)
    return _check_calendar(_by_sender(analysis, view, now), analysis, view)


def _sender_is(member: Member, analysis: Analysis) -> bool:
    return member.has_address(analysis.sender)


def _key_used_elsewhere(member: Member, analysis: Analysis, view: Reader) -> str:
    """Why M's key is not enough when it comes from an address that is not M's."""
    if _sender_is(member, analysis):
        return ""
    sender = analysis.sender
    if not sender:
        return f"{member.email}'s reply key, but the mail names no sender"
    other = view.member_by_address(sender)
    if other is not None:
        return (
            f"{member.email}'s reply key used from another member's address, {other.email} "
            "(a forwarded invitation?)"
        )
    return f"{UNKNOWN_ADDRESS}: {member.email}'s key from {sender} (is it their other address?)"


def _by_key(analysis: Analysis, view: Reader, organizer: OrganizerSettings) -> Match | None:
    tags = address_tags(analysis, organizer)
    replies: list[OutgoingMessage] = []
    for tag in tags:
        if tag.kind != "reply":
            continue
        record = view.outgoing_by_reply_key(tag.key)
        if record is not None and record.id not in {r.id for r in replies}:
            replies.append(record)
    if len({r.member_id for r in replies}) > 1:
        return Match(None, None, VIA_REPLY_KEY, "the mail carries reply keys of several members")
    if replies:
        record = replies[0]
        member = view.member(record.member_id)
        if member is None:
            return Match(None, None, VIA_REPLY_KEY, "the reply key belongs to a removed member")
        event = view.event(record.event_id) if record.event_id else None
        problem = _key_used_elsewhere(member, analysis, view)
        return Match(member, event, VIA_REPLY_KEY, problem, outgoing=record)
    for tag in tags:
        if tag.kind == "unsubscribe":
            member = view.member_by_unsubscribe_key(tag.key)
            if member is not None:
                return Match(member, None, VIA_UNSUBSCRIBE_KEY)
    for tag in tags:
        if tag.kind == "bounce":
            record = view.outgoing_by_reply_key(tag.key)
            member = view.member(record.member_id) if record is not None else None
            if record is not None and member is not None:
                event = view.event(record.event_id) if record.event_id else None
                return Match(member, event, VIA_BOUNCE_KEY, outgoing=record)
    return None


def _by_references(analysis: Analysis, view: Reader, organizer: OrganizerSettings) -> Match | None:
    for ref in analysis.references:
        record = view.outgoing_by_message_id(ref)
        if record is None:
            continue
        member = view.member(record.member_id)
        event = view.event(record.event_id) if record.event_id else None
        if member is None:
            return Match(None, event, VIA_REFERENCES, "the reply answers mail to a removed member")
        if not _sender_is(member, analysis):
            return Match(
                member,
                event,
                VIA_REFERENCES,
                f"answers the mail sent to {member.email} but comes from "
                f"{analysis.sender or 'an unknown sender'}",
                outgoing=record,
            )
        return Match(member, event, VIA_REFERENCES, outgoing=record)
    return None


def _by_calendar(analysis: Analysis, view: Reader, organizer: OrganizerSettings) -> Match | None:
    calendar = analysis.calendar
    if calendar is None or not calendar.uid:
        return None
    event = view.event_by_uid(calendar.uid)
    if event is None:
        return None
    member = view.member_by_address(calendar.attendee) if calendar.attendee else None
    if member is None:
        return Match(
            None,
            event,
            VIA_CALENDAR,
            f"calendar answer for {calendar.attendee or 'no attendee'}, who is not a member",
        )
    if not _sender_is(member, analysis):
        return Match(
            member,
            event,
            VIA_CALENDAR,
            f"calendar answer for {member.email} sent from "
            f"{analysis.sender or 'an unknown sender'}",
        )
    return Match(member, event, VIA_CALENDAR, outgoing=newest_invitation(view, member, event))


def _by_sender(analysis: Analysis, view: Reader, now: datetime) -> Match:
    member = view.member_by_address(analysis.sender) if analysis.sender else None
    if member is None:
        return Match(None, None, "", f"{analysis.sender or 'the sender'} is not a member")
    subject_kind = answered_kind(analysis.subject)
    answered = _answered_by_subject(subject_kind, view, member)
    if answered is not None:
        # no key and no thread, but "Re: Danke für den Abend!": the thanks mail is answered
        event = view.event(answered.event_id) if answered.event_id else None
        return Match(member, event, VIA_SENDER, outgoing=answered)
    invited = {
        o.event_id
        for o in view.outbox(member_id=member.id)
        if o.event_id and o.kind in (MailKind.INVITATION, MailKind.CHANGED, MailKind.REMINDER)
    }
    event = next((e for e in upcoming(view, now) if e.id in invited), None)
    outgoing = newest_invitation(view, member, event) if event is not None else None
    if event is not None and subject_kind == MailKind.REMINDER:
        # "Re: Erinnerung: …": the reminder for that evening, whose yes on record may stand
        reminders = view.outbox(member_id=member.id, event_id=event.id, kind=MailKind.REMINDER)
        outgoing = max(reminders, key=lambda r: r.created, default=outgoing)
    return Match(member, event, VIA_SENDER, outgoing=outgoing)


def _answered_by_subject(kind: str | None, view: Reader, member: Member) -> OutgoingMessage | None:
    """The newest mail of ``kind`` (the one the reply's subject names) sent to this member.

    Reminders are left to the upcoming event below: they answer the same evening.
    """
    if kind is None or kind == MailKind.REMINDER:
        return None
    records = [o for o in view.outbox(member_id=member.id) if o.kind == kind]
    return max(records, key=lambda r: r.created, default=None)


def newest_invitation(view: Reader, member: Member, event: Event) -> OutgoingMessage | None:
    """The newest invitation this member got for this event (its topic numbering counts)."""
    records = view.outbox(member_id=member.id, event_id=event.id, kind=MailKind.INVITATION)
    return max(records, key=lambda r: r.created, default=None)


def _check_calendar(found: Match, analysis: Analysis, view: Reader) -> Match:
    """A calendar entry for another event than the key or thread says: a person decides."""
    calendar = analysis.calendar
    if found.problem or found.event is None or calendar is None or not calendar.uid:
        return found
    other = view.event_by_uid(calendar.uid)
    if other is not None and other.id != found.event.id:
        return Match(
            found.member,
            found.event,
            found.via,
            f"the calendar answer is for event {other.id}, the mail answers event {found.event.id}",
            outgoing=found.outgoing,
        )
    return found
