"""The ``somek`` command.

Global options come before the sub-command; with no sub-command the terminal
UI opens. Every expected failure ends as one ``somek: …`` line and exit 1;
usage errors exit 2.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from somek_tui.cli.localized import LocalizedGroup, apply_language
from somek_tui.cli.logs import configure_logging
from somek_tui.cli.output import Failure, note
from somek_tui.config import ConfigError
from somek_tui.i18n import N_, _
from somek_tui.models import InvalidInput
from somek_tui.store import StoreError, StoreMissing
from somek_tui.workspace import Workspace, open_workspace

EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    StoreError,
    ConfigError,
    InvalidInput,
    OSError,
)


# Commands that add records from nothing, so they may start a new database.
# Every other command needs one: a mistyped --db must not read as empty.
CREATING_COMMANDS = frozenset(
    {"member add", "member import", "member invite-join", "event add", "event plan", "topic add"}
)


class Context:
    """Opens the workspace on first use, so ``--help`` works without a database."""

    def __init__(self, db: str | None, config: str | None) -> None:
        self.db = db
        self.config = config
        self._workspace: Workspace | None = None
        self._was_missing = False

    @property
    def ws(self) -> Workspace:
        if self._workspace is None:
            creating = _command_name() in CREATING_COMMANDS
            self._workspace = open_workspace(self.db, self.config, must_exist=not creating)
            self._was_missing = not self._workspace.store.path.exists()
        return self._workspace

    def announce_creation(self) -> None:
        """Say once that a command started a new database, so a typo shows."""
        if self._workspace is not None and self._was_missing:
            path = self._workspace.store.path
            if path.exists():
                self._was_missing = False
                note(_("somek: created new database at {path}").format(path=path))


def _command_name() -> str:
    """The running sub-command without the program name, e.g. ``"member add"``."""
    path = click.get_current_context().command_path.split()
    return " ".join(path[1:])


_registered: list[bool] = []  # once every command module is loaded
# Commands cron runs often load only their own module: the rest are loaded
# for any other command and for --help.
LIGHT_COMMANDS = {"sync": "somek_tui.cli.sync"}


class SomekGroup(LocalizedGroup):
    """Turns the errors a person can cause into one readable line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        apply_language(args)  # before --help, --version or any error is printed
        return super().parse_args(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in LIGHT_COMMANDS:
                importlib.import_module(LIGHT_COMMANDS[cmd_name]).register(self)
            else:
                _register()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        _register()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except EXPECTED_ERRORS as exc:
            raise Failure(_describe(exc)) from None
        except Exception as exc:
            if os.environ.get("SOMEK_DEBUG"):
                raise
            raise Failure(
                _("internal error: {kind}: {exc} (SOMEK_DEBUG=1 shows more)").format(
                    kind=type(exc).__name__, exc=exc
                )
            ) from None
        finally:
            if isinstance(ctx.obj, Context):
                ctx.obj.announce_creation()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return _("{filename}: no such file").format(filename=exc.filename)
    if isinstance(exc, PermissionError) and getattr(exc, "filename", None):
        return _("{filename}: permission denied").format(filename=exc.filename)
    if isinstance(exc, OSError) and not isinstance(exc, StoreError) and exc.strerror:
        return f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")
    return str(exc)


@click.group(
    cls=SomekGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--db", metavar="PATH", help=N_("The database file. [default: $SOMEK_DB or ./db.json]")
)
@click.option(
    "--config",
    metavar="PATH",
    help=N_("The TOML settings file. [default: $SOMEK_CONFIG, else ./somek.toml if present]"),
)
@click.option(
    "-v",
    "--verbose",
    "verbosity",
    count=True,
    help=N_("Log what the mail and sync code does to stderr (-vv: every detail)."),
)
@click.option(
    "--log-file",
    metavar="PATH",
    type=click.Path(dir_okay=False, path_type=Path),
    help=N_("Append the log to PATH instead (readable by the owner only)."),
)
@click.version_option(package_name="somek", prog_name="somek")
@click.pass_context
def cli(
    ctx: click.Context,
    db: str | None,
    config: str | None,
    verbosity: int,
    log_file: Path | None,
) -> None:
    """Run a recurring meetup from the terminal.

    With no command, opens the organizer's terminal UI on the database
    (which must exist: any add or import command creates a new one).

    \b
    Examples:
      somek                                   # open the app on ./db.json
      somek --db stammtisch.json member list
      somek invite e3 --dry-run
    """
    configure_logging(verbosity, log_file)
    ctx.obj = Context(db, config)
    if ctx.invoked_subcommand is None:
        from somek_tui.app import run_app

        try:
            ws = ctx.obj.ws
        except StoreMissing as exc:
            hint = _("somek member add, member import or event add starts one")
            raise Failure(f"{exc} ({hint})") from None
        run_app(ws)


def _register() -> None:
    if _registered:
        return
    _registered.append(True)
    from somek_tui.cli import (
        asks,
        check,
        evening,
        event_people,
        events,
        export,
        mailing,
        members,
        review,
        serve,
        sync,
        topics,
    )

    for module in (members, events, asks, topics, export, mailing, sync, evening, check, serve):
        module.register(cli)
    event_people.register(cli)
    review.register(cli)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="somek", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.UsageError as exc:
        exc.show()
        return 2
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo(_("somek: aborted"), err=True)
        return 1
    except KeyboardInterrupt:
        click.echo(_("somek: interrupted"), err=True)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (``somek member list | head``)
        sys.stderr.close()
        return 0
    return 0
