"""Where the sender's signature block starts under their words, when that is certain.

Outlook and Apple Mail put a signature under the reply without the "-- "
line: the sender's name alone on a line, then their job, company, address,
phone number and often a legal disclaimer. Those lines say nothing to the
organizer, yet read as words they cost most of the reading and can be
misread ("Wenn Sie nicht der richtige Adressat sind …" holds a condition and
a negation). The block is cut only when it is certain: the name line is the
sender's own name (from the From header), it follows a blank line or a
closing greeting, and contact details follow it within a few lines.

A legal disclaimer is cut wherever it stands, whoever signed above it (a
shared mailbox, an assistant "i. A."): its paragraph opens with what only a
disclaimer says ("Diese E-Mail kann vertrauliche Informationen enthalten",
"If you are not the intended recipient"), and it is the last thing a client
adds under the words.
"""

from __future__ import annotations

import itertools
import re

from mail.signature_motto import motto_start, motto_under

# Contact details: a phone number, a web or mail address, a company form or
# register entry, a postcode and town, fields run together with "|".
_CONTACT = re.compile(
    r"(?:\+|\b0)\d[\d /().-]{5,}\d"
    r"|\b(?:www\.|https?://)\S+|\S@\S+\.\w"
    r"|\b(?:gmbh|ag|e\.\s?v|ltd|inc|llc|ug|kg|hrb|amtsgericht|ust-?id\w*|geschäftsführ\w*)\b"
    r"|\b(?:tel|fon|fax|mobil|mobile|phone|handy)\b\.?\s*:?\s*\+?\d"
    r"|^\s*\d{4,5}\s+\w+|\s\|\s",
    re.IGNORECASE,
)
# A line that closes a mail before the name: "Viele Grüße", "Best regards,".
_CLOSING = re.compile(
    r"^\W*(?:(?:viele|liebe|beste|herzliche|freundliche|schöne)\s+grüße|grüße|gruß|lg|vg|mfg"
    r"|mit freundlichen grüßen|beste grüße|ciao|tschüss|bis dann|bis bald"
    r"|(?:best|kind|warm)\s+(?:regards|wishes)|all the best|regards|best|cheers|thanks"
    r"|thank you|sincerely)\W*$",
    re.IGNORECASE,
)
_DETAILS_WITHIN = 3  # lines under the name that must hold a contact detail
# The opening of a legal disclaimer's paragraph, in the languages clients add them.
_DISCLAIMER = re.compile(
    r"^\W*(?:(?:hinweis|note|notice|wichtig|important)\s*:\s*)?"
    r"(?:(?:disclaimer|haftungsausschluss|confidentiality notice|vertraulichkeitshinweis"
    r"|rechtlicher hinweis|datenschutzhinweis|legal notice)\b"
    r"|(?:diese|die)\s+(?:e-?mail|nachricht|mail)\b[^.]{0,80}"
    r"\b(?:vertraulich\w*|rechtlich geschützt\w*|ausschließlich für den)\b"
    r"|(?:der inhalt )?dieser (?:e-?mail|nachricht)\b[^.]{0,40}\bvertraulich\w*\b"
    r"|wenn sie nicht der (?:richtige|beabsichtigte|vorgesehene) (?:adressat|empfänger)"
    r"|sollten sie nicht der (?:richtige|beabsichtigte|vorgesehene) (?:adressat|empfänger)"
    r"|falls sie nicht der (?:richtige|beabsichtigte|vorgesehene) (?:adressat|empfänger)"
    r"|(?:this|the information in this) (?:e-?mail|message|communication)\b[^.]{0,80}"
    r"\b(?:confidential|privileged|intended (?:solely|only) for)\b"
    r"|if you (?:are not|have received this)\b[^.]{0,40}\b(?:intended recipient|in error)\b"
    # a mail said to bind no one: "Diese E-Mail ist keine Zusage im Rechtssinne"
    r"|(?:diese|die)\s+(?:e-?mail|nachricht|mail)\s+(?:ist|stellt)\s+kein\w*\s+(?:zusage"
    r"|angebot|willenserklärung|verbindliche\w*|rechtsverbindliche\w*)\b"
    r"|this (?:e-?mail|message)\s+(?:is not|does not constitute|shall not constitute)"
    r"\s+(?:an?\s+)?(?:binding|legally|offer|acceptance|commitment|contract)\b)",
    re.IGNORECASE,
)
# What else a disclaimer speaks of: two of these in its paragraph, which a
# member's own sentence ("Diese Mail ist vertraulich: ich komme") hardly has.
_DISCLAIMER_WORDS = re.compile(
    r"\b(?:vertraulich\w*|confidential\w*|empfänger\w*|adressat\w*|recipients?|löschen|delete"
    r"|vernichten|destroy|irrtümlich|versehentlich|in error|unbefugt\w*|unauthori[sz]ed"
    r"|privileged|weitergabe|disclosure|prohibited|untersagt|nicht gestattet|absender|sender"
    r"|rechtssinne|rechtsverbindlich\w*|schriftlich|willenserklärung|legally|binding|in writing)\b",
    re.IGNORECASE,
)
_AFTERTHOUGHT = re.compile(r"^\W*p\.?\s?s\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*[_\-=*]{3,}\s*$")


