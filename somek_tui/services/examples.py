"""Settled replies as precedents: the club's own way of saying yes, no or maybe.

When the organizer settles a reply the reader could not decide, its own
words and the decision are kept as an :class:`~somek_tui.models.Example`.
The next unclear reply with the same or nearly the same words is decided
the same way. Only short replies take part: in a long mail a few changed
words can turn the meaning, and nobody writes the same long mail twice.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import datetime
from difflib import SequenceMatcher

from somek_tui.i18n import _
from somek_tui.models import Answer, Example, InvalidInput, ReviewItem
from somek_tui.store import Reader, Transaction

MAX_CHARS = 200  # longer own words are never learnt from nor matched
NEARLY = 0.9  # difflib ratio of the normalised words that still counts as the same
BY_EXAMPLE = "decided like an earlier settled reply"

# A word that only one of two texts has and that turns the meaning: "kann leider
# doch kommen" and "kann leider nicht kommen" are nearly the same letters.
_TURNING_WORDS = """
    nicht nichts kein keine keinen keiner nie nein doch leider aber ohne
    not no never cannot cant wont dont nope without but unfortunately
"""
_TURNING = frozenset(_TURNING_WORDS.split())


def normalise(text: str) -> str:
    """The words only: casefolded, without punctuation, symbols, emoji or extra spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "PS" or category in ("Mn", "Cf", "Cc", "Co", "Cs"):
            # punctuation, symbols and emoji, their variation selectors and joiners
            kept.append(" " if category[0] == "P" or char.isspace() else "")
            continue
        kept.append(char)
    return " ".join("".join(kept).split())


def learnable(words: str) -> bool:
    return 0 < len(words) <= MAX_CHARS


def nearly_same(a: str, b: str) -> bool:
    """Two normalised texts say the same: equal, or a typo or two apart."""
    if a == b:
        return True
    if not (learnable(a) and learnable(b)):
        return False
    if _TURNING & (set(a.split()) ^ set(b.split())):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= NEARLY


def find_example(text: str, examples: Iterable[Example]) -> Example | None:
    """The precedent for a reply's own words: the same words first, else the nearest."""
    words = normalise(text)
    if not learnable(words):
        return None
    best: tuple[float, Example] | None = None
    for example in examples:
        if example.words == words:
            return example
        if nearly_same(words, example.words):
            ratio = SequenceMatcher(None, words, example.words, autojunk=False).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, example)
    return best[1] if best is not None else None


def learn(
    tx: Transaction, item: ReviewItem, answer: Answer, guests: int, now: datetime
) -> Example | None:
    """Remember how ``item`` was settled; the same words settled again replace the decision."""
    words = normalise(item.text)
    if not learnable(words):
        return None
    for example in tx.examples():
        if example.words == words:
            example.answer, example.guests = answer, guests
            example.member_id = item.member_id
            tx.put(example)
            return example
    example = Example(
        id=tx.next_id("examples"),
        words=words,
        answer=answer,
        guests=guests,
        member_id=item.member_id,
        created=now,
    )
    tx.put(example)
    return example


def used(tx: Transaction, example_id: str) -> None:
    example = tx.example(example_id)
    if example is not None:
        example.uses += 1
        tx.put(example)


def forget(tx: Transaction, example_id: str) -> Example:
    example = tx.example(example_id.strip())
    if example is None:
        raise InvalidInput(_("no example {example_id!r}").format(example_id=example_id))
    tx.delete(example)
    return example


def forget_member(tx: Transaction, member_id: str) -> list[Example]:
    """Delete the examples ``member_id``'s replies taught (their erasure)."""
    gone = [x for x in tx.examples() if x.member_id == member_id]
    for example in gone:
        tx.delete(example)
    return gone


def decided_by_example(view: Reader, event_id: str, member_id: str) -> bool:
    """The member's answer to the event was read like an earlier settled reply.

    The acknowledgement says so, and so invites a correction if the
    precedent does not fit this member.
    """
    rsvp = view.rsvp(event_id, member_id)
    entry = view.inbox_entry(rsvp.message_id) if rsvp is not None and rsvp.message_id else None
    return entry is not None and entry.reason.startswith(BY_EXAMPLE)
