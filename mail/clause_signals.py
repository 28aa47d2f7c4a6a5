"""Signals of yes, no and maybe in one clause of a member's words.

:func:`clause_signals` finds what a single clause says of coming (a yes, a
no, a maybe, and how firmly); :mod:`mail.answer_signals` turns them sentence
by sentence. Cues come from the lexicons in ``mail/lexicon/answer_*.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["Signal", "clause_signals", "mask"]


@dataclass(frozen=True)
class Signal:
    answer: Answer
    phrase: str
    weak: bool = False  # a bare yes-word: counts only when nothing else is said


def _c(name: str) -> Cue:
    return cue("answer", name)


# Each yes-phrase is weighed against the rest of its clause; a clause of more than a
# dozen is no sentence a person writes ("Zusage Zusage Zusage …"), and weighing
# thousands of them, each against all the others, took seconds.
MOST_PHRASES = 12


def mask(pattern: re.Pattern[str] | Cue, clause: str) -> tuple[str, list[str]]:
    """Blank every match (as ``pattern.sub`` would), in one pass; the phrases found."""
    found: list[str] = []
    pieces: list[str] = []
    end = 0
    for match in pattern.finditer(clause):
        start, stop = match.span()
        phrase = match.group(0).strip()
        if phrase:
            found.append(phrase)
        pieces += (clause[end:start], " " * (stop - start))
        end = stop
    if not pieces:
        return clause, found
    pieces.append(clause[end:])
    return "".join(pieces), found


def _negated(rest: str, start: int, end: int) -> bool:
    """Is the coming at ``start``-``end`` negated by a negation in the rest of its clause?

    Not by one inside a condition: "I'll come if it's not raining", "if the train isn't
    late I'm in" put a condition on the coming (the clause reads a maybe), they deny
    nothing of it.
    """
    conditions = [found.start() for found in _c("condition").finditer(rest)]
    for negation in _c("negation").finditer(rest):
        at = negation.start()
        if not any(c < at and (c > end or at < start) for c in conditions):
            return True
    return False


def _yes_signals(clause: str, unmasked: str, maybes: list[str], proxy: bool) -> list[Signal]:
    found: list[Signal] = []
    patterns = [(_c("yes"), False)]
    if proxy:
        patterns.append((_c("proxy_yes"), False))
    for pattern, weak in patterns:
        for match in islice(pattern.finditer(clause), MOST_PHRASES):
            start, end = match.span()
            # Blank only the phrase's own words ("warum nicht"), not a masked "can't" inside it.
            own = "".join(
                " " if kept != " " else ch
                for kept, ch in zip(clause[start:end], unmasked[start:end], strict=True)
            )
            rest = unmasked[:start] + own + unmasked[end:]
            phrase = match.group(0).strip()
            negated_inside = _c("negation").search(phrase) and not _c(
                "yes_despite_negation"
            ).search(phrase)
            if negated_inside or _negated(rest, start, end):
                found.append(Signal(Answer.NO, phrase))
            elif maybes or _c("condition").search(rest):
                found.append(Signal(Answer.MAYBE, phrase))
            else:
                found.append(Signal(Answer.YES, phrase, weak))
    if not found and not _c("negation").search(unmasked):
        for pattern in (_c("opener"), _c("weak")):
            bare = pattern.search(clause)
            if bare:
                found.append(Signal(Answer.YES, bare.group(0).strip(), weak=True))
                break
    return found


_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _hedges_something_else(masked: str, maybes: list[str]) -> bool:
    """Is a hedge ("wahrscheinlich", "probably") said of something other than coming?

    A hedge doubts the clause it stands in. Alone, or with no more than filler
    words ("wahrscheinlich schon", "so: probably"), it answers; with words of
    its own and no answer cue ("probably in jeans", "wahrscheinlich die
    Älteste"), it speaks of those words, not of the evening.
    """
    hedge = _c("hedge")
    if not all(hedge.fullmatch(phrase) for phrase in maybes):
        return False
    filler = _c("hedge_filler")
    return any(not filler.fullmatch(word) for word in _WORDS.findall(masked))


def _later_of_something_else(clause: str) -> bool:
    """Does "next time" stand with words of its own, not with the words of coming?

    "Nächstes Mal gern wieder", "maybe next time, sorry" put the member's coming off
    to a later evening: a no to this one. "Ein tolles Thema für nächstes Mal",
    "Nächstes Mal bringe ich Kuchen mit" speak of what that evening should have,
    and say nothing of this one.
    """
    if _c("later_coming").search(clause):
        return False  # "würde gern beim nächsten Mal vorbeischauen und mich vorstellen"
    rest = mask(_c("next_time"), clause)[0]
    for name in ("no", "maybe", "yes", "opener", "weak"):
        rest = mask(_c(name), rest)[0]
    company = _c("later_company")
    return any(not company.fullmatch(word) for word in _WORDS.findall(rest))


def _later_declined(clause: str) -> bool:
    """Is a later evening named and then denied ("nächstes Mal eher nicht", "the next one
    probably not")? The no is that evening's; the clause says nothing of this one."""
    later = _c("later_evening").search(clause)
    if later is None or _c("this_evening").search(clause):
        return False
    after = clause[later.end() :]
    return bool(_c("negation").search(after) or _c("no").search(after))


def clause_signals(clause: str, proxy: bool) -> list[Signal]:
    if _later_declined(clause):
        return []
    if _c("double_negation").search(clause):
        # "I can't not come": the rest of the mail decides; saying no denied is a yes
        denied = _c("no_denied").search(clause)
        return [Signal(Answer.YES, denied.group(0).strip())] if denied else []
    said = clause
    clause, _ = mask(_c("joy_told_past"), clause)  # "I was so looking forward to it"
    clause, eager = mask(_c("eager"), clause)
    clause, _ = mask(_c("neutral"), clause)
    clause, _ = mask(_c("now_elsewhere"), clause)  # "bin grad im Skiurlaub": not that evening
    clause, _ = mask(_c("absence_until"), clause)  # "away until the 25th": which days?
    # "verpasse ich auf keinen Fall", "can't miss this one": a yes with a negation in it,
    # read before any "no" so neither its negation nor its "auf keinen Fall" turns it
    clause, insisted = mask(_c("yes_negated"), clause)
    clause, hedged = mask(_c("hedged_no"), clause)  # "probably not": before "probably"
    clause, maybes = mask(_c("maybe"), clause)
    # Negations are judged before "no" phrases are masked: "ich komme leider nicht".
    unmasked = clause
    clause, noes = mask(_c("no"), clause)
    later = _c("next_time")
    if any(later.search(phrase) for phrase in noes) and _later_of_something_else(said):
        # what is said of that later evening is not said of this one either
        noes, eager = [phrase for phrase in noes if not later.search(phrase)], []
    noes = hedged + noes
    signals = [Signal(Answer.MAYBE, phrase) for phrase in maybes]
    signals += [Signal(Answer.NO, phrase) for phrase in noes]
    signals += [Signal(Answer.YES, phrase) for phrase in insisted]
    yes = _yes_signals(clause, unmasked, maybes, proxy)
    if maybes and not (noes or insisted or yes) and _hedges_something_else(clause, maybes):
        # "Ich komme, wahrscheinlich ein bisschen nervös", "I'll be there, probably in
        # jeans": a hedge doubts its own clause, here the nerves or the clothes
        signals = [s for s in signals if s.answer is not Answer.MAYBE]
    if noes:
        # a no in the same clause qualifies its yes: "there in spirit", "sag ich ab",
        # "beim nächsten Mal bin ich dabei"
        yes = [s for s in yes if s.answer is not Answer.YES]
    elif not yes and not _c("negation").search(unmasked):
        yes = [Signal(Answer.YES, phrase, weak=True) for phrase in eager]
    later = _c("next_time")
    if any(s.answer is Answer.NO and later.search(s.phrase) for s in signals):
        # "Nächstes Mal vielleicht wieder", "next time maybe": the doubt is about the later
        # evening the clause names; this one is a no
        signals = [s for s in signals if s.answer is not Answer.MAYBE]
    if any(s.answer is Answer.NO for s in signals + yes):
        # a hedged no is a no: "wahrscheinlich nicht", "probably can't make it"
        hedge = _c("hedge")
        signals = [
            s for s in signals if s.answer is not Answer.MAYBE or not hedge.fullmatch(s.phrase)
        ]
        if any(s.answer is Answer.MAYBE for s in signals):
            # a real doubt in the clause of a no: "I might not make it", "vielleicht
            # schaffe ich es nicht", "a chance I'll be stuck at work" are a maybe;
            # "vielleicht nächstes Mal" is still a no
            later = _c("next_time")
            yes = [Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.NO else s for s in yes]
            signals = [
                Signal(Answer.MAYBE, s.phrase)
                if s.answer is Answer.NO and not later.search(s.phrase)
                else s
                for s in signals
            ]
    return signals + yes
