"""What one sync pass tells members: acknowledgements, waitlist and promotion notices.

A pass tells each member, per event, what holds after the last of their
messages in it: a notice still queued from earlier in the pass is brought up
to date rather than joined by a second one, and withdrawn when the new state
needs none (a waitlisted member who then declines hears nothing). Notices are
queued in the batch's transaction and sent after the last batch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from mail.analysis import Analysis
from somek_tui.config import Settings
from somek_tui.models import Event, MailKind, Member, OutboxState, OutgoingMessage
from somek_tui.services.classify import RECORDING, Decision, Effects
from somek_tui.services.outbox import queue_message
from somek_tui.store import Transaction

# a notice threads under the reply it answers; a long References chain is cut to its tail
MAX_REFERENCES = 10

_Key = tuple[str, str | None]  # (member id, event id or None)
_MISSING = object()


class PassNotices:
    """The notices this pass queued, so a later message can update or withdraw them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # member id -> the event (or None) their acknowledgement in this pass is about
        self.acknowledged: dict[str, str | None] = {}
        # (member id, event id or None) -> the outbox id of the notice queued for them
        self.queued: dict[_Key, str] = {}
        self._undo: list[tuple[dict[Any, Any], Any, Any]] | None = None

    @contextlib.contextmanager
    def attempt(self) -> Iterator[None]:
        """What is noted inside is forgotten again if it raises (with ``tx.savepoint()``)."""
        self._undo = []
        try:
            yield
        except BaseException:
            for mapping, key, old in reversed(self._undo):
                if old is _MISSING:
                    mapping.pop(key, None)
                else:
                    mapping[key] = old
            raise
        finally:
            self._undo = None

    def _note(self, mapping: dict[Any, Any], key: Any, value: Any) -> None:
        if self._undo is not None:
            self._undo.append((mapping, key, mapping.get(key, _MISSING)))
        if value is _MISSING:
            mapping.pop(key, None)
        else:
            mapping[key] = value

    def after(
        self,
        tx: Transaction,
        analysis: Analysis,
        decision: Decision,
        effects: Effects,
        now: datetime,
    ) -> None:
        """Queue the acknowledgement (at most one per member and pass) and promotions."""
        answer = effects.answer
        event = decision.event
        if answer is not None and event is not None:
            for promoted in answer.promoted:
                other = tx.member(promoted.member_id)
                if other is not None and other.mailable:
                    waited = self._withdraw(tx, other.id, event.id)
                    told = merged_context(waited, {"rsvp": rsvp_context(promoted)})
                    self._queue(tx, other, MailKind.PROMOTED, event, told, now)
        earlier: dict[str, Any] = {}
        if answer is not None and answer.changed and event is not None:
            # what this pass told the member about their earlier answer no longer holds
            earlier = self._withdraw(tx, answer.rsvp.member_id, event.id)
        if decision.outcome not in RECORDING or decision.member is None:
            return
        if decision.join or decision.commitment is not None:
            return  # no RSVP to acknowledge; the organizer follows up in person
        about = event.id if event is not None else None
        if self.acknowledged.get(decision.member.id, about) != about:
            return  # acknowledged about another event in this pass already
        waitlisted = answer is not None and answer.changed and answer.waitlisted
        if not (self.settings.replies.acknowledge or waitlisted):
            return
        # read last, and as recorded by this message (it may have unsubscribed)
        member = tx.member(decision.member.id)
        if member is None or not member.mailable:
            return
        extra: dict[str, Any] = {
            "noted_topics": [t.title for t in effects.topics],
            "noted_votes": [t.title for t in effects.voted],
            **threading(analysis),
        }
        if answer is not None:
            extra["rsvp"] = rsvp_context(answer.rsvp)
        kind = MailKind.WAITLISTED if waitlisted else MailKind.ACKNOWLEDGEMENT
        self._queue(tx, member, kind, event, merged_context(earlier, extra), now)
        self._note(self.acknowledged, member.id, about)

    def _queue(
        self,
        tx: Transaction,
        member: Member,
        kind: MailKind,
        event: Event | None,
        extra: dict[str, Any],
        now: datetime,
    ) -> None:
        key = (member.id, event.id if event is not None else None)
        queued = self._queued(tx, key)
        if queued is None:
            record = queue_message(
                tx, member=member, kind=kind, event=event, now=now,
                domain=self.settings.organizer.domain, extra=extra,
            )  # fmt: skip
            self._note(self.queued, key, record.id)
            return
        # the answer is as the queued notice says (a change withdraws it first):
        # it stays that kind of notice and takes in what this message noted
        queued.context = merged_context(queued.context, extra)
        tx.put(queued)

    def _withdraw(self, tx: Transaction, member_id: str, event_id: str) -> dict[str, Any]:
        """Take back this pass's queued notice to a member about an event; what it said."""
        queued = self._queued(tx, (member_id, event_id))
        if queued is None:
            return {}
        tx.delete(queued)
        self._note(self.queued, (member_id, event_id), _MISSING)
        return queued.context

    def _queued(self, tx: Transaction, key: _Key) -> OutgoingMessage | None:
        """This pass's notice to a member about an event, if it is still waiting to go out."""
        outbox_id = self.queued.get(key)
        record = tx.outgoing(outbox_id) if outbox_id is not None else None
        if record is None or record.state is not OutboxState.QUEUED:
            if outbox_id is not None:
                self._note(self.queued, key, _MISSING)
            return None
        return record


def threading(analysis: Analysis) -> dict[str, Any]:
    """In-Reply-To and References for a notice answering this reply (RFC 5322 3.6.4)."""
    # analysis.references holds In-Reply-To first: the reply's own parent ends its chain
    refs = analysis.references[1:] + analysis.references[:1]
    chain = [ref for ref in dict.fromkeys(refs) if ref != analysis.message_id]
    chain.append(analysis.message_id)
    return {"in_reply_to": analysis.message_id, "references": chain[-MAX_REFERENCES:]}


def merged_context(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """``new``, keeping the topics and votes ``old`` noted (and its answer if ``new`` has none)."""
    merged = {**old, **new}
    for name in ("noted_topics", "noted_votes"):
        earlier = list(old.get(name, []))
        merged[name] = earlier + [title for title in new.get(name, []) if title not in earlier]
    return merged


def rsvp_context(rsvp: Any) -> dict[str, Any]:
    return {"answer": rsvp.answer.value, "guests": rsvp.guests, "waitlisted": rsvp.waitlisted}
