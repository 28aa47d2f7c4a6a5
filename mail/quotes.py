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
from mail.flowed import text_format, unflow, unwrap
from mail.quotes_html import strip_html_quotes
from mail.signature import is_closing

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

_QUOTED_LINE = re.compile(r"^\s*>")
# ">>> http://example.org <<<" frames a line for show; it quotes nothing.
_FRAMED = re.compile(r"^\s*>>.*<<\s*$")
_SEPARATOR_LINE = re.compile(r"^\s*[_\-=*]{3,}\s*$")
_SIGNATURE_DASHES = re.compile(r"^-- ?$")
_UNDERLINE = re.compile(r"^\s*_{2,}\s*$")
_DECORATION = " \t-_=*"
_ADDRESS_COLON = re.compile(r"(?:<\s*[^<>\s]+@[^<>\s]+\s*>|\S+@\S+)[)\]]*\s*:$")
_DATE_FIRST = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*<\s*\S+@\S+\s*>$")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_DIGIT = re.compile(r"\d")
_DATE_START = re.compile(r"^\d{1,4}(?:[./:-]\d|\.?\s)")  # "15. marts", "2014-10-17", "4 dec."
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
_ABBREVIATION = re.compile(r"(?<!\w)\w{1,4}\.(?=\s)")
# The attribution's writer is someone else; "ich"/"I" next to the verb is the member.
_OWN_VOICE_BEFORE = re.compile(r"(?<!\w)(?:ich|i|wir|we|je|io|yo)\s*$", re.IGNORECASE)
_OWN_VOICE_AFTER = re.compile(r"(?:ich|wir)(?!\w)", re.IGNORECASE)
# Words before an attribution's opener that belong to it: the sender ("Anna <a@b> schrieb am
# …:", "Anna hat am … geschrieben:").
_SENDER_BEFORE = re.compile(r"@|(?<!\w)(?:hat|has|heeft|ha)\s*$", re.IGNORECASE)
_MAX_ATTRIBUTION = 400
_SHORT_PIECE = 20
_NAME_ONLY = re.compile(r"[^\W\d_][\w .'#-]*")  # no address, no comma: nothing follows
_NAME_TAIL = 4  # words of a sender's name after the verb of an attribution without a colon
# A wrapped URL or path left unquoted between two quoted lines.
_LINK_PIECE = re.compile(r"https?://|^[\w=&%_./?#-]+\)?\s*>?$")

NONE, WEAK, STRONG = 0, 1, 2


def _attribution_strength(candidate: str) -> int:
    """How sure we are that ``candidate`` (one or more joined lines) is an attribution."""
    stripped = candidate.strip()
    core = stripped.strip(_DECORATION)
    if not core or len(core) > _MAX_ATTRIBUTION:
        return NONE
    dashed = stripped.startswith("--") and stripped.endswith("--")
    cues = _cues()
    verb = cues.verb.search(core)
    evidence = bool(_DIGIT.search(core) or "@" in core)
    if verb is not None:
        tail = verb.group("tail").strip()
        # "schrieb am Fr., 8. Jan. 2027, 09:14:": abbreviated days and months end no sentence
        if _SENTENCE_END.search(_ABBREVIATION.sub("", tail)):
            return NONE
        if tail and not tail.endswith(":") and not dashed:
            # "Am 08.01.27 um 09:14 schrieb Stammtisch" lost its colon: the sender's name
            # alone after a dated opener, and only above a quote
            named = len(tail.split()) <= _NAME_TAIL and bool(_NAME_ONLY.fullmatch(tail))
            dated = bool(cues.opener.match(core) and _TIME.search(core[: verb.start()]))
            return WEAK if named and dated and not _OWN_VOICE_AFTER.match(tail) else NONE
        before = core[: verb.start()]
        if _OWN_VOICE_BEFORE.search(before) or _OWN_VOICE_AFTER.match(tail):
            # "…, schrieb ich ja schon:", "as I wrote:": the member quoting themself
            return NONE
        if dashed or (evidence and (tail or cues.opener.match(core) or "@" in before)):
            return STRONG
        # "Wie Anna schon schrieb:" counts only when a quote follows.
        return WEAK if tail else NONE
    if _ADDRESS_COLON.search(core) and _DIGIT.search(core.split("@")[0]):
        return STRONG
    if _DATE_FIRST.match(core):
        return WEAK
    return NONE


def _candidate_lines(lines: list[str], index: int) -> list[tuple[int, str]]:
    """Joined texts of lines starting at ``index``, with how many lines each spans."""
    first = lines[index].strip()
    if not first or _QUOTED_LINE.match(first) or len(first) > _MAX_ATTRIBUTION:
        return []
    # Polymail and some phones break a long attribution with a blank line, or
    # even put "> wrote:" on a line of its own.
    may_gap = bool(_cues().opener.match(first) and _DIGIT.search(first))
    joined, out, gaps = first, [(1, first)], 0
    for extra in range(index + 1, min(index + 6, len(lines))):
        piece = lines[extra].strip()
        if not piece:
            if not may_gap or gaps:
                break
            gaps += 1
            continue
        if _QUOTED_LINE.match(piece) and not (may_gap and len(piece) <= _SHORT_PIECE):
            break
        joined = f"{joined} {piece}"
        out.append((extra - index + 1, joined))
        if len(out) == 4:
            break
    return out


