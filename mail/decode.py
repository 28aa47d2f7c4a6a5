"""From raw bytes to a parsed message and its best text body.

Nothing here raises on bad input: a message that cannot be read comes back
with ``problem`` set, so the caller can send it to review instead of crashing
a cron run.
"""

from __future__ import annotations

import codecs
import email.header
import email.utils
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import headerregistry
from email.message import EmailMessage, Message
from email.parser import BytesFeedParser
from email.policy import EmailPolicy
from typing import Any

import html2text

from mail.budget import (
    MAX_CLEAN_HTML_CHARS,
    MAX_HEADER_BLOCK_BYTES,
    MAX_HEADER_CHARS,
    MAX_HEADER_VALUES,
    MAX_HTML_CHARS,
    MAX_MULTIPARTS,
    MAX_PARSED_BYTES,
    MAX_PARTS,
    MAX_TEXT_CHARS,
    TOO_MANY_PARTS,
    Budget,
    OverBudget,
)
from mail.markup import clean_html

# Labels that promise a single-byte Western charset; real mail under these
# labels is very often windows-1252 (curly quotes, euro sign) or even UTF-8.
_LATIN_LABELS = {"iso8859-1", "iso8859-15", "cp1252"}
_UTF8_LABELS = {"utf-8", "ascii"}
# Bytes 0x80-0x9f are C1 control codes in ISO-8859-1 and never appear in text.
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_SURROGATES = re.compile("[\udc80-\udcff]")
_NOISE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROLS = re.compile("[\x00-\x1f\x7f]+")
# Parsing is fed in pieces so a message's CPU budget is checked while it runs.
_FEED_CHUNK = 16 * 1024


@dataclass
class DecodedMessage:
    message: EmailMessage | None
    text: str  # best plain-text body; converted from HTML when there is no plain part
    html: str  # the HTML body, kept so quote containers can be removed before conversion
    from_html: bool  # ``text`` was converted from ``html``
    problem: str  # non-empty: the body could not be read, with the reason
    over_limit: str = ""  # non-empty: the message is beyond what is read at all, with the reason

    @property
    def readable(self) -> bool:
        return not self.problem


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, label: str | None) -> str:
    """Decode body bytes, distrusting the charset label where mail clients lie."""
    codec = _codec_name(label)
    has_high = not data.isascii()
    if not has_high:
        return data.decode("ascii", errors="replace")
    if codec in _UTF8_LABELS or codec is None:
        return _strict(data, "utf-8") or _strict(data, "cp1252") or data.decode("latin-1")
    if codec in _LATIN_LABELS:
        # Valid multi-byte UTF-8 is almost never accidental single-byte text.
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return utf8
        if codec != "iso8859-15" and _C1_BYTES.search(data):
            return _strict(data, "cp1252") or data.decode("latin-1")
        return data.decode(codec, errors="replace")
    decoded = _strict(data, codec)
    if decoded is not None:
        return decoded
    return _strict(data, "utf-8") or data.decode(codec, errors="replace")


