"""Cue lexicons: the words that signal an answer, a topic or an absence, kept as data.

Each ``mail/lexicon/<kind>_<language>.toml`` maps a cue name to a list of
regular expressions. All files of one kind are merged, so a language is added
by adding a file, and a phrase by adding a line, without touching the reader.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from mail.wordforms import fold, fold_pattern

# Kinds whose texts are read in folded spelling (see mail.wordforms); the topic
# lexicon matches titles as written.
_FOLDED = frozenset({"answer", "ooo"})


@cache
def lexicon(kind: str) -> dict[str, tuple[str, ...]]:
    """Every cue of one kind ("answer", "topic", "ooo"), merged over its language files."""
    merged: dict[str, list[str]] = {}
    folder = files("mail").joinpath("lexicon")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not (entry.name.startswith(f"{kind}_") and entry.name.endswith(".toml")):
            continue
        for name, patterns in tomllib.loads(entry.read_text(encoding="utf-8")).items():
            merged.setdefault(name, []).extend(patterns)
    return {name: tuple(patterns) for name, patterns in merged.items()}


@cache
def cue(kind: str, name: str) -> re.Pattern[str]:
    """One cue as a single case-insensitive pattern; a cue no file defines never matches.

    Patterns of the folded kinds match texts passed through :func:`folded`.
    """
    patterns = lexicon(kind).get(name, ())
    if not patterns:
        return re.compile(r"(?!x)x")
    if kind in _FOLDED:
        patterns = tuple(fold_pattern(p) for p in patterns)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def folded(kind: str, text: str) -> str:
    """``text`` in the spelling the cues of ``kind`` are matched in.

    Long cue words one typo away are mended too: the lexicon lists them as
    ``typo_cues``, and look-alikes that are words of their own as ``real_words``.
    """
    if kind not in _FOLDED:
        return text
    words = lexicon(kind)
    cues = tuple(fold_pattern(w).lower() for w in words.get("typo_cues", ()))
    real = tuple(fold_pattern(w).lower() for w in words.get("real_words", ()))
    return fold(text, cues, real, held=kind == "answer")
