"""The words that mark where a member's own words end, read from ``mail/lexicon/attribution.toml``.

Per language the lexicon gives attribution verbs and openers, header keys,
separator lines and phone signatures; this module turns them into the
patterns :mod:`mail.quotes` looks for.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Cues:
    verb: re.Pattern[str]  # an attribution verb, and what follows it to the line end
    opener: re.Pattern[str]  # a line starting like an attribution ("On ", "Am ")
    embedded: re.Pattern[str]  # where an attribution may start inside a line
    header_key: re.Pattern[str]
    header_inline: re.Pattern[str]  # a header key anywhere in a line
    date_keys: frozenset[str]
    marker: re.Pattern[str]
    sender_marker: re.Pattern[str]  # a separator naming the sender, between dashes
    phone: re.Pattern[str]
    device: re.Pattern[str]
    greeting: re.Pattern[str]  # a salutation line ("Hallo Anna,")


def _alternation(words: list[str], escape: bool = True) -> str:
    # Longest first, so "a écrit" wins over "écrit" and "w dniu" over "w".
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in ordered)


@cache
def cues() -> Cues:
    source = resources.files("mail").joinpath("lexicon/attribution.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    langs = data["lang"].values()

    def gather(key: str) -> list[str]:
        return [word for lang in langs for word in lang.get(key, [])]

    verbs = _alternation(gather("verbs"), escape=False)
    openers = _alternation(gather("openers"))
    keys = _alternation(gather("headers") + gather("dated"))
    markers = _alternation(gather("markers"))
    mine = _alternation(gather("mine"))
    sent = _alternation(gather("sent"))
    device_text = r"[^,;:!?<>()]{1,60}?"
    forms = [rf"(?:{sent})\s+(?:(?:{mine})\s+)?{device_text}"]
    forms += [form.replace("{device}", device_text) for form in gather("phone")]
    link = r"(?:\s*<[^<>\s]+>|\s*\(?https?://\S+\)?)?"
    # "Von meinem Telefon getippt, sorry für Tippfehler", "…, please excuse brevity": only
    # an apology for the typing, never more words ("… – sorry, can't make it" is an answer)
    apology = (
        r"(?:\s*[,.;–-]\s*(?:sorry|please excuse|excuse|pardon|entschuldig\w*)\s+"
        r"(?:(?:für|fuer|for|the|any|die|meine|my|evtl\.?|etwaige)\s+)*"
        r"(?:tipp\w*|typos?|brevity|kürze|fehler|errors|mistakes|auto-?correct\w*|autokorrektur)"
        r")?"
    )
    return Cues(
        verb=re.compile(rf"(?<!\w)(?:{verbs})(?!\w)(?P<tail>[^\n]{{0,200}})$", re.IGNORECASE),
        opener=re.compile(rf"^(?:{openers})\s", re.IGNORECASE),
        # a run of dashes is tried once, from its start: "------…" of any length is one step
        embedded=re.compile(rf"(?:\s|(?<!-)-{{2,}}+)(?=(?:{openers})\s)", re.IGNORECASE),
        header_key=re.compile(rf"^\s*\**\s*({keys})\s*\**\s*:", re.IGNORECASE),
        header_inline=re.compile(rf"(?:^|\s)\**({keys})\**\s*:", re.IGNORECASE),
        date_keys=frozenset(key.lower() for key in gather("dated")),
        marker=re.compile(rf"^(?:{markers})\s*:?$", re.IGNORECASE),
        sender_marker=re.compile(
            rf"^-{{3,}}\s*(?:{_alternation(gather('sender_markers'))})\s+\S[^\n]{{0,100}}?\s*-{{3,}}\s*$",
            re.IGNORECASE,
        ),
        phone=re.compile(rf"^(?:{'|'.join(forms)}){link}{apology}\s*[.!]?$", re.IGNORECASE),
        device=re.compile(
            rf"(?<!\w)(?:{_alternation(data['devices']['words'])})(?!\w)", re.IGNORECASE
        ),
        greeting=re.compile(
            rf"^(?:{_alternation(data['greetings']['words'])})(?!\w)[^.!?]{{0,40}},$",
            re.IGNORECASE,
        ),
    )
