"""An impossibility and the clause it governs, read as one: that clause turned round.

"Unmöglich, dass ich fehle" and "Dass ich fehle, ist ausgeschlossen" are a yes,
"keine Chance, dass ich das schaffe" and "Dass ich komme, halte ich für
ausgeschlossen" a no. Cues come from ``mail/lexicon/answer_*.toml``
(``impossible_lead``, ``impossible_that``, ``missing``, ``missing_alone``).
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal, clause_signals
from mail.clauses import clauses
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["impossible"]


def _c(name: str) -> Cue:
    return cue("answer", name)


def impossible(spoken: str, proxy: bool) -> tuple[str, list[Signal]]:
    """An impossibility and the clause it governs, read as one: that clause turned round.

    "Unmöglich, dass ich fehle", "no way I'm missing this" are a yes; "keine
    Chance, dass ich das schaffe" is a no; "unmöglich, dass ich nicht komme" a
    yes. The clause joins with "dass"/"that", or straight on with no comma
    between. A no turned into a yes needs the "dass": without it, as in
    dictation with no commas ("no way i cant"), it goes to a person. Anything
    else ("Auf keinen Fall, bin in Berlin") is left to the clauses.
    """
    lead = _c("impossible_lead").search(spoken.lower())
    if lead is None:
        return spoken, []
    # "nicht ausgeschlossen, dass ich komme", "not impossible that I miss it": a doubt
    doubted = _c("negation").search(spoken.lower()[max(0, lead.start() - 12) : lead.start()])
    rest = spoken[lead.end() :]
    ended = not rest.strip(" !.…")
    if ended or re.match(r"\s*[,;:–—-]", rest):
        fronted = _impossible_fronted(spoken, lead.start(), lead.end(), proxy, bool(doubted))
        if fronted:
            return fronted
    if ended:
        return _impossible_after(spoken, lead.start(), lead.end())
    joined = _c("impossible_that").match(rest.lstrip(" ,").lower())
    if not joined and not re.match(r"\s+\w", rest):
        return spoken, []
    complement = next(iter(clauses(rest)), "")
    if not complement:
        return spoken, []
    says, turned = _turned_round(complement, proxy, bool(joined), bool(doubted))
    if not says:
        return spoken, []
    at = spoken.lower().find(complement, lead.end())
    if at < 0:
        return spoken, []
    end = at + len(complement)
    blanked = spoken[: lead.start()] + " " * (end - lead.start()) + spoken[end:]
    phrase = f"{lead.group(0).strip()} {complement}"
    return blanked, [] if turned is None else [Signal(turned, phrase)]


def _turned_round(
    complement: str, proxy: bool, joined: bool, doubted: bool
) -> tuple[bool, Answer | None]:
    """Does a clause governed by an impossibility speak of coming, and what it says turned
    round (None: a person must read it)."""
    # read without its "dass": "dass ich nicht dabei bin" as "ich nicht dabei bin"
    content = _c("impossible_that").sub("", complement, 1)
    negated = _c("negation").search(content)
    # a verb said last ("dass ich am Donnerstag komme") is read with its "dass"
    said = {s.answer for s in clause_signals(content, proxy) if not s.weak} or {
        s.answer for s in clause_signals(complement, proxy) if not s.weak
    }
    missed = _c("missing").search(content) and _c("first_person").search(content)
    if doubted and (missed or said):
        return True, Answer.MAYBE
    if missed:
        return True, None if negated else Answer.YES  # "…, dass ich das nicht verpasse"
    if said == {Answer.NO}:
        return True, Answer.YES if joined else None  # "no way I'm not coming": a person reads
    if said == {Answer.YES}:
        return True, Answer.NO
    return False, None


def _impossible_fronted(
    spoken: str, start: int, end: int, proxy: bool, doubted: bool
) -> tuple[str, list[Signal]] | None:
    """ "Dass ich das schaffe, ist ausgeschlossen", "Dass ich fehle, halte ich für undenkbar":
    the governed clause said first, with "dass", and the impossibility after it."""
    said = clauses(spoken[:start])
    # the main clause's own verb may stand between: "…, halte ich (es) für ausgeschlossen"
    if len(said) >= 2 and len(said[-1].split()) <= 3 and not clause_signals(said[-1], proxy):
        said = said[:-1]
    complement = next(iter(said[-1:]), "")
    if not complement or not _c("impossible_that").match(complement):
        return None
    says, turned = _turned_round(complement, proxy, True, doubted)
    at = spoken.lower().rfind(complement, 0, start)
    if not says or at < 0:
        return None
    phrase = f"{complement} {spoken[start:end].strip().lower()}"
    blanked = spoken[:at] + " " * (end - at) + spoken[end:]
    return blanked, [] if turned is None else [Signal(turned, phrase)]


def _impossible_after(spoken: str, start: int, end: int) -> tuple[str, list[Signal]]:
    """ "Nicht verpassen, no way!", "Fehlen – auf keinen Fall!": the impossibility said last,
    of missing the evening named just before it, is coming."""
    before = spoken[:start]
    said = next(iter(clauses(before)[-1:]), "")
    if not said or not _c("missing_alone").match(said):
        return spoken, []
    at = before.lower().rfind(said)
    if at < 0:
        return spoken, []
    phrase = f"{said} {spoken[start:end].strip().lower()}"
    return spoken[:at] + " " * (end - at) + spoken[end:], [Signal(Answer.YES, phrase)]
