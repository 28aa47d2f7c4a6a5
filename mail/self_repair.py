"""An answer taken back in the same breath: what follows the repair is the answer.

"Ich komme – äh, nein, doch nicht", "I'll be there – wait, no, that's the night
of the concert", "Ich kann nicht – doch, ich kann!": the member starts one way,
stops, and says the other. The answer said after the repair marker outweighs the
one before it, when all that follows agrees with itself; anything less stays a
contradiction for a person. Markers come from ``repair`` in
``mail/lexicon/answer_*.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["repaired"]

_WORD = re.compile(r"\w+")
_BARE_WORDS = frozenset({"nein", "nee", "noe", "ne", "no", "nope", "nah", "doch", "yes", "yeah"})


# a yes-word said on its own, between marks: not the particle in "da bin ich ja in Berlin"
_YES_WORD = re.compile(
    r"(?:^|(?<=[,.!;:–—-])|(?<=[,.!;:–—-]\s))(?:ja|jo|jep|yes|yeah|yep|yup)\b(?=\s*(?:[,.!;:–—-]|$))"
)


def _yes_word_after_no(signals: list[Signal], text: str, start: int) -> bool:
    """Are all firm signals a no said before a bare yes-word, that yes-word said after the
    repair began and no no after it? ("Oh yes, I saw it – then the date. I'm away" is a
    yes-word before the no: no repair of it.)"""
    firm = [s for s in signals if not s.weak]
    said = list(_YES_WORD.finditer(text, start))
    if not firm or not said or any(s.answer is not Answer.NO for s in firm):
        return False
    at = said[-1].start()
    places = [text.find(s.phrase.lower()) for s in firm]
    return any(0 <= p < at for p in places) and not any(p > at for p in places)


def _last(pattern: Cue, text: str) -> re.Match[str] | None:
    """The last match: a later note or repair outweighs the earlier ones."""
    return next(reversed(list(pattern.finditer(text))), None)


def _updated(signals: list[Signal], text: str) -> list[Signal]:
    """ "Ich komme! Update: klappt doch nicht", "Ignore my last mail, I can't come after
    all": a later note turning the answer above it, with a word of turning back in it,
    outweighs what disagrees with it, when all it says agrees with itself."""
    marker = _last(cue("answer", "update_marker"), text)
    after = text[marker.end() :] if marker else ""
    if not cue("answer", "update_turn").search(after):
        return signals
    later = [s for s in signals if not s.weak and s.phrase.lower() in after]
    kinds = {s.answer for s in later}
    if len(kinds) != 1:
        return signals
    said = kinds.pop()
    return [s for s in signals if s in later or s.weak or s.answer is said]


def repaired(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with those before the last repair dropped where the repair disagrees.

    ``text`` is the whole reply in the folded, lower-cased spelling the signals'
    phrases come from.
    """
    signals = _updated(signals, text)
    marker = _last(cue("answer", "repair"), text)
    if marker is None:
        return signals
    before, after = text[: marker.start()], text[marker.start() :]
    later = [s for s in signals if not s.weak and s.phrase.lower() in after]
    earlier = [s for s in signals if s not in later and not s.weak and s.phrase.lower() in before]
    worded = any(word in _BARE_WORDS - {"doch"} for word in _WORD.findall(marker.group(0)))
    if earlier and not later and not worded:
        # "Ich kann nicht – doch, …" with nothing read after it: taken back, but what
        # was meant instead is for a person to read ("ach nee" with no answer read in
        # it is surprise, not a repair)
        return [*signals, Signal(Answer.MAYBE, f"{marker.group(0).strip()} (taken back)")]
    kinds = {s.answer for s in later}
    if _yes_word_after_no(signals, text, marker.start()):
        # "Nein, warte – ja!", "Nope… wait, yes!": a bare yes-word after the repair takes
        # the no back, yet "No – oh yes, the dentist" only remembers: a person reads it
        return [*signals, Signal(Answer.MAYBE, f"{marker.group(0).strip()} (taken back)")]
    if len(kinds) != 1 or not earlier:
        return signals
    if all(s.phrase.lower() in _BARE_WORDS for s in later):
        # "Ich komme! Ach nee, wie schön, dass …": a no-word alone may be surprise
        return signals
    said = kinds.pop()
    return [s for s in signals if s in later or s.weak or s.answer is said]
