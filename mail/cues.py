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

from mail.prefilter import WordIndex, canonical, needs, needs_all, starts, tail
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
    """Patterns tried in order, as one alternation ``re.compile("(?:a)|(?:b)")`` would.

    Each pattern is compiled once on its own and only the patterns whose plain
    words occur in a text run over it (see :mod:`mail.prefilter`): a pattern
    left out could not have matched there. Searching the patterns one by one
    and taking the leftmost match (the earlier pattern where two start at one
    place) finds what the alternation finds, without compiling an alternation
    for every mix of patterns a text lets run. The methods are those of
    :class:`re.Pattern` the readers use.
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
            for condition in _more_needed(pattern, flags):
                index.add(condition)
        self._words = frozenset(self._bits)
        # "(komme|bin)\\s+gern" also needs "gern": a pattern whose other needed
        # words are absent is left out as well
        self._more = {
            number: more for number, p in enumerate(patterns) if (more := _more_needed(p, flags))
        }
        self._more_bits = sum(1 << number for number in self._more)
        self._chosen: dict[int, tuple[re.Pattern[str], ...]] = {}
        # a pattern that opens with a long lazy group is tried at every position;
        # the words after the group are looked for first (compiled when first needed)
        self._tail_due = len(patterns) == 1
        self._tail: re.Pattern[str] | None = None
        self._by_text: dict[str, tuple[re.Pattern[str], ...]] = {}

    def _for(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The patterns that could match ``text``, in their order."""
        # a clause is searched by one cue several times as it is read; a few
        # hundred texts cover one reply and the greetings that come back
        found = self._by_text.get(text)
        if found is None:
            if len(self._by_text) >= _TEXTS_KEPT:
                self._by_text.clear()
            self._by_text[text] = found = self._alive(text)
        return found

    def _alive(self, text: str) -> tuple[re.Pattern[str], ...]:
        alive = self._always
        if self._bits:
            # a long text holds many words of other cues: only this cue's are looked at
            present = self._index.present(text)
            for word in self._words & present:
                alive |= self._bits[word]
            # only the patterns still alive are looked at, lowest bit first
            left = alive & self._more_bits
            while left:
                bit = left & -left
                left ^= bit
                if any(present.isdisjoint(c) for c in self._more[bit.bit_length() - 1]):
                    alive &= ~bit
        if alive and self._tail_due:
            self._tail_due, self._tail = False, tail(self.patterns[0], self.flags)
        if alive and self._tail is not None and self._tail.search(text) is None:
            alive = 0
        chosen = self._chosen.get(alive)
        if chosen is None:
            if len(self._chosen) >= 4096:
                self._chosen.clear()  # the mixes that occur repeat; after a flood, start again
            self._chosen[alive] = chosen = tuple(
                _compiled(p, self.flags)
                for number, p in enumerate(self.patterns)
                if alive >> number & 1
            )
        return chosen

    def possible(self, text: str) -> frozenset[str]:
        """The patterns (as written) that could match ``text``; no other one can.

        Readers that try each pattern of a cue on its own (:func:`each`) ask this
        once instead of each pattern asking for itself.
        """
        return frozenset(pattern.pattern for pattern in self._for(text))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        spelled = _long(text)
        for pattern in self._for(text):
            found = _next(pattern, text, pos, spelled)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if found.start() == pos:
                    break  # nothing starts sooner, and earlier patterns win a tie
        return best

    def match(self, text: str) -> re.Match[str] | None:
        for pattern in self._for(text):
            found = pattern.match(text)
            if found is not None:
                return found
        return None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for pattern in self._for(text):
            found = pattern.fullmatch(text)
            if found is not None:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        chosen = self._for(text)
        if len(chosen) <= 1 and (not chosen or _long(text) is None):
            return chosen[0].finditer(text) if chosen else iter(())
        return _leftmost(chosen, self.flags, text)

    def findall(self, text: str) -> list[str]:
        chosen = self._for(text)
        if len(chosen) <= 1 and (not chosen or _long(text) is None or chosen[0].groups):
            return chosen[0].findall(text) if chosen else []
        if any(pattern.groups for pattern in chosen):
            # the alternation's groups are those of all its patterns together
            return _together(chosen, self.flags).findall(text)
        return [found.group(0) for found in _leftmost(chosen, self.flags, text)]

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        chosen = self._for(text)
        if len(chosen) <= 1 and (not chosen or _long(text) is None):
            return chosen[0].sub(repl, text, count) if chosen else text
        if isinstance(repl, str) and "\\" in repl:
            # a group number in the template counts the alternation's groups
            return _together(chosen, self.flags).sub(repl, text, count)
        parts: list[str] = []
        end = 0
        for number, found in enumerate(_leftmost(chosen, self.flags, text), 1):
            parts += (text[end : found.start()], repl if isinstance(repl, str) else repl(found))
            end = found.end()
            if number == count:
                break
        if not parts:
            return text
        parts.append(text[end:])
        return "".join(parts)


