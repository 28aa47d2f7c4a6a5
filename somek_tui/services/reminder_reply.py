"""A reply to a reminder that keeps the answer on record: the answer stands, now confirmed."""

from __future__ import annotations

from mail.analysis import Analysis
from mail.reminder_reply import answer_restated, answer_stands
from mail.signature import above_signature
from mail.unsubscribe_scope import struck_off_only
from somek_tui.models import Answer, InboxOutcome, MailKind
from somek_tui.services.decision import Decision
from somek_tui.services.matching import Match
from somek_tui.store import Reader


def _unanswered(analysis: Analysis, match: Match, kinds: tuple[MailKind, ...]) -> str | None:
    """The member's words above the signature, in a reply to one of ``kinds`` tied to a
    member and an evening in which the reader found no answer; None for any other."""
    outgoing = match.outgoing
    if outgoing is None or outgoing.kind not in kinds or analysis.answer is not None:
        return None
    if match.member is None or match.event is None:
        return None
    return above_signature(analysis.text, analysis.sender_name)


def reminder_confirmed(analysis: Analysis, match: Match, view: Reader) -> Decision | None:
    """The yes on record, confirmed by a reply to the reminder that found no answer of its own.

    Only a yes stands: a reminder to a member who said maybe and hears "still
    on" leaves it to the organizer.
    """
    words = _unanswered(analysis, match, (MailKind.REMINDER,))
    phrase = answer_stands(words) if words is not None else ""
    if not phrase:
        return None
    member, event = match.member, match.event
    assert member is not None and event is not None
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


# What the reader says when it sets aside an answer given before: "I said maybe, not yes"
_SET_ASIDE = ("no answer found", "reports what was thought or said before")
_RESTATING = (MailKind.ACKNOWLEDGEMENT, MailKind.REMINDER)


def answer_corrected(analysis: Analysis, match: Match, view: Reader) -> Decision | None:
    """The member's own answer restated after a mail saying what was recorded.

    "Da ist was schiefgelaufen: Ich habe abgesagt, nicht zugesagt" answers the
    acknowledgement (or the reminder) with the answer the member gave: it
    corrects the record. Only where something is recorded for that evening.
    """
    words = _unanswered(analysis, match, _RESTATING)
    if words is None:
        return None
    if analysis.answer_problem and not analysis.answer_problem.startswith(_SET_ASIDE):
        return None
    answer, phrase = answer_restated(words)
    member, event = match.member, match.event
    assert member is not None and event is not None
    if answer is None or not view.rsvps(event_id=event.id, member_id=member.id):
        return None
    return Decision(
        InboxOutcome.ANSWER,
        member=member,
        event=event,
        reason=f"restates the answer given: {phrase!r}",
        answer=answer,
        guests=analysis.guests if answer is not Answer.NO else 0,
    )


def reminder_struck_off(analysis: Analysis, match: Match) -> Decision | None:
    """A bare strike-off under the reminder: the member is struck off that evening.

    The reminder goes to those who said yes; "Bitte streichen", "take me off"
    under it take that yes back, as a careful organizer reads it. Words of the
    list or its mail ("unsubscribe", "vom Verteiler") still leave the list.
    """
    words = _unanswered(analysis, match, (MailKind.REMINDER,))
    phrase = struck_off_only(words) if words is not None else ""
    if not phrase:
        return None
    return Decision(
        InboxOutcome.ANSWER,
        member=match.member,
        event=match.event,
        reason=f"struck off under the reminder of the evening: {phrase!r}",
        answer=Answer.NO,
    )
