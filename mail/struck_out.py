"""Words struck out in the mail's own marks: "~~Kann nicht~~ Doch, kann!".

Chat apps and Markdown strike words with tildes ("~~text~~", WhatsApp's "~text~"): the
member shows what they first wrote and took back. Struck words are not said; they are
blanked (kept as spaces, so places in the text stay where they were) before reading.
A lone tilde for "about" ("~20 Uhr", "ca. ~ 8pm") strikes nothing.
"""

from __future__ import annotations

import re

__all__ = ["struck_out"]

_STRUCK = re.compile(
    r"~~(?=\S)[^~\n]{1,200}?(?<=\S)~~"
    # one tilde each side, touching the words and no word outside: "~kann nicht~"
    r"|(?<![\w~])~(?=[^\s~\d])[^~\n]{1,80}?(?<=[^\s~])~(?![\w~])"
)


def struck_out(text: str) -> str:
    """``text`` with the words struck out by tildes blanked."""
    if "~" not in text:
        return text
    return _STRUCK.sub(lambda found: " " * len(found.group(0)), text)
