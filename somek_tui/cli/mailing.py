"""``somek invite``, ``remind``, ``preview`` and ``outbox``."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from mail.outgoing import TransportError
from mail.render import TemplateProblem
from somek_tui.cli.localized import command, group
from somek_tui.cli.output import Failure, emit_json, note, table
from somek_tui.i18n import N_, _
from somek_tui.models import MailKind, OutboxState
from somek_tui.services.invitations import Plan, notice_kind, preview, retry_failed, send_mail
from somek_tui.services.outbox import SendSummary
from somek_tui.support.labels import label
from somek_tui.support.reasons import shown as reason_shown
from somek_tui.workspace import Workspace

PREVIEW_KINDS = click.Choice([k.value for k in MailKind])


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A bar on a terminal; nothing at all for cron and pipes."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    state: dict[str, object] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
            state["bar"] = bar
        bar.update(done - bar.pos)  # type: ignore[attr-defined]

    try:
        yield update
    finally:
        bar = state.get("bar")
        if bar is not None:
            bar.__exit__(None, None, None)  # type: ignore[attr-defined]


def run_send(ws: Workspace, event_id: str, kind: MailKind, members: list[str]) -> SendSummary:
    with progress_bar(_("Sending: {kind}").format(kind=label(kind.value))) as update:
        try:
            summary = asyncio.run(
                send_mail(ws, event_id, kind, member_refs=members or None, progress=update)
            )
        except TransportError as exc:
            raise Failure(
                _("sending stopped: {exc} (a rerun sends what is left)").format(exc=exc)
            ) from None
        except TemplateProblem as exc:
            raise Failure(str(exc)) from None
    return summary


def report(summary: SendSummary) -> None:
    note(summary.line())
    for address, error in summary.failures:
        note(_("  failed {address}: {error}").format(address=address, error=error))
    if summary.failed:
        raise SystemExit(1)


@command("invite")
@click.argument("event_id")
@click.option(
    "--member", "members", multiple=True, metavar=N_("EMAIL"), help=N_("Only these (repeat).")
)
@click.option("--dry-run", is_flag=True, help=N_("Render and print; send and record nothing."))
@click.pass_obj
def invite(ctx: object, event_id: str, members: tuple[str, ...], dry_run: bool) -> None:
    """Send the invitation to every active member who has not had it yet.

    Safe to rerun after a crash: nobody gets it twice. Exit 1 if a mail failed.

    \b
    Example:
      somek invite e6 --dry-run
      somek invite e6 --member anna@example.org
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    if dry_run:
        dry_run_invitations(ws, event_id, list(members))
        return
    report(run_send(ws, event_id, MailKind.INVITATION, list(members)))


def dry_run_invitations(ws: Workspace, event_id: str, members: list[str]) -> None:
    from somek_tui.services.events import find_event
    from somek_tui.services.invitations import plan

    view = ws.store.read()
    the_plan: Plan = plan(view, find_event(view, event_id), MailKind.INVITATION, members or None)
    recipients = the_plan.targets + [
        m for m in (view.member(r.member_id) for r in the_plan.pending) if m is not None
    ]
    for member in recipients:
        shown = preview(ws, event_id, member.id)
        click.echo(
            _("To: {email}\nSubject: {subject}\n\n{text}\n{value}").format(
                email=member.email, subject=shown.subject, text=shown.text, value="-" * 72
            )
        )
    note(
        _("would send {n_recipients}, skip {n_skipped} (dry run: nothing sent or recorded)").format(
            n_recipients=len(recipients), n_skipped=len(the_plan.skipped)
        )
    )


@command("remind")
@click.argument("event_id")
@click.pass_obj
def remind(ctx: object, event_id: str) -> None:
    """Send a reminder to members who answered yes or maybe (once each).

    \b
    Example:
      somek remind e6
    """
    report(run_send(ctx.ws, event_id, MailKind.REMINDER, []))  # type: ignore[attr-defined]


