"""The section bar: every key visible at 80 columns, in either language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from somek_tui.app import SomekApp
from somek_tui.i18n import set_language

from .conftest import make_workspace
from .helpers import wait_for


def top_line(app: SomekApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[0])


@pytest.mark.parametrize("language", ["de", "en"])
async def test_at_80_columns_all_seven_keys_show_and_the_open_section_its_whole_name(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMEK_UI_LANGUAGE", language)
    set_language(language)
    app = SomekApp(make_workspace(tmp_path), poll_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await wait_for(pilot, lambda: getattr(app.screen, "SECTION", "") == "members")
        await pilot.pause()
        line = top_line(app)
        members = "Mitglieder" if language == "de" else "Members"
        assert f"4 {members}" in line, line
        for key in "1234567":  # each key with at least the start of its name
            assert re.search(rf" {key} \w", line), line
        # a name that does not fit is cut with an ellipsis, never mid-word without one
        words = line.split()
        assert all(w.isdigit() or w.isalpha() or w.endswith("…") for w in words), line