def repair_header(value: str) -> str:
    """Undo surrogate escapes the parser leaves for raw 8-bit header bytes."""
    if value.isascii() or not _SURROGATES.search(value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"), "utf-8")


# Parsed header objects by (name, raw value). ``email.policy.default`` parses a
# header again on every access, and a message's Content-Type alone is read a
# dozen times while it is analysed; most replies also share it with the last.
_HEADER_CACHE: dict[tuple[str, str], Any] = {}
_HEADER_CACHE_SIZE = 512


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def _word_without_controls(found: re.Match[str]) -> str:
    try:
        text = str(email.header.make_header(email.header.decode_header(found.group(0))))
    except Exception:
        return found.group(0)
    cleaned = _CONTROLS.sub(" ", text)
    if cleaned == text:
        return found.group(0)
    return email.header.Header(cleaned, "utf-8").encode(maxlinelen=10**6)


def lenient_header(name: str, value: str) -> str:
    """The text of a header value the structured parser rejects, e.g. a display name
    with an encoded CR/LF: control characters inside encoded words become spaces and
    the value is parsed again; failing that, it is read as plain text."""
    cleaned = _ENCODED_WORD.sub(_word_without_controls, value)
    if cleaned != value:
        try:
            return str(EmailPolicy.header_fetch_parse(_POLICY, name, cleaned))
        except Exception:
            pass
    text = value
    # Decoded into an address list, an encoded word could add an address of its own.
    if _kind(name) != "address":
        try:
            text = str(email.header.make_header(email.header.decode_header(value)))
        except Exception:
            text = value
    return _CONTROLS.sub(" ", repair_header(text)).strip()


class _CachingPolicy(EmailPolicy):
    """``email.policy.default`` that parses each distinct header value once.

    Values are cut to ``MAX_HEADER_CHARS`` first, since the parser's memory grows
    with the square of a value's encoded words, and a value the parser rejects
    (a display name with an encoded CR/LF, say) comes back as plain text instead
    of an exception.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):
            return value
        value = value[:MAX_HEADER_CHARS]
        key = (name, value)
        found = _HEADER_CACHE.get(key)
        if found is None:
            try:
                found = super().header_fetch_parse(name, value)
                str(found)
            except Exception:
                found = lenient_header(name, value)
            if len(_HEADER_CACHE) >= _HEADER_CACHE_SIZE:
                _HEADER_CACHE.clear()
            _HEADER_CACHE[key] = found
        return found


_HEADERS = headerregistry.HeaderRegistry()
_POLICY = _CachingPolicy(header_factory=_HEADERS)

# ``str()`` of a parsed header is, for the plain values nearly every reply
# carries, known without the full RFC 5322 parse: an unstructured value without
# encoded words is itself, a bare or simply named address list and a plain
# Message-ID come back as written, and a date is re-formatted from its datetime.
# Anything else takes the parser's path. ``tests/reply/test_header_text.py``
# holds both paths to the same answers.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATOM}(?:\.{_ATOM})*"
_ADDR_SPEC = rf"{_DOT_ATOM}@{_DOT_ATOM}"
_MAILBOX = rf"(?:{_ATOM}(?: {_ATOM})* <{_ADDR_SPEC}>|{_ADDR_SPEC})"
_PLAIN_ADDRESSES = re.compile(rf"{_MAILBOX}(?:, {_MAILBOX})*")
_PLAIN_MESSAGE_ID = re.compile(rf"<{_ADDR_SPEC}>")
_KINDS: dict[str, str] = {}


def _kind(name: str) -> str:
    key = name.lower()
    kind = _KINDS.get(key)
    if kind is None:
        cls = _HEADERS.registry.get(key, _HEADERS.default_class)
        if issubclass(cls, headerregistry.UnstructuredHeader):
            kind = "unstructured"
        elif issubclass(cls, headerregistry.AddressHeader):
            kind = "address"
        elif issubclass(cls, headerregistry.DateHeader):
            kind = "date"
        elif issubclass(cls, headerregistry.MessageIDHeader):
            kind = "message-id"
        else:
            kind = "other"
        _KINDS[key] = kind
    return kind


def _plain_text(name: str, value: str) -> str | None:
    """``str(policy.header_fetch_parse(name, value))`` when it is cheap to know, else None."""
    if not value.isascii() or "=?" in value:
        return None
    kind = _kind(name)
    if kind == "unstructured":
        return value
    if kind == "address":
        return value if _PLAIN_ADDRESSES.fullmatch(value) else None
    if kind == "message-id":
        return value if _PLAIN_MESSAGE_ID.fullmatch(value) else None
    if kind == "date" and value:
        try:
            return email.utils.format_datetime(email.utils.parsedate_to_datetime(value))
        except Exception:
            return None
    return None


def _header_text(message: Message, name: str, value: str) -> str:
    if hasattr(value, "name"):  # set by a program, already parsed
        return str(value)
    value = value[:MAX_HEADER_CHARS].replace("\r", "").replace("\n", "")
    plain = _plain_text(name, value)
    if plain is not None:
        return plain
    return str(message.policy.header_fetch_parse(name, value))


class HeaderTexts:
    """``str()`` of one message's header values by name, each worked out once.

    Only the first ``max_values`` values of a name are read, and ``budget`` is
    checked before each one the full parser reads.
    """

    def __init__(
        self, message: Message, budget: Budget | None = None, max_values: int = MAX_HEADER_VALUES
    ) -> None:
        self._message = message
        self._budget = budget
        self._max_values = max_values
        self._raw: dict[str, list[tuple[str, str]]] | None = None
        if message.policy is _POLICY:
            self._raw = {}
            for k, v in message.raw_items():
                self._raw.setdefault(k.lower(), []).append((k, v))
        self._texts: dict[str, list[str]] = {}

    def all(self, name: str) -> list[str]:
        """``[str(v) for v in message.get_all(name, [])]``, long values cut, never raising."""
        key = name.lower()
        texts = self._texts.get(key)
        if texts is None:
            if self._raw is None:
                values = self._message.get_all(name, [])[: self._max_values]
                texts = [str(value) for value in values]
            else:
                texts = []
                for k, v in self._raw.get(key, [])[: self._max_values]:
                    if self._budget is not None:
                        self._budget.check()
                    texts.append(_header_text(self._message, k, v))
            self._texts[key] = texts
        return texts


def header_text(message: Message, name: str) -> str | None:
    """``str(message.get(name))``, None when absent; plain values are not parsed."""
    if message.policy is not _POLICY:
        value = message.get(name)
        return None if value is None else str(value)
    wanted = name.lower()
    for k, v in message.raw_items():
        if k.lower() == wanted:
            return _header_text(message, k, v)
    return None


def parse_message(raw: bytes, budget: Budget | None = None) -> EmailMessage | None:
    """The message parsed from its first ``MAX_PARSED_BYTES``; raises ``OverBudget``."""
    parser = BytesFeedParser(policy=_POLICY)
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


def html_to_text(html: str) -> str:
    """The text of HTML, in time linear in its length (see ``mail.markup``)."""
    html = clean_html(html[:MAX_HTML_CHARS], MAX_CLEAN_HTML_CHARS)
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
    return "\n".join(line.rstrip() for line in converted.splitlines()).strip()


def _unreadable(message: EmailMessage | None, reason: str) -> DecodedMessage:
    return DecodedMessage(message=message, text="", html="", from_html=False, problem=reason)


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
    html = _first_body(message, "html")
    if not plain and not html and message.get_content_maintype() == "multipart":
        plain = _body_of_broken_multipart(message)
    if plain.strip():
        return DecodedMessage(message, plain, html, False, _noise_problem(plain))
    if html.strip():
        return DecodedMessage(message, html_to_text(html), html, True, _noise_problem(html))
    return DecodedMessage(message, "", "", False, "no readable text in the message")
