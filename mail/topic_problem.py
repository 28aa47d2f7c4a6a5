"""A suggestion phrased as a problem the member has, then asked as an evening.

"Wir kämpfen gerade mit Hasskommentaren – wäre das nicht was für einen Abend?",
"Bei uns fragen wir uns, ob Werkstatt-Videos auf TikTok was bringen. Wäre ein
schönes Thema.", "Our biggest headache is newsletters nobody opens. Maybe an
evening on that?": the subject is the problem named in the same sentence or the
one right before the ask. Both need their words (``mail/lexicon/topic_problem.toml``:
``problem_asked``, ``problem_named``): a problem told without an ask ("wir kämpfen
mit dem Umzug, ich kann nicht") suggests nothing, and an ask without a named problem
points at something the reader cannot name. The ask goes from the text, so it is
not read as a question to the organisers.
"""

from __future__ import annotations

import itertools
import re

from mail.cues import cue
from mail.topic_titles import clean_title, usable

# a sentence ends at its mark or a line break
_SENTENCE_END = re.compile(r"[.!?\n]")
_TITLE_WORDS = 8


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position ``at`` starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _named(before: str) -> str:
    """The subject of the last problem named in ``before``, cut clean; "" if none."""
    found = list(cue("topic", "problem_named").finditer(before))
    if not found:
        return ""
    title = clean_title(found[-1].group("title"))
    title = cue("topic", "problem_when").sub("", title).strip()
    if not usable(title) or len(title.split()) > _TITLE_WORDS:
        return ""
    return title[:1].upper() + title[1:] if title[1:2].islower() else title


# A real mail asks a handful of times at most; each ask reads its whole sentence again, so
# a run-on text of thousands of asks ("… wäre einen Abend wert …" repeated) would be read
# in time growing with the square of its length.
_ASKS_TRIED = 20


def problem_topics(text: str) -> tuple[list[str], str]:
    """Subjects named as a problem and asked as an evening, and the text without the ask."""
    asks = cue("topic", "problem_asked").finditer(text)
    for ask in itertools.islice(asks, _ASKS_TRIED):
        start = _sentence_start(text, ask.start())
        # the sentence before reaches back over one mark: "… was bringen. Wäre ein Thema."
        earlier = _sentence_start(text, max(0, start - 1)) if start else 0
        cut = ask.start()
        title = _named(text[start:cut])
        if not title:
            title = _named(text[earlier:start])
            if text[earlier:start].rstrip().endswith("?"):
                cut = earlier  # "Was ist mit Bluesky? Das wäre ein Thema." asks nothing else
        if not title:
            continue
        # the rest of the ask's sentence goes with it: "… ein Thema für einen Abend?"
        close = _SENTENCE_END.search(text, ask.end())
        end = len(text) if close is None else close.end()
        if close is not None and close.group(0) == "\n":
            end = close.start()
        return [title], text[:cut] + text[end:]
    return [], text
