"""Click's own usage errors read in the organizer's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run_somek
from support.workspace import write_config

# the suite pins English through the environment; an empty value lets the settings choose
SETTINGS_DECIDE = {"SOMEK_UI_LANGUAGE": ""}


@pytest.fixture
def german(tmp_path: Path) -> Path:
    return write_config(tmp_path / "de.toml", 'language = "en"\nui_language = "de"\n')


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("membr",), "Fehler: Unbekannter Befehl 'membr'."),
        (("member", "add"), "Fehler: Fehlendes Argument 'EMAIL'."),
        (("member", "list", "--jsn"), "Fehler: Unbekannte Option '--jsn'. Meinten Sie '--json'?"),
    ],
)
def test_click_usage_errors_read_in_german(
    tmp_path: Path, german: Path, args: tuple[str, ...], expected: str
) -> None:
    run = run_somek(*args, db=tmp_path / "db.json", config=german, env=SETTINGS_DECIDE)
    assert run.code == 2
    assert run.err.startswith("Aufruf: somek")
    assert expected in run.err


def test_click_usage_errors_stay_english_in_english(tmp_path: Path) -> None:
    run = run_somek("membr", db=tmp_path / "db.json", env={"SOMEK_UI_LANGUAGE": "en"})
    assert "Error: No such command 'membr'." in run.err
