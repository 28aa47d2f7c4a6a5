"""A yes put off to a later evening beside a no for this one: "Leider nicht, beim
nächsten Treffen bin ich dabei", "Nope, but I'll be there in January for sure".

Each clause's answer is tagged with the time it names (:func:`when`). A yes that
names only a later meetup is that meetup's: beside a no for this evening the no is
the answer. A yes that names a month or a coming weekday may still hold the evening
(the reader does not know its date); beside a no that names no day of its own it is
left to a person, never read as the yes it looks like.
"""

from __future__ import annotations

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

LATER = "later"  # a later meetup: "next time", "beim nächsten Treffen"
DAY = "day"  # a day that may hold the evening: "im Januar", "next Thursday"
THIS = "this"  # this evening named: "diesmal", "this time"
DATED = "dated"  # some day named: the no may be that day's
PLAIN = ""  # no time named


def _c(name: str) -> Cue:
    return cue("answer", name)


def when(clause: str) -> str:
    """The time a clause (folded, lower-cased) names, as one of the kinds above."""
    if _c("this_evening").search(clause):
        return THIS
    if _c("later_meetup").search(clause):
        return LATER
    if _c("later_day").search(clause):
        return DAY
    return DATED if _c("day_named").search(clause) else PLAIN


def put_off(signals: list[Signal], times: dict[Signal, str]) -> tuple[list[Signal], str]:
    """The signals with a yes for a later evening dropped beside a no for this one, and a
    reason for a person when that yes may still be this evening's."""
    yes = [s for s in signals if s.answer is Answer.YES and not s.weak]
    noes = [s for s in signals if s.answer is Answer.NO and not s.weak]
    if not yes or not noes or any(times.get(s, PLAIN) not in (LATER, DAY) for s in yes):
        return signals, ""
    said_no = {times.get(s, PLAIN) for s in noes}
    if THIS in said_no or (PLAIN in said_no and all(times[s] == LATER for s in yes)):
        # "Can't this time, count me in for the next one": the no is this evening's
        return [s for s in signals if s not in yes], ""
    if PLAIN in said_no:
        return signals, f"a no beside a yes for another day: {noes[0].phrase!r}, {yes[0].phrase!r}"
    return signals, ""
