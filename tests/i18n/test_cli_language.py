"""The command line speaks the language of the settings it is given."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.cli import run_somek
from support.workspace import write_config

from mail.settings import OrganizerSettings


@pytest.fixture
def german(tmp_path: Path) -> Path:
    return write_config(tmp_path / "de.toml", 'language = "en"\nui_language = "de"\n')


@pytest.fixture
def english(tmp_path: Path) -> Path:
    return write_config(tmp_path / "en.toml", 'language = "de"\nui_language = "en"\n')


# the suite pins English through the environment; an empty value lets the settings choose
SETTINGS_DECIDE = {"SOMEK_UI_LANGUAGE": ""}


def _soon(days: int) -> str:
    # the club's today, not the machine's: near midnight UTC Berlin is a day ahead
    today = datetime.now(ZoneInfo(OrganizerSettings.timezone))
    return f"{today + timedelta(days=days):%Y-%m-%d} 19:00"


def test_ui_language_de_gives_german_messages_and_help(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    added = run_somek(
        "member", "add", "anna@example.org", db=db, config=german, env=SETTINGS_DECIDE
    )
    assert added.code == 0
    assert f"somek: neue Datenbank angelegt unter {db}" in added.err
    shown = run_somek("member", "--help", config=german, env=SETTINGS_DECIDE)
    assert "Mitglieder hinzufügen, importieren, auflisten und entfernen." in shown.out
    assert "Befehle:" in shown.out and "Diese Hilfe zeigen und beenden." in shown.out


def test_ui_language_en_keeps_the_command_line_english(tmp_path: Path, english: Path) -> None:
    db = tmp_path / "db.json"
    added = run_somek(
        "member", "add", "anna@example.org", db=db, config=english, env=SETTINGS_DECIDE
    )
    assert f"somek: created new database at {db}" in added.err
    shown = run_somek("member", "--help", config=english, env=SETTINGS_DECIDE)
    assert "Commands:" in shown.out and "Show this message and exit." in shown.out


@pytest.mark.parametrize(
    ("talks", "german_text", "english_text"),
    [
        (1, "somek: 2 Warnungen", "somek: 2 warnings"),
        (2, "somek: 4 Warnungen", "somek: 4 warnings"),
    ],
)
def test_check_counts_warnings_in_the_settings_language(
    tmp_path: Path, german: Path, english: Path, talks: int, german_text: str, english_text: str
) -> None:
    db = tmp_path / "db.json"
    for n in range(talks):
        run_somek(
            "event", "add", "--title", f"Talk {n}", "--start", _soon(3), "--kind", "talk", db=db
        )
    assert (
        run_somek("check", db=db, config=german, env=SETTINGS_DECIDE)
        .err.strip()
        .endswith(german_text)
    )
    assert (
        run_somek("check", db=db, config=english, env=SETTINGS_DECIDE)
        .err.strip()
        .endswith(english_text)
    )


def test_days_to_go_take_the_plural_form(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    run_somek("event", "add", "--title", "Bald", "--start", _soon(1), "--kind", "talk", db=db)
    run_somek("event", "add", "--title", "Später", "--start", _soon(2), "--kind", "talk", db=db)
    out = run_somek("check", db=db, config=german, env=SETTINGS_DECIDE).out
    assert "in 1 Tag " in out and "in 2 Tagen " in out


def test_an_input_error_reads_in_german(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    run_somek("event", "add", "--title", "Stammtisch", "--start", _soon(5), db=db)
    assert run_somek("event", "cancel", "e1", db=db).code == 0
    again = run_somek("event", "cancel", "e1", db=db, config=german, env=SETTINGS_DECIDE)
    assert (again.code, again.err) == (1, "somek: Abend e1 ist schon abgesagt\n")
