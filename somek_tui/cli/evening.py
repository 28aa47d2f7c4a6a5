"""``somek checkin`` and ``attendees``: who is coming, and who came, on the evening.

``report``, ``thanks`` and ``ics``, for after the evening, are in ``after``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from somek_tui.cli.localized import command
from somek_tui.cli.output import Failure, emit_json, note, table
from somek_tui.i18n import N_, _
from somek_tui.private_files import write_private
from somek_tui.services.evening import (
    CheckinRow,
    add_walk_in,
    attendance,
    checkin_list,
    record_attendance,
)
from somek_tui.services.events import find_event
from somek_tui.services.exports import attendee_rows, attendees_csv
from somek_tui.services.joining import send_join_confirmations
from somek_tui.workspace import Workspace

OUTPUT = click.Path(dir_okay=False, path_type=Path)


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


# --------------------------------------------------------------------------- checkin


@command("checkin")
@click.argument("event_id")
@click.argument("emails", nargs=-1, metavar="EMAIL...")
@click.option("--absent", is_flag=True, help=N_("Mark as not there (undoes a mistaken check-in)."))
@click.option("--name", default="", help=N_("Name for a new walk-in (with one EMAIL)."))
@click.option("--list", "show_list", is_flag=True, help=N_("Show the check-in list instead."))
@click.option("--json", "as_json", is_flag=True, help=N_("With --list: print JSON."))
@click.pass_obj
def checkin(
    ctx: object,
    event_id: str,
    emails: tuple[str, ...],
    absent: bool,
    name: str,
    show_list: bool,
    as_json: bool,
) -> None:
    """Mark who came to an event, or show the check-in list.

    Someone who came without answering gets an answer; an address that is not
    on the list yet becomes a member (a walk-in), named by --name when it is
    the one new address among those given. NOSHOWS in the list counts
    the evenings a member said yes to and missed: for organizers only.

    \b
    Example:
      somek checkin e6 anna@example.org joerg@example.org
      somek checkin e6 neu@example.org --name "Nina Neu"
      somek checkin e6 anna@example.org new.face@example.com --name "New Face"
      somek checkin e6 joerg@example.org --absent
      somek checkin e6 --list
    """
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    if show_list:
        if emails or absent or name:
            raise click.UsageError(_("--list takes no addresses, --absent or --name"))
        show_checkin_list(ws, event_id, as_json)
        return
    if as_json:
        raise click.UsageError(_("--json goes with --list"))
    if not emails:
        raise click.UsageError(_("name at least one EMAIL, or use --list"))
    now = ws.now()
    lines = []
    confirmations: list[str] = []
    with ws.store.transaction() as tx:
        if name and len(emails) > 1:
            new = [r for r in emails if "@" in r and tx.member_by_email(r) is None]
            if len(new) != 1:
                raise Failure(
                    _(
                        "--name names the one walk-in among the addresses, but {n_new} are "
                        "new{value}; check them in one at a time"
                    ).format(n_new=len(new), value=": " + ", ".join(new) if new else "")
                )
        for ref in emails:
            known = tx.member(ref) if "@" not in ref else tx.member_by_email(ref)
            if absent or known is not None or "@" not in ref:
                rsvp = record_attendance(tx, event_id, ref, not absent, now)
                shown = known.email if known is not None else ref
                if rsvp is None:
                    lines.append(_("undone: {who} (check-in removed)").format(who=shown))
                elif absent:
                    lines.append(_("absent: {who}").format(who=shown))
                else:
                    lines.append(_("came: {who}").format(who=shown))
            else:
                walk_in = add_walk_in(
                    tx,
                    event_id,
                    ref,
                    name,
                    now,
                    default_language=ws.settings.organizer.language,
                    domain=ws.settings.organizer.domain,
                )
                if walk_in.confirmation is not None:
                    confirmations.append(walk_in.confirmation.id)
                lines.append(
                    _("came: {email} (new, pending {id}: join confirmation queued)").format(
                        email=walk_in.member.email, id=walk_in.member.id
                    )
                )
        counts = attendance(tx, find_event(tx, event_id))
    for line in lines:
        note(line)
    if confirmations:
        sent = asyncio.run(send_join_confirmations(ws, confirmations))
        note(
            _("join confirmations: {sent} sent, {n_failures} failed").format(
                sent=sent.sent, n_failures=len(sent.failures)
            )
        )
    note(
        _("{members} checked in, {unchecked} of {said_yes} yes not yet").format(
            members=counts.members, unchecked=counts.unchecked, said_yes=counts.said_yes
        )
    )


def show_checkin_list(ws: Workspace, event_id: str, as_json: bool) -> None:
    view = ws.store.read()
    event = find_event(view, event_id)
    rows = checkin_list(view, event)
    if as_json:
        emit_json([_row_json(r) for r in rows])
        return
    table(
        [
            (
                r.member.display_name,
                r.member.email,
                r.answer,
                r.rsvp.guests or "",
                _flag(r.came),
                "yes" if r.walk_in else "",
                r.no_shows or "",
            )
            for r in rows
        ],
        [
            N_("NAME"),
            N_("EMAIL"),
            N_("ANSWER"),
            N_("GUESTS"),
            N_("CAME"),
            N_("WALK-IN"),
            N_("NOSHOWS"),
        ],
    )
    counts = attendance(view, event)
    note(
        _(
            "{members} came ({walk_ins} walk-ins, {guests} guests), {absent} absent, {unchecked} "
            "not checked in"
        ).format(
            members=counts.members,
            walk_ins=counts.walk_ins,
            guests=counts.guests,
            absent=counts.absent,
            unchecked=counts.unchecked,
        )
    )


def _row_json(row: CheckinRow) -> dict[str, object]:
    return {
        "member_id": row.member.id,
        "name": row.member.name,
        "email": row.member.email,
        "answer": row.answer,
        "guests": row.rsvp.guests,
        "attended": row.came,
        "walk_in": row.walk_in,
        "no_shows": row.no_shows,
    }


# --------------------------------------------------------------------------- attendees


@command("attendees")
@click.argument("event_id")
@click.option("--csv", "csv_file", type=OUTPUT, help=N_("Write CSV to FILE ('-': stdout)."))
@click.option(
    "--excel", is_flag=True, help=N_("With --csv: for German Excel (';', UTF-8 BOM, CRLF).")
)
@click.option("--json", "as_json", is_flag=True, help=N_("Print JSON instead of a table."))
@click.pass_obj
def attendees(
    ctx: object, event_id: str, csv_file: Path | None, excel: bool, as_json: bool
) -> None:
    """Everyone who answered for an event: answer, guests, waitlist, attendance.

    The CSV is UTF-8 with a header row, comma-separated (columns name, email,
    answer, guests, waitlisted, attended, source, updated_at; true/false, empty
    when attendance is unknown). It leaves out NOSHOWS, which the table and
    JSON show to organizers. With --excel it is semicolon-separated with a
    byte order mark, as German Excel opens it by double-click.

    \b
    Example:
      somek attendees e6
      somek attendees e6 --csv gaesteliste.csv --excel
    """
    if csv_file is not None and as_json:
        raise click.UsageError(_("choose --csv or --json"))
    if excel and csv_file is None:
        raise click.UsageError(_("--excel goes with --csv FILE"))
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    view = ws.store.read()
    rows = attendee_rows(view, find_event(view, event_id), ws.tz)
    if csv_file is not None:
        text = attendees_csv(rows, excel=excel)
        if str(csv_file) == "-":
            click.echo(text, nl=False)
        else:
            write_private(csv_file, text.encode("utf-8"))
            note(_("wrote {n_rows} rows to {csv_file}").format(n_rows=len(rows), csv_file=csv_file))
        return
    if as_json:
        emit_json([r.as_json() for r in rows])
        return
    table(
        [
            (
                r.name,
                r.email,
                r.answer.value,
                r.guests or "",
                "yes" if r.waitlisted else "",
                _flag(r.attended),
                r.source,
                r.updated_at.strftime("%Y-%m-%d %H:%M"),
                r.no_shows or "",
            )
            for r in rows
        ],
        [
            N_("NAME"),
            N_("EMAIL"),
            N_("ANSWER"),
            N_("GUESTS"),
            N_("WAITLIST"),
            N_("CAME"),
            N_("SOURCE"),
            N_("UPDATED"),
            N_("NOSHOWS"),
        ],
    )


def register(root: click.Group) -> None:
    for cmd in (checkin, attendees):
        root.add_command(cmd)
