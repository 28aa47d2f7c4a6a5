"""Recording one :class:`~somek_tui.services.decision.Decision` in a transaction.

Answers, topics and votes, member status after an unsubscribe or a bounce,
a confirmed join, a taken-on talk: each through its service.
"""

from __future__ import annotations

from datetime import datetime

from somek_tui.models import ConsentEntry, ConsentHow, InboxOutcome, MemberStatus
from somek_tui.services.contributions import record_commitment
from somek_tui.services.decision import RECORDING, Decision, Effects
from somek_tui.services.examples import used
from somek_tui.services.joining import confirm_join
from somek_tui.services.members import set_status
from somek_tui.services.rsvps import set_answer
from somek_tui.services.topics import add_topic, vote
from somek_tui.store import Transaction


def apply_decision(
    tx: Transaction,
    decision: Decision,
    *,
    message_id: str,
    wording: str,
    now: datetime,
    decided_here: bool = False,
) -> Effects:
    """Record one decision in ``tx``; review items and inbox entries are the caller's.

    ``decided_here``: the decision's member and event were read from ``tx``
    itself just before, so they need not be read again.
    """
    effects = Effects()
    outcome = decision.outcome
    if decision.join and decision.member is not None:
        confirm_join(tx, decision.member, message_id=message_id, wording=wording, now=now)
        return effects
    if decision.commitment is not None and decision.role is not None:
        if decision.member is not None and decision.event is not None:
            record_commitment(
                tx, decision.event, decision.member, decision.role, decision.commitment
            )
        return effects
    if outcome is InboxOutcome.BOUNCE:
        _record_bounce(tx, decision, message_id, now)
    elif outcome is InboxOutcome.UNSUBSCRIBE and decision.member is not None:
        member = tx.member(decision.member.id)
        if member is not None and member.status is not MemberStatus.UNSUBSCRIBED:
            source = f"{message_id}: {wording.strip()[:200]}" if wording.strip() else message_id
            set_status(
                tx, member, MemberStatus.UNSUBSCRIBED, how=ConsentHow.UNSUBSCRIBED,
                source=source, now=now,
            )  # fmt: skip
    elif outcome in RECORDING and decision.member is not None:
        if decision.example_id:
            used(tx, decision.example_id)
        member = (None if decided_here else tx.member(decision.member.id)) or decision.member
        if decision.answer is not None and decision.event is not None:
            event = (None if decided_here else tx.event(decision.event.id)) or decision.event
            effects.answer = set_answer(
                tx,
                event=event,
                member=member,
                answer=decision.answer,
                guests=decision.guests,
                source=decision.source,
                message_id=message_id,
                now=now,
                comment=decision.comment,
            )
        for title in decision.topics:
            topic, _new = add_topic(tx, title, by_member=member.id, message_id=message_id, now=now)
            effects.topics.append(topic)
        for topic_id in decision.votes:
            voted = tx.topic(topic_id)
            if voted is not None and vote(tx, voted, member.id):
                effects.voted.append(voted)
    return effects


def _record_bounce(tx: Transaction, decision: Decision, message_id: str, now: datetime) -> None:
    for found in decision.bounced:
        member = tx.member(found.id)
        if member is None:
            continue
        if decision.permanent:
            member.bounce_count += 1
            if member.status is MemberStatus.ACTIVE:
                member.status = MemberStatus.BOUNCING
            member.consent.append(
                ConsentEntry(
                    at=now,
                    how=ConsentHow.EMAIL,
                    source=f"bounce {message_id}: {decision.reason}"[:300],
                )
            )
        else:
            member.soft_bounces += 1
        tx.put(member)
