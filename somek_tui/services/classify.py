"""What a reply means for the database: the rules, then their effects.

:func:`decide` is pure: an :class:`~mail.analysis.Analysis`, its
:class:`~somek_tui.services.matching.Match` and a read view in, a
:class:`Decision` out (the outcome, what to record, or why a person must look).
:func:`apply_decision` writes one decision into a transaction through the
services (answers, topics, member status). Anything not clear goes to review:
a wrong answer recorded costs far more than one more item for the organizer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import datetime, tzinfo

from mail.analysis import Analysis
from mail.commitment import Commitment, read_commitment, read_confirmation
from mail.reply_model import read_by_model
from mail.stand_in import stand_in
from somek_tui.config import OrganizerSettings
from somek_tui.models import (
    Answer,
    AnswerSource,
    Event,
    EventStatus,
    Example,
    InboxOutcome,
    MailKind,
    Member,
    MemberStatus,
)
from somek_tui.services.answer_context import (
    NO_ANSWER,
    another_day_reason,
    answer_beside_choices,
    away_on_the_evening,
    excepted_on_the_evening,
    said_of_the_evening,
)
from somek_tui.services.contributions import find_slot, requested_role
from somek_tui.services.decision import RECORDING, Decision, Effects
from somek_tui.services.examples import BY_EXAMPLE, find_example
from somek_tui.services.joining import JOIN_REQUEST_REASON
from somek_tui.services.matching import VIA_BOUNCE_KEY, Match, is_own_address
from somek_tui.services.next_evening import for_the_next_evening
from somek_tui.services.reminder_reply import (
    answer_corrected,
    reminder_confirmed,
    reminder_struck_off,
)
from somek_tui.services.reply_effects import apply_decision
from somek_tui.services.rsvps import MAX_GUESTS
from somek_tui.services.topic_votes import votes_by_name, votes_by_number
from somek_tui.store import Reader

__all__ = [
    "LOOP_GUARD",
    "RECORDING",
    "Decision",
    "Effects",
    "apply_decision",
    "decide",
]

LOOP_GUARD = "loop guard"
JOIN_REQUEST = JOIN_REQUEST_REASON
ASKS = "asks a question instead of answering"
# "Kann ich später kommen?" asks for the member: a person answers it
_ASKS_FOR_ONESELF = re.compile(r"\b(ich|mich|mir|mein\w*|i|me|my)\b", re.IGNORECASE)


def _review(reason: str, match: Match | None = None) -> Decision:
    member = match.member if match is not None else None
    event = match.event if match is not None else None
    return Decision(InboxOutcome.REVIEW, member=member, event=event, reason=reason)


def decide(
    analysis: Analysis,
    match: Match,
    view: Reader,
    organizer: OrganizerSettings,
    now: datetime,
    examples: Sequence[Example] | None = None,
) -> Decision:
    """What one reply means; ``examples`` (default: the stored ones) settle unclear wording."""
    if is_own_address(analysis.sender, organizer):
        return Decision(InboxOutcome.AUTO_REPLY, reason=LOOP_GUARD)
    if match.unsubscribe_address and match.member is not None and analysis.kind != "bounce":
        # the address alone is the request: mail clients' unsubscribe button sends an
        # empty or machine-written mail, and the key in the address says who
        return Decision(InboxOutcome.UNSUBSCRIBE, member=match.member, event=match.event)
    if analysis.kind == "auto_reply":
        return Decision(InboxOutcome.AUTO_REPLY, member=match.member, reason=analysis.reason)
    if analysis.kind == "bounce":
        return _bounce(analysis, view, match)
    if match.via == VIA_BOUNCE_KEY:
        # only delivery reports belong at an envelope sender: never read as an answer
        return _review("mail to an invitation's bounce address that is no delivery report", match)
    if analysis.kind == "unreadable":
        return _review(analysis.reason or "unreadable message", match)
    if match.unsubscribe_address:
        return _unsubscribe(analysis, match)
    if match.member is None:
        if analysis.join_request:
            return _review(JOIN_REQUEST, match)
        return _review(match.problem or "the sender is not a member", match)
    if match.problem:
        return _review(match.problem, match)
    if analysis.unsubscribe:
        # "Bitte streichen" under the reminder strikes the yes, not the list
        struck = reminder_struck_off(analysis, match)
        if struck is not None and not _answer_problem(0, match.event, now):
            return struck
        return _unsubscribe(analysis, match)
    request = match.outgoing.kind if match.outgoing is not None else None
    if request is MailKind.JOIN_CONFIRM:
        return _join_reply(analysis, match)
    if request is MailKind.CONTRIBUTION_REQUEST:
        return _commitment_reply(analysis, match, now)
    if match.member.status is MemberStatus.PENDING:
        return _review(
            f"{match.member.email} asked to join and has not confirmed yet; only a reply to "
            "the confirmation mail confirms",
            match,
        )
    analysis, match = for_the_next_evening(analysis, match, view, now, organizer.tz)
    return _reply(analysis, match, view, now, examples, organizer.tz)


def _join_reply(analysis: Analysis, match: Match) -> Decision:
    """A reply to the double opt-in mail: only an explicit yes (or a bare reply) confirms."""
    member = match.member
    assert member is not None
    if member.status is not MemberStatus.PENDING:
        return _review(
            f"replies to the join confirmation, but {member.email} is {member.status.value}", match
        )
    reading = read_confirmation(analysis.text)
    if reading.commitment is Commitment.ACCEPT:
        return Decision(InboxOutcome.ANSWER, member=member, reason="confirms joining", join=True)
    if reading.commitment is Commitment.DECLINE:
        said = ", ".join(map(repr, reading.evidence))
        return _review(f"declines joining ({said}); the request expires unless confirmed", match)
    return _review(f"unclear reply to the join confirmation: {reading.problem}", match)


def _commitment_reply(analysis: Analysis, match: Match, now: datetime) -> Decision:
    """A reply to a talk or contribution request: confirms or gives up the place."""
    member, event, outgoing = match.member, match.event, match.outgoing
    assert member is not None and outgoing is not None
    role = requested_role(outgoing)
    if event is None:
        return _review(f"answers a {role.value} request for an event that no longer exists", match)
    if event.status is EventStatus.CANCELLED or event.is_past(now):
        state = "over" if event.is_past(now) else "cancelled"
        return _review(
            f"answers the {role.value} request for event {event.id}, which is {state}", match
        )
    if find_slot(event, member, role) is None:
        return _review(
            f"answers the {role.value} request, but {member.email} is no longer on event "
            f"{event.id} for it",
            match,
        )
    reading = read_commitment(analysis.text)
    if reading.commitment is None:
        return _review(f"unclear answer to the {role.value} request: {reading.problem}", match)
    takes = reading.commitment is Commitment.ACCEPT
    reason = f"{'takes on' if takes else 'declines'} the {role.value}"
    decision = Decision(
        InboxOutcome.ANSWER, member=member, event=event, reason=reason,
        commitment=reading.commitment, role=role,
    )  # fmt: skip
    if reading.questions:
        # the request mail invites questions: the answer counts, and a person reads the rest
        decision.outcome = InboxOutcome.REVIEW
        decision.reason = f"{reason} (recorded); the reply also asks: {reading.questions[0]!r}"
    return decision


def _bounce(analysis: Analysis, view: Reader, match: Match) -> Decision:
    info = analysis.bounce
    # the envelope sender's key says whose mail failed, whatever the report's wording
    members: list[Member] = [match.member] if match.via == VIA_BOUNCE_KEY and match.member else []
    if info is not None and not members:
        if info.original_message_id:
            record = view.outgoing_by_message_id(info.original_message_id)
            member = view.member(record.member_id) if record is not None else None
            if member is not None:
                members.append(member)
        if not members:
            for address in info.recipients:
                member = view.member_by_email(address)
                if member is not None and member.id not in {m.id for m in members}:
                    members.append(member)
    detail = info.diagnostic if info is not None else ""
    return Decision(
        InboxOutcome.BOUNCE,
        member=members[0] if len(members) == 1 else None,
        reason=detail or ("permanent failure" if info and info.permanent else "delivery failure"),
        bounced=members,
        permanent=bool(info and info.permanent),
    )


def _unsubscribe(analysis: Analysis, match: Match) -> Decision:
    if match.member is None:
        return _review("unsubscribe from an unknown address", match)
    if analysis.answer in (Answer.YES, Answer.MAYBE):
        return _review(f"asks to unsubscribe but also answers {analysis.answer.value}", match)
    return Decision(InboxOutcome.UNSUBSCRIBE, member=match.member, event=match.event)


def _reply(
    analysis: Analysis,
    match: Match,
    view: Reader,
    now: datetime,
    examples: Sequence[Example] | None,
    tz: tzinfo,
) -> Decision:
    if read_by_model(analysis.reason):
        # the trained reader's answer counts only for a mail that asked for one, and
        # a reply the organizer settled before is the better guide
        guessed = analysis
        analysis = dataclasses.replace(
            analysis, answer=None, guests=0, answer_problem=NO_ANSWER, reason=""
        )
        asked = match.outgoing is not None and match.outgoing.kind in _ASKING
        if asked and not _like_example(analysis, match, view, now, examples):
            analysis = guessed
    analysis = said_of_the_evening(analysis, match.event, tz)
    analysis = excepted_on_the_evening(analysis, match.event, tz)  # "gern, außer donnerstags"
    analysis = away_on_the_evening(analysis, match.event, tz)  # "I'm abroad until February"
    topics_only = bool(analysis.topics or analysis.topic_votes or analysis.topic_names) and bool(
        _not_an_invitation(match)
    )
    named = votes_by_name(analysis, match, view)
    if named.choosing and analysis.answer is not None and analysis.calendar is None:
        analysis = answer_beside_choices(analysis, named.choosing)
    # "Mastodon, ganz klar.": the reader found no answer, but the words choose a topic
    only_chose = analysis.answer_problem.startswith(NO_ANSWER) and bool(named.votes)
    # "Könnten wir mal über X sprechen? Wie macht ihr das?": the question is about the
    # topic suggested, and a mail that answers nothing loses no answer by it
    only_asked = (
        analysis.answer_problem.startswith(ASKS)
        and not _ASKS_FOR_ONESELF.search(analysis.answer_problem)
        and analysis.answer is None
        and bool(analysis.topics or analysis.topic_votes or named.votes)
    )
    if analysis.answer_problem and not topics_only and not only_chose and not only_asked:
        if analysis.answer_problem.startswith(NO_ANSWER):
            # "Still on!" after a reminder: no answer of its own, the one on record stands
            confirmed = reminder_confirmed(analysis, match, view)
            if confirmed is not None and not _answer_problem(confirmed.guests, match.event, now):
                return confirmed
        # "Ich habe abgesagt, nicht zugesagt": the answer given, restated to correct the record
        corrected = answer_corrected(analysis, match, view)
        if corrected is not None and not _answer_problem(corrected.guests, match.event, now):
            return corrected
        return _like_example(analysis, match, view, now, examples) or _review(
            analysis.answer_problem, match
        )
    votes, vote_problem = votes_by_number(analysis, match, view)
    problem = vote_problem or named.problem
    if problem:
        return _review(problem, match)
    votes += [topic_id for topic_id in named.votes if topic_id not in votes]
    decision = Decision(
        InboxOutcome.TOPIC,
        member=match.member,
        event=match.event,
        topics=named.titles,
        votes=votes,
    )
    if topics_only:
        # a thanks or report mail asks for no answer: its reply's "Ja, war toll!"
        # is none, while a topic or vote beside it still counts
        return decision
    if analysis.answer is not None:
        problem = (
            _answer_problem(analysis.guests, match.event, now)
            or ("" if _corrects(analysis, match, view) else _not_an_invitation(match))
            or another_day_reason(analysis, match.event, tz)
        )
        if problem:
            return _review(problem, match)
        decision.answer = analysis.answer
        # a maybe keeps the company it names ("vielleicht, dann zu zweit"): the organizer
        # plans with it; a no brings no one
        decision.guests = analysis.guests if analysis.answer is not Answer.NO else 0
        decision.reason = analysis.reason if read_by_model(analysis.reason) else ""
        decision.source = (
            AnswerSource.CALENDAR if analysis.calendar is not None else AnswerSource.EMAIL
        )
        if analysis.calendar is not None:
            decision.comment = analysis.calendar.comment.strip()
        decision.outcome = (
            InboxOutcome.ANSWER_TOPIC if decision.topics or votes else InboxOutcome.ANSWER
        )
        if decision.answer is Answer.NO:
            decision.note = _stand_in_note(analysis.text)
        return decision
    if not decision.topics and not votes:
        # "Danke, still on!": a word that might name a topic hid the missing answer above;
        # after a mail saying what was recorded, the answer on record may still stand
        kept = reminder_confirmed(analysis, match, view) or answer_corrected(analysis, match, view)
        if kept is not None and not _answer_problem(kept.guests, match.event, now):
            return kept
        return _like_example(analysis, match, view, now, examples) or _review(NO_ANSWER, match)
    return decision


STAND_IN = "someone else may come instead (a join or guest suggestion)"


def _stand_in_note(text: str) -> str:
    """The member says no and names someone for their place: the organizer may invite them."""
    said = stand_in(text)
    return f"{STAND_IN}: {said!r}" if said else ""


# Mails that ask nothing: "Great, thanks!" to them is no RSVP.
_NOT_ASKING = (MailKind.THANKS, MailKind.ACKNOWLEDGEMENT)
_ASKING = (MailKind.INVITATION, MailKind.REMINDER)


def _corrects(analysis: Analysis, match: Match, view: Reader) -> bool:
    """A reply to the acknowledgement that gives another answer than the one recorded:
    "ich hatte abgesagt, nicht zugesagt!" corrects it, and so does a yes with another
    number of guests ("ich bringe doch meine Kollegin mit"); "alles klar, ich komme"
    adds nothing."""
    outgoing, member, event = match.outgoing, match.member, match.event
    if outgoing is None or outgoing.kind is not MailKind.ACKNOWLEDGEMENT:
        return False
    if member is None or event is None or analysis.answer is None:
        return False
    recorded = view.rsvps(event_id=event.id, member_id=member.id)
    return bool(recorded) and all(
        r.answer is not analysis.answer
        or (analysis.answer is Answer.YES and r.guests != analysis.guests)
        for r in recorded
    )


def _not_an_invitation(match: Match) -> str:
    """Why an answer in this reply is no RSVP: it answers a mail that asked for none."""
    kind = match.outgoing.kind if match.outgoing is not None else None
    if kind in _NOT_ASKING:
        return f"reads like an answer, but replies to the {kind.value} mail, which asked for none"
    return ""


def _like_example(
    analysis: Analysis,
    match: Match,
    view: Reader,
    now: datetime,
    examples: Sequence[Example] | None,
) -> Decision | None:
    """The reader could not tell what the words mean; an earlier settled reply may.

    Only ever asked once the sender, member and event are matched and the
    reader is unsure: an example decides what a reply says, never who wrote it.
    """
    if analysis.calendar is not None:
        return None
    example = find_example(analysis.text, view.examples() if examples is None else examples)
    if example is None:
        return None
    guests = example.guests if example.answer is Answer.YES else 0
    problem = _answer_problem(guests, match.event, now)
    if problem:
        return None
    return Decision(
        InboxOutcome.ANSWER,
        member=match.member,
        event=match.event,
        reason=f"{BY_EXAMPLE} ({example.id})",
        answer=example.answer,
        guests=guests,
        example_id=example.id,
    )


def _answer_problem(guests: int, event: Event | None, now: datetime) -> str:
    if event is None:
        return "an answer, but no invitation to an upcoming event was found for the member"
    if event.status is EventStatus.CANCELLED:
        return f"an answer for event {event.id}, which is cancelled"
    if event.is_past(now):
        return f"an answer for event {event.id}, which is over"
    if guests < 0 or guests > MAX_GUESTS:
        return f"{guests} guests is more than the {MAX_GUESTS} allowed"
    return ""
