"""Which patterns cannot match a text, told by the plain words they need.

Most cue patterns need some literal word to match at all ("danke" in
``\\bdanke\\w*\\b``, one of "komme" or "bin" in ``(komme|bin)\\s+gern``). A text
without that word cannot match, so the pattern need not run over it. The
check is exact, never a guess: the words are taken from the parsed pattern,
and the text is compared in the case folding the regular expression engine
itself uses, so a pattern skipped is one that would have found nothing.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick

try:  # the stdlib's own parser of patterns; without it every pattern simply runs
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _parser = None

# Options of which a text must contain one; None: nothing is known to be needed.
Needs = tuple[str, ...] | None


@cache  # every literal of every cue pattern is spelled here when the lexicons are first read
def canonical_letter(code: int) -> str:
    """One spelling for every character the engine's case-insensitive match treats alike."""
    lower = _sre.unicode_tolower(code)
    alike = _casefix._EXTRA_CASES.get(lower, ()) if _parser is not None else ()
    return chr(min((lower, *alike)))


# Characters the engine matches alike beyond their lower case ("ı" and "i", "ſ" and "s").
_ALIKE = {
    code: chr(min((code, *alike)))
    for code, alike in (_casefix._EXTRA_CASES.items() if _parser is not None else ())
    if min((code, *alike)) != code
}
_ALIKE_FOUND = re.compile("[" + "".join(map(chr, _ALIKE)) + "]" if _ALIKE else "(?!x)x")


def canonical(text: str) -> str:
    """``text`` with each character in the one spelling :func:`needs` gives a pattern's words.

    Two characters a case-insensitive pattern treats as equal come out equal ("İ",
    "ı" and "i" all as "i"), which ``str.lower`` alone does not promise.
    """
    if text.isascii():
        return text.lower()  # ASCII folds the same both ways
    if "İ" in text:  # the one letter str.lower() makes two ("i" and a combining dot)
        text = text.replace("İ", "i")
    lowered = text.lower()
    return lowered.translate(_ALIKE) if _ALIKE_FOUND.search(lowered) else lowered


def _better(best: Needs, option: Needs) -> Needs:
    """The more selective of two conditions: longer shortest word, then fewer words."""
    if option is None:
        return best
    if best is None:
        return option
    score = (min(map(len, option)), -len(option))
    return option if score > (min(map(len, best)), -len(best)) else best


def _leading(items: Any) -> str:
    """The plain letters a sequence starts with."""
    letters = []
    for op, value in getattr(items, "data", items):
        if op is not _constants.LITERAL:
            break
        letters.append(canonical_letter(value))
    return "".join(letters)


def _sequence(items: Any) -> Needs:
    best: Needs = None
    run: list[str] = []
    for op, value in getattr(items, "data", items):  # indexing each item costs more
        if op is _constants.LITERAL:
            run.append(canonical_letter(value))
            continue
        before = "".join(run)
        if run:
            best, run = _better(best, (before,)), []
        if op is _constants.SUBPATTERN:
            best = _better(best, _sequence(value[-1]))
        elif op is _constants.ATOMIC_GROUP:
            best = _better(best, _sequence(value))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
            best = _better(best, _sequence(value[2]))
        elif op is _constants.BRANCH:
            options = [_sequence(branch) for branch in value[1]]
            if all(option is not None for option in options):
                merged = dict.fromkeys(word for option in options for word in option or ())
                best = _better(best, tuple(merged))
            if before:
                # "\\bnope\\b|\\bnah\\b" is parsed as "n" then "ope" or "ah": whole words again
                leads = [_leading(branch) for branch in value[1]]
                if all(leads):
                    best = _better(best, tuple(dict.fromkeys(before + lead for lead in leads)))
    if run:
        best = _better(best, ("".join(run),))
    return best


def needs(pattern: str, flags: int = 0) -> Needs:
    """Words one of which any text ``pattern`` matches contains (in :func:`canonical` form).

    None when the pattern needs no particular word (or cannot be parsed here).
    """
    return _read(pattern, flags)[0]


def starts(pattern: str, flags: int = 0) -> Needs:
    """Words one of which every match of ``pattern`` begins with (in :func:`canonical` form).

    None when a match may begin otherwise (or the pattern cannot be parsed here).
    """
    return _read(pattern, flags)[1]


