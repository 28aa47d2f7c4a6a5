"""What every command shares: help, usage errors, bad files, settings."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from support.cli import assert_clean_error, run_somek

from somek_tui.cli import cli


def all_commands() -> list[list[str]]:
    """Every command path in the CLI, e.g. ``["member", "add"]``, groups excluded."""
    found: list[list[str]] = []

    def walk(group: click.Group, prefix: list[str]) -> None:
        # through list_commands/get_command: the CLI loads its command modules on demand
        ctx = click.Context(group)
        for name in sorted(group.list_commands(ctx)):
            command = group.get_command(ctx, name)
            assert command is not None
            if isinstance(command, click.Group):
                if command.invoke_without_command:  # e.g. "outbox" lists by itself
                    found.append([*prefix, name])
                walk(command, [*prefix, name])
            else:
                found.append([*prefix, name])

    walk(cli, [])
    return found


def test_the_command_tree_is_walked_whole() -> None:
    commands = {" ".join(c) for c in all_commands()}
    assert {"sync", "member add", "event edit", "review alias", "checkin"} <= commands


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str], tmp_path: Path) -> None:
    run = run_somek(*command, "--help", cwd=tmp_path)
    assert run.code == 0
    assert "Example" in run.out
    assert not (tmp_path / "db.json").exists()


def test_an_unknown_option_is_a_usage_error_with_exit_2(db_path: Path) -> None:
    run = run_somek("member", "list", "--bogus", db=db_path, process=True)
    assert run.code == 2
    assert "No such option" in run.err


def test_the_database_defaults_to_somek_db_then_the_working_folder(tmp_path: Path) -> None:
    run_somek("member", "add", "a@example.org", cwd=tmp_path)
    assert (tmp_path / "db.json").exists()
    other = tmp_path / "other.json"
    run_somek("member", "add", "b@example.org", cwd=tmp_path, env={"SOMEK_DB": str(other)})
    assert "b@example.org" in other.read_text()


def test_a_corrupt_database_is_named_in_the_error(db_path: Path) -> None:
    db_path.write_text('{"members": {', encoding="utf-8")
    run = run_somek("member", "list", db=db_path, process=True)
    assert_clean_error(run, contains=str(db_path))
    assert db_path.read_text() == '{"members": {'


def test_a_database_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    run = run_somek("member", "list", db=tmp_path / "nowhere" / "db.json")
    assert_clean_error(run, contains="does not exist")


def test_a_broken_settings_file_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "somek.toml"
    config.write_text("[organizer\nname = 1", encoding="utf-8")
    assert_clean_error(
        run_somek("member", "list", db=db_path, config=config), contains="not valid TOML"
    )


def test_an_unknown_setting_is_named(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "somek.toml"
    config.write_text('[smtp]\nhots = "x"\n', encoding="utf-8")
    assert_clean_error(run_somek("member", "list", db=db_path, config=config), contains="smtp.hots")


def test_plain_text_smtp_to_a_remote_host_is_refused(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "somek.toml"
    config.write_text('[smtp]\nhost = "smtp.example.org"\nsecurity = "none"\n', encoding="utf-8")
    assert_clean_error(run_somek("member", "list", db=db_path, config=config), contains="loopback")


def test_a_missing_settings_file_named_explicitly_is_an_error(
    db_path: Path, tmp_path: Path
) -> None:
    assert_clean_error(
        run_somek("member", "list", db=db_path, config=tmp_path / "no.toml"),
        contains="does not exist",
    )


@pytest.mark.parametrize(
    "command",
    [["member", "list"], ["export", "--json"], ["sync"], ["check"], ["invite", "e1"]],
    ids=" ".join,
)
def test_a_command_on_a_missing_database_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path
) -> None:
    typo = tmp_path / "db.jsn"
    assert_clean_error(run_somek(*command, db=typo), contains=f"no database at {typo}")
    assert list(tmp_path.iterdir()) == []


def test_the_app_on_a_missing_database_says_so(tmp_path: Path) -> None:
    typo = tmp_path / "db.jsn"
    assert_clean_error(run_somek(db=typo), contains=f"no database at {typo}")
    assert list(tmp_path.iterdir()) == []


def test_the_first_adding_command_creates_the_database_and_says_so_once(db_path: Path) -> None:
    first = run_somek("member", "add", "anna@example.org", db=db_path)
    assert (first.code, first.err) == (0, f"somek: created new database at {db_path}\n")
    second = run_somek("event", "add", "--title", "SEO", "--start", "2027-03-25 19:00", db=db_path)
    assert (second.code, second.err) == (0, "")
