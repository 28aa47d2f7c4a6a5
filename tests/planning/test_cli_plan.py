"""``somek event plan``, ``confirm`` and ``done``."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import assert_clean_error

from planning.cli_helpers import events, ok, shortlist, somek, topics

LAST_TALK = ["--title", "Kickoff", "--start", "2027-01-28 19:00", "--kind", "talk"]


def test_plan_drafts_the_next_evenings_on_the_rule_alternating_kinds(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    run = ok(db_path, "event", "plan", "--count", "2", "--json")
    planned = json.loads(run.out)
    assert [(p["id"], p["start"], p["kind"], p["status"]) for p in planned] == [
        ("e2", "2027-03-25T19:00:00+01:00", "roundtable", "draft"),
        ("e3", "2027-05-27T19:00:00+02:00", "talk", "draft"),
    ]
    assert events(db_path)["e3"]["end"] == "2027-05-27T22:00:00+02:00"


def test_plan_proposes_the_best_voted_shortlisted_topics_without_scheduling_them(
    db_path: Path,
) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    ok(db_path, "member", "add", "anna@example.org")
    shortlist(db_path, "TikTok für B2B", "Community Management", "Krisenkommunikation")
    ok(db_path, "topic", "vote", "t3", "anna@example.org")
    ok(db_path, "event", "plan", "--count", "2")
    assert events(db_path)["e2"]["topic_ids"] == ["t3", "t2"]  # a theme evening: up to three
    assert events(db_path)["e3"]["topic_ids"] == ["t1"]  # a talk: one
    assert {t["status"] for t in topics(db_path).values()} == {"shortlisted"}


def test_plan_dry_run_shows_the_plan_and_writes_nothing(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    before = db_path.read_bytes()
    run = ok(db_path, "event", "plan", "--count", "3", "--dry-run")
    assert [line.split()[1] for line in run.out.splitlines()[1:]] == [
        "2027-03-25",
        "2027-05-27",
        "2027-07-22",
    ]
    assert db_path.read_bytes() == before


def test_plan_again_continues_after_the_drafts(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    ok(db_path, "event", "plan")
    planned = json.loads(ok(db_path, "event", "plan", "--json").out)
    assert [(p["start"][:10], p["kind"]) for p in planned] == [("2027-05-27", "talk")]


def test_plan_follows_the_series_settings(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "somek.toml"
    config.write_text(
        '[series]\nrrule = "FREQ=MONTHLY;BYDAY=1WE"\nstart_time = "18:30"\n'
        'duration_minutes = 120\nfirst_kind = "roundtable"\n',
        encoding="utf-8",
    )
    run = ok(db_path, "--config", str(config), "event", "plan", "--json")
    (planned,) = json.loads(run.out)
    assert (planned["start"], planned["end"], planned["kind"]) == (
        "2027-02-03T18:30:00+01:00",
        "2027-02-03T20:30:00+01:00",
        "roundtable",
    )


def test_confirm_announces_a_draft_and_schedules_its_proposed_topics(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    shortlist(db_path, "Community Management", "Krisenkommunikation")
    ok(db_path, "event", "plan")
    ok(db_path, "event", "confirm", "e2")
    assert events(db_path)["e2"]["status"] == "announced"
    assert [(t["status"], t["event_id"]) for t in topics(db_path).values()] == [
        ("scheduled", "e2"),
        ("scheduled", "e2"),
    ]


def test_confirm_of_a_cancelled_event_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    ok(db_path, "event", "cancel", "e1")
    assert_clean_error(somek(db_path, "event", "confirm", "e1"), contains="cancelled")


def test_done_marks_the_evening_and_its_scheduled_topics_done(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    shortlist(db_path, "Community Management")
    ok(db_path, "topic", "schedule", "t1", "e1")
    ok(db_path, "event", "done", "e1", now={"SOMEK_NOW": "2027-01-29T09:00:00+01:00"})
    assert events(db_path)["e1"]["status"] == "done"
    assert (topics(db_path)["t1"]["status"], topics(db_path)["t1"]["event_id"]) == ("done", "e1")


def test_done_before_the_evening_has_started_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *LAST_TALK)
    assert_clean_error(somek(db_path, "event", "done", "e1"), contains="not started")


def test_done_of_a_draft_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "plan")
    run = somek(db_path, "event", "done", "e1", now={"SOMEK_NOW": "2027-12-01T09:00:00+01:00"})
    assert_clean_error(run, contains="draft")


def test_every_new_event_command_has_help_with_an_example(db_path: Path) -> None:
    for command in ("plan", "confirm", "done", "host", "speaker", "contributor"):
        run = ok(db_path, "event", command, "--help")
        assert f"somek event {command}" in run.out, command
