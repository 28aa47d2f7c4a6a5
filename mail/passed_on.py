"""A forwarded invitation with a note to someone else on top: no one's answer here.

A member who passes the invitation on writes to the one they pass it to ("Schau
mal, wär das was für dich?", "Hey Lisa, fancy joining me?"), and such a mail may
reach the organizer too (sent to them by mistake, or copied). Its words ask the
reader along; read as the member's own they give a "maybe" or a "yes" nobody
said. Only a mail that forwards is read so: "Fwd:"/"WG:" in the subject, or a
forwarded message under the words. The cues live in ``mail/lexicon/passed_on_*.toml``.
"""

from __future__ import annotations

import re

from mail.cues import cue

# "Fwd:", "Fw:", "WG:", "TR:" (French), "RV:" (Spanish), "I:" (Italian), after any "Re:".
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|antw)\s*:\s*)*(?:fwd?|wg|tr|rv|i|doorst|wtrlt)\s*:", re.IGNORECASE
)
_FORWARD_MARKER = re.compile(
    r"forwarded message|begin forwarded|weitergeleitete nachricht|weitergeleitete e-?mail"
    r"|message transféré|doorgestuurd bericht|messaggio inoltrato|mensaje reenviado",
    re.IGNORECASE,
)


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|odp|ynt)\s*:", re.IGNORECASE)


def forwards(subject: str, quoted: str) -> bool:
    """Does the mail forward another one: its subject says so, or a forwarded message is below?

    A reply ("Re: …") is written to the one it answers, however its client quoted.
    """
    if _FORWARD_SUBJECT.match(subject):
        return True
    return not _REPLY_SUBJECT.match(subject) and bool(_FORWARD_MARKER.search(quoted[:2000]))


def passed_on(subject: str, words: str, quoted: str) -> str:
    """The words of a note to the one a forwarded invitation is passed on to, or ""."""
    if not words.strip() or not forwards(subject, quoted):
        return ""
    found = cue("passed_on", "note").search(words.lower())
    return found.group(0) if found else ""
