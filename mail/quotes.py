"""Separate the member's own words from quoted mail and signatures.

A mail client marks where its user's words end in one of a few ways: ``>``
quoting, an attribution line above the quote ("On … wrote:", "Am … schrieb
…:", "Le … a écrit :", wrapped over lines, with dashes, date first), a
separator ("-----Original Message-----"), a copied header block
("From:/Sent:/To:/Subject:" in any of the client's languages), a signature
("-- ") or a one-line phone signature ("Sent from my iPhone"), and in HTML a
quote container. The words that make these cues, per language, are data in
``mail/lexicon/attribution.toml``; this module holds the shapes.

Kept over ``mail_parser_reply``: on our corpus (``bench/strip_compare.py``)
the library keeps the whole ``>``-quoted invitation, "Ja"/"Nein"/"Zusage"
included, whenever a member answers below or inline in the quote, and quoted
invitation words must never count as an answer. ``bench/reply_parsers.py``
measures this module against the test suites of four established reply
parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.attribution_cues import cues as _cues
from mail.attribution_lines import (
    DECORATION,
    DIGIT,
    QUOTED_LINE,
    STRONG,
    attribution_at,
    embedded_attribution,
)
from mail.dash_correction import answer_below_dashes
from mail.flowed import text_format, unflow, unwrap
from mail.our_copy import unmarked_copy
from mail.quotes_html import strip_html_quotes
from mail.signature import is_closing
from mail.subject_templates import openings

__all__ = [
    "Stripped",
    "is_phone_signature",
    "strip_html_quotes",
    "strip_quotes",
    "text_format",
    "unflow",
    "unwrap",
]


@dataclass
class Stripped:
    text: str  # the member's own words
    quoted: str  # quotes and signatures that were removed


# --------------------------------------------------------------------------- lines

# ">>> http://example.org <<<" frames a line for show; it quotes nothing.
_FRAMED = re.compile(r"^\s*>>.*<<\s*$")
_SEPARATOR_LINE = re.compile(r"^\s*[_\-=*]{3,}\s*$")
_SIGNATURE_DASHES = re.compile(r"^-- ?$")
_UNDERLINE = re.compile(r"^\s*_{2,}\s*$")
# A wrapped URL or path left unquoted between two quoted lines.
_LINK_PIECE = re.compile(r"https?://|^[\w=&%_./?#-]+\)?\s*>?$")


def _header_block_at(lines: list[str], index: int) -> int:
    """Lines of a copied "From:/Sent:/To:/Subject:" block starting at ``index`` (0 if none)."""
    cues = _cues()
    if not cues.header_key.match(lines[index]):
        return 0
    inline = {m.group(1).lower() for m in cues.header_inline.finditer(lines[index])}
    if len(inline) >= 3 and ("@" in lines[index] or DIGIT.search(lines[index])):
        # "Date: … From: … To: … Subject: …" flattened onto one line; it carries an address
        # or a date, "Von: mir. An: euch. Betreff: Ich komme!" is the member joking.
        return 1
    keys: list[str] = []
    end = index
    for offset, line in enumerate(lines[index : index + 9]):
        match = cues.header_key.match(line)
        if match:
            keys.append(match.group(1).lower())
            end = index + offset + 1
        elif not line.strip():
            break
    distinct = set(keys)
    has_date = bool(distinct & cues.date_keys)
    if len(distinct) >= 3 or (len(distinct) == 2 and has_date and end - index == 2):
        return end - index
    return 0


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|wg|fw|fwd|antw|sv|vs|tr|rv|odp|ynt)\s*:\s*)*", re.I)


def _copies_our_mail(block: list[str]) -> bool:
    """Does a copied header block name a mail somek sent ("Subject: Invitation: …")?

    Outlook puts the answered mail's header block on top of a reply the member
    left empty; what follows it is the invitation, not the member's words.
    """
    for line in block:
        key = _cues().header_key.match(line)
        if key and openings().match(_REPLY_PREFIX.sub("", line[key.end() :], count=1)):
            return True
    return False


def _is_marker(line: str) -> bool:
    core = line.strip().strip(DECORATION)
    return bool(core) and bool(
        _cues().marker.match(core) or _cues().sender_marker.match(line.strip())
    )


def is_phone_signature(line: str) -> bool:
    """Whether the whole line is a known phone or mail-app signature ("Sent from my iPhone")."""
    cues = _cues()
    text = line.strip()
    return bool(cues.phone.match(text)) and bool(cues.device.search(text))


def _list_footer_at(lines: list[str], index: int) -> bool:
    # Mailman's "__\nriak-users mailing list" footer is not the member's text.
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(_UNDERLINE.match(lines[index])) and following.rstrip().endswith("mailing list")


def _cuts_rest(lines: list[str], index: int) -> bool:
    line = lines[index]
    return bool(
        (_SIGNATURE_DASHES.match(line) and not answer_below_dashes(lines, index))
        or _is_marker(line)
        or is_phone_signature(line)
        or _list_footer_at(lines, index)
    )


def _move_trailing_separators(kept: list[str], quoted: list[str]) -> None:
    # The underscore rule Outlook puts above its header block belongs to the quote.
    moved: list[str] = []
    while kept and (not kept[-1].strip() or _SEPARATOR_LINE.match(kept[-1])):
        moved.insert(0, kept.pop())
    if any(line.strip() for line in moved):
        quoted[:0] = moved
    else:
        kept.extend(moved)


def _next_text_line(lines: list[str], start: int) -> str | None:
    for line in lines[start:]:
        if line.strip():
            return line
    return None


def _is_link_piece(lines: list[str], index: int) -> bool:
    if index == 0 or index + 1 >= len(lines):
        return False
    neighbours = lines[index - 1], lines[index + 1]
    return all(QUOTED_LINE.match(n) for n in neighbours) and bool(
        _LINK_PIECE.search(lines[index].strip())
    )


def _has_words(kept: list[str]) -> bool:
    return any(line.strip() and not _SEPARATOR_LINE.match(line) for line in kept)


class _Splitter:
    """Walks the lines once, sending each to the kept words or to the quote."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.kept: list[str] = []
        self.quoted: list[str] = []

    def cut(self, index: int) -> None:
        rest = self.lines[index:]
        _move_trailing_separators(self.kept, rest)
        self.quoted.extend(rest)

    def attribution(self, index: int, span: int, strength: int) -> int | None:
        """Handle an attribution: the next index to read, or None when the rest is quote."""
        following = _next_text_line(self.lines, index + span)
        if following is None or QUOTED_LINE.match(following):
            self.quoted.extend(self.lines[index : index + span])
            return index + span
        if strength == STRONG:
            self.cut(index)
            return None
        return -1

    def run(self) -> tuple[list[str], list[str]]:
        lines, index = self.lines, 0
        while index < len(lines):
            line = lines[index]
            if _cuts_rest(lines, index):
                self.cut(index)
                break
            block = _header_block_at(lines, index)
            if block:
                after_rule = index and _SEPARATOR_LINE.match(lines[index - 1])
                ours = _copies_our_mail(lines[index : index + block])
                if _has_words(self.kept) or after_rule or ours:
                    self.cut(index)
                    break
                # A header block on top, with nothing above, heads the member's own text
                # (a mail of somek's under it is the quote of an empty reply).
                self.quoted.extend(lines[index : index + block])
                index += block
                continue
            words = embedded_attribution(lines, index)
            if words is not None:
                # Split the line: the words stay, the attribution is read on its own.
                self.kept.append(words)
                lines[index] = lines[index][len(words) :].lstrip(DECORATION)
                line = lines[index]
            span, strength = attribution_at(lines, index)
            if span:
                following = self.attribution(index, span, strength)
                if following is None:
                    break
                if following >= 0:
                    index = following
                    continue
            quoted = QUOTED_LINE.match(line) and not _FRAMED.match(line)
            if quoted or _is_link_piece(lines, index):
                self.quoted.append(line)
            else:
                self.kept.append(line)
            index += 1
        return self.kept, self.quoted


