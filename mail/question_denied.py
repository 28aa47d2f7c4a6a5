"""A bare denial answering the member's own question about giving up the evening:
"Absage? Nie im Leben. Bis Donnerstag!", "Cancel? Me? Never." The denial denies the
giving up, so the member comes; the idioms of refusal said alone read the other way."""

from __future__ import annotations

from mail.cues import cue, folded

__all__ = ["denies_the_question", "on_the_answer"]


def on_the_answer(statement: str, found: list[str]) -> bool:
    """Does the statement follow right after a question of the member's own?"""
    place = found.index(statement) if statement in found else 0
    return place > 0 and found[place - 1].endswith("?")


def denies_the_question(statement: str, found: list[str], words: str) -> bool:
    """``words`` (the statement's own) is a bare denial of the member's question about
    giving up the evening, asked right before or before a one-word echo ("Ich?", "Me?")."""
    if not on_the_answer(statement, found):
        return False
    place = found.index(statement) - 1
    if place > 0 and len(found[place].split()) == 1 and found[place - 1].endswith("?"):
        place -= 1  # "Absage? Ich? Nie im Leben.": the echo asks the question again
    asked = folded("answer", found[place]).lower()
    return bool(cue("answer", "giving_up").search(asked)) and bool(
        cue("answer", "bare_denial").fullmatch(words.lower())
    )
