"""Giving up the evening denied, an emphatic no-word beside it agreeing: a yes.

"Not skipping this one – never!", "Ich sage nicht ab, niemals!", "Won't be missing
it. Not a chance.", "Nope, not skipping!": the member denies skipping, cancelling or
missing the evening; "never", "niemals", "no way", "nope" only say how firmly. Read
as a no-word they turned such a reply into a no, the opposite of what was said.

The denial counts only when the member makes it (no one else is named before it),
it is not asked, hoped or set on a condition, and it gives up the evening itself
("I won't cancel my holiday, no way" names something else). Cues are in
``mail/lexicon/answer_giving_up_denied.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.clauses import sentences
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["agreeing", "giving_up_denied"]

# a turn after the denial ("…, aber diesmal muss ich"): the denial may not be the answer
_TURN = re.compile(r"\b(?:aber|but|doch|jedoch|however|leider|unfortunately|sadly)\b")


def _c(name: str) -> Cue:
    return cue("answer", name)


def _denial(sentence: str) -> str:
    """The member's denial of giving up the evening in ``sentence``, or ""."""
    if sentence.rstrip().endswith("?") or _c("condition").search(sentence):
        return ""
    if _c("hope").search(sentence) or _c("maybe").search(sentence):
        return ""  # "I hope I won't be skipping it": a doubt stays a doubt
    fronted = _c("giving_up_denied_fronted").match(sentence)
    if fronted:
        return fronted.group(0).strip()  # "Nie und nimmer sag ich ab!"
    for found in _c("giving_up_denied").finditer(sentence):
        before = sentence[: found.start()]
        clause = before[max(before.rfind(","), before.rfind(";"), before.rfind("–")) + 1 :]
        # "Absagen tu ich nicht gern, aber diesmal muss ich": a turn after it may undo it
        if _c("giving_up_subject").match(clause) and not _TURN.search(sentence, found.end()):
            return found.group(0).strip()
    return ""


def _emphatic(phrase: str) -> bool:
    return _c("emphatic_agreeing").match(phrase) is not None


def giving_up_denied(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with the no-words agreeing with a denied giving up dropped, and the
    denial read as the yes it is; ``text`` is the reply, folded and lower-cased."""
    said = sentences(text)
    denials = [(index, _denial(sentence)) for index, sentence in enumerate(said)]
    denials = [(index, phrase) for index, phrase in denials if phrase]
    if not denials:
        return signals
    # the sentences the denial is said in, and an emphatic one alone beside it
    near: set[str] = set()
    for index, _ in denials:
        near.add(said[index])
        for other in (index - 1, index + 1):
            if 0 <= other < len(said) and _emphatic(said[other]):
                near.add(said[other])
    # the no-words agreeing, and the verb given up read as a refusal of its own
    agreeing_no = [
        s
        for s in signals
        if s.answer is Answer.NO
        and (
            (_emphatic(s.phrase) and any(s.phrase in n for n in near))
            or any(s.phrase in phrase for _, phrase in denials)
        )
    ]
    kept = [s for s in signals if s not in agreeing_no]
    if any(s.answer is not Answer.YES and not s.weak for s in kept):
        return signals  # a refusal or a doubt of its own stays, the reply is mixed
    if any(s.answer is Answer.YES and not s.weak for s in kept):
        return kept
    return [*kept, Signal(Answer.YES, denials[0][1])]


def agreeing(before: str, clause: str) -> bool:
    """Is ``clause`` only an emphatic no-word agreeing with the member's denial of giving
    up in ``before`` ("Not skipping this one" – "never!")? For the guard, which reads a
    bare negation after a yes as a turn."""
    return _emphatic(clause.lower()) and bool(_denial(before.lower()))
