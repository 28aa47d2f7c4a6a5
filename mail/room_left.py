"""A yes on the answer to "is there room left?" is a yes.

"Ist noch Platz? Wenn ja, bin ich dabei", "Is there still room? If so, I'm in": the
condition is the evening's, not the member's. Whether seats are left is the
organizer's to know; the member has said they come. Read on its own, "wenn ja, …"
makes the yes a maybe, as it should after a question about the member's own
circumstances ("Geht es auch um lokale SEO? Dann komme ich."). Here the lead-in is
cut, so the rest is read as said. Questions about room are ``room_asked`` in
``mail/lexicon/answer_room_left.toml``.
"""

from __future__ import annotations

from mail.cues import cue

__all__ = ["room_granted"]


def room_granted(words: str, statement: str, found: list[str], spelled: dict[str, str]) -> str:
    """``words`` (the folded ``statement``) without its "wenn ja, …" lead-in where the
    sentence before it asks whether there is room left; otherwise ``words`` as they are.

    ``found`` are the reply's sentences in order, ``spelled`` their folded spellings.
    """
    place = found.index(statement) if statement in found else 0
    if place == 0 or not found[place - 1].endswith("?"):
        return words
    if cue("answer", "room_asked").search(spelled[found[place - 1]].lower()) is None:
        return words
    lead = cue("answer", "on_that_condition").match(words.lower())
    return words[lead.end() :].lstrip(" ,:") if lead else words
