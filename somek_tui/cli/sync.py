"""``somek sync``"""

from __future__ import annotations

import time

import click

from mail.inbox_factory import open_inbox
from mail.incoming import InboxAuthError, InboxConnectionError, InboxError, InboxSource
from somek_tui.cli.localized import command
from somek_tui.cli.output import Failure, emit_json, note
from somek_tui.i18n import N_, _, ngettext
from somek_tui.services.sync import SyncBusy, SyncSummary, run_sync
from somek_tui.workspace import Workspace

IDLE_SECONDS = 290.0  # re-issue IDLE well before servers drop it (RFC 2177: 29 minutes)
RETRY_SECONDS = 30.0
BUSY_SECONDS = 5.0


@command("sync")
@click.option("--verbose", "-v", is_flag=True, help=N_("List each message and its outcome."))
@click.option("--dry-run", is_flag=True, help=N_("Show what would be recorded; change nothing."))
@click.option("--watch", is_flag=True, help=N_("Stay connected and sync whenever mail arrives."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print the summary as JSON on stdout."))
@click.pass_obj
def sync(ctx: object, verbose: bool, dry_run: bool, watch: bool, as_json: bool) -> None:
    """Read the inbox once and record what the replies say (safe for cron).

    Quiet for cron: prints nothing when nothing happened, a one-line summary
    on stdout when something did (every message with --verbose). Exit 0 when
    the pass completed, also when another sync was running and this one
    skipped; 1 on an error, said on stderr (the next run resumes where this
    one stopped).

    \b
    Examples:
      somek sync
      somek sync --verbose --dry-run
      somek sync --watch            # stays running; Ctrl-C ends it
    """
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    if watch and dry_run:
        raise click.UsageError(_("--watch and --dry-run do not go together"))
    if watch:
        _watch(ws, verbose, as_json)
        return
    try:
        summary = _one_pass(ws, verbose, dry_run, as_json)
    except InboxError as exc:
        raise Failure(str(exc)) from None
    if summary is not None and summary.errors:
        raise Failure(summary.errors[0] if len(summary.errors) == 1 else _errors(summary))


def _one_pass(
    ws: Workspace, verbose: bool, dry_run: bool, as_json: bool, inbox: InboxSource | None = None
) -> SyncSummary | None:
    """The pass's summary, said as cron wants it; None when another sync was running."""
    try:
        summary = run_sync(ws, dry_run=dry_run, inbox=inbox)
    except SyncBusy:
        # the running pass reads the same mail: nothing for the organizer to do
        return None
    if as_json:
        emit_json(summary.as_dict())
        return summary
    if verbose:
        for line in summary.lines:
            click.echo(line)
    if verbose or summary.happened:
        click.echo(summary.line())
    return summary


def _errors(summary: SyncSummary) -> str:
    more = len(summary.errors) - 1
    return ngettext("{first} (and {n} more error)", "{first} (and {n} more errors)", more).format(
        first=summary.errors[0], n=more
    )


def _watch(ws: Workspace, verbose: bool, as_json: bool) -> None:
    """A pass now, then one whenever the server reports new mail (IMAP IDLE)."""
    try:
        while True:
            try:
                # one connection reads, moves and waits: the pass's own
                with open_inbox(ws.settings) as watcher:
                    summary = _one_pass(ws, verbose, False, as_json, inbox=watcher)
                    if summary is None:
                        time.sleep(BUSY_SECONDS)  # the other sync reads what is there
                        continue
                    for error in summary.errors:
                        note(f"somek: {error}")
                    watcher.wait_for_new(IDLE_SECONDS)
            except InboxAuthError as exc:
                raise Failure(str(exc)) from None
            except InboxConnectionError as exc:
                note(
                    _("somek: {exc}; trying again in {RETRY_SECONDS:.0f} s").format(
                        exc=exc, RETRY_SECONDS=RETRY_SECONDS
                    )
                )
                time.sleep(RETRY_SECONDS)
            except InboxError as exc:
                raise Failure(str(exc)) from None
    except KeyboardInterrupt:
        note(_("somek: sync --watch stopped"))
        raise click.exceptions.Exit(0) from None


def register(root: click.Group) -> None:
    root.add_command(sync)
