"""At 80×24 every section's footer shows whole keys only and its main keys are in reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from somek_tui.app import SomekApp

from .conftest import make_workspace
from .helpers import wait_for

SECTIONS = "1234567"


def bottom_line(app: SomekApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[-1])


async def open_section(pilot: Pilot[None], key: str) -> None:
    await pilot.press(key)
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "SECTION", None) is not None)
    await pilot.pause()


@pytest.mark.parametrize("key", SECTIONS)
async def test_the_footer_ends_in_the_palette_hint_with_nothing_behind_it(
    key: str, tmp_path: Path
) -> None:
    app = SomekApp(make_workspace(tmp_path), poll_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, key)
        line = bottom_line(app)
        assert len(line) == 80
        assert line.endswith("▏^p palette "), line
        # and no key runs under the palette hint, cut in half
        keys = list(app.screen.query(FooterKey))
        hint = next(k for k in keys if k.has_class("-command-palette"))
        shown = [k for k in keys if k is not hint and k.display]
        assert shown and all(k.region.right <= hint.region.x for k in shown), line


async def palette_finds(pilot: Pilot[None], title: str) -> bool:
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    pilot.app.screen.query_one(CommandInput).value = title
    results = pilot.app.screen.query_one(CommandList)

    def prompts() -> list[str]:
        return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]

    try:
        await wait_for(pilot, lambda: any(title in p for p in prompts()), 3)
        return True
    except AssertionError:
        return False
    finally:
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, CommandPalette))


@pytest.mark.parametrize("key", SECTIONS)
async def test_every_main_key_shows_in_the_footer_or_the_palette(key: str, tmp_path: Path) -> None:
    app = SomekApp(make_workspace(tmp_path), poll_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_section(pilot, key)
        # what stands before the palette hint is what the organizer can read
        footer = bottom_line(app).split("▏")[0]
        main = [
            (app.get_key_display(active.binding), active.binding.description)
            for active in app.screen.active_bindings.values()
            if active.binding.show and active.binding.description
        ]
        assert main
        hidden = [d for k, d in main if f"{k} {d} " not in footer + " "]
        missing = [d for d in hidden if not await palette_finds(pilot, d)]
        assert missing == [], f"section {key}: not in the footer nor the palette: {missing}"