@command("notify")
@click.argument("event_id")
@click.pass_obj
def notify(ctx: object, event_id: str) -> None:
    """Tell everyone invited that the event changed or was cancelled.

    Changed events carry a calendar update with a higher SEQUENCE, cancelled
    ones a METHOD:CANCEL, so calendars follow.

    \b
    Example:
      somek event edit e6 --start "2027-01-29 19:00" && somek notify e6
    """
    from somek_tui.services.events import find_event

    ws = ctx.ws  # type: ignore[attr-defined]
    event = find_event(ws.store.read(), event_id)
    report(run_send(ws, event_id, notice_kind(event), []))


@command("preview")
@click.argument("event_id")
@click.option("--member", "member_ref", metavar=N_("EMAIL"), help=N_("Render for this member."))
@click.option("--kind", type=PREVIEW_KINDS, default="invitation", show_default=True)
@click.option("--eml", type=click.Path(dir_okay=False, path_type=Path), help=N_("Write the .eml."))
@click.option("--html", "show_html", is_flag=True, help=N_("Print the HTML part instead of text."))
@click.pass_obj
def preview_cmd(
    ctx: object,
    event_id: str,
    member_ref: str | None,
    kind: str,
    eml: Path | None,
    show_html: bool,
) -> None:
    """Show a mail exactly as a member would get it; records nothing.

    \b
    Example:
      somek preview e6 --member anna@example.org --kind reminder
      somek preview e6 --eml invitation.eml   # open it in a mail client
    """
    try:
        shown = preview(ctx.ws, event_id, member_ref, kind)  # type: ignore[attr-defined]
    except TemplateProblem as exc:
        raise Failure(str(exc)) from None
    if eml is not None:
        eml.write_bytes(shown.eml)
        note(_("wrote {eml}").format(eml=eml))
        return
    click.echo(
        _("To: {email}\nSubject: {subject}\n").format(
            email=shown.member.email, subject=shown.subject
        )
    )
    click.echo(shown.html if show_html else shown.text)
    if shown.calendar_summary:
        click.echo(
            _("\n[calendar]\n{calendar_summary}").format(calendar_summary=shown.calendar_summary)
        )


@group("outbox", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.option("--all", "show_all", is_flag=True, help=N_("Include sent mail."))
@click.pass_context
def outbox(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """List mail that is pending or failed.

    \b
    Example:
      somek outbox
      somek outbox retry
    """
    if ctx.invoked_subcommand is not None:
        return
    view = ctx.obj.ws.store.read()
    states = None if show_all else [OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED]
    records = view.outbox(states=states)
    if as_json:
        emit_json(
            [
                {
                    "id": r.id,
                    "to": r.recipient,
                    "kind": r.kind.value,
                    "event_id": r.event_id,
                    "state": r.state.value,
                    "attempts": r.attempts,
                    "last_error": r.last_error,
                    "message_id": r.message_id,
                }
                for r in records
            ]
        )
        return
    table(
        [
            (
                r.id,
                r.state.value,
                r.kind.value,
                r.event_id or "",
                r.recipient,
                reason_shown(r.last_error),
            )
            for r in records
        ],
        ["ID", N_("STATE"), N_("KIND"), N_("EVENT"), N_("TO"), N_("LAST ERROR")],
    )


@outbox.command("retry")
@click.option("--event", "event_id", help=N_("Only mail for this event."))
@click.pass_obj
def outbox_retry(ctx: object, event_id: str | None) -> None:
    """Send failed mail again (not to unsubscribed or bouncing members).

    \b
    Example:
      somek outbox retry --event e6
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with progress_bar(_("Retrying")) as update:
        try:
            summary = asyncio.run(retry_failed(ws, event_id=event_id, progress=update))
        except TransportError as exc:
            raise Failure(_("sending stopped: {exc}").format(exc=exc)) from None
    report(summary)


def register(root: click.Group) -> None:
    for cmd in (invite, remind, notify, preview_cmd, outbox):
        root.add_command(cmd)
