"""A reply to a reminder that only says the answer on record stands.

Reminders go to members who answered yes. "Cheers for the nudge – still
on!", "Bleibt dabei!", "Hab's nicht vergessen" say nothing about the evening
on their own, but after a reminder they keep the answer given before. The
cues live in ``mail/lexicon/reminder_<language>.toml``; any word of a change
of mind ("doch nicht", "leider", "sorry") leaves the reply to the reader and
the organizer.
"""

from __future__ import annotations

import re

from mail.cues import cue
from mail.types import Answer


def answer_stands(text: str) -> str:
    """The words saying the earlier answer stands, or "" when they do not (or not only)."""
    said = " ".join(text.split())
    if not said or cue("reminder", "changed").search(said):
        return ""
    found = cue("reminder", "stands").search(said)
    if found:
        return found.group(0)
    # thanks for the reminder are polite, and no more: beside anything else said ("Gut,
    # dass ihr erinnert – bin am Donnerstag in Hamburg") they keep nothing, for what else
    # is said may be news the reader did not understand
    thanked = cue("reminder", "thanked")
    found = thanked.search(said)
    rest = _PARTS.split(thanked.sub(" ", said)) if found else []
    if found is None or not all(cue("reminder", "closing").fullmatch(part) for part in rest):
        return ""
    return found.group(0)


# the pieces of what is left beside the thanks, each read alone
_PARTS = re.compile(r"[,.;:!?–—\n]+|\s-\s")


# "nicht zugesagt", "not yes": the answer the member denies having given
_DENIED = re.compile(r"\b(?:nicht|not|kein|keine)\s+$", re.IGNORECASE)
_STATEMENT = re.compile(r"[^.!?]+[.!?]*")


def answer_restated(text: str) -> tuple[Answer | None, str]:
    """The member's own answer restated ("Ich habe abgesagt, nicht zugesagt"), and its words.

    Read after a mail that says what somek recorded (the acknowledgement, the
    reminder), where such words correct the record. Nothing when the answer
    is someone else's, was changed since ("aber jetzt …") or of another
    evening, is only asked about, or when two answers are restated.
    """
    said = " ".join(text.split())
    if not said or cue("reminder", "restated_turned").search(said):
        return None, ""
    found: dict[Answer, str] = {}
    for statement in _STATEMENT.findall(said):
        if statement.rstrip().endswith("?") or not cue("reminder", "restated_self").search(
            statement
        ):
            continue
        rest = statement
        for answer, name in _RESTATED:
            for match in cue("reminder", name).finditer(rest):
                if not _DENIED.search(rest[: match.start()]):
                    found.setdefault(answer, match.group(0))
            # "unter Vorbehalt zugesagt" is a maybe, and no yes besides
            rest = cue("reminder", name).sub(lambda m: " " * len(m.group(0)), rest)
    if len(found) != 1:
        return None, ""
    [(answer, phrase)] = found.items()
    return answer, phrase


_RESTATED = (
    (Answer.MAYBE, "restated_maybe"),
    (Answer.NO, "restated_no"),
    (Answer.YES, "restated_yes"),
)
