"""A need named with "without", then said to be met: a yes.

"Ohne Auto komme ich nicht hin – aber ich leihe mir eins", "Can't come without a
babysitter – and I've got one!": the no is conditional on a need the member names,
and the words right after it say the need is met. Read alone the no was recorded.

Only a no whose own clause names the need ("ohne", "without", "nur mit"), the words
after it in its sentence, or the sentence after, saying the member has it (``need_met``
in ``mail/lexicon/answer_need_met.toml``), and no other no in the reply.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.clauses import sentences
from mail.cues import Cue, cue
from mail.types import Answer

__all__ = ["need_met"]

# where the words after the no begin: a dash, a semicolon, a comma or a new sentence
_BREAK = re.compile(r"[–—;,]|\s-\s")


def _c(name: str) -> Cue:
    return cue("answer", name)


def _find(sentence: str, phrase: str) -> int:
    """Where ``phrase`` is said in ``sentence``; a phrase with words blanked inside it
    ("i       come" of "i can't come") is found by its words, -1 if not at all."""
    at = sentence.find(phrase)
    if at >= 0 or not phrase.split():
        return at
    words = r"\b.{0,20}?\b".join(re.escape(w) for w in phrase.split())
    found = re.search(words, sentence)
    return found.start() if found else -1


def _met_after(sentence: str, following: str, at: int) -> str:
    """The words saying the need is met, after position ``at`` of ``sentence`` or at the
    start of the ``following`` sentence, or ""."""
    rest = sentence[at:]
    for part in [*(_BREAK.split(rest)[1:]), following]:
        found = _c("need_met").match(part)
        # "I have one, but it's broken": the need met is taken back
        if found and not _c("need_unmet").search(part[found.end() :]):
            return found.group(0).strip()
    return ""


def need_met(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with a no on a need dropped and a yes for it, where the need is said
    to be met; ``text`` is the reply, folded and lower-cased."""
    noes = [s for s in signals if s.answer is Answer.NO and not s.weak]
    if not noes:
        return signals
    said = sentences(text)
    for index, sentence in enumerate(said):
        places = [_find(sentence, s.phrase.lower()) for s in noes]
        if min(places) < 0:
            continue  # every no is said in the sentence that names the need
        at = max(places)
        if not _c("need_named").search(_BREAK.split(sentence[: at + 40])[0]):
            continue
        following = said[index + 1] if index + 1 < len(said) else ""
        met = _met_after(sentence, following, at)
        if met:
            return [*(s for s in signals if s not in noes), Signal(Answer.YES, met)]
    return signals
