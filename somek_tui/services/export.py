"""``somek export --json``: the whole database in the contract's schema."""

from __future__ import annotations

from typing import Any

from somek_tui.store import Reader

EXPORT_VERSION = 1


def export_data(view: Reader) -> dict[str, Any]:
    members = view.members()
    email_of = {m.id: m.email for m in members}
    return {
        "version": EXPORT_VERSION,
        "members": [
            {
                "id": m.id,
                "email": m.email,
                "name": m.name,
                "language": m.language.value,
                "status": m.status.value,
                "bounce_count": m.bounce_count,
                "created": m.created.isoformat(),
                "consent": [c.to_dict() for c in m.consent],
            }
            for m in members
        ],
        "events": [
            {
                "id": e.id,
                "title": e.title,
                "start": e.start.isoformat(),
                "end": e.end.isoformat() if e.end else None,
                "venue": str(e.venue),
                "kind": e.kind.value,
                "capacity": e.capacity,
                "status": e.status.value,
                "description": e.description,
                "uid": e.uid,
                "sequence": e.sequence,
                "topic_ids": list(e.topic_ids),
            }
            for e in view.events()
        ],
        "rsvps": [
            {
                "event_id": r.event_id,
                "member_email": email_of.get(r.member_id),
                "answer": r.answer.value,
                "guests": r.guests,
                "waitlisted": r.waitlisted,
                "source": r.source.value,
                "message_id": r.message_id,
                "updated_at": r.updated_at.isoformat(),
                "attended": r.attended,
                "history": [h.to_dict() for h in r.history],
            }
            for r in view.rsvps()
        ],
        "topics": [
            {
                "id": t.id,
                "title": t.title,
                "suggested_by": email_of.get(t.suggested_by) if t.suggested_by else None,
                "message_id": t.message_id,
                "votes": t.vote_count,
                "status": t.status.value,
                "event_id": t.event_id,
                "merged_into": t.merged_into,
            }
            for t in view.topics()
        ],
        "review": [
            {
                "id": item.id,
                "message_id": item.message_id,
                "from": item.sender,
                "subject": item.subject,
                "reason": item.reason,
                "resolved": item.resolved,
            }
            for item in view.review_items(include_resolved=True)
        ],
        "inbox": [
            {
                "message_id": entry.message_id,
                "member_email": entry.member_email,
                "event_id": entry.event_id,
                "outcome": entry.outcome.value,
                "reply_text": entry.reply_text,
                "reason": entry.reason,
                "processed_at": entry.processed_at.isoformat(),
            }
            for entry in view.inbox()
        ],
        "examples": [
            {
                "id": x.id,
                "words": x.words,
                "answer": x.answer.value,
                "guests": x.guests,
                "uses": x.uses,
                "created": x.created.isoformat(),
            }
            for x in view.examples()
        ],
        "outbox": [
            {
                "id": o.id,
                "member_email": o.recipient,
                "event_id": o.event_id,
                "kind": o.kind.value,
                "message_id": o.message_id,
                "state": o.state.value,
                "attempts": o.attempts,
                "last_error": o.last_error,
            }
            for o in view.outbox()
        ],
    }
