"""Several titles run on in one line after a label for several, parted by ";" or "/".

"Themen: Podcasts für Vereine; LinkedIn für Kulturhäuser", "Vorschläge: Reels /
Newsletter": a semicolon or a slash with spaces around it parts titles where a
comma may stand inside one. Each part must be short, like a title; a long one
means the line goes on in the member's own words, and it stays one title.
"""

from __future__ import annotations

import re

from mail.topic_titles import clean_title, usable

_PARTS = (re.compile(r"\s*;\s*"), re.compile(r"\s+/\s+"))
_ITEM_WORDS = 6
# a part that is a clause of the member's own: "Podcasts / bin aber erst um acht da"
_OWN_CLAUSE = re.compile(
    r"^\W*(?:ich|wir|bin|sind|komme|kann|habe|hab|bis|i|we|i\W?m|i\W?ll|am|can|see|will"
    r"|aber|but|und|and|oder|or|sonst|otherwise|danke|thanks|lg|gruß|grüße|cheers"
    # a remark on the title before: "Reels; gerne als Workshop", "Podcasts / maybe in May"
    r"|gern|gerne|am\s+liebsten|vielleicht|eventuell|evtl|idealerweise|maybe|perhaps|ideally"
    r"|preferably|z\.\s?b|e\.g|etc|usw|also|so|das|dies|es|that|this|it|falls|wenn|if|when)\b",
    re.IGNORECASE,
)


def separated_items(title: str) -> list[str]:
    """The titles a line parts with ";" or " / ", or none where it parts none."""
    for mark in _PARTS:
        items = [clean_title(item) for item in mark.split(title) if item.strip()]
        if len(items) < 2:
            continue
        if any(
            len(item.split()) > _ITEM_WORDS or not usable(item) or _OWN_CLAUSE.match(item)
            for item in items
        ):
            return []
        return items
    return []
