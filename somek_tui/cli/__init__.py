"""The ``somek`` command.

Global options come before the sub-command; with no sub-command the terminal
UI opens. Every expected failure ends as one ``somek: …`` line and exit 1;
usage errors exit 2.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

import click

from somek_tui import __version__
from somek_tui.cli.localized import LocalizedGroup, apply_language
from somek_tui.cli.output import Failure, note
from somek_tui.i18n import N_, _

if TYPE_CHECKING:
    from somek_tui.workspace import Workspace

# Each command's module, loaded only when that command runs (or ``--help``
# shows it), and the summary ``somek --help`` lists for it: a cron ``sync``
# or a ``--version`` never pays for the app, the store or the templates.
# tests/cli/test_cli_startup.py keeps the summaries equal to the commands'.
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "attendees": (
        ("evening",),
        N_("Everyone who answered for an event: answer, guests, waitlist, attendance."),
    ),
    "check": (("check",), N_("Warn about evenings coming up without what they need.")),
    "checkin": (("evening",), N_("Mark who came to an event, or show the check-in list.")),
    "event": (
        ("events", "event_people", "asks"),
        N_("Add, plan, list, edit, confirm and cancel events; hosts, speakers, contributors."),
    ),
    "export": (("export",), N_("Print the whole database as JSON (the documented export schema).")),
    "ics": (
        ("after",),
        N_("Write an iCalendar file of all announced events, for a website or subscription."),
    ),
    "invite": (
        ("mailing",),
        N_("Send the invitation to every active member who has not had it yet."),
    ),
    "member": (("members",), N_("Add, import, list and remove members.")),
    "notify": (("mailing",), N_("Tell everyone invited that the event changed or was cancelled.")),
    "outbox": (("mailing",), N_("List mail that is pending or failed.")),
    "preview": (("mailing",), N_("Show a mail exactly as a member would get it; records nothing.")),
    "remind": (
        ("mailing",),
        N_("Send a reminder to members who answered yes or maybe (once each)."),
    ),
    "report": (("after",), N_("Write a Markdown report of an evening for a blog or newsletter.")),
    "review": (("review",), N_("Replies waiting for a person: list them, settle them.")),
    "serve": (("serve",), N_("Serve the organizer's app in a browser (textual-serve).")),
    "sync": (("sync",), N_("Read the inbox once and record what the replies say (safe for cron).")),
    "thanks": (
        ("after",),
        N_('Send "Danke + nächster Termin" to everyone checked in as there.'),
    ),
    "topic": (
        ("topics",),
        N_("Topic suggestions: suggest, merge, vote, shortlist, schedule, done."),
    ),
}


def expected_errors() -> tuple[type[BaseException], ...]:
    """The errors a person can cause: said in one line, never as a traceback."""
    from somek_tui.config import ConfigError
    from somek_tui.models import InvalidInput
    from somek_tui.store import StoreError

    return (StoreError, ConfigError, InvalidInput, OSError)


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
            from somek_tui.workspace import open_workspace

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


class SomekGroup(LocalizedGroup):
    """Loads each command's module on demand; turns the errors a person can cause into one line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args[:1] != ["--version"]:  # the version needs no settings, so none are read
            apply_language(args)  # before --help or any error is printed
        return super().parse_args(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            for module in COMMANDS[cmd_name][0]:
                importlib.import_module(f"somek_tui.cli.{module}").register(self)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the summaries above, without loading a module."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in COMMANDS:
                summary = click.Command(name, help=_(COMMANDS[name][1]))
                rows.append((name, summary.get_short_help_str(limit)))
            elif not self.commands[name].hidden:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
        with formatter.section(_("Commands")):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except Exception as exc:
            if isinstance(exc, expected_errors()):
                from somek_tui.support.errors import describe

                raise Failure(describe(exc)) from None
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
    # a plain string: pathlib is imported only when a log is written
    type=click.Path(dir_okay=False),
    help=N_("Append the log to PATH instead (readable by the owner only)."),
)
@click.version_option(version=__version__, prog_name="somek")
@click.pass_context
def cli(
    ctx: click.Context,
    db: str | None,
    config: str | None,
    verbosity: int,
    log_file: str | None,
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
    if verbosity or log_file is not None:
        from pathlib import Path

        from somek_tui.cli.logs import configure_logging

        configure_logging(verbosity, Path(log_file) if log_file is not None else None)
    ctx.obj = Context(db, config)
    if ctx.invoked_subcommand is None:
        from somek_tui.app import run_app
        from somek_tui.store import StoreMissing

        try:
            ws = ctx.obj.ws
        except StoreMissing as exc:
            hint = _("somek member add, member import or event add starts one")
            raise Failure(f"{exc} ({hint})") from None
        run_app(ws)


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
