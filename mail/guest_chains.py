"""Companions chained by "+" or named as a plus-one beside another, put as a plain list.

"Me + my wife + our son", "Ich + Frau + Schwiegermutter": the member and two more,
read as "me, my wife and our son". "my plus-one and a friend", "Me + my plus-one +
her sister": the plus-one is one person among the others listed, not the "+1" the
patterns read on its own, so it is named as a companion.
"""

from __future__ import annotations

import re

# "my plus-one and a friend", "mein Plus-Eins und seine Schwester": one of several
_PLUS_ONE_AMONG = re.compile(
    r"\b(?P<my>my|mein|meine|meinem|meinen)\s+(?:plus[- ]?(?:one|eins|1)|\+\s?1)"
    r"(?=\s*(?:,|\+|\band\b|\bund\b|&)\s*[^\W\d])"
    r"|(?<=[,+&]\s)(?P<my2>my|mein|meine|meinem|meinen)\s+(?:plus[- ]?(?:one|eins|1)|\+\s?1)\b"
    r"|\b(?<=and\s)(?P<my3>my)\s+(?:plus[- ]?(?:one|1)|\+\s?1)\b"
    r"|\b(?<=und\s)(?P<my4>mein|meine|meinem|meinen)\s+(?:plus[- ]?(?:eins|1)|\+\s?1)\b",
    re.IGNORECASE,
)
# "Me + my wife + our son": the member and people chained by "+", two or three of them
_ITEM = r"([^\W\d][^+,;.!?]{0,40}?)"
_CHAIN = re.compile(
    rf"^(\W*(?:ich|me|i))\s*\+\s*{_ITEM}\s*\+\s*{_ITEM}(?:\s*\+\s*{_ITEM})?(?=\s*(?:[.!,;]|$))",
    re.IGNORECASE,
)


def _chain(match: re.Match[str]) -> str:
    items = [item for item in match.groups()[1:] if item]
    joined = "und" if re.sub(r"\W", "", match.group(1)).lower() == "ich" else "and"
    return f"{match.group(1)}, {', '.join(items[:-1])} {joined} {items[-1]}"


def plainly_listed(sentence: str) -> str:
    """The sentence with a "+" chain of companions and a plus-one among others put as a
    list of people."""
    if "+" in sentence:
        sentence = _CHAIN.sub(_chain, sentence)
    if "plus" in sentence.lower() or "+" in sentence:
        sentence = _PLUS_ONE_AMONG.sub(
            lambda m: f"{next(g for g in m.groups() if g)} companion", sentence
        )
    return sentence
