"""A reply to a reminder that keeps the answer on record: the answer stands, now confirmed."""

from __future__ import annotations

from mail.analysis import Analysis
from mail.reminder_reply import answer_stands
from mail.signature import above_signature
from somek_tui.models import Answer, InboxOutcome, MailKind
from somek_tui.services.decision import Decision
from somek_tui.services.matching import Match
from somek_tui.store import Reader


def reminder_confirmed(analysis: Analysis, match: Match, view: Reader) -> Decision | None:
    """The yes on record, confirmed by a reply to the reminder that found no answer of its own.

    Only a yes stands: a reminder to a member who said maybe and hears "still
    on" leaves it to the organizer.
    """
    outgoing, member, event = match.outgoing, match.member, match.event
    if outgoing is None or outgoing.kind is not MailKind.REMINDER:
        return None
    if member is None or event is None or analysis.answer is not None:
        return None
    phrase = answer_stands(above_signature(analysis.text, analysis.sender_name))
    if not phrase:
        return None
    recorded = view.rsvps(event_id=event.id, member_id=member.id)
    if len(recorded) != 1 or recorded[0].answer is not Answer.YES:
        return None
    guests = analysis.guests or recorded[0].guests
    return Decision(
        InboxOutcome.ANSWER,
        member=member,
        event=event,
        reason=f"after the reminder, the yes on record stands: {phrase!r}",
        answer=Answer.YES,
        guests=guests,
    )
