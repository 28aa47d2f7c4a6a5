"""A reply to the thanks mail of an evening that is over, answering the next one.

"Danke für die Fotos! Am 28.: ja.", "Ich komme am 28. wieder": the thanks mail asked
for no answer, but the answer names the date of the next evening the member is
invited to. It is that evening's answer, as if given to its invitation. An answer that
names no date ("Looking forward to the next one"), a weekday both evenings share, or a
day that is neither evening, stays with the thanks mail (a person looks).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, tzinfo

from mail.analysis import Analysis
from mail.cues import folded
from mail.named_days import NamedDay, days_in, is_the_evening
from mail.signature import above_signature
from somek_tui.models import Event, MailKind
from somek_tui.services.events import upcoming
from somek_tui.services.matching import Match, newest_invitation
from somek_tui.store import Reader


def for_the_next_evening(
    analysis: Analysis, match: Match, view: Reader, now: datetime, tz: tzinfo
) -> tuple[Analysis, Match]:
    """The reply and its match moved to the next evening where the answer names it; else
    as they were. Once moved, "wieder" or "next time" beside the date names no later day."""
    past, member, outgoing = match.event, match.member, match.outgoing
    if outgoing is None or outgoing.kind is not MailKind.THANKS or member is None:
        return analysis, match
    if past is None or not past.is_past(now) or analysis.answer is None:
        return analysis, match
    # "Am 28.: ja" labels the answer with its day, outside the answer's own words
    own = above_signature(analysis.text, analysis.sender_name)
    days = analysis.named_days or days_in(folded("answer", own).lower().replace(":", " "))
    if not days:
        return analysis, match
    invited = {o.event_id for o in view.outbox(member_id=member.id, kind=MailKind.INVITATION)}
    coming = [e for e in upcoming(view, now) if e.id in invited]
    if not coming:
        return analysis, match
    following = min(coming, key=lambda e: e.start)
    if not _names(analysis, days, following, past, tz):
        return analysis, match
    now_days = [day for day in analysis.named_days if not day.later]
    return dataclasses.replace(analysis, named_days=now_days), dataclasses.replace(
        match, event=following, outgoing=newest_invitation(view, member, following)
    )


def _names(
    analysis: Analysis, days: list[NamedDay], following: Event, past: Event, tz: tzinfo
) -> bool:
    """Does the answer name the following evening, and no day but it and the one over?"""
    written = analysis.date.astimezone(tz).date() if analysis.date is not None else None
    evening = following.start.astimezone(tz).date()
    over = past.start.astimezone(tz).date()
    named = False
    for day in days:
        if day.later:
            # "Looking forward to the next one", "I'll try to make the next one": a
            # courtesy after the thanks, no answer for a date
            continue
        if day.pointed or day.habitual or (day.weekday is not None and day.day is None):
            # "an dem Abend", "Donnerstag" after a thanks mail may be the one over
            return False
        if is_the_evening(day, evening, following.title, written):
            named = True
        elif not is_the_evening(day, over, past.title, written):
            return False
    return named
