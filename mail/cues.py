"""Cue lexicons: the words that signal an answer, a topic or an absence, kept as data.

Each ``mail/lexicon/<kind>_<language>.toml`` maps a cue name to a list of
regular expressions. All files of one kind are merged, so a language is added
by adding a file, and a phrase by adding a line, without touching the reader.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib.resources import files

from mail.prefilter import WordIndex, needs, tail
from mail.wordforms import fold, fold_pattern

# Kinds whose texts are read in folded spelling (see mail.wordforms); the topic
# lexicon matches titles as written.
_FOLDED = frozenset({"answer", "ooo", "guard"})


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


_TEXTS_KEPT = 256


def _alternation(patterns: tuple[str, ...] | list[str]) -> str:
    # one pattern stays as written: a leading "(?m)" must stay in front
    return patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)


class Cue:
    """Patterns tried in order as one alternation, like ``re.compile("(?:a)|(?:b)")``.

    Only the patterns whose plain words occur in a text run over it (see
    :mod:`mail.prefilter`): a pattern left out could not have matched there,
    so every result is the one the whole alternation gives, found sooner.
    The methods are those of :class:`re.Pattern` the readers use.
    """

    def __init__(self, patterns: tuple[str, ...], flags: int, index: WordIndex) -> None:
        self.patterns, self.flags = patterns, flags
        self.pattern = _alternation(patterns)
        self._index = index
        self._always = 0  # the patterns that need no particular word, as bits
        self._bits: dict[str, int] = {}  # a word -> the patterns it lets run
        for number, pattern in enumerate(patterns):
            words = needs(pattern, flags)
            index.add(words)
            if words is None:
                self._always |= 1 << number
            for word in words or ():
                self._bits[word] = self._bits.get(word, 0) | 1 << number
        self._compiled: dict[int, re.Pattern[str] | None] = {}
        # a pattern that opens with a long lazy group is tried at every position;
        # the words after the group are looked for first
        self._tail = tail(patterns[0], flags) if len(patterns) == 1 else None
        self._by_text: dict[str, re.Pattern[str] | None] = {}

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the patterns that could match ``text``; None if none could."""
        # a clause is searched by one cue several times as it is read; a few
        # hundred texts cover one reply and the greetings that come back
        if text in self._by_text:
            return self._by_text[text]
        if len(self._by_text) >= _TEXTS_KEPT:
            self._by_text.clear()
        self._by_text[text] = found = self._alive(text)
        return found

    def _alive(self, text: str) -> re.Pattern[str] | None:
        alive = self._always
        if self._bits:
            for word in self._index.present(text):
                alive |= self._bits.get(word, 0)
        if alive and self._tail is not None and self._tail.search(text) is None:
            alive = 0
        try:
            return self._compiled[alive]
        except KeyError:
            pass
        chosen = [p for number, p in enumerate(self.patterns) if alive >> number & 1]
        compiled = re.compile(_alternation(chosen), self.flags) if chosen else None
        if len(self._compiled) >= 4096:
            # the mixes that occur repeat; after a flood of new ones, start again
            self._compiled.clear()
        self._compiled[alive] = compiled
        return compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self._for(text)
        return found.search(text, pos) if found else None

    def match(self, text: str) -> re.Match[str] | None:
        found = self._for(text)
        return found.match(text) if found else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        found = self._for(text)
        return found.fullmatch(text) if found else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._for(text)
        return found.finditer(text) if found else iter(())

    def findall(self, text: str) -> list[str]:
        found = self._for(text)
        return found.findall(text) if found else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        found = self._for(text)
        return found.sub(repl, text, count) if found else text


@cache
def _index(kind: str) -> WordIndex:
    """One index of the words the cues of ``kind`` need, shared so a text is scanned once.

    It holds every pattern's words from the start: an index that grew cue by cue
    would be rebuilt as often.
    """
    index = WordIndex()
    for patterns in lexicon(kind).values():
        for pattern in patterns:
            index.add(needs(_spelled(kind, pattern), re.IGNORECASE))
    return index


def _spelled(kind: str, pattern: str) -> str:
    return fold_pattern(pattern) if kind in _FOLDED else pattern


@cache
def cue(kind: str, name: str) -> Cue:
    """One cue as a single case-insensitive pattern; a cue no file defines never matches.

    Patterns of the folded kinds match texts passed through :func:`folded`.
    """
    patterns = tuple(_spelled(kind, p) for p in lexicon(kind).get(name, ()))
    return Cue(patterns, re.IGNORECASE, _index(kind))


@cache
def each(kind: str, name: str, flags: int = re.IGNORECASE) -> tuple[Cue, ...]:
    """Each pattern of one cue on its own, for readers that apply them one after another."""
    return tuple(Cue((pattern,), flags, _index(kind)) for pattern in lexicon(kind).get(name, ()))


def folded(kind: str, text: str) -> str:
    """``text`` in the spelling the cues of ``kind`` are matched in.

    Long cue words one typo away are mended too: the lexicon lists them as
    ``typo_cues``, and look-alikes that are words of their own as ``real_words``.
    """
    if kind not in _FOLDED:
        return text
    return _folded(kind, text)


@cache
def _typo_words(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = lexicon(kind)
    cues = tuple(fold_pattern(w).lower() for w in words.get("typo_cues", ()))
    real = tuple(fold_pattern(w).lower() for w in words.get("real_words", ()))
    return cues, real


# a reply's sentences are folded again by each reader that looks at them
@lru_cache(maxsize=256)
def _folded(kind: str, text: str) -> str:
    cues, real = _typo_words(kind)
    return fold(text, cues, real, held=kind == "answer")
