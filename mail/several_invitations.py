"""A mail that answers several invitations at once, each by name.

"Answering two invites in one go: the choir's rehearsal on Wednesday, no; your SEO
evening on Thursday, yes please." The yes and the no are both the member's own, for
different evenings of different hosts; which one answers ours depends on names only
the organizer knows, so the mail goes to a person rather than recording the wrong one.
"""

from __future__ import annotations

from mail.cues import cue, folded
from mail.types import Answer


def several_answered(text: str, answers: set[Answer]) -> str:
    """The words announcing several invitations answered, when a yes and a no both stand."""
    if not {Answer.YES, Answer.NO} <= answers:
        return ""
    found = cue("answer", "several_invitations").search(folded("answer", text).lower())
    return found.group(0) if found else ""
