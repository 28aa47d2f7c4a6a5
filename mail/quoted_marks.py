"""Marks inside a quoted title part no clause while a suggestion is read from prose.

"Ich fände „Newsletter: Tools und Tipps“ spannend", "How about a session on
"Reels, Stories and Lives"?": the colon and the comma belong to the title, as the
colon of a link does. They are
held as look-alike characters while the prose patterns read, and given back after.
"""

from __future__ import annotations

import re

__all__ = ["hold_marks", "hold_quoted_marks", "unhold_quoted_marks"]

_QUOTED = re.compile(
    r"\"[^\"\n]{3,100}\"|„[^„“”\"\n]{3,100}[“”\"]|“[^“”\n]{3,100}”|«[^«»\n]{3,100}»"
)
_HOLD = str.maketrans({":": "\ua789", ",": "\u201a\u200b"})
_HELD = {"\ua789": ":", "\u201a\u200b": ","}


def hold_marks(span: str) -> str:
    """``span`` with all its colons and commas held: a link's "https://" parts nothing."""
    return span.translate(_HOLD)


def hold_quoted_marks(text: str) -> str:
    """``text`` with the colons and commas inside quotation marks held."""
    if not any(mark in text for mark in '"„“«'):
        return text
    return _QUOTED.sub(lambda m: hold_marks(m.group(0)), text)


def unhold_quoted_marks(text: str) -> str:
    """``text`` with the held marks given back."""
    if "\ua789" not in text and "\u200b" not in text:
        return text
    for held, mark in _HELD.items():
        text = text.replace(held, mark)
    return text
