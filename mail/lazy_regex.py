"""A regular expression compiled on its first use, for modules holding many of them.

Compiling a few hundred patterns at import made every command that merely
imports the reader pay for patterns most mails never reach.

The guest reader runs some fifty of these patterns over every sentence, and
most sentences hold none of the words a pattern needs ("zu zweit", "Begleitung",
"+1"). A pattern is therefore only run over a text that contains one of the
plain words it cannot match without (see :mod:`mail.prefilter`, the check the
cue patterns use): a pattern left out is one that would have found nothing. The
words of all of them are found in one pass over the text, as for the cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, cast

from mail.prefilter import WordIndex, needs

# the words every pattern compiled so far needs; a text is scanned once for all of them
_INDEX = WordIndex()


class _Later:
    """Stands in for the compiled pattern; each attribute comes from it."""

    __slots__ = ("_compiled", "_flags", "_needs", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None
        self._needs: frozenset[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self._source, self._flags)
            words = needs(self._source, self._flags)
            _INDEX.add(words)
            self._needs = frozenset(words) if words else None
            self._compiled = compiled
        return compiled

    def _cannot(self, text: object) -> bool:
        """Is a word the pattern needs missing from ``text``? Then it cannot match."""
        words = self._needs
        if words is None or not isinstance(text, str):
            return False
        return _INDEX.present(text).isdisjoint(words)

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        pattern = self._pattern()
        return None if self._cannot(string) else pattern.search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        pattern = self._pattern()
        return None if self._cannot(string) else pattern.match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        pattern = self._pattern()
        return None if self._cannot(string) else pattern.fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        pattern = self._pattern()
        return iter(()) if self._cannot(string) else pattern.finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        pattern = self._pattern()
        return [] if self._cannot(string) else pattern.findall(string, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        pattern = self._pattern()
        return string if self._cannot(string) else pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)

    def __repr__(self) -> str:
        return f"compile_later({self._source!r}, {self._flags!r})"


def compile_later(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done when the pattern is first used.

    Errors in the pattern show at that first use, not at import.
    """
    return cast("re.Pattern[str]", _Later(source, int(flags)))
