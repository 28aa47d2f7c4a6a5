"""The text of a message's header values, each distinct value parsed once.

``email.policy.default`` parses a header value again on every access and
raises on some hostile ones; :data:`POLICY` parses each distinct value once
and reads a rejected one as plain text. :class:`HeaderTexts` gives ``str()``
of a message's values by name, each worked out once.
"""

from __future__ import annotations

import email.header
import re
from email import headerregistry
from email.message import Message
from email.policy import EmailPolicy
from typing import Any

from mail.budget import MAX_HEADER_CHARS, MAX_HEADER_VALUES, Budget
from mail.charsets import repair_header

_CONTROLS = re.compile("[\x00-\x1f\x7f]+")

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
            return str(EmailPolicy.header_fetch_parse(POLICY, name, cleaned))
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
POLICY = _CachingPolicy(header_factory=_HEADERS)

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


def _header_text(message: Message, name: str, value: str) -> str:
    if hasattr(value, "name"):  # set by a program, already parsed
        return str(value)
    value = value[:MAX_HEADER_CHARS].replace("\r", "").replace("\n", "")
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
        if message.policy is POLICY:
            self._raw = {}
            for k, v in message.raw_items():
                self._raw.setdefault(k.lower(), []).append((k, v))
        self._texts: dict[str, list[str]] = {}

    def unparsed(self, name: str) -> list[str]:
        """The values of ``name`` as written, unfolded and cut, not parsed.

        For fields read only for their ``<id>`` tokens or handed to
        ``email.utils.parsedate_to_datetime``, which the parser would call itself.
        """
        if self._raw is None:
            return self.all(name)
        return [
            v[:MAX_HEADER_CHARS].replace("\r", "").replace("\n", "")
            for _, v in self._raw.get(name.lower(), [])[: self._max_values]
        ]

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
    """``str(message.get(name))``, None when absent."""
    if message.policy is not POLICY:
        value = message.get(name)
        return None if value is None else str(value)
    wanted = name.lower()
    for k, v in message.raw_items():
        if k.lower() == wanted:
            return _header_text(message, k, v)
    return None


def plain_address_field(written: str) -> bool:
    """Is an address field, as written, read by ``email.utils.getaddresses`` as the
    header parser would read it? Then the parser need not read it first.

    Not so with a comment (``MAILER-DAEMON@host (Mail Delivery System)``): the parser
    drops it, ``getaddresses`` takes it as the name; nor with an encoded word, which
    the parser decodes as one name whatever it holds, where ``getaddresses`` would
    split at a comma inside it (``=?utf-8?q?=0D=0Amallory@evil.example,?= <a@b>``);
    nor with raw 8-bit bytes, which only the parser's text repairs; nor with a
    backslash, which only quoted text may escape with.
    """
    return written.isascii() and not any(mark in written for mark in ("(", "=?", "\\"))


def address_text(message: Message, name: str) -> str | None:
    """:func:`header_text` of an address field, as ``getaddresses`` is to read it."""
    if message.policy is not POLICY:
        return header_text(message, name)
    wanted = name.lower()
    for k, v in message.raw_items():
        if k.lower() == wanted:
            written = v[:MAX_HEADER_CHARS].replace("\r", "").replace("\n", "")
            return written if plain_address_field(written) else _header_text(message, k, v)
    return None
