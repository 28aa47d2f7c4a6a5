"""From raw bytes to a parsed message and its best text body.

Nothing here raises on bad input: a message that cannot be read comes back
with ``problem`` set, so the caller can send it to review instead of crashing
a cron run.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.parser import BytesFeedParser

from mail.budget import (
    MAX_CLEAN_HTML_CHARS,
    MAX_HEADER_BLOCK_BYTES,
    MAX_HTML_CHARS,
    MAX_MULTIPARTS,
    MAX_PARSED_BYTES,
    MAX_PARTS,
    MAX_TEXT_CHARS,
    TOO_MANY_PARTS,
    Budget,
    OverBudget,
)
from mail.charsets import decode_bytes, repair_header
from mail.header_text import POLICY, HeaderTexts, header_text
from mail.markup import clean_html

# the header readers live in mail.header_text; the readers of a whole message
# take them from here with the message
__all__ = [
    "DecodedMessage",
    "HeaderTexts",
    "decode_bytes",
    "decode_message",
    "header_text",
    "html_to_text",
    "parse_headers",
    "parse_message",
    "part_text",
    "repair_header",
    "text_leaves",
]

_NOISE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
# Parsing is fed in pieces so a message's CPU budget is checked while it runs.
_FEED_CHUNK = 16 * 1024


@dataclass
class DecodedMessage:
    message: EmailMessage | None
    text: str  # best plain-text body; converted from HTML when there is no plain part
    # the HTML body, kept so quote containers can be removed before conversion;
    # None until asked for (see ``html``)
    html_body: str | None
    from_html: bool  # ``text`` was converted from ``html``
    problem: str  # non-empty: the body could not be read, with the reason
    over_limit: str = ""  # non-empty: the message is beyond what is read at all, with the reason

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def html(self) -> str:
        """The HTML body; beside a plain part it is rarely needed, so only found when asked."""
        if self.html_body is None:
            found = _first_body(self.message, "html") if self.message is not None else ""
            self.html_body = found
        return self.html_body


def parse_message(raw: bytes, budget: Budget | None = None) -> EmailMessage | None:
    """The message parsed from its first ``MAX_PARSED_BYTES``; raises ``OverBudget``."""
    parser = BytesFeedParser(policy=POLICY)
    try:
        for start in range(0, min(len(raw), MAX_PARSED_BYTES), _FEED_CHUNK):
            if budget is not None:
                budget.check()
            parser.feed(raw[start : min(start + _FEED_CHUNK, MAX_PARSED_BYTES)])
        parsed = parser.close()
    except OverBudget:
        raise
    except Exception:  # RecursionError too: nested deeper than the interpreter allows
        return None
    return parsed if isinstance(parsed, EmailMessage) else None


def parse_headers(raw: bytes) -> EmailMessage | None:
    """Only the header block of a message, for naming it when its body cannot be read."""
    end = min(
        (i for i in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if i >= 0),
        default=len(raw),
    )
    return parse_message(raw[: min(end, MAX_HEADER_BLOCK_BYTES)] + b"\n\n")


def part_text(part: Message, limit: int = MAX_TEXT_CHARS) -> str:
    """The decoded text of one leaf part, at most ``limit`` characters, or "" when it has none."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        try:
            label = part.get_content_charset()
        except Exception:
            label = None
        return decode_bytes(payload, label)[:limit]
    raw = part.get_payload()
    return raw[:limit] if isinstance(raw, str) else ""


def text_leaves(message: Message) -> Iterator[Message]:
    """Leaf parts in order, not descending into attached or returned messages."""
    if message.is_multipart():
        payload = message.get_payload()
        if not isinstance(payload, list):
            return
        for child in payload:
            if isinstance(child, Message) and child.get_content_maintype() != "message":
                yield from text_leaves(child)
        return
    yield message


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).lower()
    return disposition.startswith("attachment")


def _first_body(message: Message, subtype: str) -> str:
    for part in text_leaves(message):
        if part.get_content_type() != f"text/{subtype}" or _is_attachment(part):
            continue
        text = part_text(part, MAX_HTML_CHARS if subtype == "html" else MAX_TEXT_CHARS)
        if subtype == "html":
            text = clean_html(text, MAX_CLEAN_HTML_CHARS)
        if text.strip():
            return text
    return ""


