"""``somek check``: what still needs arranging for the coming evenings."""

from __future__ import annotations

from datetime import timedelta

import click

from somek_tui.cli.output import Failure, emit_json
from somek_tui.services.planning import WARNING_HORIZON, planning_warnings


@click.command("check")
@click.option(
    "--days",
    type=click.IntRange(min=0),
    default=WARNING_HORIZON.days,
    show_default=True,
    help="How far ahead to look.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of lines.")
@click.pass_obj
def check(ctx: object, days: int, as_json: bool) -> None:
    """Warn about evenings coming up without what they need.

    An expert talk needs a confirmed speaker and a confirmed host; a theme
    evening needs somebody confirmed preparing a contribution. Exits 0 when
    all is arranged (and prints nothing), 1 when anything is missing: made for
    cron, which mails whatever it prints.

    \b
    Example:
      somek check
      0 8 * * 1  cd /srv/stammtisch && .venv/bin/somek check
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    warnings = planning_warnings(ws.store.read().events(), ws.now(), horizon=timedelta(days=days))
    if as_json:
        emit_json([w.to_dict() for w in warnings])
    else:
        for w in warnings:
            when = f"{w.start.astimezone(ws.tz):%Y-%m-%d %H:%M}"
            click.echo(f"{w.event_id}  {when}  {_in_days(w.days_left)}  {w.title}: {w.message}")
    if warnings:
        raise Failure(f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}")


def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    return "in 1 day" if days == 1 else f"in {days} days"


def register(root: click.Group) -> None:
    root.add_command(check)
