"""Which patterns cannot match a text, told by the plain words they need.

Most cue patterns need some literal word to match at all ("danke" in
``\\bdanke\\w*\\b``, one of "komme" or "bin" in ``(komme|bin)\\s+gern``). A text
without that word cannot match, so the pattern need not run over it. The
check is exact, never a guess: the words are taken from the parsed pattern,
and the text is compared in the case folding the regular expression engine
itself uses, so a pattern skipped is one that would have found nothing.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the stdlib's own parser of patterns; without it every pattern simply runs
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _parser = None

import _sre

# Options of which a text must contain one; None: nothing is known to be needed.
Needs = tuple[str, ...] | None


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
    for op, value in items:
        if op is not _constants.LITERAL:
            break
        letters.append(canonical_letter(value))
    return "".join(letters)


def _sequence(items: Any) -> Needs:
    best: Needs = None
    run: list[str] = []
    for op, value in items:
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
    if _parser is None:
        return None
    try:
        return _sequence(_parser.parse(pattern, flags))
    except re.error:
        return None


def possible(condition: Needs, canonical_text: str) -> bool:
    """Could a pattern with this condition match the text (given in canonical form)?"""
    return condition is None or any(word in canonical_text for word in condition)


def _trie(words: list[str]) -> str:
    """A pattern matching, at a position, the longest of ``words`` that starts there.

    Children of a node begin with different letters, so at most one of them
    goes on; ending at the node is tried last, after every longer word.
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
    """Which of many plain words occur in a text, found in one pass over it."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._finder: re.Pattern[str] | None = None
        self._prefixes: dict[str, frozenset[str]] = {}
        self._seen: dict[str, frozenset[str]] = {}

    def add(self, words: Needs) -> None:
        if words and not self._words.issuperset(words):
            self._words.update(words)
            self._finder = None
            self._seen.clear()  # found before the new words were known

    def present(self, text: str) -> frozenset[str]:
        """The words (of those added, in canonical form) that occur in ``text``."""
        found = self._seen.get(text)
        if found is not None:
            return found
        if self._finder is None:
            self._build()
        assert self._finder is not None
        longest = {match.group(1) for match in self._finder.finditer(canonical(text))}
        # a word found at a position hides the shorter words that begin it there
        found = frozenset().union(*(self._prefixes[word] for word in longest))
        if len(self._seen) > 50_000:
            self._seen.clear()  # texts repeat within a run, rarely across many
        self._seen[text] = found
        return found

    def _build(self) -> None:
        words = sorted(self._words)
        self._finder = re.compile(f"(?=({_trie(words)}))" if words else "(?!x)x")
        self._prefixes = {
            word: frozenset(
                w for w in (word[:end] for end in range(1, len(word) + 1)) if w in self._words
            )
            for word in words
        }
        self._seen.clear()
