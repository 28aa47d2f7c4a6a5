"""Outside text on screen exactly as written.

Names, titles, subjects, reasons, venues and paths come from members, mail and
the file system, and any of them may hold ``[/]``, ``[@click=…]`` or a
backslash. Read as markup they crash the app, vanish or even act, and escaping
them by hand misses cases (a trailing backslash, ``[$var]``). So they reach the
screen only as values dropped into our own markup, never as part of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content


def shown(template: str, /, **values: object) -> Content:
    """Our markup ``template`` with each ``$name`` replaced by ``values[name]`` as written."""
    return Content.from_markup(template, **{name: str(value) for name, value in values.items()})


def as_written(text: object) -> Content:
    """Text with no markup of ours: every character shows as it is."""
    return Content(str(text))


def lines(parts: Iterable[Content]) -> Content:
    """Several lines of content as one, for a panel."""
    return Content("\n").join(parts)
