"""The checker that keeps untranslated text out of the places the organizer reads."""

from __future__ import annotations

from pathlib import Path

from .visible import findings


def _check(tmp_path: Path, source: str) -> list[str]:
    package = tmp_path / "somek_tui"
    package.mkdir()
    (package / "screen.py").write_text(source, encoding="utf-8")
    return [f.text for f in findings(package)]


def test_a_bare_literal_in_a_notification_is_found(tmp_path: Path) -> None:
    assert _check(tmp_path, 'self.notify("Saved.")\n') == ["Saved."]


def test_words_in_an_f_string_button_label_are_found(tmp_path: Path) -> None:
    assert _check(tmp_path, 'Button(f"{n} members")\n') == [" members"]


def test_translated_text_and_symbols_pass(tmp_path: Path) -> None:
    source = (
        'self.notify(_("Saved."))\n'
        'Binding("n", "new", N_("New"))\n'
        'Static("—")\n'
        'click.echo(f"{a}  {b}")\n'
        'Static("", id="status")\n'
    )
    assert _check(tmp_path, source) == []


def test_help_texts_and_column_headers_are_checked(tmp_path: Path) -> None:
    source = 'click.option("--x", help="Do it.")\nRecordsTable("Name", N_("E-mail"))\n'
    assert _check(tmp_path, source) == ["Do it.", "Name"]


def test_store_and_settings_errors_are_checked(tmp_path: Path) -> None:
    source = (
        'raise StoreCorrupt(f"{path} is damaged")\n'
        'raise ConfigError(_("unknown setting {name}").format(name=name))\n'
    )
    assert _check(tmp_path, source) == [" is damaged"]


def test_the_contract_s_english_words_may_stay(tmp_path: Path) -> None:
    assert _check(tmp_path, 'raise StoreMissing(f"no database at {path}")\n') == []
