"""A club's motto under the sender's name and their club, closing the signature.

Members sign with their name, the club or employer under it, and often the club's
motto as the last line: "Karin Weißflog / Hospizchor Görlitz / Wir singen auch, wenn
andere nein sagen." The motto says nothing to the organizer, yet read as words it
may hold a yes or a no ("nein sagen", "Yes we can!") against the member's answer
above. The lines under the name are a signature when they are one or two short
lines naming a club, a role or a place, then after a blank line one or two lines
more, and nothing after: no afterthought ("P.S.", "übrigens", "by the way") and no
"I" of the member's own, which a motto speaks as the club's "we" or of no one.
"""

from __future__ import annotations

import itertools
import re

_MOST_NAMING = 6  # words in a line naming a club, a role or a place
_MOST_MOTTO = 2  # lines of the motto under it
_MOST_NAMING_LINES = 3  # two lines naming the club, or three with the motto quoted last
# A sentence's end, or the member speaking as themselves: no line naming a club.
_SAID = re.compile(r"[.!?:;]\s*$|\b(ich|mich|mir|mein\w*|i|me|my|i'm|i'll|i'd)\b", re.IGNORECASE)
_QUOTED = re.compile(r'^\s*["„“”»«‚‘\']\S')
# What the member adds after signing: their own word, not a motto.
_AFTERTHOUGHT = re.compile(
    r"^\W*(p\.?\s?s\b|n\.?\s?b\b|nachtrag|edit|übrigens|uebrigens|by the way|btw|ach\b"
    r"|oh\b|und\b|and\b|also\b|noch was|one more thing)"
    r"|\b(ich|mich|mir|mein\w*|i|me|my|i'm|i'll|i'd|i've)\b",
    re.IGNORECASE,
)


# A person's name alone on its line, as signed under a shared or family mailbox's words:
# "Karin Weißflog", "J. Meyer-Lüdenscheid"; two or three capitalised words, nothing more.
_NAME_LINE = re.compile(r"^\s*(?:[A-ZÄÖÜ][\w'’-]*\.?\s+){1,2}[A-ZÄÖÜ][\w'’-]+\s*$")


def motto_start(text: str) -> int:
    """The index of a name line starting a club-and-motto block at the end, or -1.

    The name need not be the sender's: a family or club mailbox signs with the writer's.
    Words must stand above it, after a blank line.
    """
    lines = text.splitlines()
    filled = False  # words above the line: looked at once, not again for every line
    for index, line in enumerate(lines):
        named = filled and not lines[index - 1].strip() and _NAME_LINE.match(line)
        if named and motto_under(lines, index):
            return index
        filled = filled or bool(line.strip())
    return -1


def motto_under(lines: list[str], index: int) -> bool:
    """Whether the lines under the name at ``index`` are a club and its motto only."""
    # only as many lines as can pass are taken: a long mail is not copied for each name in it
    end = index + 1
    while end < len(lines) and lines[end].strip() and end - index <= _MOST_NAMING_LINES + 1:
        end += 1
    naming = lines[index + 1 : end]
    if not naming or len(naming) > _MOST_NAMING_LINES:
        return False
    filled = (lines[at] for at in range(end, len(lines)) if lines[at].strip())
    rest = list(itertools.islice(filled, _MOST_MOTTO + 1))
    if len(naming) >= 2 and not rest and _QUOTED.match(naming[-1]):
        # the motto in quotation marks right under the club: 'City Choir / "No one …"'
        naming, rest = naming[:-1], naming[-1:]
    if not 1 <= len(naming) <= 2:
        return False
    if any(_SAID.search(line) or len(line.split()) > _MOST_NAMING for line in naming):
        return False
    if not 1 <= len(rest) <= _MOST_MOTTO:
        return False
    return not any(_AFTERTHOUGHT.search(line) for line in rest)
