"""A yes the same reply turns round without a word the answer cues read as no.

"Count me in! Oh wait, that's the night of my sister's wedding", "Ja, passt! Nein,
Quatsch, da bin ich ja weg": a stop after the yes, then a clash remembered. "Wunderbar,
wieder ein Donnerstag. Da hab ich immer Chor.": a bare word of delight said in irony
beside the member's standing engagement. "Of course! …is what I'd love to say": a yes
only spoken of. "Yes, I'd love to come. Only problem: I'll be in Japan": a catch named
after the yes. Each is read by a person, never recorded as the yes it looks like; the
cues are in ``mail/lexicon/answer_yes_word_turns.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["WISH_TURNED_DOWN", "turned_then_offered", "yes_checked", "yes_turned"]

WISH_TURNED_DOWN = "(a wish turned down)"  # how mail.answer_signals marks such a no


def _c(name: str) -> Cue:
    return cue("answer", name)


# the clash must follow the stop closely: "Ich komme! Moment, ich bring Kuchen mit. …
# Da bin ich ja gespannt" names none
_NEAR = 60
# a yes-word after the stop, read or not: "Moment … ja, passt", "hold on … yes, free"
# the stop only leads into asking: "I'm in! Oh right, I have a question: …"
_ASKS = re.compile(r"\b(?:question|frage)\b|\?")
# the day checked aloud is no question to the organizer: "ah nee warte, Donnerstag? da
# hab ich Chor", "oh wait, the 14th?? I'm in Leeds"
_DAY_CHECKED = re.compile(
    r"^\W*(?:(?:am|der|den|the|on|on\s+the|is\s+it|ist\s+das)\s+)?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|\d{1,2}(?:\.|st|nd|rd|th)?)\s*\?+"
)
# said on its own, not the particle in "da bin ich ja weg"
_AGREED = re.compile(
    r"(?:^|(?<=[\s,.!;:…–—-]))(?:yes|yeah|yep|ja|jo|jep|doch|klar|passt|free|frei)(?=\s*(?:[,.!;:…]|$))"
)


def _stopped(yes: list[Signal], text: str) -> str:
    """The stop after every yes, when no yes is said after it and a clash follows."""
    stops = list(_c("yes_stop").finditer(text))
    if not stops:
        return ""
    stop = stops[-1]
    places = [text.find(s.phrase.lower()) for s in yes]
    if any(p < 0 or p >= stop.start() for p in places):
        return ""  # "Wait, yes, I'll be there": the yes comes after the stop
    after = text[stop.end() : stop.end() + _NEAR]
    if day := _DAY_CHECKED.match(after):
        after = after[day.end() :]
    if _AGREED.search(after) or _ASKS.search(after) or not _c("yes_stop_clash").search(after):
        return ""  # "Hold on, I'm checking… yes, free", "Oh right, a question:": no clash
    return stop.group(0).strip(" ,.!;:…–—-")


def yes_turned(signals: list[Signal], text: str) -> str:
    """Why a yes read from ``signals`` is turned round in ``text``, or "".

    ``text`` is the reply in folded, lower-cased spelling. Only called for a reply
    read as yes: it can only send that yes to a person, never make it a no.
    """
    yes = [s for s in signals if s.answer is Answer.YES]
    if not yes:
        return ""
    stop = _stopped(yes, text)
    if stop:
        return f"a yes taken back after {stop!r} and a clash named"
    if all(s.weak for s in yes) and (clash := _c("yes_clash_standing").search(text)):
        return f"a bare yes-word beside a clash it names: {clash.group(0).strip()!r}"
    if all(s.weak for s in yes) and (owned := _c("yes_owning_a_withdrawal").search(text)):
        return f"a bare yes-word owning up to a withdrawal: {owned.group(0).strip()!r}"
    if all(s.weak for s in yes) and (away := _c("yes_beside_absence").search(text)):
        return f"a bare yes-word beside an absence: {away.group(0).strip(' ,.!;:…–—-')!r}"
    if weekday := _c("yes_weekday_excepted").search(text):
        return f"a yes excepting a weekday, perhaps the evening's: {weekday.group(0).strip()!r}"
    if elsewhere := _c("yes_elsewhere").search(text):
        return f"a yes said of being somewhere else: {elsewhere.group(0).strip()!r}"
    if moved := _c("yes_if_moved").search(text):
        return f"a yes only if the evening is moved: {moved.group(0).strip()!r}"
    if spoken := _c("yes_only_spoken_of").search(text):
        return f"a yes spoken of as what one would say: {spoken.group(0).strip()!r}"
    if catch := _c("yes_with_a_catch").search(text):
        return f"a yes with a catch named after it: {catch.group(0).strip()!r}"
    return ""


def turned_then_offered(strong: list[Signal]) -> bool:
    """Are the only no a wish turned down and the rest a coming on a condition?

    "Ich hätte riesig Lust, aber die Fahrschule hat mir eine Prüfung reingedrückt.
    Wenn die verschoben wird, bin ich da.": the wish names what stands in the way, the
    condition how it may still work out; together a doubt, not a refusal.
    """
    noes = [s for s in strong if s.answer is Answer.NO]
    doubts = [s for s in strong if s.answer is Answer.MAYBE]
    return (
        bool(noes)
        and bool(doubts)
        and all(s.phrase.endswith(WISH_TURNED_DOWN) for s in noes)
        and not any(_c("next_time").search(s.phrase.lower()) for s in doubts)
    )


def yes_checked(
    decided: tuple[Answer | None, str], signals: list[Signal], text: str
) -> tuple[Answer | None, str]:
    """The answer and reason decided, with a yes turned round sent to a person instead."""
    answer, problem = decided
    if answer is Answer.YES and not problem and (why := yes_turned(signals, text)):
        return None, why
    return decided
