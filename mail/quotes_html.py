"""Quote containers in HTML mail: blockquotes, Gmail and Thunderbird quote blocks, Outlook rules."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input",
    "link", "meta", "param", "source", "track", "wbr",
}  # fmt: skip
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")
_CUT_IDS = ("divrplyfwdmsg", "appendonsend")
# Outlook's rule above its header block, in the orders Word and OWA write it.
_OUTLOOK_RULE = re.compile(r"border-top:[^;\"]*solid[^;\"]*#(e1e1e1|b5c4df)", re.IGNORECASE)


def _opens_quote(tag: str, attrs: dict[str, str]) -> bool:
    if tag == "blockquote":
        return True
    classes = attrs.get("class", "").lower()
    return any(name in classes for name in _QUOTE_CLASSES)


def _cuts_rest_html(attrs: dict[str, str]) -> bool:
    # Outlook on the web prefixes the ids of a message it quotes again with "x_".
    ident = attrs.get("id", "").lower().removeprefix("x_")
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
