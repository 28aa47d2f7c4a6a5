"""Topic titles written where the mail asks for them, without a label of their own.

Some members answer between the lines they quote: under "> Themenwünsche?" or the
invitation's "> Thema: …  du schlägst ein Thema … vor" they write the title alone,
"Datenschutz im Verein". Once the quote is cut that line has no cue left; read where
it stands, the quoted ask is its label. Only the member's first block under the ask
counts, and only lines that are a bare title: an answer, a regret or "keine Idee" under
the ask suggests nothing.
"""

from __future__ import annotations

import re

from mail.cues import cue
from mail.signature import is_closing, is_sign_off
from mail.topic_below_dashes import titles_below_dashes
from mail.topic_labels import headed_topics
from mail.topic_titles import GREETING

_QUOTED = re.compile(r"^\s*>")
_MAX_WORDS = 12  # a title, not a sentence of the member's own
# the label the bare lines are read under, as if the member had written it
_LABEL = "Themenvorschläge:"


def _bare(line: str, sender_name: str) -> bool:
    """A line that may be a title: short, neither an answer nor a greeting nor a no, nor
    the member's name signing off under the ask."""
    words = line.split()
    if not words or len(words) > _MAX_WORDS or line.rstrip().endswith(":"):
        return False
    if GREETING.match(line.strip()) or is_closing(line) or is_sign_off(line, sender_name):
        return False
    return not cue("topic", "not_bare").search(line.strip())


def _blocks_under_asks(lines: list[str]) -> list[list[str]]:
    """The member's own lines right under each quoted ask, up to a blank line or a quote."""
    asks = cue("topic", "quoted_ask")
    blocks: list[list[str]] = []
    asked = False
    block: list[str] = []
    for line in lines:
        if _QUOTED.match(line):
            said = line.lstrip(" \t>")
            if block:
                blocks.append(block)
                block, asked = [], False
            if said.strip():
                # the last quoted line with words decides; a blank quoted line keeps it
                asked = asks.search(said) is not None
            continue
        if not asked:
            continue
        if not line.strip():
            if block:
                blocks.append(block)
                block, asked = [], False
            continue
        block.append(line)
    if block:
        blocks.append(block)
    return blocks


def titles_under_quoted_ask(text: str, sender_name: str = "") -> list[str]:
    """Bare titles the member wrote right under a quoted line asking for topics."""
    if ">" not in text:
        return []
    titles: list[str] = []
    for block in _blocks_under_asks(text.splitlines()):
        if not all(_bare(line, sender_name) for line in block):
            continue  # a sentence of the member's own: the ask was answered in words
        found, _ = headed_topics([_LABEL, *block])
        titles += [title for title in found if title not in titles]
    return titles


def topics_in_place(text: str, sender_name: str) -> list[str]:
    """Suggestions the quote reader cut with the quote or the signature: a bare title
    under a quoted ask, a suggestion between a "-- " line and the member's name."""
    titles = titles_under_quoted_ask(text, sender_name)
    return titles + [t for t in titles_below_dashes(text, sender_name) if t not in titles]
