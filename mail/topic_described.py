"""Votes that describe a listed topic instead of naming it.

"Ich hätte gern das Thema, bei dem es um Alt-Texte geht", "whichever one's
about tagging AI pictures – that one", "the topic on marking AI-made images,
please": a pointer ("das Thema, bei dem es um … geht", "das mit …", "the one
about …") and what follows it describe the topic; which listed topic that is
is decided against the list, outside the text (``services/topic_match``). The
sentence must choose ("das wär meins", "please", "that one") and be neither
asked, turned down nor about an evening that was. The pointers and the words
that choose live in ``mail/lexicon/topic_*.toml`` (``describes``,
``described_choice``, ``described_not``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.cues import Cue, cue, each
from mail.topic_choice import sentence_clauses

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True)
class Described:
    clauses: tuple[str, ...]  # the clauses that point and choose: they answer nothing
    description: str  # what the topic is said to be about


def described_choices(text: str) -> list[Described]:
    """The sentences of ``text`` that choose a topic by describing it."""
    pointer = cue("topic", "describes")
    if not pointer.search(text):
        return []
    chooses = cue("topic", "described_choice")
    refused = [cue("topic", name) for name in ("not_chosen", "not_wished", "described_not")]
    found: list[Described] = []
    for sentence in _SENTENCE.findall(text):
        said = sentence.strip()
        if not said or said.endswith("?") or not pointer.search(said):
            continue
        if not chooses.search(said) or any(brake.search(said) for brake in refused):
            continue
        for pattern in each("topic", "describes"):
            match = pattern.search(said)
            if match and match.group("d").strip():
                found.append(Described(_choosing(said, match, chooses), match.group("d").strip()))
                break
    return found


def _choosing(sentence: str, pointer: re.Match[str], chooses: Cue) -> tuple[str, ...]:
    """The clauses from the first to the last that points or chooses: "Won't make it, but
    I'd like to vote for the accessibility topic" keeps "Won't make it" as the answer."""
    spans = [(pointer.start(), pointer.end())]
    spans += [(m.start(), m.end()) for m in chooses.finditer(sentence)]
    clauses = sentence_clauses(sentence)
    marked = [
        i
        for i, (start, end, _) in enumerate(clauses)
        if any(a < end and b > start for a, b in spans)
    ]
    return tuple(text for _, _, text in clauses[min(marked) : max(marked) + 1] if text)
