"""Answers to several questions, one list item each: the coming is the item that asks it.

"1. Ja, ich komme. 2. Nein, keine Begleitung. 3. Vegetarisch bitte.", "* Coming: yes
* Guests: none * Food: vegetarian", "- Attending: yes - Dietary: none": a member
answers the invitation's questions in a numbered or bulleted list. The "Nein" and
"none" of the other items answer the other questions (company, food), not whether
the member comes; read with the rest they made the reply contradictory.

Only when exactly one item is the coming's, by its label ("Coming:", "Teilnahme:")
or, where no item has a label for it, by its words ("ich komme", "can't come"):
"1. ja 2. vegetarisch 3. nein" does not say which item answers which question and
goes to a person. Cues are in ``mail/lexicon/answer_listed_items.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import Cue, cue

__all__ = ["coming_item", "on_the_coming"]

# an item opened by a number ("1.", "2)", "(3)") or a bullet ("-", "*", "•")
_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}\s*[.)]|\(\d{1,2}\)|[-*•·▪◦–])[ \t]+(?=\S)")
# items numbered in one line: "1. ja 2. vegetarisch 3. nein"
_INLINE = re.compile(r"(?:^|(?<=\s))(\d)[.)]\s+(?=\S)")
_LABEL = re.compile(r"^([^:\n]{1,30}):")
# lines each opened by a label, without a number or bullet: "RSVP: yes", "Diet: none"
_LABELLED_LINE = re.compile(r"(?m)^[ \t]*[^\W\d][^:\n]{0,28}:[ \t]*\S")
# an item that says more than a short answer to its own question may turn the answer
_SHORT = 5


def _c(name: str) -> Cue:
    return cue("answer", name)


def _items(text: str) -> list[str]:
    """The list items of ``text``, two or more, or none when it is no such list."""
    starts = [m.start() for m in _ITEM.finditer(text)]
    if len(starts) < 2:
        starts = [m.start() for m in _LABELLED_LINE.finditer(text)]
    if len(starts) < 2:
        numbers = list(_INLINE.finditer(text))
        counted = [int(m.group(1)) for m in numbers]
        if len(numbers) < 2 or counted != list(range(1, len(numbers) + 1)):
            return []
        starts = [m.start() for m in numbers]
    ends = [*starts[1:], len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]


def _label(item: str) -> str:
    """The label an item opens with ("coming" of "* Coming: yes"), or ""."""
    said = _ITEM.sub("", item, count=1)
    said = _INLINE.sub("", said, count=1) if said == item else said
    found = _LABEL.match(said.strip())
    return found.group(1).lower() if found else ""


def coming_item(text: str) -> str:
    """The one list item of ``text`` (folded) that answers whether the member comes, as
    written, or "" when the reply is no list or the item is not clear."""
    items = _items(text)
    if not items:
        return ""
    labels = {item: _label(item) for item in items}
    labelled = [i for i in items if _c("item_coming_label").match(labels[i])]
    worded = [i for i in items if not labels[i] and _c("item_coming").search(i.lower())]
    found = labelled or worded
    if len(found) != 1:
        return ""
    # "Nachtrag: leider doch nicht", "3. Sorry, I can't after all": more than an answer
    # to another question, it may be the member's last word on coming
    others = [i for i in items if i not in found]
    if any(_says_more(i, labels[i]) for i in others):
        return ""
    return found[0]


def _says_more(item: str, label: str) -> bool:
    said = item.lower()[item.lower().find(label) + len(label) :] if label else item.lower()
    return len(re.findall(r"\w+", said)) > _SHORT or bool(_c("item_turn").search(item.lower()))


def on_the_coming(signals: list[Signal], text: str) -> list[Signal]:
    """The signals said in the item on coming, where the reply answers several questions
    in a list and that item is clear; otherwise ``signals`` as they are."""
    item = coming_item(text)
    if not item:
        return signals
    kept = [s for s in signals if s.phrase.lower() in item.lower()]
    return kept if kept else signals
