"""Topic suggestions written below a "-- " line, above the member's own name.

Some members end their words with "-- " and go on below it: "Bin dabei.\\n-- \\nThema:
Datenschutz im Verein\\nAnna Muster". The quote reader cuts everything below "-- " as
the signature, the suggestion with it. What stands between the dashes and the member's
name (or a closing greeting) is still the member's to say; what stands below the name
is the signature, whose "Themen: Presse, Social Media" names a job, not a wish. A title
there needs a cue like one anywhere else: a bare line below the dashes may be a job.
"""

from __future__ import annotations

import re

from mail.signature import is_closing, is_sign_off
from mail.topic_text import extract_topics

_DASHES = re.compile(r"^-- ?$")
_QUOTED = re.compile(r"^\s*>")
_MAX_LINES = 8  # the member's few words, not a copied mail


def _between_dashes_and_name(lines: list[str], sender_name: str) -> list[str]:
    """The lines below the first "-- " line and above the member's name or closing."""
    start = next((i for i, line in enumerate(lines) if _DASHES.match(line)), -1)
    if start < 0:
        return []
    said: list[str] = []
    for line in lines[start + 1 : start + 1 + _MAX_LINES + 1]:
        if _QUOTED.match(line) or _DASHES.match(line):
            return []
        if line.strip() and (is_sign_off(line, sender_name) or is_closing(line)):
            return said
        said.append(line)
    return []  # no name under them: a signature of its own, not the member's words


def titles_below_dashes(text: str, sender_name: str) -> list[str]:
    """Suggestions with a cue written between a "-- " line and the member's name."""
    if "--" not in text or not sender_name.strip():
        return []
    said = _between_dashes_and_name(text.splitlines(), sender_name)
    if not any(line.strip() for line in said):
        return []
    return extract_topics("\n".join(said)).titles
