"""The attendee export: rows per answer, CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io

from evening.world import Evening, check_in
from support.workspace import TZ

from somek_tui.services.exports import CSV_COLUMNS, attendee_rows, attendees_csv
from somek_tui.services.members import add_member
from somek_tui.services.rsvps import mark_attended


def rows(evening: Evening) -> list[dict[str, str]]:
    view = evening.ws.store.read()
    text = attendees_csv(attendee_rows(view, evening.event, TZ))
    return list(csv.DictReader(io.StringIO(text)))


def test_everyone_who_answered_is_a_row_yes_first(evening: Evening) -> None:
    view = evening.ws.store.read()
    found = [(r.email, r.answer.value) for r in attendee_rows(view, evening.event, TZ)]
    assert found == [
        ("anna@example.org", "yes"),
        ("joerg@example.org", "yes"),
        ("emily@example.org", "maybe"),
        ("mehmet@example.org", "no"),
    ]


def test_the_csv_has_a_header_row_with_the_documented_columns(evening: Evening) -> None:
    view = evening.ws.store.read()
    text = attendees_csv(attendee_rows(view, evening.event, TZ))
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)


def test_the_csv_carries_answer_guests_and_attendance(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    first = rows(evening)[0]
    assert first["name"] == "Anna Schmitz"
    assert (first["answer"], first["guests"], first["waitlisted"]) == ("yes", "1", "false")
    assert (first["attended"], first["source"]) == ("true", "email")


def test_unknown_attendance_is_an_empty_cell(evening: Evening) -> None:
    assert rows(evening)[1]["attended"] == ""


def test_times_are_in_the_organizers_timezone(evening: Evening) -> None:
    assert rows(evening)[0]["updated_at"] == "2027-01-10T13:00:00+01:00"


def test_the_csv_leaves_out_no_shows(evening: Evening) -> None:
    check_in(evening, "joerg@example.org", attended=False)
    assert "no_shows" not in rows(evening)[0]


def test_the_rows_count_no_shows_for_organizers(evening: Evening) -> None:
    check_in(evening, "joerg@example.org", attended=False)
    view = evening.ws.store.read()
    by_email = {r.email: r for r in attendee_rows(view, evening.event, TZ)}
    assert by_email["joerg@example.org"].as_json()["no_shows"] == 1


def test_a_name_that_looks_like_a_formula_is_defused(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        member = add_member(tx, "x@example.org", name="=HYPERLINK(1)", now=evening.ws.now())
        mark_attended(tx, evening.event.id, member.id, True, evening.ws.now())
    names = [r["name"] for r in rows(evening)]
    assert "'=HYPERLINK(1)" in names


def test_the_excel_csv_is_semicolon_separated_utf8_with_a_bom_and_crlf(evening: Evening) -> None:
    view = evening.ws.store.read()
    text = attendees_csv(attendee_rows(view, evening.event, TZ), excel=True)
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(CSV_COLUMNS).encode() + b"\r\n")
    assert data.count(b"\r\n") == 5 and b"\n" not in data.replace(b"\r\n", b"")
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert parsed[1]["name"] == "Jörg Weiß"


def test_the_excel_csv_keeps_formulas_defused(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        member = add_member(tx, "x@example.org", name="=HYPERLINK(1)", now=evening.ws.now())
        mark_attended(tx, evening.event.id, member.id, True, evening.ws.now())
    view = evening.ws.store.read()
    text = attendees_csv(attendee_rows(view, evening.event, TZ), excel=True)
    names = [r["name"] for r in csv.DictReader(io.StringIO(text[1:]), delimiter=";")]
    assert "'=HYPERLINK(1)" in names
