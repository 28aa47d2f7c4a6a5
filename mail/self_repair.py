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

# how an answer taken back is marked in its phrase; the trained reader looks for it
TAKEN_BACK = " (taken back)"

__all__ = ["TAKEN_BACK", "repair_tail", "repaired"]

_WORD = re.compile(r"\w+")
_DOCH = re.compile(r"\W*doch\W")
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


def _places(signals: list[Signal], text: str) -> list[int]:
    """Where each signal's phrase stands in ``text`` (-1 where it is not found).

    Signals come in the order they were said, so each is looked for after the one
    before: "Ich komme. Korrektur: ich komme nicht" says "ich komme" on both sides of
    the marker, and the second is the one after it."""
    places: list[int] = []
    at = 0
    for signal in signals:
        phrase = signal.phrase.lower()
        place = text.find(phrase, at)
        if place < 0:
            place = text.find(phrase)  # said out of order: its first place
        else:
            at = place + len(phrase)
        places.append(place)
    return places


def _split(signals: list[Signal], text: str, start: int) -> tuple[list[Signal], list[Signal]]:
    """The firm signals said before ``start`` and those said from there on."""
    placed = [(s, p) for s, p in zip(signals, _places(signals, text), strict=True) if p >= 0]
    before = [s for s, p in placed if not s.weak and p < start]
    after = [s for s, p in placed if not s.weak and p >= start]
    return before, after


def _last(pattern: Cue, text: str) -> re.Match[str] | None:
    """The last match: a later note or repair outweighs the earlier ones."""
    return next(reversed(list(pattern.finditer(text))), None)


def _updated(signals: list[Signal], text: str) -> list[Signal]:
    """ "Ich komme! Update: klappt doch nicht", "Ignore my last mail, I can't come after
    all": a later note turning the answer above it, with a word of turning back in it,
    outweighs what disagrees with it, when all it says agrees with itself."""
    marker = _last(cue("answer", "update_marker"), text)
    after = text[marker.end() :] if marker else ""
    if marker is None or not cue("answer", "update_turn").search(after):
        return signals
    later = _split(signals, text, marker.end())[1]
    kinds = {s.answer for s in later}
    if len(kinds) != 1:
        return signals
    said = kinds.pop()
    return [s for s in signals if s in later or s.weak or s.answer is said]


def _postscript(signals: list[Signal], text: str) -> list[Signal]:
    """ "Klar komme ich. PS: Muss doch absagen, Kind krank": a postscript that is itself a
    full answer about the evening, with a word of turning back in it, outweighs the answer
    above it. One about cake or a companion ("PS: Kuchen schaffe ich doch nicht") turns
    nothing: an answer read in it must name coming or declining itself."""
    marker = _last(cue("answer", "postscript"), text)
    after = text[marker.end() :] if marker else ""
    if marker is None or not cue("answer", "update_turn").search(after):
        return signals
    if cue("answer", "postscript_aside").search(after):
        return signals
    later = _split(signals, text, marker.end())[1]
    whole = cue("answer", "postscript_answer")
    if not any(whole.search(s.phrase.lower()) for s in later):
        return signals
    kinds = {s.answer for s in later}
    if len(kinds) != 1:
        return signals
    said = kinds.pop()
    return [s for s in signals if s in later or s.weak or s.answer is said]


# a repair opened by a no-word: "no wait", "nein, warte", "nee, moment"
_OPENED = re.compile(
    r"\W*(nein|nee|noe|ne|no|nope|nah)[\s,;:–—-]+(warte|wait|moment|halt|stopp|hang on|hold on)\b"
    r"(?!\s+(nicht|nich|net|not|for|auf|until|till|bis)\b)"
)


def _marker_word_dropped(
    signals: list[Signal], text: str, marker: re.Match[str]
) -> tuple[list[Signal], bool]:
    """The signals without the bare no-word that opens the repair marker ("Me and my wife
    are coming – no wait, just me": the "no" stops the sentence, it declines nothing),
    and whether one was dropped."""
    if not _OPENED.match(marker.group(0)):
        return signals, False
    places = _places(signals, text)
    kept = [
        s
        for s, at in zip(signals, places, strict=True)
        if not (
            s.answer is Answer.NO
            and s.phrase.lower() in _BARE_WORDS
            and marker.start() <= at < marker.end()
        )
    ]
    return kept, len(kept) < len(signals)


def repaired(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with those before the last repair dropped where the repair disagrees.

    ``text`` is the whole reply in the folded, lower-cased spelling the signals'
    phrases come from.
    """
    signals = _postscript(_updated(signals, text), text)
    marker = _last(cue("answer", "repair"), text)
    if marker is None:
        return signals
    signals, opened = _marker_word_dropped(signals, text, marker)
    earlier, later = _split(signals, text, marker.start())
    if opened and not later:
        # "Wir kommen zu zweit – nein, warte, …": the no-word opens the repair and answers
        # nothing; what it takes back, with nothing read after it, is for a person
        if earlier:
            return [*signals, Signal(Answer.MAYBE, f"{marker.group(0).strip()}{TAKEN_BACK}")]
        return signals
    worded = any(word in _BARE_WORDS - {"doch"} for word in _WORD.findall(marker.group(0)))
    if earlier and not later and not worded:
        # "Ich kann nicht – doch, …" with nothing read after it: taken back, but what
        # was meant instead is for a person to read ("ach nee" with no answer read in
        # it is surprise, not a repair)
        taken = f"{marker.group(0).strip()}{TAKEN_BACK}"
        if _DOCH.match(taken) and all(s.answer is Answer.NO for s in earlier):
            # "Ich komme nicht. Doch!": a no contradicted, a yes against it; no doubt a
            # second reader could settle towards the no
            return [*signals, Signal(Answer.YES, taken)]
        return [*signals, Signal(Answer.MAYBE, taken)]
    kinds = {s.answer for s in later}
    if _yes_word_after_no(signals, text, marker.start()):
        # "Nein, warte – ja!", "Nope… wait, yes!": a bare yes-word after the repair takes
        # the no back, yet "No – oh yes, the dentist" only remembers: a person reads it
        return [*signals, Signal(Answer.MAYBE, f"{marker.group(0).strip()}{TAKEN_BACK}")]
    if len(kinds) != 1 or not earlier:
        return signals
    if all(s.phrase.lower() in _BARE_WORDS for s in later):
        # "Ich komme! Ach nee, wie schön, dass …": a no-word alone may be surprise
        return signals
    said = kinds.pop()
    return [s for s in signals if s in later or s.weak or s.answer is said]


def repair_tail(words: str, evidence: list[str]) -> str:
    """The words from the last repair, later note or postscript on, where the answer's
    evidence is said there ("Ich komme nicht. Korrektur: ich komme doch"): what was taken
    back before it is no second thought against the answer. Otherwise all the words."""
    marks = (
        cue("answer", name) for name in ("repair", "update_marker", "postscript", "final_word")
    )
    starts = [found.start() for mark in marks if (found := _last(mark, words)) is not None]
    if not starts:
        return words
    tail = words[max(starts) :]
    lowered = tail.lower()
    return tail if any(p and p in lowered for p in evidence) else words
