"""HTML made cheap to convert: a few linear passes that leave only well-formed, shallow markup.

``html.parser`` (under html2text and the quote splitter) scans to the end of the
input again for every comment, tag, declaration or character reference that is
not closed, so a message of repeated ``<!--`` costs time quadratic in its size;
html2text indents every line by its list and quote depth, so deep nesting makes
the output quadratic too. Before any of that sees a message's HTML, comments,
declarations, processing instructions, scripts and styles are dropped, a ``<``
that does not open a complete tag and an ``&`` that does not start a reference
become text, tags nested deeper than ``MAX_DEPTH`` are left out, and long runs of white
space become one. Each pass
looks at every character a bounded number of times, so cleaning is linear and
what follows it is too.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_DEPTH = 32

# Every ``<!--`` before the last ``-->`` has a ``-->`` after it, so this lazy
# match never scans further than the next one.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_RAW_TEXT_OPEN = re.compile(r"<(script|style)\b[^<>]*>", re.IGNORECASE)
# ``[^<>]*`` stops at the next ``<``, so each character is looked at from one ``<`` only.
_STRAY_LT = re.compile(r"<(?!/?[A-Za-z][^<>]*>)")
_BAD_AMP = re.compile(r"&(?!#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})")
# html2text's markdown escaping matches ``^\s*`` on every line, so a run of blank
# lines costs the square of its length; HTML reads any run of space as one.
_LONG_SPACE = re.compile(r"\s{33,}")
_TAG = re.compile(r"<(/?)([A-Za-z][^\t\n\r\f />\x00]*)[^<>]*>")
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input",
    "link", "meta", "param", "source", "track", "wbr",
}  # fmt: skip


def _drop_comments(markup: str) -> str:
    last_close = markup.rfind("-->")
    unclosed = markup.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if unclosed >= 0:
        markup = markup[:unclosed]  # an unclosed comment runs to the end, as in browsers
    return _COMMENT.sub("", markup)


def _drop_raw_text(markup: str) -> str:
    """Scripts and styles, whose content ``html.parser`` reads in its own slow mode."""
    kept: list[str] = []
    pos = 0
    while (opened := _RAW_TEXT_OPEN.search(markup, pos)) is not None:
        kept.append(markup[pos : opened.start()])
        closing = re.compile(rf"</{opened.group(1)}[^<>]*>", re.IGNORECASE)
        closed = closing.search(markup, opened.end())
        if closed is None:
            return "".join(kept)
        pos = closed.end()
    kept.append(markup[pos:])
    return "".join(kept)


def _cut(markup: str, limit: int) -> str:
    if len(markup) <= limit:
        return markup
    head = markup[:limit]
    if head.rfind("<") > head.rfind(">"):
        head = head[: head.rfind("<")]
    return head


def _balanced_quotes(tag: str) -> str:
    # An unbalanced quote makes the parser read the value on into later tags.
    if tag.count('"') % 2 or tag.count("'") % 2:
        return tag.replace('"', "").replace("'", "")
    return tag


class _Nesting:
    """Keeps open tags at most ``MAX_DEPTH`` deep, dropping deeper ones and their ends."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()

    def __call__(self, found: re.Match[str]) -> str:
        tag, closing, name = found.group(0), found.group(1), found.group(2).lower()
        if closing:
            return self._close(tag, name)
        if name in _VOID or tag.endswith("/>"):
            return _balanced_quotes(tag)
        if len(self.stack) >= MAX_DEPTH:
            self.dropped[name] += 1
            return ""
        self.stack.append(name)
        self.open[name] += 1
        return _balanced_quotes(tag)

    def _close(self, tag: str, name: str) -> str:
        if self.dropped[name]:
            self.dropped[name] -= 1
            return ""
        if self.open[name]:
            while self.stack:
                top = self.stack.pop()
                self.open[top] -= 1
                if top == name:
                    break
        return tag


def _one_space(found: re.Match[str]) -> str:
    return "\n" if "\n" in found.group(0) else " "


def clean_html(markup: str, limit: int) -> str:
    """``markup`` without what makes HTML parsing slow, cut to at most ``limit`` characters."""
    markup = _drop_comments(markup)
    markup = _drop_raw_text(markup)
    markup = _DECLARATION.sub("", markup)
    markup = _STRAY_LT.sub("&lt;", markup)
    markup = _BAD_AMP.sub("&amp;", markup)
    markup = _LONG_SPACE.sub(_one_space, markup)
    return _TAG.sub(_Nesting(), _cut(markup, limit))
