"""An unmarked copy of a mail somek sent, standing among the member's words.

Some clients quote the answered mail with no mark at all: no ">", no "Am …
schrieb …:", no header block, and a member may paste the invitation under
their "Ja". Its lines ("Ja  du kommst", "Nein  du kommst nicht") then read
as the member's words. Such a copy is known by the lines of somek's own text
templates: a run holding at least three of them, from the greeting above the
first ("Hallo Anna,") to the closing and the organizer's name under the last,
is a quote, wherever it stands; what the member wrote above or below it stays.
"""

from __future__ import annotations

import re
from functools import cache

from mail.signature import is_closing
from mail.template_files import packaged_templates

_PLACEHOLDER = re.compile(r"\{\{|\{%|\{#")
_LEAST = 3  # template lines that make a copy: one or two may be the member quoting a phrase
_MIN_PREFIX = 15  # the words before a placeholder that still say the line is ours
_GREETING = re.compile(r"^\W*(?:hallo|hi|hey|liebe[rs]?|dear|hello|moin|servus)\b[^.!?]{0,40},$")
_CLOSING_LINES = 3  # a closing, the organizer's name and a blank line under the copy
_NAME_WORDS = 5


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


@cache
def _template_lines() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Whole literal lines of somek's text templates, and the literal starts of the others."""
    root = packaged_templates()
    whole: set[str] = set()
    starts: set[str] = set()
    if root is None:
        return frozenset(), None
    for path in sorted(root.glob("*/*.txt.j2")):
        for line in path.read_text(encoding="utf-8").splitlines():
            placeholder = _PLACEHOLDER.search(line)
            if placeholder is None:
                key = _key(line)
                if len(key) >= 8:
                    whole.add(key)
            elif len(start := _key(line[: placeholder.start()])) >= _MIN_PREFIX:
                starts.add(start)
    ordered = sorted(starts, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None
    return frozenset(whole), pattern


def _ours(line: str) -> bool:
    whole, starts = _template_lines()
    key = _key(line)
    return key in whole or (starts is not None and starts.match(key) is not None)


def unmarked_copy(lines: list[str]) -> tuple[int, int] | None:
    """Where an unmarked copy of a somek mail stands in ``lines``: (start, end), or None."""
    found = [index for index, line in enumerate(lines) if line.strip() and _ours(line)]
    if len(found) < _LEAST:
        return None
    start, end = found[0], found[-1] + 1
    above = [i for i in range(max(0, start - 3), start) if lines[i].strip()]
    if above and _GREETING.match(lines[above[-1]].strip().casefold()):
        start = above[-1]  # "Hallo Anna," over "du bist herzlich eingeladen …"
    # the closing ("Bis bald", "Viele Grüße") and the organizer's name under the copy
    below = [i for i in range(end, min(len(lines), end + _CLOSING_LINES + 1)) if lines[i].strip()]
    if below and is_closing(lines[below[0]]):
        end, below = below[0] + 1, below[1:]
    if below and is_closing(lines[end - 1]) and len(lines[below[0]].split()) <= _NAME_WORDS:
        end = below[0] + 1
    return start, end
