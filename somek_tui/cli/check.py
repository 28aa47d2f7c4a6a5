"""``somek check``: what still needs arranging for the coming evenings."""

from __future__ import annotations

from datetime import timedelta

import click

from somek_tui.cli.localized import command
from somek_tui.cli.output import Failure, emit_json, note
from somek_tui.i18n import N_, _, ngettext
from somek_tui.private_files import loose_paths
from somek_tui.services.planning import WARNING_HORIZON, planning_warnings


@command("check")
@click.option(
    "--days",
    type=click.IntRange(min=0),
    default=WARNING_HORIZON.days,
    show_default=True,
    help=N_("How far ahead to look."),
)
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of lines."))
@click.pass_obj
def check(ctx: object, days: int, as_json: bool) -> None:
    """Warn about evenings coming up without what they need.

    An expert talk needs a confirmed speaker and a confirmed host; a theme
    evening needs somebody confirmed preparing a contribution. Exits 0 when
    all is arranged (and prints nothing), 1 when anything is missing: made for
    cron, which mails whatever it prints. It also warns when the database or a
    file or folder beside it can be read by others (somek creates them 0600/0700).

    \b
    Example:
      somek check
      0 8 * * 1  cd /srv/stammtisch && .venv/bin/somek check
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    warnings = planning_warnings(ws.store.read().events(), ws.now(), horizon=timedelta(days=days))
    settings = ws.settings
    folders = (settings.smtp.maildir, settings.imap.maildir, settings.base_dir / "exports")
    loose = loose_paths(ws.store.path, folders)
    for path in loose:
        # stderr: stdout stays the planning list (and valid JSON with --json)
        fix = "700" if path.is_dir() else "600"
        note(
            _("somek: warning: {path} is readable by others (chmod {fix} {path})").format(
                path=path, fix=fix
            )
        )
    if as_json:
        emit_json([w.to_dict() for w in warnings])
    else:
        for w in warnings:
            when = f"{w.start.astimezone(ws.tz):%Y-%m-%d %H:%M}"
            click.echo(f"{w.event_id}  {when}  {_in_days(w.days_left)}  {w.title}: {_(w.message)}")
    count = len(warnings) + len(loose)
    if count:
        raise Failure(ngettext("{count} warning", "{count} warnings", count).format(count=count))


def _in_days(days: int) -> str:
    if days == 0:
        return _("today")
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def register(root: click.Group) -> None:
    root.add_command(check)
