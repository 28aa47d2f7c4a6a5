"""``somek report``, ``thanks`` and ``ics``: what follows an evening, and the calendar feed."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from mail.documents import render_document
from mail.ical import build_feed
from mail.outgoing import TransportError
from mail.render import TemplateProblem
from somek_tui.cli.localized import command
from somek_tui.cli.mailing import progress_bar
from somek_tui.cli.mailing import report as print_summary
from somek_tui.cli.output import Failure, note
from somek_tui.i18n import N_, _
from somek_tui.models import EventStatus
from somek_tui.private_files import write_private
from somek_tui.services.evening import send_thanks
from somek_tui.services.events import find_event
from somek_tui.services.report import REPORT_TEMPLATE, report_context
from somek_tui.workspace import Workspace

OUTPUT = click.Path(dir_okay=False, path_type=Path)


# --------------------------------------------------------------------------- report


@command("report")
@click.argument("event_id")
@click.option(
    "--lang", "language", type=click.Choice(["de", "en"]), help=N_("[default: organizer's]")
)
@click.option(
    "--decided", multiple=True, metavar=N_("TEXT"), help=N_("A decision (repeat for more).")
)
@click.option("--output", type=OUTPUT, help=N_("Write to FILE instead of stdout."))
@click.pass_obj
def report(
    ctx: object,
    event_id: str,
    language: str | None,
    decided: tuple[str, ...],
    output: Path | None,
) -> None:
    """Write a Markdown report of an evening for a blog or newsletter.

    Date and place, how many came (new faces, walk-ins), the topics, what was
    decided, thanks to hosts, speakers and helpers, and the next date.
    Attendees appear only as numbers. The wording is templates/<lang>/report.md.j2;
    a copy in a templates/<lang>/ folder next to the database overrides it.

    \b
    Example:
      somek report e1 --decided "Wir treffen uns alle zwei Monate" --output kickoff.md
    """
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    view = ws.store.read()
    event = find_event(view, event_id)
    lang = language or ws.settings.organizer.language
    context = report_context(
        view,
        event,
        organizer=ws.settings.organizer,
        language=lang,
        decided=decided,
        now=ws.now(),
    )
    try:
        text = render_document(
            REPORT_TEMPLATE, lang, context, override_dir=ws.settings.templates_override_dir
        )
    except TemplateProblem as exc:
        raise Failure(str(exc)) from None
    if not context["attendance"]["members"]:
        note(
            _("nobody is checked in for {id}: somek checkin {id} EMAIL... first?").format(
                id=event.id
            )
        )
    if output is None:
        click.echo(text, nl=False)
    else:
        write_private(output, text.encode("utf-8"))
        note(_("wrote {output}").format(output=output))


# --------------------------------------------------------------------------- thanks


@command("thanks")
@click.argument("event_id")
@click.option(
    "--note", "note_text", default="", metavar=N_("TEXT"), help=N_("A personal paragraph.")
)
@click.pass_obj
def thanks(ctx: object, event_id: str, note_text: str) -> None:
    """Send "Danke + nächster Termin" to everyone checked in as there.

    Once per member: a rerun sends only what has not gone. Exit 1 if a mail failed.

    \b
    Example:
      somek thanks e1 --note "Die Fotos sind im Blog."
    """
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    with progress_bar(_("Sending thanks")) as update:
        try:
            summary = asyncio.run(send_thanks(ws, event_id, note=note_text, progress=update))
        except TransportError as exc:
            raise Failure(
                _("sending stopped: {exc} (a rerun sends what is left)").format(exc=exc)
            ) from None
        except TemplateProblem as exc:
            raise Failure(str(exc)) from None
    print_summary(summary)


# --------------------------------------------------------------------------- ics


@command("ics")
@click.option("--output", type=OUTPUT, help=N_("Write to FILE instead of stdout."))
@click.pass_obj
def ics(ctx: object, output: Path | None) -> None:
    """Write an iCalendar file of all announced events, for a website or subscription.

    UIDs and SEQUENCE match the invitations, so entries update in place.
    A new file is readable by its owner only; for a web server, chmod it once
    (chmod 644 FILE): later runs keep the mode it has.

    \b
    Example:
      somek ics --output /var/www/stammtisch/termine.ics
    """
    ws: Workspace = ctx.ws  # type: ignore[attr-defined]
    organizer = ws.settings.organizer
    events = [e for e in ws.store.read().events() if e.status is EventStatus.ANNOUNCED]
    data = build_feed(events, organizer.timezone, organizer)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_private(output, data)
        note(_("wrote {n_events} events to {output}").format(n_events=len(events), output=output))


def register(root: click.Group) -> None:
    for cmd in (report, thanks, ics):
        root.add_command(cmd)
