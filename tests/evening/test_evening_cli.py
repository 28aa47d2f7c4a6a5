"""``checkin``, ``attendees``, ``report``, ``thanks`` and ``ics`` as organizers run them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from evening.world import DEMO_NOW, Evening, check_in, demo_copy, run_evening, sent_mails
from icalendar import Calendar
from support.cli import assert_clean_error

from somek_tui.models import EventStatus
from somek_tui.store import Store


def db_of(evening: Evening) -> Path:
    return evening.ws.store.path


# --------------------------------------------------------------------------- checkin


def test_checkin_marks_who_came(evening: Evening) -> None:
    run = run_evening("checkin", "e1", "anna@example.org", "joerg@example.org", db=db_of(evening))
    assert run.code == 0, run.err
    view = Store.open(db_of(evening)).read()
    assert [r.attended for r in view.rsvps(event_id="e1") if r.answer.value == "yes"] == [
        True,
        True,
    ]


def test_checkin_of_an_unknown_address_adds_a_walk_in_member(evening: Evening) -> None:
    run = run_evening("checkin", "e1", "nina@example.org", "--name", "Nina Neu", db=db_of(evening))
    assert run.code == 0, run.err
    assert "came: nina@example.org (new, pending m5" in run.err
    member = Store.open(db_of(evening)).read().member_by_email("nina@example.org")
    assert member is not None and member.name == "Nina Neu"


def test_checkin_of_an_unknown_address_sends_the_join_confirmation(evening: Evening) -> None:
    run = run_evening("checkin", "e1", "nina@example.org", "--name", "Nina Neu", db=db_of(evening))
    assert run.code == 0, run.err
    mails = [m.read_bytes() for m in sent_mails(evening.outbox)]
    assert len(mails) == 1 and b"To: Nina Neu <nina@example.org>" in mails[0]
    member = Store.open(db_of(evening)).read().member_by_email("nina@example.org")
    assert member is not None and member.status.value == "pending"


def test_checkin_names_the_one_walk_in_among_members(evening: Evening) -> None:
    argv = ["checkin", "e1", "anna@example.org", "nina@example.org", "--name", "Nina Neu"]
    run = run_evening(*argv, db=db_of(evening))
    assert run.code == 0, run.err
    view = Store.open(db_of(evening)).read()
    nina, anna = view.member_by_email("nina@example.org"), view.member_by_email("anna@example.org")
    assert nina is not None and nina.name == "Nina Neu"
    assert anna is not None and anna.name == "Anna Schmitz"


def test_checkin_name_with_two_new_addresses_is_a_clear_error(evening: Evening) -> None:
    argv = ["checkin", "e1", "nina@example.org", "olaf@example.org", "--name", "Nina Neu"]
    before = db_of(evening).read_bytes()
    assert_clean_error(run_evening(*argv, db=db_of(evening)), contains="2 are new")
    assert db_of(evening).read_bytes() == before


def test_checkin_absent_marks_a_no_show(evening: Evening) -> None:
    run = run_evening("checkin", "e1", "joerg@example.org", "--absent", db=db_of(evening))
    assert run.code == 0, run.err
    rsvp = Store.open(db_of(evening)).read().rsvp("e1", evening.member("joerg@example.org").id)
    assert rsvp is not None and rsvp.attended is False


def test_checkin_with_one_bad_address_changes_nothing(evening: Evening) -> None:
    before = db_of(evening).read_bytes()
    run = run_evening("checkin", "e1", "anna@example.org", "not-an-address@", db=db_of(evening))
    assert_clean_error(run, contains="invalid e-mail address")
    assert db_of(evening).read_bytes() == before


def test_checkin_of_an_unknown_event_is_a_clear_error(evening: Evening) -> None:
    assert_clean_error(
        run_evening("checkin", "e9", "anna@example.org", db=db_of(evening)), contains="no event"
    )


def test_checkin_without_addresses_or_list_is_a_usage_error(evening: Evening) -> None:
    assert run_evening("checkin", "e1", db=db_of(evening)).code == 2


def test_checkin_list_shows_answers_arrivals_and_no_shows(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    check_in(evening, "joerg@example.org", attended=False)
    run = run_evening("checkin", "e1", "--list", db=db_of(evening))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].split() == ["NAME", "EMAIL", "ANSWER", "GUESTS", "CAME", "WALK-IN", "NOSHOWS"]
    assert lines[1].split()[-3:] == ["yes", "1", "yes"]  # Anna: said yes, one guest, came
    joerg = next(line for line in lines if "joerg@" in line)
    assert joerg.split()[-2:] == ["no", "1"]


def test_checkin_list_as_json(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    run = run_evening("checkin", "e1", "--list", "--json", db=db_of(evening))
    rows = json.loads(run.out)
    assert rows[0] == {
        "member_id": "m1",
        "name": "Anna Schmitz",
        "email": "anna@example.org",
        "answer": "yes",
        "guests": 1,
        "attended": True,
        "walk_in": False,
        "no_shows": 0,
    }


# --------------------------------------------------------------------------- attendees


def test_attendees_json_has_every_answer_and_the_no_show_count(evening: Evening) -> None:
    check_in(evening, "joerg@example.org", attended=False)
    run = run_evening("attendees", "e1", "--json", db=db_of(evening))
    rows = json.loads(run.out)
    assert [r["answer"] for r in rows] == ["yes", "yes", "maybe", "no"]
    assert rows[1]["no_shows"] == 1


def test_attendees_csv_file_is_utf8_with_a_header(evening: Evening, tmp_path: Path) -> None:
    target = tmp_path / "gaeste.csv"
    run = run_evening("attendees", "e1", "--csv", str(target), db=db_of(evening))
    assert run.code == 0, run.err
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert [r["name"] for r in rows] == [
        "Anna Schmitz",
        "Jörg Weiß",
        "Emily Clarke",
        "Mehmet Yılmaz",
    ]


def test_attendees_excel_csv_file_opens_in_german_excel(evening: Evening, tmp_path: Path) -> None:
    target = tmp_path / "gaeste.csv"
    run = run_evening("attendees", "e1", "--csv", str(target), "--excel", db=db_of(evening))
    assert run.code == 0, run.err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfname;email;answer;")
    assert raw.endswith(b"\r\n")


def test_attendees_excel_without_csv_is_a_usage_error(evening: Evening) -> None:
    assert run_evening("attendees", "e1", "--excel", db=db_of(evening)).code == 2


def test_attendees_csv_to_stdout(evening: Evening) -> None:
    run = run_evening("attendees", "e1", "--csv", "-", db=db_of(evening))
    assert run.out.splitlines()[0] == (
        "name,email,answer,guests,waitlisted,attended,source,updated_at"
    )


# --------------------------------------------------------------------------- report


def test_report_of_the_demo_kickoff_in_german(tmp_path: Path) -> None:
    run = run_evening("report", "e1", db=demo_copy(tmp_path), now=DEMO_NOW)
    assert run.code == 0, run.err
    assert run.out.startswith("# Kickoff: #SoMe Stammtisch Köln\n")
    assert "Am 22. Januar trafen sich 15 Social-Media-Begeisterte in der Gaststätte Severin" in (
        run.out
    )
    assert "**SEO und Erfolgsmessung** – Donnerstag, 26. November 2026" in run.out


def test_report_in_english_with_decisions_into_a_file(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    target = tmp_path / "kickoff.md"
    args = ["--lang", "en", "--decided", "Every two months", "--output", str(target)]
    run = run_evening("report", "e1", *args, db=db, now=DEMO_NOW)
    assert run.code == 0, run.err
    text = target.read_text(encoding="utf-8")
    assert "On 22 January, 15 social media enthusiasts met at Gaststätte Severin" in text
    assert "## What we decided\n\n- Every two months\n" in text


def test_report_uses_the_organizers_template_copy(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    folder = tmp_path / "templates" / "de"
    folder.mkdir(parents=True)
    (folder / "report.md.j2").write_text("{{ attendance.total }} waren da\n", encoding="utf-8")
    run = run_evening("report", "e1", db=db, now=DEMO_NOW)
    assert run.out == "15 waren da\n"


def test_report_of_an_event_still_ahead_is_a_clear_error(tmp_path: Path) -> None:
    run = run_evening("report", "e6", db=demo_copy(tmp_path), now=DEMO_NOW)
    assert_clean_error(run, contains="has not taken place yet")


# --------------------------------------------------------------------------- thanks


def test_thanks_goes_to_the_demo_kickoffs_attendees_once(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    first = run_evening("thanks", "e1", db=db, now=DEMO_NOW)
    assert first.code == 0, first.err
    assert first.err.strip() == "13 sent, 0 skipped, 0 failed"
    again = run_evening("thanks", "e1", db=db, now=DEMO_NOW)
    assert again.err.strip() == "0 sent, 13 skipped, 0 failed"
    assert len(sent_mails(tmp_path / "outbox")) == 13


def test_thanks_before_anyone_is_checked_in_is_a_clear_error(evening: Evening) -> None:
    assert_clean_error(
        run_evening("thanks", "e1", db=db_of(evening)), contains="nobody is checked in"
    )


# --------------------------------------------------------------------------- ics


def test_ics_lists_every_announced_event_with_its_uid_and_sequence(tmp_path: Path) -> None:
    db = demo_copy(tmp_path)
    run = run_evening("ics", db=db, now=DEMO_NOW)
    assert run.code == 0, run.err
    calendar = Calendar.from_ical(run.out)
    found = {(str(e["UID"]), int(str(e["SEQUENCE"]))) for e in calendar.walk("VEVENT")}
    events = Store.open(db).read().events()
    assert found == {(e.uid, e.sequence) for e in events if e.status is EventStatus.ANNOUNCED}
    assert calendar["METHOD"] == "PUBLISH"


def test_ics_into_a_file(tmp_path: Path) -> None:
    target = tmp_path / "termine.ics"
    run = run_evening("ics", "--output", str(target), db=demo_copy(tmp_path), now=DEMO_NOW)
    assert run.code == 0, run.err
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
