"""Every ``somek …`` example in README.md's commands table and in ``--help`` runs as written.

Each runs in a fresh workspace: a copy of the demo database as ``./db.json``
and no settings file, so mail goes to Maildir folders beside it. Nothing is
substituted. An example may fail for a reason of the data (exit 1, one clear
line) but never with a usage error (exit 2) or a traceback. Examples that keep
running (the app, ``serve``, ``sync --watch``) are parsed, not run.
"""

from __future__ import annotations

import re
import shlex
import shutil
import warnings
from pathlib import Path

import click
import pytest
from support.cli import run_somek

from somek_tui.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DEMO_DB = ROOT / "db.json"
# the demo's evenings lie around this moment: e6 is the next one
NOW = "2026-11-25T12:00:00+01:00"
KEEPS_RUNNING = ("serve", "sync --watch")


def readme_examples() -> list[str]:
    """The ``somek …`` code spans in the README's "Commands" table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    spans = [span for row in rows for span in re.findall(r"`([^`]+)`", row)]
    return [span for span in spans if span == "somek" or span.startswith("somek ")]


def help_examples() -> list[str]:
    """Lines starting ``somek`` under "Example:" in every command's ``--help``."""
    found: list[str] = []

    def walk(command: click.Command) -> None:
        help_text = command.help or ""
        if "Example" in help_text:
            block = help_text.split("Example", 1)[1].split("\n", 1)[1]
            # a long example goes on over lines ending in a backslash
            block = re.sub(r"\\\n\s*", "", block)
            for line in block.splitlines():
                stripped = line.strip()
                if stripped == "somek" or stripped.startswith("somek "):
                    found.append(stripped)
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                walk(sub)

    walk(cli)
    return found


def commands_of(example: str) -> list[list[str]]:
    """The argument lists of the ``somek`` commands an example runs.

    ``&&`` separates commands, ``> FILE`` only redirects the output, and
    ``--db``/``--config`` give way to the prepared workspace's own.
    """
    tokens = shlex.split(example, comments=True)
    runs: list[list[str]] = []
    for part in " ".join(shlex.quote(t) for t in tokens).split(" '&&' "):
        words = shlex.split(part)
        if ">" in words:
            words = words[: words.index(">")]
        assert words[0] == "somek", example
        argv = words[1:]
        for option in ("--db", "--config"):
            while option in argv:
                at = argv.index(option)
                del argv[at : at + 2]
        runs.append(argv)
    return runs


EXAMPLES = sorted(set(readme_examples()) | set(help_examples()))


def test_the_examples_were_found() -> None:
    assert "somek member import mitglieder.csv" in EXAMPLES
    assert any(e.startswith("somek checkin e6 ") for e in EXAMPLES)
    assert len(EXAMPLES) > 40


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Path:
    shutil.copy(DEMO_DB, tmp_path / "db.json")
    # files the examples read, as a person would have them beside the database
    (tmp_path / "mitglieder.csv").write_text(
        "Vorname;Nachname;E-Mail\nNina;Berg;nina@example.com\n", encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_example_runs_as_written(example: str, demo_workspace: Path) -> None:
    for argv in commands_of(example):
        if not argv or any(" ".join(argv).startswith(cmd) for cmd in KEEPS_RUNNING):
            assert_parses(argv)
            continue
        run = run_somek(*argv, cwd=demo_workspace, env={"SOMEK_NOW": NOW}, timeout=60)
        assert run.code != 2, (example, run.err)
        assert "Traceback" not in run.err, (example, run.err)
        assert "internal error" not in run.err, (example, run.err)
        if run.code == 1:
            lines = run.err.strip().splitlines()
            assert lines and lines[-1].startswith("somek: "), (example, run.err)


def assert_parses(argv: list[str]) -> None:
    """Parse ``argv`` down to the last sub-command without running anything."""
    command: click.Command = cli
    ctx = command.make_context("somek", list(argv), resilient_parsing=False)
    while isinstance(command, click.Group) and (rest := _unparsed(ctx)):
        name, sub, remaining = command.resolve_command(ctx, rest)
        assert sub is not None and name is not None
        command = sub
        ctx = command.make_context(name, remaining, parent=ctx, resilient_parsing=False)


def _unparsed(ctx: click.Context) -> list[str]:
    # Click 8.2 deprecates protected_args (Click 9 puts everything in args)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [*ctx.protected_args, *ctx.args]
