"""``somek event …``, ``somek topic …`` and ``somek export``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import assert_clean_error, run_somek

KICKOFF = ["--title", "Kickoff", "--start", "2027-01-22 19:00", "--venue", "Gaststätte Severin"]


def test_event_add_stores_local_time_with_the_organizer_offset(db_path: Path) -> None:
    run = run_somek("event", "add", *KICKOFF, "--end", "23:00", "--capacity", "30", db=db_path)
    assert (run.code, run.out.strip()) == (0, "e1")
    event = json.loads(run_somek("export", "--json", db=db_path).out)["events"][0]
    assert event["start"] == "2027-01-22T19:00:00+01:00"
    assert event["end"] == "2027-01-22T23:00:00+01:00"
    assert (event["venue"], event["kind"], event["capacity"]) == (
        "Gaststätte Severin",
        "roundtable",
        30,
    )


def test_summer_events_get_the_summer_offset(db_path: Path) -> None:
    run_somek("event", "add", "--title", "Sommer", "--start", "2027-07-22 19:00", db=db_path)
    event = json.loads(run_somek("event", "list", "--json", db=db_path).out)[0]
    assert event["start"] == "2027-07-22T19:00:00+02:00"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--start", "22.13.2027 19:00"], "bad start"),
        (["--start", "2027-03-28 02:30"], "does not exist"),
        (["--start", "2027-01-22 19:00", "--end", "2027-01-22 18:00"], "end must be after"),
    ],
    ids=["bad-date", "skipped-hour", "end-before-start"],
)
def test_event_add_refuses_bad_times(db_path: Path, extra: list[str], message: str) -> None:
    run = run_somek("event", "add", "--title", "X", *extra, db=db_path)
    assert_clean_error(run, contains=message)
    assert not db_path.exists()


def test_event_add_with_an_unknown_kind_is_a_usage_error(db_path: Path) -> None:
    run = run_somek("event", "add", *KICKOFF, "--kind", "party", db=db_path)
    assert run.code == 2


def test_event_edit_of_calendar_fields_raises_the_sequence_once_invited(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    run_somek("event", "add", *KICKOFF, db=db_path)
    assert run_somek("invite", "e1", db=db_path).code == 0
    run = run_somek("event", "edit", "e1", "--start", "2027-01-23 19:30", db=db_path)
    assert run.code == 0, run.err
    event = json.loads(run_somek("export", "--json", db=db_path).out)["events"][0]
    assert event["start"] == "2027-01-23T19:30:00+01:00"
    assert event["sequence"] == 1


def test_event_edit_before_anyone_is_invited_keeps_sequence_0(db_path: Path) -> None:
    run_somek("event", "add", *KICKOFF, db=db_path)
    run = run_somek("event", "edit", "e1", "--start", "2027-01-23 19:30", db=db_path)
    assert run.code == 0, run.err
    event = json.loads(run_somek("export", "--json", db=db_path).out)["events"][0]
    assert event["sequence"] == 0


def test_event_edit_of_the_capacity_alone_keeps_the_sequence(db_path: Path) -> None:
    run_somek("event", "add", *KICKOFF, db=db_path)
    run_somek("event", "edit", "e1", "--capacity", "12", db=db_path)
    event = json.loads(run_somek("export", "--json", db=db_path).out)["events"][0]
    assert (event["capacity"], event["sequence"]) == (12, 0)


def test_event_edit_of_an_unknown_id_is_a_clear_error(db_path: Path) -> None:
    run_somek("event", "add", *KICKOFF, db=db_path)
    assert_clean_error(
        run_somek("event", "edit", "e9", "--title", "Y", db=db_path), contains="no event 'e9'"
    )


def test_event_cancel_marks_it_cancelled_and_twice_is_an_error(db_path: Path) -> None:
    run_somek("event", "add", *KICKOFF, db=db_path)
    assert run_somek("event", "cancel", "e1", db=db_path).code == 0
    listed = json.loads(run_somek("event", "list", "--json", db=db_path).out)
    assert listed[0]["status"] == "cancelled"
    assert_clean_error(run_somek("event", "cancel", "e1", db=db_path), contains="already")


def test_event_list_table(db_path: Path) -> None:
    run_somek("event", "add", *KICKOFF, "--kind", "talk", db=db_path)
    lines = run_somek("event", "list", db=db_path).out.splitlines()
    assert lines[1].split()[:5] == ["e1", "2027-01-22", "19:00", "talk", "announced"]


def test_topic_add_twice_counts_a_vote_instead_of_a_duplicate(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    run_somek("member", "add", "ben@example.org", db=db_path)
    first = run_somek(
        "topic", "add", "SEO und Erfolgsmessung", "--by", "anna@example.org", db=db_path
    )
    second = run_somek(
        "topic", "add", "seo und erfolgsmessung!", "--by", "ben@example.org", db=db_path
    )
    assert first.out.strip() == second.out.strip() == "t1"
    assert "counted as a vote" in second.err
    topics = json.loads(run_somek("topic", "list", "--json", db=db_path).out)
    assert [(t["title"], t["votes"], t["suggested_by"]) for t in topics] == [
        ("SEO und Erfolgsmessung", 2, "anna@example.org")
    ]


def test_topic_list_sorts_by_votes(db_path: Path) -> None:
    run_somek("member", "add", "a@example.org", db=db_path)
    run_somek("topic", "add", "Bewegtbild", db=db_path)
    run_somek("topic", "add", "Monitoring", "--by", "a@example.org", db=db_path)
    topics = json.loads(run_somek("topic", "list", "--sort", "votes", "--json", db=db_path).out)
    assert [t["title"] for t in topics] == ["Monitoring", "Bewegtbild"]


def test_topic_add_by_an_unknown_member_is_a_clear_error(db_path: Path) -> None:
    assert_clean_error(
        run_somek("topic", "add", "X", "--by", "ghost@example.org", db=db_path),
        contains="no member",
    )


def test_export_has_every_section_of_the_contract(db_path: Path) -> None:
    run_somek("member", "add", "a@example.org", db=db_path)
    exported = json.loads(run_somek("export", "--json", db=db_path).out)
    assert exported["version"] == 1
    assert set(exported) >= {"members", "events", "rsvps", "topics", "review", "inbox"}
    assert set(exported["members"][0]) >= {"id", "email", "name", "language", "status"}


def test_export_never_contains_reply_or_unsubscribe_keys(db_path: Path) -> None:
    run_somek("member", "add", "a@example.org", db=db_path)
    key = json.loads(db_path.read_text())["members"]["m1"]["unsubscribe_key"]
    assert key not in run_somek("export", "--json", db=db_path).out