# A condition of one- or two-letter words is met by nearly every text: not worth a look.
_SHORTEST_USEFUL = 3


@lru_cache(maxsize=4096)
def _more_needed(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """The conditions of ``pattern`` besides the one :func:`needs` picks, selective ones only."""
    first = needs(pattern, flags)
    return tuple(
        condition
        for condition in needs_all(pattern, flags)
        if condition != first and min(map(len, condition)) >= _SHORTEST_USEFUL
    )


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Below this length the engine's own scan of every position is as quick.
_LONG = 120
# More places than this to try one by one: the engine's scan is quicker.
_MOST_PLACES = 24


@lru_cache(maxsize=64)
def _long(text: str) -> str | None:
    """A long text in :func:`canonical` spelling, to find where matches can begin; else None."""
    if len(text) < _LONG:
        return None
    spelled = canonical(text)
    return spelled if len(spelled) == len(text) else None


@lru_cache(maxsize=4096)
def _begins(pattern: str, flags: int) -> tuple[str, ...] | None:
    words = starts(pattern, flags)
    # a word of one letter begins too often to be worth looking for
    return words if words and min(map(len, words)) > 1 else None


def _next(
    pattern: re.Pattern[str], text: str, pos: int, spelled: str | None
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, tried only where a match can begin in a long text.

    A pattern that opens with words ("\\b(komme|bin) …") is tried by the engine at
    every position of the text; the places where one of those words stands are
    found by a plain search of the text in the spelling the engine compares in,
    and the pattern is matched there, in order, so the first match is the one
    ``search`` finds.
    """
    words = _begins(pattern.pattern, pattern.flags) if spelled is not None else None
    if words is None or spelled is None:
        return pattern.search(text, pos)
    places: set[int] = set()
    for word in words:
        at = spelled.find(word, pos)
        while at >= 0:
            places.add(at)
            if len(places) > _MOST_PLACES:
                return pattern.search(text, pos)
            at = spelled.find(word, at + 1)
    for at in sorted(places):
        found = pattern.match(text, at)
        if found is not None:
            return found
    return None


def _together(patterns: tuple[re.Pattern[str], ...], flags: int) -> re.Pattern[str]:
    """The one alternation of ``patterns``, for what only it can do."""
    return _compiled(_alternation([p.pattern for p in patterns]), flags)


def _leftmost(
    patterns: tuple[re.Pattern[str], ...], flags: int, text: str
) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` of the patterns' alternation gives, found pattern by pattern.

    Each pattern's next match is kept; the leftmost of them (the earlier pattern
    at one place) is the alternation's, and the search goes on after it. An
    empty match is where the alternation's scanner has rules of its own (the
    next match must move on): from there the alternation itself goes on.
    """
    spelled = _long(text)
    ahead = [_next(pattern, text, 0, spelled) for pattern in patterns]
    while True:
        best: re.Match[str] | None = None
        for found in ahead:
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        if best.end() == best.start():
            yield from _together(patterns, flags).finditer(text, best.start())
            return
        yield best
        end = best.end()
        for number, found in enumerate(ahead):
            if found is not None and found.start() < end:
                ahead[number] = _next(patterns[number], text, end, spelled)


@cache
def _index(kind: str) -> WordIndex:
    """One index of the words the cues of ``kind`` need, shared so a text is scanned once.

    Each cue adds its patterns' words when it is first used: reading the words
    out of every pattern of a lexicon, most of which a reply never reaches, was
    most of what starting the reader cost.
    """
    return WordIndex()


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
