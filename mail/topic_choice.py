"""The words of a reply beside the clauses that chose a listed topic.

"Mastodon for clubs, definitely." chooses a topic: the "definitely" says how
sure the choice is, not that the member comes. Once the clauses that chose a
topic are set aside, with the emphasis that stands beside them in the same
sentence ("ganz klar", "for sure", "auf jeden Fall"), what is left is what
the reply says about the evening.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mail.cues import cue
from mail.topic_titles import STRIP_START

# the sentences and clause breaks choosing clauses are cut by (mail.topic_text)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_CLAUSE_BREAK = re.compile(r"(\s*(?:[,;]|\s[–—-]\s|[–—])\s*)")


def sentence_clauses(sentence: str) -> list[tuple[int, int, str]]:
    """The clauses of a sentence as :func:`words_beside_choices` cuts them: where each
    starts and ends in ``sentence``, and its words."""
    found: list[tuple[int, int, str]] = []
    start = 0
    for mark in (*_CLAUSE_BREAK.finditer(sentence), None):
        end = mark.start() if mark is not None else len(sentence)
        found.append((start, end, sentence[start:end].strip(STRIP_START)))
        if mark is not None:
            start = mark.end()
    return found


def words_beside_choices(text: str, choosing: Sequence[str]) -> str:
    """``text`` without the ``choosing`` clauses and the bare emphasis beside them."""
    chosen = {clause.strip() for clause in choosing if clause.strip()}
    if not chosen:
        return text
    emphasis = cue("topic", "emphasis")

    def without(sentence: re.Match[str]) -> str:
        parts = _CLAUSE_BREAK.split(sentence.group(0))
        words = [part.strip(STRIP_START) for part in parts[::2]]
        if not any(word in chosen for word in words):
            return sentence.group(0)
        kept = [
            word
            for word in words
            if word and word not in chosen and not emphasis.fullmatch(word.rstrip(".!?"))
        ]
        return ", ".join(kept) + ("." if kept else "")

    return _SENTENCE.sub(without, text)
