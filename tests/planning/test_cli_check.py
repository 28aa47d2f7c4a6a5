"""``somek check``: warnings for cron, exit 1 when anything is missing."""

from __future__ import annotations

import json
from pathlib import Path

from planning.cli_helpers import members, ok, run_check

TALK = ["--title", "Vortrag", "--start", "2027-02-04 19:00", "--kind", "talk"]
THEME = ["--title", "Themenabend", "--start", "2027-02-04 19:00", "--kind", "roundtable"]


def test_check_with_nothing_missing_prints_nothing_and_exits_0(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "host", "e1", "--name", "Domblick PR", "--confirmed")
    ok(db_path, "event", "speaker", "e1", "--name", "Jana", "--confirmed")
    run = run_check(db_path)
    assert (run.code, run.out, run.err) == (0, "", "")


def test_check_prints_each_warning_and_exits_1(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    run = run_check(db_path)
    assert run.code == 1
    assert [line.split()[0] for line in run.out.splitlines()] == ["e1", "e1"]
    assert "confirmed speaker" in run.out and "confirmed host" in run.out
    assert run.err.strip() == "somek: 2 warnings"


def test_check_warns_about_a_theme_evening_nobody_prepares(db_path: Path) -> None:
    members(db_path, "anna@example.org")
    ok(db_path, "event", "add", *THEME)
    ok(db_path, "event", "contributor", "e1", "anna@example.org")
    assert "contribution" in run_check(db_path).out


def test_check_ignores_evenings_more_than_four_weeks_out(db_path: Path) -> None:
    ok(db_path, "event", "add", "--title", "X", "--start", "2027-03-25 19:00", "--kind", "talk")
    assert run_check(db_path).code == 0


def test_check_json_lists_the_warnings(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    run = run_check(db_path, "--json")
    warnings = json.loads(run.out)
    assert run.code == 1
    assert [(w["event_id"], w["code"], w["days_left"]) for w in warnings] == [
        ("e1", "no_confirmed_speaker", 25),
        ("e1", "no_confirmed_host", 25),
    ]


def test_check_json_with_nothing_missing_is_an_empty_list(db_path: Path) -> None:
    members(db_path, "anna@example.org")  # check needs a database
    run = run_check(db_path, "--json")
    assert (run.code, json.loads(run.out)) == (0, [])
