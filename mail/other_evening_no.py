"""A no said only of another evening, with this evening named after it and not refused.

"Das letzte Treffen war toll, leider konnte ich nicht lang bleiben. Diesmal bleibe
ich länger!", "Last time I couldn't stay long. This time I'll stay till the end": the
"leider … nicht" belongs to then. Where the rules find no answer, the trained reader
counts such words as a no; what is said of this evening after them refuses nothing,
so a no recorded from them may be the opposite of what is meant.
"""

from __future__ import annotations

from mail.answer_signals import of_another_evening
from mail.clauses import clauses, sentences
from mail.guard_signs import first_match, guard

__all__ = ["then_not_now"]


def _refusal(clause: str) -> str:
    return first_match(guard("decline"), clause) or first_match(guard("regret"), clause)


def then_not_now(words: str) -> str:
    """The clause refusing another evening, when every refusal in ``words`` is of another
    evening and a later clause names this one without refusing it; else "".

    ``words`` is in the folded spelling of the answer cues.
    """
    now_cue = guard("this_time")
    then = ""
    for sentence in sentences(words):
        past = False  # the sentence spoke of another evening: its clauses after go on so
        for clause in clauses(sentence):
            lowered = clause.lower()
            past |= of_another_evening(lowered)
            now = bool(now_cue.search(lowered))
            refused = _refusal(lowered)
            if refused and (now or not past):
                return ""  # a refusal of this evening, or of none named: it may be meant
            if refused:
                then = then or clause.strip()
            elif now and then:
                return then
    return ""