def _is_name(line: str, names: set[str]) -> bool:
    return " ".join(line.split()).casefold() in names


def _is_name_line(line: str, names: set[str]) -> bool:
    """The name alone on its line, as people sign: "- Claudia", "Claudia.", "~ claudia"."""
    return _is_name(line.strip().lstrip("-–—~ ").rstrip(".!,"), names)


def _names(sender_name: str) -> set[str]:
    """The full display name, and the first name when it is one word of its own."""
    full = " ".join(sender_name.replace('"', " ").split()).casefold()
    if len(full) < 2:
        return set()
    found = {full}
    parts = [part.strip() for part in full.split(",")]
    if len(parts) == 2 and all(parts):
        # Exchange directories show "Koch, Lisa"; she signs "Lisa Koch"
        full = f"{parts[1]} {parts[0]}"
        found.add(full)
    first = full.split()[0]
    if len(first) >= 2 and first != full:
        found.add(first)
    return found


def is_closing(line: str) -> bool:
    """A line that closes a mail before the name: "Viele Grüße", "Best regards,"."""
    return _CLOSING.match(line.strip()) is not None


def is_afterthought(line: str) -> bool:
    """A line opening a P.S. ("PS:", "P.S.", "p.s."): the member's words again."""
    return _AFTERTHOUGHT.match(line) is not None


def is_sign_off(line: str, sender_name: str) -> bool:
    """A closing greeting, alone or with the sender's name on its line ("LG Priya"), or
    the name alone."""
    names = _names(sender_name)
    if is_closing(line) or _is_name_line(line, names):
        return True
    words = line.strip().rstrip(".!").split()
    return any(
        is_closing(" ".join(words[:cut])) and _is_name(" ".join(words[cut:]), names)
        for cut in range(1, min(len(words), 4))
    )


def disclaimer_start(text: str) -> int:
    """The index of the line where a legal disclaimer's paragraph starts, or -1."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        opens = index == 0 or not lines[index - 1].strip() or _SEPARATOR.match(lines[index - 1])
        if index and opens and _DISCLAIMER.match(line):
            below = (lines[at] for at in range(index, len(lines)))
            paragraph = " ".join(itertools.takewhile(str.strip, below))
            if len({w.lower() for w in _DISCLAIMER_WORDS.findall(paragraph)}) >= 2:
                return index
    return -1


def signature_start(text: str, sender_name: str) -> int:
    """The index of the line where the sender's signature block starts, or -1."""
    names = _names(sender_name)
    if not names:
        return -1
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not _is_name(line, names):
            continue
        # at the top, the block is all there is: the answer stands in the subject
        before = lines[index - 1] if index else ""
        if before.strip() and not _CLOSING.match(before):
            continue
        # the first few filled lines only: a long mail is not copied for each name in it
        filled = (lines[at] for at in range(index + 1, len(lines)) if lines[at].strip())
        # a P.S. under the name is the member's words again: its link is no contact detail
        own = itertools.takewhile(lambda ln: not is_afterthought(ln), filled)
        following = list(itertools.islice(own, _DETAILS_WITHIN))
        # or the club and its motto: "Hospizchor Görlitz / Wir singen auch, …"
        if any(_CONTACT.search(ln) for ln in following) or motto_under(lines, index):
            return index
    return -1


def _name_last(text: str, sender_name: str) -> int:
    """The index of a last line that is only the sender's name ("Claudia"), or -1.

    It signs the mail off; read as words it may name a topic or a guest.
    """
    names = _names(sender_name)
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 or not names:
        return -1
    last = filled[-1]
    return last if _is_name_line(lines[last], names) else -1


def above_signature(text: str, sender_name: str) -> str:
    """The words above a certain signature block (all of ``text`` when there is none)."""
    found = (
        signature_start(text, sender_name),
        disclaimer_start(text),
        _name_last(text, sender_name),
    )
    starts = [i for i in found if i >= 0]
    lines = text.splitlines()[: min(starts)] if starts else text.splitlines()
    # a club's motto signed with another name than the mailbox's, above the sender's own
    # block where an HTML client leaves that without its "-- " line
    motto = motto_start("\n".join(lines))
    if motto >= 0:
        lines = lines[:motto]
    elif not starts:
        return text
    return "\n".join(lines).rstrip()
