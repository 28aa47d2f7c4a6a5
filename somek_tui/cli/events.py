"""``somek event …``"""

from __future__ import annotations

from datetime import datetime

import click

from somek_tui.cli.localized import group
from somek_tui.cli.output import emit_json, note, table
from somek_tui.i18n import N_, _, ngettext
from somek_tui.models import Event, EventStatus
from somek_tui.services.event_course import confirm_event, mark_event_done
from somek_tui.services.events import add_event, add_planned, cancel_event, edit_event, find_event
from somek_tui.services.planning import PlannedEvent, plan_series
from somek_tui.store import Reader
from somek_tui.timeparse import parse_end, parse_local
from somek_tui.workspace import Workspace

KINDS = click.Choice(["talk", "roundtable"])


@group("event")
def event() -> None:
    """Add, plan, list, edit, confirm and cancel events; hosts, speakers, contributors."""


@event.command("add")
@click.option("--title", required=True, help=N_("What the evening is called."))
@click.option("--start", required=True, metavar='"YYYY-MM-DD HH:MM"', help=N_("Local start time."))
@click.option("--end", metavar='"YYYY-MM-DD HH:MM"|HH:MM', help=N_("Local end time."))
@click.option("--venue", default="", help=N_("Venue name."))
@click.option("--address", default="", help=N_("Venue address."))
@click.option("--kind", type=KINDS, default="roundtable", show_default=True)
@click.option("--capacity", type=click.IntRange(min=1), help=N_("Places, guests included."))
@click.option("--description", default="")
@click.option("--draft", is_flag=True, help=N_("Keep it as a draft (not announced)."))
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


def event_json(e: Event, view: Reader | None = None) -> dict[str, object]:
    data: dict[str, object] = {
        "id": e.id,
        "title": e.title,
        "start": e.start.isoformat(),
        "end": e.end.isoformat() if e.end else None,
        "venue": str(e.venue),
        "kind": e.kind.value,
        "capacity": e.capacity,
        "status": e.status.value,
        "topic_ids": list(e.topic_ids),
        "host": e.host.to_dict() if e.host else None,
        "speakers": [s.to_dict() for s in e.speakers],
    }
    emails = {m.id: m.email for m in view.members()} if view is not None else {}
    data["contributors"] = [
        {"email": emails.get(c.member_id), "subject": c.subject, "confirmed": c.confirmed}
        for c in e.contributors
    ]
    return data


