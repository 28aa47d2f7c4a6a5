"""The one way outside text reaches the screen: as written, whatever it holds."""

from __future__ import annotations

import pytest

from somek_tui.support.plain import as_written, lines, shown

TRICKY = [
    "[/]",
    "[@click=app.quit]x[/]",
    "[bold]b[/bold]",
    "[link=http://x]l[/]",
    "[$warning]w",
    "ends in a backslash \\",
    "a\\[b] and \\\\[/]",
    "$title and $5",
    "🎉 Köln",
]


@pytest.mark.parametrize("text", TRICKY)
def test_a_value_in_our_markup_shows_as_written(text: str) -> None:
    content = shown("[b]$title[/b] · [$text-muted]$venue[/]", title=text, venue=text)
    assert content.plain == f"{text} · {text}"


def test_our_markup_around_a_value_still_styles_it() -> None:
    content = shown("[b]$title[/b] rest", title="[/]")
    assert [content.plain[span.start : span.end] for span in content.spans] == ["[/]"]


@pytest.mark.parametrize("text", TRICKY)
def test_text_without_markup_shows_as_written(text: str) -> None:
    assert as_written(text).plain == text


def test_lines_keep_each_part_as_written() -> None:
    assert lines([as_written("[/]"), shown("[b]$x[/b]", x="\\")]).plain == "[/]\n\\"
