"""Everything stored about one person, for a GDPR access request (Art. 15).

Secrets are left out: reply keys and the unsubscribe key are how somek
recognises the person's mail, not data about them, and a copy sent around by
e-mail must not let anyone answer in their name.
"""

from __future__ import annotations

from typing import Any

from somek_tui.models import email_key
from somek_tui.services.members import UnknownRecord
from somek_tui.store import Reader

PERSON_EXPORT_VERSION = 1


def person_data(view: Reader, ref: str) -> dict[str, Any]:
    """The member record with its consent log and everything that refers to them.

    ``ref`` is a member id or an address; an address that is no member (someone
    whose request to join is still under review) gets what mail of theirs holds.
    """
    member = view.member(ref.strip()) if "@" not in ref else view.member_by_address(ref)
    me = member.key if member is not None else email_key(ref)
    # mail from an address the organizer confirmed as theirs is about them too
    mine_addresses = {me, *(email_key(a) for a in (member.other_addresses if member else []))}
    mine = member.id if member is not None else None
    events = {e.id: e for e in view.events()}
    record: dict[str, Any] | None = None
    if member is not None:
        record = member.to_dict()
        record.pop("unsubscribe_key", None)

    def title(event_id: str | None) -> str | None:
        event = events.get(event_id) if event_id else None
        return event.title if event is not None else None

    answers = [
        {
            "event_id": r.event_id,
            "event_title": title(r.event_id),
            **{k: v for k, v in r.to_dict().items() if k not in ("event_id", "member_id")},
        }
        for r in (view.rsvps(member_id=mine) if mine else [])
    ]
    topics = [
        {
            "id": t.id,
            "title": t.title,
            "status": t.status.value,
            "suggested": t.suggested_by == mine,
            "credited": mine in t.credits,
            "voted": mine in t.votes,
            "message_id": t.message_id if t.suggested_by == mine else None,
            "created": t.created.isoformat(),
        }
        for t in view.topics()
        if mine and mine in (t.suggested_by, *t.credits, *t.votes)
    ]
    roles = [
        {"event_id": e.id, "event_title": e.title, "role": "talk", **_speaker(s.to_dict())}
        for e in events.values()
        for s in e.speakers
        if (mine and s.member_id == mine) or (s.email and email_key(s.email) == me)
    ] + [
        {
            "event_id": e.id,
            "event_title": e.title,
            "role": "contribution",
            "subject": c.subject,
            "confirmed": c.confirmed,
        }
        for e in events.values()
        for c in e.contributors
        if mine and c.member_id == mine
    ]
    mails = [
        {
            "id": o.id,
            "kind": o.kind.value,
            "recipient": o.recipient,
            "event_id": o.event_id,
            "message_id": o.message_id,
            "state": o.state.value,
            "attempts": o.attempts,
            "last_error": o.last_error,
            "created": o.created.isoformat(),
            "sent_at": o.sent_at.isoformat() if o.sent_at else None,
        }
        for o in sorted(view.outbox(member_id=mine) if mine else [], key=lambda o: o.created)
    ]
    inbox = [
        {k: v for k, v in e.to_dict().items() if k not in ("uidvalidity", "uid", "maildir_key")}
        for e in view.inbox()
        if (mine and e.member_id == mine) or email_key(e.sender or "") in mine_addresses
    ]
    review = [
        r.to_dict()
        for r in view.review_items(include_resolved=True)
        if (mine and r.member_id == mine) or email_key(r.sender or "") in mine_addresses
    ]
    examples = [
        {k: v for k, v in x.to_dict().items() if k != "member_id"}
        for x in view.examples()
        if mine and x.member_id == mine
    ]
    if record is None and not (inbox or review):
        raise UnknownRecord(f"nothing is stored about {ref!r}")
    return {
        "version": PERSON_EXPORT_VERSION,
        "email": member.email if member is not None else ref.strip(),
        "member": record,
        "answers": answers,
        "topics": topics,
        "roles": roles,
        "mails_sent": mails,
        "inbox": inbox,
        "review": review,
        "examples": examples,  # settled replies of theirs that decide others' alike
    }


def _speaker(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("member_id",)}


__all__ = ["PERSON_EXPORT_VERSION", "person_data"]
