"""Separate the member's own words from quoted mail and signatures.

Works on the forms real clients write, in German and English: ``>`` quoting,
"Am … schrieb …:" / "On … wrote:" attributions (also wrapped over lines),
Outlook separators and header blocks, mobile signatures, and HTML quote
containers. Kept over ``mail_parser_reply``: on our corpus
(``bench/strip_compare.py``) the library keeps the whole ``>``-quoted
invitation, "Ja"/"Nein"/"Zusage" included, whenever a member answers below or
inline in the quote, and quoted invitation words must never count as an answer.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class Stripped:
    text: str  # the member's own words
    quoted: str  # quotes and signatures that were removed


_QUOTED_LINE = re.compile(r"^\s*>")
_SEPARATOR_LINE = re.compile(r"^\s*[_\-=*]{5,}\s*$")
_SIGNATURE_DASHES = re.compile(r"^-- ?$")
_MARKER = re.compile(
    r"^\s*[-_=]*\s*(ursprüngliche nachricht|original message|weitergeleitete nachricht"
    r"|forwarded message|nachricht im original)\s*[-_=]*\s*$"
    r"|^\s*(begin forwarded message|anfang der weitergeleiteten nachricht)\s*:",
    re.IGNORECASE,
)
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(von meine[mr] .{1,50} gesendet"
    r"|gesendet (von|vom|mit|über) .{1,60}"
    r"|sent (from|with|via|using) .{1,60}"
    r"|get outlook for .{1,30}"
    r"|holen sie sich outlook für .{1,30}"
    r"|diese nachricht wurde von meinem .{1,80} gesendet)[.!]?\s*$",
    re.IGNORECASE,
)
_HEADER_KEY = re.compile(
    r"^\s*\**\s*(von|from|gesendet|sent|datum|date|an|to|betreff|subject|cc|kopie)\s*:",
    re.IGNORECASE,
)
_STRONG_ATTRIBUTION = re.compile(
    r"^\s*(am\s.{4,200}?\bschrieb\b.{0,200}:|on\s.{4,200}?\bwrote:"
    r"|.{1,120}\bschrieb am\b.{4,80}:|.{1,120}\bwrote on\b.{4,80}:)\s*$",
    re.IGNORECASE,
)
_WEAK_ATTRIBUTION = re.compile(r"^.{0,160}\b(schrieb|wrote)\b.{0,160}:\s*$", re.IGNORECASE)
_WRAPPABLE_START = re.compile(r"^\s*(am|on)\s", re.IGNORECASE)


def _header_block_at(lines: list[str], index: int) -> bool:
    """Outlook, GMX and web.de quote a mail as a block of "Von:/An:/Betreff:" lines."""
    if not _HEADER_KEY.match(lines[index]):
        return False
    keys = set()
    for line in lines[index : index + 7]:
        match = _HEADER_KEY.match(line)
        if match:
            keys.add(match.group(1).lower())
    return len(keys) >= 3


def _attribution_at(lines: list[str], index: int) -> tuple[int, bool]:
    """How many lines an attribution at ``index`` spans (0 if none), and if it is certain."""
    first = lines[index]
    if not first.strip():
        return 0, False
    joined = first
    for span in range(1, 4):
        if span > 1:
            extra = index + span - 1
            if extra >= len(lines) or not lines[extra].strip():
                break
            if not _WRAPPABLE_START.match(first):
                break
            joined = f"{joined} {lines[extra].strip()}"
        if _STRONG_ATTRIBUTION.match(joined):
            return span, True
    if _WEAK_ATTRIBUTION.match(first):
        return 1, False
    return 0, False


def _next_text_line(lines: list[str], start: int) -> str | None:
    for line in lines[start:]:
        if line.strip():
            return line
    return None


def _cuts_rest(lines: list[str], index: int) -> bool:
    line = lines[index]
    return bool(
        _SIGNATURE_DASHES.match(line)
        or _MARKER.match(line)
        or _MOBILE_SIGNATURE.match(line)
        or _header_block_at(lines, index)
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


def _split_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    quoted: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _cuts_rest(lines, index):
            rest = lines[index:]
            _move_trailing_separators(kept, rest)
            quoted.extend(rest)
            break
        span, certain = _attribution_at(lines, index)
        if span:
            following = _next_text_line(lines, index + span)
            if following is None or _QUOTED_LINE.match(following):
                quoted.extend(lines[index : index + span])
                index += span
                continue
            if certain:
                quoted.extend(lines[index:])
                break
        if _QUOTED_LINE.match(line):
            quoted.append(line)
        else:
            kept.append(line)
        index += 1
    return kept, quoted


def strip_quotes(text: str) -> Stripped:
    """Split plain text into the member's words and the quoted/signature rest."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept, quoted = _split_lines([line.rstrip() for line in lines])
    return Stripped(text=_tidy("\n".join(kept)), quoted="\n".join(quoted).strip())


def _tidy(text: str) -> str:
    # Removed quotes leave gaps; one blank line between paragraphs is enough.
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --------------------------------------------------------------------------- HTML

_VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input",
    "link", "meta", "param", "source", "track", "wbr",
}  # fmt: skip
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")
_CUT_IDS = ("divrplyfwdmsg", "appendonsend")
_OUTLOOK_RULE = re.compile(r"border-top:\s*solid\s+#(e1e1e1|b5c4df)", re.IGNORECASE)


def _opens_quote(tag: str, attrs: dict[str, str]) -> bool:
    if tag == "blockquote":
        return True
    classes = attrs.get("class", "").lower()
    return any(name in classes for name in _QUOTE_CLASSES)


def _cuts_rest_html(attrs: dict[str, str]) -> bool:
    ident = attrs.get("id", "").lower()
    if any(ident.startswith(name) for name in _CUT_IDS):
        return True
    return bool(_OUTLOOK_RULE.search(attrs.get("style", "")))


class _QuoteSplitter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.kept: list[str] = []
        self.quoted: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._depth = 0
        self._cut = False

    def _out(self) -> list[str]:
        return self.quoted if self._cut or self._depth else self.kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if _cuts_rest_html(values):
            self._cut = True
        opens = _opens_quote(tag, values)
        if tag not in _VOID_TAGS:
            self._stack.append((tag, opens))
            self._depth += opens
        self._out().append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._out().append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self._out().append(f"</{tag}>")
        if not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag, opened_quote = self._stack.pop()
            self._depth -= opened_quote
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self._out().append(html.escape(data, quote=False))


def strip_html_quotes(markup: str) -> tuple[str, str]:
    """Split HTML into the member's part and the quote containers (both as HTML)."""
    splitter = _QuoteSplitter()
    try:
        splitter.feed(markup)
        splitter.close()
    except Exception:
        return markup, ""
    return "".join(splitter.kept), "".join(splitter.quoted)
