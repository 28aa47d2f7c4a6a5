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
    """One cue as a single case-insensitive pattern; a cue no file defines never matches."""
    patterns = lexicon(kind).get(name, ())
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
