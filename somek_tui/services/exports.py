"""The attendee list of one event as rows, and as CSV for a spreadsheet or a host.

The CSV is plain UTF-8 (no BOM) in standard comma-separated form with a
header row: what scripts and current spreadsheet programs read without
asking. The no-show count is not part of it, since the file may leave the
organizers' hands (a host's guest list); the terminal table and JSON have it.

German Excel reads neither: it splits on ``;`` and takes a file without a
BOM for cp1252. The Excel variant is ``;``-separated UTF-8 with a BOM and
CRLF line ends.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from somek_tui.models import Answer, Event
from somek_tui.services.rsvps import no_shows
from somek_tui.store import Reader

CSV_COLUMNS = (
    "name",
    "email",
    "answer",
    "guests",
    "waitlisted",
    "attended",
    "source",
    "updated_at",
)

_ORDER = {Answer.YES: 0, Answer.MAYBE: 1, Answer.NO: 2}

# a cell starting like this is a formula to a spreadsheet, and names come from e-mail
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AttendeeRow:
    member_id: str
    name: str
    email: str
    answer: Answer
    guests: int
    waitlisted: bool
    attended: bool | None
    source: str
    updated_at: datetime
    no_shows: int  # organizers only: never in a mail or the CSV

    def as_json(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "email": self.email,
            "answer": self.answer.value,
            "guests": self.guests,
            "waitlisted": self.waitlisted,
            "attended": self.attended,
            "source": self.source,
            "updated_at": self.updated_at.isoformat(),
            "no_shows": self.no_shows,
        }


def attendee_rows(view: Reader, event: Event, tz: tzinfo) -> list[AttendeeRow]:
    """Everyone who answered for ``event``: yes (waitlist last), maybe, no; by name."""
    counts = no_shows(view)
    rows = []
    for rsvp in view.rsvps(event_id=event.id):
        member = view.member(rsvp.member_id)
        if member is None:
            continue
        rows.append(
            AttendeeRow(
                member_id=member.id,
                name=member.name,
                email=member.email,
                answer=rsvp.answer,
                guests=rsvp.guests,
                waitlisted=rsvp.waitlisted,
                attended=rsvp.attended,
                source=rsvp.source.value,
                updated_at=rsvp.updated_at.astimezone(tz),
                no_shows=counts[member.id],
            )
        )
    return sorted(
        rows,
        key=lambda r: (_ORDER[r.answer], r.waitlisted, (r.name or r.email).casefold(), r.email),
    )


def _flag(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def spreadsheet_safe(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: "=HYPERLINK(…)" must not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


EXCEL_BOM = "\ufeff"


def attendees_csv(rows: list[AttendeeRow], *, excel: bool = False) -> str:
    """The rows as CSV text with a header; booleans are true/false, unknown is empty.

    ``excel``: for German Excel, ``;``-separated and starting with a BOM.
    """
    buffer = io.StringIO()
    if excel:
        buffer.write(EXCEL_BOM)
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                spreadsheet_safe(row.name),
                spreadsheet_safe(row.email),
                row.answer.value,
                row.guests,
                _flag(row.waitlisted),
                _flag(row.attended),
                row.source,
                row.updated_at.isoformat(),
            ]
        )
    return buffer.getvalue()
