"""A talk's title or another's words in quotation marks are one sentence, whatever marks
they hold.

"Themenvorschlag: „Ich bin dabei! – Community-Building auf LinkedIn“" names a talk;
split at its "!", the title's first words would stand as a sentence of their own,
outside their quotation marks, and read as the member's yes. Only quotations after a
word that names a topic, or a verb reporting another's words ("Tom schreibt: „Bin
dabei!“"), are kept whole: "Ich sag nur: „Bin dabei!“" is still said.
"""

from __future__ import annotations

import re

__all__ = ["titles_whole", "without_quoted_titles"]

# a word naming a topic, then the quoted title within the same line
_TITLE = re.compile(
    r"(?i)\b(?:\w{0,20}thema|themen\w{0,20}|\w{0,20}vorschlag|\w{0,20}idee|\w{0,20}titel"
    r"|\w{0,20}wunsch|vortrag\w{0,10}|topic|title|talk|idea|suggestion|session|workshop"
    r"|keynote|pitch"
    # another's words reported: "Tom schreibt: „Ich bin dabei!“", "Tom wrote: "Count me in!""
    r"|schreibt|schrieb|geschrieben|meint|meinte|sagt|sagte|fragt|fragte|antwortet\w{0,2}"
    r"|weitergeleitet|wrote|writes|says|said|asks|asked|replied|forwarded)\b"
    r"[^\n„“”\"«»]{0,60}?[„“”\"«»](?P<title>[^\n„“”\"«»]{3,120})[“”\"«»]"
)
_ENDS = str.maketrans({".": " ", "!": " ", "?": " ", "…": " "})


def titles_whole(text: str) -> str:
    """``text`` with the sentence marks inside quoted titles blanked (same length)."""
    if not any(mark in text for mark in '„“”"«»'):
        return text

    def blank(match: re.Match[str]) -> str:
        start, end = match.span("title")
        whole = match.group(0)
        offset = match.start()
        return (
            whole[: start - offset] + match.group("title").translate(_ENDS) + whole[end - offset :]
        )

    return _TITLE.sub(blank, text)


def without_quoted_titles(text: str) -> str:
    """``text`` with quoted titles and another's quoted words blanked (same length): what
    the member says in their own voice."""
    if not any(mark in text for mark in '„“”"«»'):
        return text

    def blank(match: re.Match[str]) -> str:
        cut = match.start("title") - match.start()
        return match.group(0)[:cut] + " " * len(match.group("title")) + match.group(0)[-1]

    return _TITLE.sub(blank, text)
