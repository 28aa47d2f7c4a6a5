"""Topic suggestions said in prose: a wish or proposal with the subject it is about.

"would love a talk about …", "ich fände … spannend", "Wie wäre es mit …?": the
patterns live in ``mail/lexicon/topic_*.toml`` (``prose``, ``prose_more``,
``how_about``). The clause a suggestion was taken from goes from the text, so
its words are not read as an answer.
"""

from __future__ import annotations

import re

from mail.cues import cue, each
from mail.quoted_marks import hold_marks, hold_quoted_marks, unhold_quoted_marks
from mail.topic_titles import clean_title, usable

_TAKEN = "\x00"
# The rest of a clause whose suggestion was taken ("Could we have … ?").
# It ends early where the member turns to their own matter after a comma ("Mal was über X
# wär super, bin aber leider verhindert"): those words are an answer, not the suggestion.
_OWN_TURN = (
    r",\s*(?:aber|but|doch|anyway|jedenfalls|bin|ich|i|i\W?m|wir|we|kann|can\W?t|cannot"
    r"|komme|komm|werde|will|muss|must)\b"
)
# A dash between clauses ends one too: "Komme gerne – would love a session on X" keeps
# "Komme gerne" as the answer.
_TAKEN_CLAUSE = re.compile(
    r"(?:\b(?:and|und|but|aber)\b|(?<=[.!?,;:\n])|(?<=\s[–—]\s)|^)"
    r"(?:(?!\b(?:and|und|but|aber)\b|\s[–—]\s)[^.!?,;:\n\x00])*\x00"
    rf"(?:(?!{_OWN_TURN})[^.!?\n])*(?:(?={_OWN_TURN})|[.!?]*)",
    re.MULTILINE | re.IGNORECASE,
)
# The full stop of an abbreviation inside a title ("Threads vs. Bluesky", "z. B. Vereine")
# ends no sentence: it is held as a look-alike character while the patterns read.
_ABBREVIATION = re.compile(
    r"\b(vs|bzw|ca|inkl|ggf|evtl|bspw|z\.\s?b|u\.\s?a|e\.g|i\.e)\.(?=\s+\w)", re.I
)
_HELD_STOP = "\u2024"


# The stops of a link ("https://example.org/passkeys") end no sentence: a title never
# starts inside one.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def _hold_links(text: str) -> str:
    # the colon of "https://" starts no title either: "What about X (https://…) as a topic?"
    return _LINK.sub(lambda m: hold_marks(m.group(0).replace(".", _HELD_STOP)), text)


def _unhold(text: str) -> str:
    return unhold_quoted_marks(text.replace(_HELD_STOP, "."))


# What the subject is to avoid belongs to the subject: "… verwertet, ohne dass es
# langweilig wird", "… without it getting boring"; so does the subject it is preferred
# to: "Lieber Mastodon als schon wieder Instagram", "rather X than yet another Y".
_AVOIDED = re.compile(
    r"\b(?:ohne|without|statt|anstatt|instead\s+of|rather\s+than|than|anderes?\s+als"
    r"|als\s+(?:schon\s+|immer\s+|nochmal\s+)?(?:wieder|nur|immer))\b[^,;.!?\n]*",
    re.IGNORECASE,
)


def _not_wished(match: re.Match[str]) -> bool:
    """Does the sentence around a wish find its subject dull or tell of an evening that
    was? A wish verb or a carrier word ("einen Abend über …") alone does not make one."""
    text = match.string
    start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
    # a match that ends with its own "?" ends its sentence there: "Wie wär's mit X? Klingt
    # trocken, ist aber wichtig." judges the subject in a sentence of its own
    ends = [i for i in (text.find(mark, match.end() - 1) for mark in ".!?\n") if i >= 0]
    sentence = _AVOIDED.sub("", text[start : min(ends, default=len(text))])
    return bool(cue("topic", "not_wished").search(sentence))


# The subjects of a sentence that wishes for several: "Podcasts und Newsletter", "Threads,
# Bluesky and Mastodon".
_SEVERAL = re.compile(
    r"\s*,\s*(?:(?:und|and|sowie|oder|or)\s+)?|\s+(?:und|and|sowie|&|oder|or)\s+", re.IGNORECASE
)
_ITEM_WORDS = 6


def _short_item(item: str) -> bool:
    """A subject of its own: a usable title of a few words."""
    return usable(item) and len(item.split()) <= _ITEM_WORDS


def _capitalised(title: str) -> str:
    """A title taken from a sentence starts as a title does: "Bildrechte bei Reposts",
    "Accessible event flyers"; a word written small on purpose ("iPhone") stays."""
    if not title[:1].islower() or title[1:2].isupper():
        return title
    return title[:1].upper() + title[1:]


_WISH_LEAD = re.compile(
    r"\b(?:ich|wir|i|we)\s+(?:wünschte|wünschten|wish|wished)\s*,?\s*[^\x00.!?\n,]{0,20}(?=\x00)",
    re.IGNORECASE,
)


def prose_topics(text: str) -> tuple[list[str], str]:
    titles: list[str] = []
    text = hold_quoted_marks(_ABBREVIATION.sub(lambda m: m.group(1) + _HELD_STOP, text))
    if "/" in text:
        text = _hold_links(text)

    def take(match: re.Match[str]) -> str:
        title = clean_title(_unhold(match.group("title")))
        if not usable(title) or _not_wished(match):
            return match.group(0)
        titles.append(title)
        return _TAKEN

    def take_asked(match: re.Match[str]) -> str:
        # "Wie wäre es mit Pizza?" is no topic; "… mit einem Vortrag über X?" is
        raw = match.group("title")
        title = clean_title(_unhold(raw))
        if usable(title) and not _not_wished(match):
            titles.append(title)
            # the question mark stays: it ends the taken clause, not the next sentence
            return _TAKEN + "?" if match.group(0).endswith("?") else _TAKEN
        return match.group(0)

    def take_several(match: re.Match[str]) -> str:
        items = [clean_title(item) for item in _SEVERAL.split(match.group("title"))]
        items = [item for item in items if item]
        if len(items) < 2 or not all(_short_item(item) for item in items):
            return match.group(0)
        if _not_wished(match):
            return match.group(0)
        titles.extend(items)
        return _TAKEN

    possible = cue("topic", "prose_several").possible(text)
    for pattern in each("topic", "prose_several"):
        if pattern.pattern in possible:
            text = pattern.sub(take_several, text)
    # one look for the words of all the patterns: a taken clause becomes a mark that joins
    # no words, so a pattern that cannot match the text cannot match it later either
    possible = cue("topic", "prose").possible(text) | cue("topic", "prose_more").possible(text)
    for pattern in (*each("topic", "prose"), *each("topic", "prose_more")):
        if pattern.pattern in possible:
            text = pattern.sub(take, text)
    possible = cue("topic", "how_about").possible(text)
    for pattern in each("topic", "how_about"):
        if pattern.pattern in possible:
            text = pattern.sub(take_asked, text)
    # "Ich wünschte, wir hätten mal einen Abend zu X": the wish leads into the suggestion
    # taken after its comma and says nothing of the evening
    text = _WISH_LEAD.sub("", text)
    text = _TAKEN_CLAUSE.sub("", text)
    if titles:
        text = cue("topic", "follow_up").sub("", text)  # "Wär das was?" asks about the topic
    return [_capitalised(_unhold(title)) for title in titles], _unhold(text)