def needs_all(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every condition a text ``pattern`` matches meets: one word of each (canonical form).

    ``(komme|bin)\\s+gern`` needs one of "komme" or "bin" and also "gern"; a text
    lacking either cannot match. Empty when nothing is known to be needed.
    """
    return _read(pattern, flags)[2]


# one parse gives all three: the parser is what reading the lexicons first costs
@lru_cache(maxsize=4096)
def _read(pattern: str, flags: int) -> tuple[Needs, Needs, tuple[tuple[str, ...], ...]]:
    if _parser is None:
        return None, None, ()
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None, None, ()
    return _sequence(parsed), _start(parsed), tuple(dict.fromkeys(_each_needed(parsed)))


def _each_needed(items: Any) -> Iterator[tuple[str, ...]]:
    """The conditions of the parts of a sequence that every match goes through."""
    run: list[str] = []
    for op, value in getattr(items, "data", items):
        if op is _constants.LITERAL:
            run.append(canonical_letter(value))
            continue
        if run:
            yield ("".join(run),)
            run = []
        if op is _constants.SUBPATTERN:
            yield from _each_needed(value[-1])
        elif op is _constants.ATOMIC_GROUP:
            yield from _each_needed(value)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
            yield from _each_needed(value[2])
        elif op is _constants.BRANCH:
            options = [_sequence(branch) for branch in value[1]]
            if all(option is not None for option in options):
                yield tuple(dict.fromkeys(word for option in options for word in option or ()))
    if run:
        yield ("".join(run),)


def _start(items: Any) -> Needs:
    """The words a match of the sequence must begin with, past what matches no character."""
    items = getattr(items, "data", items)
    at = 0
    while at < len(items) and items[at][0] is _constants.AT:  # "\\b", "^"
        at += 1
    if at == len(items):
        return None
    op, value = items[at]
    if op is _constants.LITERAL:
        run = _leading(items[at:])
        after = items[at + len(run) : at + len(run) + 1]
        # "\\bnope\\b|\\bnah\\b" is parsed as "n" then "ope" or "ah"
        more = _start(after) if after and after[0][0] is _constants.BRANCH else None
        return tuple(run + word for word in more) if more else (run,)
    if op is _constants.SUBPATTERN:
        return _start(value[-1])
    if op is _constants.BRANCH:
        options = [_start(branch) for branch in value[1]]
        if any(option is None for option in options):
            return None
        return tuple(dict.fromkeys(word for option in options for word in option or ()))
    return None


def possible(condition: Needs, canonical_text: str) -> bool:
    """Could a pattern with this condition match the text (given in canonical form)?"""
    return condition is None or any(word in canonical_text for word in condition)


def longest_first(words: Iterable[str]) -> str:
    """``"|".join`` of the escaped words, longest first, factored by their beginnings.

    At a position it matches the longest word that starts there, then, if what
    follows fails, the next shorter one, as the plain alternation does; but the
    engine follows one path of letters instead of trying every word. Children
    of a node begin with different letters, so at most one of them goes on;
    ending at the node is tried last. The words are compared as written, so a
    case-insensitive pattern needs them in one case.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        children = [re.escape(letter) + pattern(child) for letter, child in node.items() if letter]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else f"(?:{'|'.join(children)})"
        return f"(?:{body})?" if ends else body

    return pattern(tree)


class WordIndex:
    """Which of many plain words occur in a text, found in one pass over it.

    An Aho-Corasick automaton (pyahocorasick) finds every word at every place,
    overlapping ones too, in one pass in C (one pattern of all the words cost
    more than the cue patterns it let skip). Words come as patterns are first
    used; building costs in proportion to all words, so words added since are
    looked for one by one until that has cost about as much as a rebuild.
    """

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._finder: ahocorasick.Automaton | None = None
        self._built = 0  # how many words the automaton holds
        self._later: list[str] = []  # added since it was built
        self._owed = 0  # words looked for one by one since it was built
        self._seen: dict[str, frozenset[str]] = {}

    def add(self, words: Needs) -> None:
        if words and not self._words.issuperset(words):
            fresh = [word for word in dict.fromkeys(words) if word not in self._words]
            self._words.update(fresh)
            self._later += fresh
            self._seen.clear()  # found before the new words were known

    def present(self, text: str) -> frozenset[str]:
        """The words (of those added, in canonical form) that occur in ``text``."""
        found = self._seen.get(text)
        if found is not None:
            return found
        if self._finder is None or self._owed > len(self._words):
            self._build()
        assert self._finder is not None
        spelled = canonical(text) if self._words else ""
        found = frozenset()
        if self._built:
            found = frozenset(map(itemgetter(1), self._finder.iter(spelled)))
        if self._later:
            self._owed += len(self._later)
            found = found.union([word for word in self._later if word in spelled])
        if len(self._seen) >= 256:
            self._seen.clear()  # texts repeat within a reply, rarely across many
        self._seen[text] = found
        return found

    def _build(self) -> None:
        finder = ahocorasick.Automaton()
        for word in sorted(self._words):
            finder.add_word(word, word)
        if self._words:
            finder.make_automaton()
        self._finder, self._built, self._later, self._owed = finder, len(self._words), [], 0
        self._seen.clear()


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes (the index after it), or -1."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # "[]…]" and "[^]…]": a "]" right after the opening is a member
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return -1