@event.command("list")
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.option("--upcoming", is_flag=True, help=N_("Only events that have not ended."))
@click.pass_obj
def event_list(ctx: object, as_json: bool, upcoming: bool) -> None:
    """List events, oldest first.

    \b
    Example:
      somek event list --upcoming
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    now = ws.now()
    view = ws.store.read()
    events = [e for e in view.events() if not upcoming or not e.is_past(now)]
    if as_json:
        emit_json([event_json(e, view) for e in events])
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
        ["ID", N_("START"), N_("KIND"), N_("STATUS"), N_("CAP"), N_("TITLE")],
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
@click.option("--announce", is_flag=True, help=N_("Turn a draft into an announced event."))
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
        note(
            _("changed {value} of {id}").format(value=", ".join(change.changed), id=change.event.id)
        )
        remind_to_notify(ws, change.event.id)
    else:
        note(_("nothing changed"))


def remind_to_notify(ws: Workspace, event_id: str) -> None:
    """Say so when invited members have not heard of the event as it now stands."""
    from somek_tui.services.invitations import not_yet_told

    view = ws.store.read()
    waiting = not_yet_told(view, find_event(view, event_id))
    if waiting:
        note(
            ngettext(
                "{n} invited member has not heard of this yet: somek notify {event_id}",
                "{n} invited members have not heard of this yet: somek notify {event_id}",
                waiting,
            ).format(n=waiting, event_id=event_id)
        )


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
    note(_("cancelled {id} {title}").format(id=cancelled.id, title=cancelled.title))
    remind_to_notify(ws, cancelled.id)


# --------------------------------------------------------------------------- the series


def _planned_json(planned: PlannedEvent, event: Event | None) -> dict[str, object]:
    return {
        "id": event.id if event else None,
        "title": planned.title,
        "start": planned.start.isoformat(),
        "end": planned.end.isoformat(),
        "kind": planned.kind.value,
        "status": EventStatus.DRAFT.value,
        "topic_ids": planned.topic_ids,
        "topics": [t.title for t in planned.topics],
    }


@event.command("plan")
@click.option(
    "--count",
    type=click.IntRange(1, 24),
    default=1,
    show_default=True,
    help=N_("How many evenings to draft."),
)
@click.option("--dry-run", is_flag=True, help=N_("Show the plan; write nothing."))
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.pass_obj
def event_plan(ctx: object, count: int, dry_run: bool, as_json: bool) -> None:
    """Draft the next evenings of the series.

    Dates follow series.rrule (after the last event, or after today) at
    series.start_time; kinds alternate from the last event's; the best-voted
    shortlisted topics are proposed (one for an expert talk, up to three for a
    theme evening). Drafts are announced only by `somek event confirm ID`.

    \b
    Example:
      somek event plan --count 3 --dry-run
      somek event plan --count 3
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    now = ws.now()
    created: list[Event | None]
    if dry_run:
        view = ws.store.read()
        plan = plan_series(
            view.events(), view.topics(), ws.settings.series, count=count, now=now, tz=ws.tz
        )
        created = [None] * len(plan)
    else:
        with ws.store.transaction() as tx:
            plan = plan_series(
                tx.events(), tx.topics(), ws.settings.series, count=count, now=now, tz=ws.tz
            )
            created = list(add_planned(tx, plan, domain=ws.settings.organizer.domain, now=now))
    if len(plan) < count:
        note(
            ngettext(
                "series.rrule has only {n} more date",
                "series.rrule has only {n} more dates",
                len(plan),
            ).format(n=len(plan))
        )
    if as_json:
        emit_json([_planned_json(p, e) for p, e in zip(plan, created, strict=True)])
        return
    table(
        [
            (
                e.id if e else "-",
                f"{p.start.astimezone(ws.tz):%Y-%m-%d %H:%M}",
                p.kind.value,
                " ".join(p.topic_ids),
                p.title,
            )
            for p, e in zip(plan, created, strict=True)
        ],
        ["ID", N_("START"), N_("KIND"), N_("TOPICS"), N_("TITLE")],
    )
    if dry_run:
        note(_("dry run: nothing written"))
    elif plan:
        note(
            _("drafted {n_plan}; announce each with: somek event confirm ID").format(
                n_plan=len(plan)
            )
        )


@event.command("confirm")
@click.argument("event_id")
@click.pass_obj
def event_confirm(ctx: object, event_id: str) -> None:
    """Announce a draft and schedule its proposed topics onto it.

    The same as `somek event edit ID --announce`, plus the topics: each
    proposal becomes scheduled on this evening.

    \b
    Example:
      somek event confirm e7
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        outcome = confirm_event(tx, event_id)
    done = _("announced") if outcome.announced else _("already announced")
    topics = ", ".join(t.id for t in outcome.scheduled) or _("no new topics")
    note(_("{id} {done}; scheduled {topics}").format(id=outcome.event.id, done=done, topics=topics))
    if outcome.dropped:
        note(
            _("dropped proposals no longer open: {value}").format(value=", ".join(outcome.dropped))
        )


@event.command("done")
@click.argument("event_id")
@click.pass_obj
def event_done(ctx: object, event_id: str) -> None:
    """Mark an evening as held; its scheduled topics become done.

    \b
    Example:
      somek event done e6
    """
    ws = ctx.ws  # type: ignore[attr-defined]
    with ws.store.transaction() as tx:
        outcome = mark_event_done(tx, event_id, now=ws.now())
    topics = ", ".join(t.id for t in outcome.done_topics) or "none"
    note(_("{id} done; topics done: {topics}").format(id=outcome.event.id, topics=topics))
    if outcome.released:
        note(
            _("back on the shortlist (never confirmed): {value}").format(
                value=", ".join(outcome.released)
            )
        )


def register(root: click.Group) -> None:
    root.add_command(event)
