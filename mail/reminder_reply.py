"""A reply to a reminder that only says the answer on record stands.

Reminders go to members who answered yes. "Cheers for the nudge – still
on!", "Bleibt dabei!", "Hab's nicht vergessen" say nothing about the evening
on their own, but after a reminder they keep the answer given before. The
cues live in ``mail/lexicon/reminder_<language>.toml``; any word of a change
of mind ("doch nicht", "leider", "sorry") leaves the reply to the reader and
the organizer.
"""

from __future__ import annotations

from mail.cues import cue


def answer_stands(text: str) -> str:
    """The words saying the earlier answer stands, or "" when they do not (or not only)."""
    said = " ".join(text.split())
    if not said or cue("reminder", "changed").search(said):
        return ""
    found = cue("reminder", "stands").search(said)
    return found.group(0) if found else ""