@lru_cache(maxsize=1024)
def tail(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """What follows a leading group ("(?P<title>[^.!?]{3,80}?)\\s+wäre …"), to search for first.

    Any match of ``pattern`` ends in a match of its tail (or, past a "|" at the
    top, is a match of what follows), so a text where the tail is nowhere
    cannot match it; the tail starts with the words that make
    it rare, where the group before them may start anywhere. None when the
    pattern does not open with a group the tail can stand without.
    """
    if not (pattern.startswith("(") and (pattern[1:2] != "?" or pattern[1:4] in ("?:", "?P<"))):
        return None
    end = _group_end(pattern)
    rest = pattern[end:] if end > 0 else ""
    if not rest or rest[0] in "*+?{|":
        return None  # the group is repeated, or the pattern is the group alone
    try:
        return re.compile(rest, flags)  # a reference back into the group fails here
    except re.error:
        return None


def sub_from(
    starts: re.Pattern[str],
    pattern: re.Pattern[str],
    repl: str,
    text: str,
) -> str:
    """``pattern.sub(repl, text)``, trying ``pattern`` only where ``starts`` matches.

    ``starts`` must match at every position where ``pattern`` could (the words a
    match can begin with, say): ``pattern.sub`` tries every position in turn,
    and an alternation of many long words costs its whole tree at each. Found
    left to right, each match resuming after the last, as ``sub`` does; ``repl``
    is taken literally.
    """
    parts: list[str] = []
    end = 0
    for position in _start_positions(starts, text):
        if position < end:
            continue
        found = pattern.match(text, position)
        if found is None:
            continue
        parts += (text[end:position], repl)
        end = found.end()
    if not parts:
        return text
    parts.append(text[end:])
    return "".join(parts)


# A pattern that may hold only these escapes reads the same in lower case.
_CASE_FREE = re.compile(r"(?:[^\\\[]|\\[a-z0-9])*")


@lru_cache(maxsize=64)
def _case_sensitive(starts: re.Pattern[str]) -> re.Pattern[str] | None:
    """``starts`` in canonical spelling without IGNORECASE, or None when it cannot be.

    The engine compares a case-insensitive letter through its case tables at
    every position; over the :func:`canonical` text, where every letter is in
    the one spelling it treats alike, a plain comparison finds the same places.
    Only patterns without character sets and capital escapes ("\\W", "[A-Z]") are
    rewritten: lower case would change what those mean.
    """
    if not starts.flags & re.IGNORECASE or _CASE_FREE.fullmatch(starts.pattern) is None:
        return None
    try:
        return re.compile(canonical(starts.pattern), starts.flags & ~re.IGNORECASE)
    except re.error:
        return None


def _start_positions(starts: re.Pattern[str], text: str) -> Iterator[int]:
    """Where ``starts`` matches in ``text``, in order, each search resuming after the last."""
    sensitive = _case_sensitive(starts)
    if sensitive is not None:
        spelled = canonical(text)
        # one character for one (only "İ" lowers to two, and canonical keeps it one)
        if len(spelled) == len(text):
            return (found.start() for found in sensitive.finditer(spelled))
    return (found.start() for found in starts.finditer(text))
