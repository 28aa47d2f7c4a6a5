"""A regular expression compiled on its first use, for modules holding many of them.

Compiling a few hundred patterns at import made every command that merely
imports the reader pay for patterns most mails never reach.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _Later:
    """Stands in for the compiled pattern; each attribute comes from it."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_later({self._source!r}, {self._flags!r})"


def compile_later(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done when the pattern is first used.

    Errors in the pattern show at that first use, not at import.
    """
    return cast("re.Pattern[str]", _Later(source, int(flags)))
