"""The calendar button pressed in place of another, said in words.

"Sorry, hab auf Annehmen statt Ablehnen gedrückt" beside an Accept button means no:
the button named after "statt" / "instead of" is the one meant. Other words that
answer otherwise leave the reply to a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mail.cues import cue, folded
from mail.intent import Intent, read_intent
from mail.types import Answer

__all__ = ["button_meant"]

_WORDS = {
    Answer.YES: "zusagen|zusage|zugesagt|annehmen|angenommen|akzeptieren|akzeptiert|ja|yes"
    "|accepted|accept|going",
    Answer.NO: "absagen|absage|abgesagt|ablehnen|abgelehnt|nein|no|declined|decline|not going",
    Answer.MAYBE: "mit vorbehalt|vielleicht|vorlaeufig|maybe|tentative",
}
_MEANT = {word: answer for answer, words in _WORDS.items() for word in words.split("|")}

# a clause: "Annehmen statt Ablehnen gedrückt – aber ich komme doch" answers twice
_CLAUSE = re.compile(r"[^.!?\n,;:–]+")


def _swap(said: str) -> tuple[Answer, str] | None:
    """The answer meant and the clause saying so, if a clause names a swapped button."""
    for match in _CLAUSE.finditer(folded("answer", said).lower()):
        sentence = match.group(0)
        swap = cue("answer", "button_swap").search(sentence)
        if swap and cue("answer", "button_pressed").search(sentence):
            return _MEANT[" ".join(swap.group("meant").split())], sentence
    return None


def button_meant(said: str, words: Intent) -> Intent:
    """``words`` read from ``said``, with the answer a swapped button names as meant."""
    swapped = _swap(said)
    if swapped is None:
        return words
    meant, sentence = swapped
    rest = folded("answer", said).lower().replace(sentence, " ")
    other = read_intent(rest).answer if rest.strip(" .!?\n") else None
    if other not in (None, meant):
        problem = f"the words name the button meant ({sentence.strip()!r}) and answer otherwise"
        return replace(words, answer=None, guests=0, problem=problem, loose=False)
    guests = words.guests if meant is Answer.YES else 0
    return replace(words, answer=meant, guests=guests, problem="", loose=False)
