"""``somek event …``"""

from __future__ import annotations

from datetime import datetime

import click

from somek_tui.cli.output import emit_json, note, table
from somek_tui.models import Event, EventStatus
from somek_tui.services.events import add_event, cancel_event, edit_event
from somek_tui.timeparse import parse_end, parse_local

KINDS = click.Choice(["talk", "roundtable"])


@click.group("event")
def event() -> None:
    """Add, list, edit and cancel events."""


@event.command("add")
@click.option("--title", required=True, help="What the evening is called.")
@click.option("--start", required=True, metavar='"YYYY-MM-DD HH:MM"', help="Local start time.")
@click.option("--end", metavar='"YYYY-MM-DD HH:MM"|HH:MM', help="Local end time.")
@click.option("--venue", default="", help="Venue name.")
@click.option("--address", default="", help="Venue address.")
@click.option("--kind", type=KINDS, default="roundtable", show_default=True)
@click.option("--capacity", type=click.IntRange(min=1), help="Places, guests included.")
@click.option("--description", default="")
@click.option("--draft", is_flag=True, help="Keep it as a draft (not announced).")
@click.pass_obj
def event_add(
    ctx: object,
    title: str,
    start: str,
    end: str | None,
    venue: str,
    address: str,
    kind: str,
    capacity: int | None,
    description: str,
    draft: bool,
) -> None:
    """Add an event; times are local to organizer.timezone. Prints its id.

    \b
    Example:
      somek event add --title "SEO und Erfolgsmessung" --start "2027-03-25 19:00" \\
        --end 22:00 --venue "Gaststätte Severin" --kind roundtable --capacity 30
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    starts = parse_local(start, ws.tz, what="start")
    ends = parse_end(end, starts, ws.tz)
    with ws.store.transaction() as tx:
        created = add_event(
            tx,
            title=title,
            start=starts,
            end=ends,
            venue=venue,
            address=address,
            kind=kind,
            capacity=capacity,
            description=description,
            status=EventStatus.DRAFT if draft else EventStatus.ANNOUNCED,
            domain=ws.settings.organizer.domain,
            now=ws.now(),
        )
    click.echo(created.id)


def event_json(e: Event) -> dict[str, object]:
    return {
        "id": e.id,
        "title": e.title,
        "start": e.start.isoformat(),
        "end": e.end.isoformat() if e.end else None,
        "venue": str(e.venue),
        "kind": e.kind.value,
        "capacity": e.capacity,
        "status": e.status.value,
    }


@event.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--upcoming", is_flag=True, help="Only events that have not ended.")
@click.pass_obj
def event_list(ctx: object, as_json: bool, upcoming: bool) -> None:
    """List events, oldest first.

    \b
    Example:
      somek event list --upcoming
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    now = ws.now()
    events = [e for e in ws.store.read().events() if not upcoming or not e.is_past(now)]
    if as_json:
        emit_json([event_json(e) for e in events])
        return
    table(
        [
            (
                e.id,
                f"{e.start.astimezone(ws.tz):%Y-%m-%d %H:%M}",
                e.kind.value,
                e.status.value,
                e.capacity or "",
                e.title,
            )
            for e in events
        ],
        ["ID", "START", "KIND", "STATUS", "CAP", "TITLE"],
    )


@event.command("edit")
@click.argument("event_id")
@click.option("--title")
@click.option("--start", metavar='"YYYY-MM-DD HH:MM"')
@click.option("--end", metavar='"YYYY-MM-DD HH:MM"|HH:MM')
@click.option("--venue")
@click.option("--address")
@click.option("--kind", type=KINDS)
@click.option("--capacity", type=click.IntRange(min=1))
@click.option("--description")
@click.option("--announce", is_flag=True, help="Turn a draft into an announced event.")
@click.pass_obj
def event_edit(
    ctx: object,
    event_id: str,
    title: str | None,
    start: str | None,
    end: str | None,
    venue: str | None,
    address: str | None,
    kind: str | None,
    capacity: int | None,
    description: str | None,
    announce: bool,
) -> None:
    """Change an event. A change a calendar shows raises its SEQUENCE.

    \b
    Example:
      somek event edit e3 --start "2027-03-26 19:30" --venue "Stadtbibliothek"
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        current = tx.event(event_id)
        starts: datetime | None = parse_local(start, ws.tz, what="start") if start else None
        base_start = starts or (current.start if current else None)
        ends = parse_end(end, base_start, ws.tz) if end and base_start else None
        change = edit_event(
            tx,
            event_id,
            title=title,
            start=starts,
            end=ends,
            venue=venue,
            address=address,
            kind=kind,
            capacity=capacity,
            description=description,
            status="announced" if announce else None,
        )
    if change.changed:
        note(f"changed {', '.join(change.changed)} of {change.event.id}")
    else:
        note("nothing changed")


@event.command("cancel")
@click.argument("event_id")
@click.pass_obj
def event_cancel(ctx: object, event_id: str) -> None:
    """Cancel an event.

    \b
    Example:
      somek event cancel e3
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        cancelled = cancel_event(tx, event_id)
    note(f"cancelled {cancelled.id} {cancelled.title}")


def register(root: click.Group) -> None:
    root.add_command(event)
