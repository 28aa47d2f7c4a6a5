"""Quick to start: each command loads what it needs when it runs, nothing else."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import click
from support.cli import run_somek

from somek_tui.cli import COMMANDS, cli

# What only some commands need; --version, --help and cron's sync pay for none of it.
HEAVY = ("textual", "jinja2", "icalendar", "babel", "aiosmtplib", "html2text")


def loaded_modules(*args: str, cwd: Path) -> set[str]:
    """The modules a real ``somek ARGS`` process has imported when it ends."""
    code = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
        "from somek_tui.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


# the command line's own modules: the entry, its output helpers, its language
FRONT = {
    "somek_tui",
    "somek_tui.cli",
    "somek_tui.cli.output",
    "somek_tui.cli.localized",
    "somek_tui.i18n",
}


def test_version_loads_no_command_settings_or_store(tmp_path: Path) -> None:
    modules = loaded_modules("--version", cwd=tmp_path)
    ours = {m for m in modules if m.startswith(("somek_tui", "mail"))}
    assert ours <= FRONT
    assert not modules & {*HEAVY, "tinydb", "msgspec", "filelock", "tomllib"}


def test_help_reads_only_the_settings_for_its_language(tmp_path: Path) -> None:
    modules = loaded_modules("--help", cwd=tmp_path)
    ours = {m for m in modules if m.startswith(("somek_tui", "mail"))}
    # the settings say which language the help is printed in; nothing else loads
    settings = {"somek_tui.config", "somek_tui.settings_models", "somek_tui.settings_file"}
    assert ours <= FRONT | settings | {"mail", "mail.settings"}
    assert not modules & {*HEAVY, "tinydb", "filelock"}


def test_an_empty_sync_loads_neither_the_app_nor_the_mail_writer(tmp_path: Path) -> None:
    assert run_somek("member", "add", "a@example.org", cwd=tmp_path).code == 0
    (tmp_path / "inbox").mkdir(mode=0o700)
    modules = loaded_modules("sync", cwd=tmp_path)
    assert not modules & set(HEAVY)
    commands = {m for m in modules if m.startswith("somek_tui.cli.")}
    assert commands == {"somek_tui.cli.sync", "somek_tui.cli.output", "somek_tui.cli.localized"}


def test_the_help_lists_each_command_with_its_own_summary() -> None:
    ctx = click.Context(cli)
    for name, (_, summary) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None, name
        for limit in (45, 200):
            listed = click.Command(name, help=summary).get_short_help_str(limit)
            assert command.get_short_help_str(limit) == listed
    # every command the modules register has its summary, so --help misses none
    assert set(cli.commands) == set(COMMANDS)


def test_the_help_lists_every_command(tmp_path: Path) -> None:
    run = run_somek("--help", cwd=tmp_path, process=True)
    assert run.code == 0
    listed = run.out.split("Commands:")[1].split()
    assert all(name in listed for name in COMMANDS)
    assert "Read the inbox once and record what the replies say" in run.out


def test_version_is_the_installed_distributions(tmp_path: Path) -> None:
    run = run_somek("--version", cwd=tmp_path, process=True)
    assert run.out.strip() == f"somek, version {importlib.metadata.version('somek')}"
