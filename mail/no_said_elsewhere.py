"""A no that may belong elsewhere: to another evening, or to another person's question.

"Das letzte Treffen war toll, leider konnte ich nicht lang bleiben. Diesmal bleibe
ich länger!", "Last time I couldn't stay long. This time I'll stay till the end": the
"leider … nicht" belongs to then. Where the rules find no answer, the trained reader
counts such words as a no; what is said of this evening after them refuses nothing,
so a no recorded from them may be the opposite of what is meant.

"Meine Tochter fragte, ob ich auf sie aufpassen kann. Ich musste leider nein sagen,
weil ich zum Stammtisch gehe", "Ich wurde gefragt, ob ich absagen will. Nein!": the
no answers the question someone else asked, about something other than coming.
"""

from __future__ import annotations

import re

from mail.answer_signals import of_another_evening
from mail.clause_signals import clause_signals
from mail.clauses import clauses, sentences
from mail.guard_signs import first_match, guard
from mail.types import Answer

__all__ = ["no_elsewhere", "then_not_now"]

# the question asked of the member: "ob ich …", "if I could …", "whether we'd …"
_OF_ME = re.compile(r"^\W*(?:ich|wir|i|we|i'd|we'd|i'm|i'll)\b")


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


def other_question(words: str, evidence: list[str]) -> str:
    """The question someone else asked, when every phrase the no was read from is in it or
    in the sentence after it, and it asks about anything but coming; else "".

    ``words`` and ``evidence`` are in the folded spelling of the answer cues, the evidence
    lower-cased.
    """
    found = sentences(words)
    for at, sentence in enumerate(found):
        lowered = sentence.lower()
        asked = guard("asked_by_another").search(lowered)
        if asked is None or not evidence:
            continue
        content = lowered[asked.end() :]
        if not _OF_ME.match(content):
            continue  # "DMs asking whether the sauna is open": not a question to the member
        if any(s.answer is Answer.YES for s in clause_signals(content, False)):
            continue  # "Ihr fragt, ob ich komme? Nein.": the invitation's own question
        reach = content + "\n" + (found[at + 1].lower() if at + 1 < len(found) else "")
        if all(phrase in reach for phrase in evidence):
            return sentence.strip()
    return ""


def no_elsewhere(words: str, evidence: list[str]) -> str:
    """Why a no read from ``words`` may belong to another evening or question, or ""."""
    if then := then_not_now(words):
        return f"the no is said of another evening, this one named after it: {then!r}"
    if asked := other_question(words, evidence):
        return f"the no may answer a question someone else asked: {asked!r}"
    return ""