_NAME_WORD = re.compile(r"[^\W\d_]{4,}")
_MAX_NAME_LINE = 6  # words on the line that signs the copied mail


def _senders_words(lines: list[str]) -> set[str]:
    """The words of the copied mail's sender ("Von: Stammtisch <stammtisch@…>"), lower-cased."""
    for line in lines[:12]:
        header = _cues().header_key.match(line)
        if header and "@" in line:
            value = re.sub(r"@[\w.-]+", " ", line[header.end() :])  # the domain names no one
            return {w.lower() for w in _NAME_WORD.findall(value)}
    return set()


def _below_the_copy(quoted: list[str]) -> int | None:
    """Where the member's words start under an unmarked copy of the answered mail, or None.

    Outlook copies the answered mail without ">" under "-----Ursprüngliche
    Nachricht-----" and its header block; a member who answers below it writes
    after the copy's closing and the sender's name ("Viele Grüße / #SoMe
    Stammtisch Köln"), and after the list footer under a "-- " if there is one.
    Only then, and only when nothing quoted or copied follows, are those lines theirs.
    """
    first = next(
        (line for line in quoted if line.strip() and not _SEPARATOR_LINE.match(line)), None
    )
    if first is None or not (_is_marker(first) or _cues().header_key.match(first)):
        return None
    sender = _senders_words(quoted)
    end = None
    for index, line in enumerate(quoted):
        if not is_closing(line):
            continue
        name_at = next((i for i in range(index + 1, len(quoted)) if quoted[i].strip()), None)
        if name_at is None:
            break
        name = quoted[name_at].lower()
        if len(name.split()) <= _MAX_NAME_LINE and sender & set(_NAME_WORD.findall(name)):
            end = name_at + 1
    if end is None:
        return None
    rest = _next_text_line(quoted, end)
    if rest is not None and _SIGNATURE_DASHES.match(rest.strip()):
        footer = quoted.index(rest, end)
        end = next((i for i in range(footer, len(quoted)) if not quoted[i].strip()), len(quoted))
    own = quoted[end:]
    if not _has_words(own):
        return None
    for index, line in enumerate(own):
        if QUOTED_LINE.match(line) or _cuts_rest(own, index) or _header_block_at(own, index):
            return None
    return end


def strip_quotes(text: str, *, flowed: bool = False, delsp: bool = False) -> Stripped:
    """Split plain text into the member's words and the quoted/signature rest.

    ``flowed``/``delsp`` are the ``format=flowed`` parameters of the text part
    (RFC 3676); soft line breaks are joined before the quote is looked for,
    and the kept words are unwrapped where a phone hard-wrapped a sentence.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if flowed:
        text = unflow(text, delsp=delsp)
    lines = [line.rstrip() for line in text.split("\n")]
    kept, quoted = _Splitter(lines).run()
    below = None if _has_words(kept) else _below_the_copy(quoted)
    if below is not None:
        kept, quoted = quoted[below:], quoted[:below]
    copy = unmarked_copy(kept)
    if copy is not None:  # somek's own mail pasted or quoted without any mark
        start, end = copy
        quoted = kept[start:end] + quoted
        kept = kept[:start] + kept[end:]
    words = unwrap(_tidy("\n".join(kept)))
    return Stripped(text=words, quoted="\n".join(quoted).strip())


def _tidy(text: str) -> str:
    # Removed quotes leave gaps; one blank line between paragraphs is enough.
    return re.sub(r"\n{3,}", "\n\n", text).strip()
