"""An answer excepting a day, weighed once the evening's date is known.

"Gerne, außer donnerstags", "Sure, except the 14th": the reader alone cannot tell
whether the day excepted is the evening's, so such a yes goes to a person. Once the
reply is tied to an event the day is compared with the evening: a day that is not the
evening's leaves the yes as said; the evening's own day turns it into a no. "Ich kann
nicht, außer am Freitag" is a no; should the excepted Friday be the evening, the
member may be saying yes, and a person reads it. Where the day cannot be told (a
relative day without the mail's date), nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mail.cues import folded
from mail.day_excepted import day_excepted
from mail.named_days import NamedDay, days_in, is_the_evening
from mail.types import Answer

__all__ = ["EXCEPTED_REASONS", "Settled", "excepted_settled", "may_settle"]

# the reasons a yes excepting a day is sent to a person with (mail.analysis, and
# mail.yes_word_turns for a bare yes-word beside a weekday)
EXCEPTED_REASONS = ("the yes excepts ", "a yes excepting a weekday")

# the words that lift a no for one day ("außer am Freitag"), unlike "nur nicht am 28."
_LIFTING = r"\b(?:au(?:ss|ß)er|ausgenommen|except|apart\s+from|other\s+than)\b[^.!?]{0,12}?"
_DOTTED = re.compile(r"^\d{1,2}\.")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)


@dataclass(frozen=True)
class Settled:
    answer: Answer | None
    problem: str


def _days(excepted: str) -> list[NamedDay]:
    """The days an excepted phrase names ("donnerstags", "28.", "14th")."""
    spelled = folded("answer", excepted).lower()
    if _DOTTED.match(spelled):
        spelled = f"am {spelled}"  # "28." alone reads as a number, "am 28." as a day
    elif _ORDINAL.match(spelled):
        spelled = f"on the {spelled}"
    return days_in(spelled)


def _on_the_evening(excepted: str, evening: date, written: date | None) -> bool | None:
    """Is the excepted day the evening's? None when it cannot be told."""
    found = [is_the_evening(day, evening, "", written) for day in _days(excepted)]
    if not found or any(f is None for f in found):
        return None
    return any(found)


def may_settle(answer: Answer | None, problem: str) -> bool:
    """Whether a reading can change once the evening is known: a no, or a yes sent to a
    person for the day it excepts. Asked first, so other replies cost nothing more."""
    return answer is Answer.NO or (answer is None and problem.startswith(EXCEPTED_REASONS))


def excepted_settled(
    words: str, answer: Answer | None, problem: str, evening: date, written: date | None
) -> Settled | None:
    """The answer once an excepted day is compared with the evening, or None to leave
    the reading as it is. ``words`` are the member's own words above the signature."""
    if not may_settle(answer, problem):
        return None
    excepting_yes = answer is None
    excepted = day_excepted(words)
    if not excepted:
        return None
    held = _on_the_evening(excepted, evening, written)
    if held is None:
        return None
    if excepting_yes:
        return Settled(Answer.NO, "") if held else Settled(Answer.YES, "")
    lifted = re.search(_LIFTING + re.escape(excepted), words, re.IGNORECASE)
    if held and lifted:
        # "Ich kann nicht, außer am Freitag" with the evening on that Friday; "nur nicht
        # am 28." and "but not on the 28th" except the day from a yes: the no stands
        return Settled(None, f"the no excepts {excepted!r}, the evening's day")
    return None
