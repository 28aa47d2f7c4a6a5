"""The store's and settings' errors, check warnings and CSV import reasons in German."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.cli import run_somek
from support.workspace import write_config

from mail.settings import OrganizerSettings

# the suite pins English through the environment; an empty value lets the settings choose
SETTINGS_DECIDE = {"SOMEK_UI_LANGUAGE": ""}
GERMAN = {"SOMEK_UI_LANGUAGE": "de"}


@pytest.fixture
def german(tmp_path: Path) -> Path:
    return write_config(tmp_path / "de.toml", 'language = "en"\nui_language = "de"\n')


def _soon(days: int) -> str:
    # the club's today, not the machine's: near midnight UTC Berlin is a day ahead
    today = datetime.now(ZoneInfo(OrganizerSettings.timezone))
    return f"{today + timedelta(days=days):%Y-%m-%d} 19:00"


def test_a_damaged_database_is_reported_in_german(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    db.write_text('{"members": {"1": x}}', encoding="utf-8")
    run = run_somek("member", "list", db=db, config=german, env=SETTINGS_DECIDE)
    assert run.code == 1
    assert "kein gültiges JSON bei Zeile 1" in run.err
    assert "die Datei blieb unverändert" in run.err


def test_a_bad_setting_is_reported_in_german(tmp_path: Path) -> None:
    config = write_config(tmp_path / "bad.toml", "[smtp]\nprot = 25\n")
    run = run_somek("member", "list", db=tmp_path / "db.json", config=config, env=GERMAN)
    assert (run.code, run.err) == (1, f"somek: {config}: unbekannte Einstellung smtp.prot\n")


def test_a_missing_database_keeps_the_contract_words(tmp_path: Path, german: Path) -> None:
    missing = tmp_path / "missing.json"
    run = run_somek("member", "list", db=missing, config=german, env=SETTINGS_DECIDE)
    assert (run.code, run.err) == (1, f"somek: no database at {missing}\n")


def test_check_warnings_read_in_german(tmp_path: Path, german: Path) -> None:
    db = tmp_path / "db.json"
    run_somek("event", "add", "--title", "Talk", "--start", _soon(3), "--kind", "talk", db=db)
    out = run_somek("check", db=db, config=german, env=SETTINGS_DECIDE).out
    assert "Talk: Expertenvortrag ohne bestätigte Vortragende" in out
    assert "expert talk" not in out


def test_csv_import_reasons_read_in_german(tmp_path: Path, german: Path) -> None:
    csv_file = tmp_path / "members.csv"
    csv_file.write_text(
        "email,Sprache\nanna@example.org,de\nbert@example.org,klingonisch\n", encoding="utf-8"
    )
    db = tmp_path / "db.json"
    run = run_somek("member", "import", str(csv_file), db=db, config=german, env=SETTINGS_DECIDE)
    assert "gelesene Spalten: email als E-Mail, Sprache als Sprache" in run.out
    assert "Zeile 3: unbekannte Sprache 'klingonisch'" in run.out


def test_an_inbox_that_refuses_the_connection_is_reported_in_german(tmp_path: Path) -> None:
    from support.imap_servers import free_port

    port = free_port()  # nothing listens there
    config = write_config(
        tmp_path / "imap.toml",
        'ui_language = "de"\n[imap]\nhost = "127.0.0.1"\n'
        f'port = {port}\nsecurity = "none"\nusername = "u"\npassword_env = "PW"\n',
    )
    db = tmp_path / "db.json"
    assert run_somek("member", "add", "a@example.org", db=db, config=config).code == 0
    run = run_somek("sync", db=db, config=config, env={**SETTINGS_DECIDE, "PW": "x"})
    assert run.code == 1
    assert f"somek: keine Verbindung zu 127.0.0.1:{port}: " in run.err, run.err
