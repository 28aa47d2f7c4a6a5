"""A final word after a told sequence of minds: what follows the marker is the answer.

"Erst ja, dann nein, jetzt wieder ja. Final: ja", "Ja. Nein. Doch ja. Am Ende: ja!",
"I said yes, then no, then yes again. Final answer: yes": the member tells how
their mind went and marks the last word. The answers told before the marker are
the story; the answer after it decides, a bare yes-word included, when all said
after it agrees with itself, it is short, and it speaks of no other evening
("Fazit: nächstes Mal bin ich dabei" turns nothing). Markers are ``final_word`` in
``mail/lexicon/answer_final_word.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mail.clause_signals import Signal
from mail.cues import Cue, cue

__all__ = ["final_tail", "final_word"]

# a last word is short: "Final: ja", "Endgültig: ich komme nicht, sorry"
_SHORT = 10
_END = re.compile(r"[.!?\n]")


def _c(name: str) -> Cue:
    return cue("answer", name)


def _said_in(phrase: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", words) is not None


def final_word(signals: list[Signal], text: str) -> list[Signal]:
    """The signals with the story before the last final marker dropped, where the words
    after it say one answer; otherwise ``signals`` as they are.

    ``text`` is the whole reply in the folded, lower-cased spelling of the phrases.
    """
    marker = next(reversed(list(_c("final_word").finditer(text))), None)
    if marker is None:
        return signals
    after = text[marker.end() :]
    if _c("next_time").search(after) or _c("other_time").search(after):
        return signals
    ended = _END.search(after.lstrip())
    said = after.lstrip()[: ended.start() if ended else len(after)]
    if len(said.split()) > _SHORT or _c("postscript_aside").search(said):
        # "Count me in! So: I won't be able to bring the laptop": about a thing, not coming
        return signals
    # a phrase said after the marker is its answer, though the same words came before
    later = [s for s in signals if _said_in(s.phrase.lower(), after)]
    if not later or len({s.answer for s in later}) != 1:
        return signals
    # a bare "ja" after the marker is the answer itself, no yes-word beside others
    return [replace(s, weak=False) for s in later]


def final_tail(words: str, evidence: list[str]) -> str:
    """The words from the last final marker on, where the answer's evidence is said there
    ("Ja, nein, ja. Final: nein"): the minds told before it are no second thought against
    the answer. Otherwise all the words."""
    marker = next(reversed(list(_c("final_word").finditer(words.lower()))), None)
    if marker is None:
        return words
    tail = words[marker.start() :]
    return tail if any(p and _said_in(p, tail.lower()) for p in evidence) else words