def _body_of_broken_multipart(message: Message) -> str:
    # A multipart without a usable boundary leaves the whole body as one string.
    raw = message.get_payload()
    if not isinstance(raw, str):
        return ""
    raw = raw[:MAX_TEXT_CHARS]
    lines = [ln for ln in raw.splitlines() if not ln.lower().startswith(("content-", "--"))]
    return "\n".join(lines)


# html2text escapes what markdown would read as a list or a heading ("1\\. Idee",
# "\\- Punkt") and every backslash before such a sign; the member wrote neither.
_MD_LINE_ESCAPE = re.compile(r"^([\s>]*\d+)\\\.(?=\s)|^([\s>]*)\\([-+])", re.MULTILINE)
_MD_BACKSLASH = re.compile(r"\\(\\)(?=[`*_{}\[\]()#+\-.!])")


# Outlook writes every line as a paragraph without margins ("MsoNormal"); read as
# paragraphs, a sentence broken over two lines would fall into two.
_WORD_HTML = re.compile(r"class=\"?Mso", re.IGNORECASE)
_PARAGRAPH_OPEN = re.compile(r"<p(?=[\s>])[^<>]*>", re.IGNORECASE)
_PARAGRAPH_CLOSE = re.compile(r"</p\s*>", re.IGNORECASE)


def _as_written(converted: str) -> str:
    text = _MD_LINE_ESCAPE.sub(lambda m: f"{m[1]}." if m[1] is not None else m[2] + m[3], converted)
    return _MD_BACKSLASH.sub(r"\1", text)


def html_to_text(html: str) -> str:
    """The text of HTML, in time linear in its length (see ``mail.markup``)."""
    # imported by the first HTML mail: most replies carry a plain part, and a sync
    # that finds none of them need not load it
    import html2text

    html = clean_html(html[:MAX_HTML_CHARS], MAX_CLEAN_HTML_CHARS)
    if _WORD_HTML.search(html):
        html = _PARAGRAPH_CLOSE.sub("<br>", _PARAGRAPH_OPEN.sub("", html))
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    converter.unicode_snob = True  # keep umlauts instead of ASCII look-alikes
    try:
        converted = converter.handle(html)
    except Exception:
        return re.sub(r"<[^<>]*>", " ", html).strip()
    return "\n".join(line.rstrip() for line in _as_written(converted).splitlines()).strip()


def _unreadable(message: EmailMessage | None, reason: str) -> DecodedMessage:
    return DecodedMessage(message=message, text="", html_body="", from_html=False, problem=reason)


def _noise_problem(text: str) -> str:
    noise = len(_NOISE.findall(text))
    if noise > max(3, len(text) // 10):
        return "the body is not readable text (binary or badly encoded)"
    return ""


def _too_many_parts(message: Message) -> str:
    try:
        parts = sum(1 for _ in itertools.islice(message.walk(), MAX_PARTS + 1))
    except RecursionError:
        parts = MAX_PARTS + 1
    return TOO_MANY_PARTS.format(parts=f"over {MAX_PARTS}") if parts > MAX_PARTS else ""


def decode_message(raw: bytes, budget: Budget | None = None) -> DecodedMessage:
    """The message and its best text; raises ``OverBudget`` when ``budget`` runs out."""
    if not raw or not raw.strip():
        return _unreadable(None, "empty message")
    multiparts = raw[:MAX_PARSED_BYTES].lower().count(b"multipart/")
    if multiparts > MAX_MULTIPARTS:
        # the parser's cost grows with the square of their nesting depth
        reason = TOO_MANY_PARTS.format(parts=f"over {MAX_MULTIPARTS} multipart")
        return DecodedMessage(parse_headers(raw), "", "", False, reason, reason)
    message = parse_message(raw, budget)
    if message is None:
        reason = "not a parseable e-mail message"
        return DecodedMessage(parse_headers(raw), "", "", False, reason, reason)
    if not any(message.keys()):
        return _unreadable(message, "no mail headers found")
    over_limit = _too_many_parts(message)
    if over_limit:
        return DecodedMessage(message, "", "", False, over_limit, over_limit)
    plain = _first_body(message, "plain")
    if plain:
        return DecodedMessage(message, plain, None, False, _noise_problem(plain))
    html = _first_body(message, "html")
    if not html and message.get_content_maintype() == "multipart":
        plain = _body_of_broken_multipart(message)
    if plain.strip():
        return DecodedMessage(message, plain, html, False, _noise_problem(plain))
    if html.strip():
        return DecodedMessage(message, html_to_text(html), html, True, _noise_problem(html))
    return DecodedMessage(message, "", "", False, "no readable text in the message")