def _attribution_at(lines: list[str], index: int) -> tuple[int, int]:
    """The span and strength of an attribution starting at ``index`` (0, NONE if none)."""
    weak: tuple[int, int] | None = None
    for span, text in _candidate_lines(lines, index):
        if span > 1 and not _DIGIT.search(lines[index]):
            # A wrapped attribution's first line carries the date; "Am Samstag"
            # or "reply" above one is the member's own line.
            break
        strength = _attribution_strength(text)
        if strength == WEAK and span == 1 and weak is None:
            # "Am … schrieb Stammtisch" may go on with "<st@example.org>:" below
            weak = span, strength
            continue
        if strength:
            if span > 1 and _later_start(lines, index, span, strength):
                # "Am Samstag komme ich." above "Am … schrieb …:" is the member's line.
                return 0, NONE
            if strength == WEAK and weak is not None:
                break
            return span, strength
    return weak or (0, NONE)


def _later_start(lines: list[str], index: int, span: int, strength: int) -> bool:
    """Whether the attribution really starts below ``index``, which is the member's line."""
    ends_sentence = lines[index].rstrip().endswith((".", "!", "?"))
    for start in range(index + 1, index + span):
        piece = lines[start].strip()
        looks_like_start = bool(_cues().opener.match(piece) or _DATE_START.match(piece))
        if not (ends_sentence or looks_like_start):
            continue
        for sub_span, text in _candidate_lines(lines, start):
            if start + sub_span > index + span:
                break
            if _attribution_strength(text) >= strength:
                return True
    return False


def _embedded_attribution(lines: list[str], index: int) -> str | None:
    """The member's words before an attribution that starts inside the line, if any.

    "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" keeps "reply".
    """
    line = lines[index]
    if _QUOTED_LINE.match(line) or _cues().opener.match(line.strip()):
        return None
    for found in _cues().embedded.finditer(line):
        words = line[: found.start()].rstrip(_DECORATION)
        if not words.strip() or _DIGIT.search(words) or _SENDER_BEFORE.search(words):
            # A date before "AM"/"am" is the attribution's own start, not the member's words;
            # so is its sender, "Anna <a@b> schrieb am …:"
            continue
        if _cues().verb.search(words.split()[-1]):
            continue
        rest = [line[found.end() :].lstrip(_DECORATION), *lines[index + 1 :]]
        for _, text in _candidate_lines(rest, 0):
            if _attribution_strength(text) == STRONG and ("@" in text or _TIME.search(text)):
                return words
    return None


def _header_block_at(lines: list[str], index: int) -> int:
    """Lines of a copied "From:/Sent:/To:/Subject:" block starting at ``index`` (0 if none)."""
    cues = _cues()
    if not cues.header_key.match(lines[index]):
        return 0
    inline = {m.group(1).lower() for m in cues.header_inline.finditer(lines[index])}
    if len(inline) >= 3 and ("@" in lines[index] or _DIGIT.search(lines[index])):
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


def _is_marker(line: str) -> bool:
    core = line.strip().strip(_DECORATION)
    return bool(core) and bool(_cues().marker.match(core))


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
        _SIGNATURE_DASHES.match(line)
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
    return all(_QUOTED_LINE.match(n) for n in neighbours) and bool(
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
        if following is None or _QUOTED_LINE.match(following):
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
                if _has_words(self.kept) or (index and _SEPARATOR_LINE.match(lines[index - 1])):
                    self.cut(index)
                    break
                # A header block on top, with nothing above, heads the member's own text.
                self.quoted.extend(lines[index : index + block])
                index += block
                continue
            words = _embedded_attribution(lines, index)
            if words is not None:
                # Split the line: the words stay, the attribution is read on its own.
                self.kept.append(words)
                lines[index] = lines[index][len(words) :].lstrip(_DECORATION)
                line = lines[index]
            span, strength = _attribution_at(lines, index)
            if span:
                following = self.attribution(index, span, strength)
                if following is None:
                    break
                if following >= 0:
                    index = following
                    continue
            quoted = _QUOTED_LINE.match(line) and not _FRAMED.match(line)
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
        if _QUOTED_LINE.match(line) or _cuts_rest(own, index) or _header_block_at(own, index):
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
    words = unwrap(_tidy("\n".join(kept)))
    return Stripped(text=words, quoted="\n".join(quoted).strip())


def _tidy(text: str) -> str:
    # Removed quotes leave gaps; one blank line between paragraphs is enough.
    return re.sub(r"\n{3,}", "\n\n", text).strip()
