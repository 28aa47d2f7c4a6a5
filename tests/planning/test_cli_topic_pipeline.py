"""Suggested, merged, voted, shortlisted, scheduled, done: ``somek topic …``."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import assert_clean_error

from planning.cli_helpers import events, members, ok, somek, topics

TALK = ["--title", "Vortrag", "--start", "2027-02-25 19:00", "--kind", "talk"]
THEME = ["--title", "Themenabend", "--start", "2027-02-25 19:00", "--kind", "roundtable"]


def add_topics(db: Path, *titles: str) -> None:
    for title in titles:
        ok(db, "topic", "add", title)


def test_vote_counts_one_vote_per_member_and_topic(db_path: Path) -> None:
    members(db_path, "anna@example.org")
    add_topics(db_path, "Community Management")
    assert ok(db_path, "topic", "vote", "t1", "anna@example.org").out.strip() == "1"
    again = ok(db_path, "topic", "vote", "t1", "anna@example.org")
    assert (again.out.strip(), "already voted" in again.err) == ("1", True)


def test_vote_by_somebody_who_is_not_a_member_is_a_clear_error(db_path: Path) -> None:
    add_topics(db_path, "Community Management")
    assert_clean_error(
        somek(db_path, "topic", "vote", "t1", "ghost@example.org"), contains="no member"
    )


def test_merge_combines_votes_and_credits_counting_each_member_once(db_path: Path) -> None:
    members(db_path, "anna@example.org", "ben@example.org")
    ok(db_path, "topic", "add", "Community Management", "--by", "anna@example.org")
    ok(db_path, "topic", "add", "Communities pflegen", "--by", "ben@example.org")
    ok(db_path, "topic", "vote", "t2", "anna@example.org")
    ok(db_path, "topic", "merge", "t1", "t2")
    listed = topics(db_path)
    assert listed["t1"]["votes"] == 2
    assert (listed["t2"]["status"], listed["t1"]["status"]) == ("merged", "proposed")


def test_merging_a_topic_twice_is_a_clear_error(db_path: Path) -> None:
    add_topics(db_path, "A", "B", "C")
    ok(db_path, "topic", "merge", "t1", "t2")
    assert_clean_error(somek(db_path, "topic", "merge", "t3", "t2"), contains="already merged")


def test_shortlist_marks_topics_shortlisted(db_path: Path) -> None:
    add_topics(db_path, "A", "B")
    ok(db_path, "topic", "shortlist", "t1", "t2")
    assert [t["status"] for t in topics(db_path).values()] == ["shortlisted", "shortlisted"]


def test_schedule_puts_a_topic_on_an_evening(db_path: Path) -> None:
    add_topics(db_path, "A")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "topic", "schedule", "t1", "e1")
    assert (topics(db_path)["t1"]["status"], topics(db_path)["t1"]["event_id"]) == (
        "scheduled",
        "e1",
    )
    assert events(db_path)["e1"]["topic_ids"] == ["t1"]


def test_a_talk_takes_one_topic(db_path: Path) -> None:
    add_topics(db_path, "A", "B")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "topic", "schedule", "t1", "e1")
    run = somek(db_path, "topic", "schedule", "t2", "e1")
    assert_clean_error(run, contains="takes one topic")


def test_a_theme_evening_takes_at_most_three_topics(db_path: Path) -> None:
    add_topics(db_path, "A", "B", "C", "D")
    ok(db_path, "event", "add", *THEME)
    for topic_id in ("t1", "t2", "t3"):
        ok(db_path, "topic", "schedule", topic_id, "e1")
    run = somek(db_path, "topic", "schedule", "t4", "e1")
    assert_clean_error(run, contains="at most 3 topics")


def test_scheduling_over_a_proposal_replaces_the_proposal(db_path: Path) -> None:
    ok(
        db_path,
        "event",
        "add",
        "--title",
        "K",
        "--start",
        "2027-01-28 19:00",
        "--kind",
        "roundtable",
    )
    add_topics(db_path, "A", "B")
    ok(db_path, "topic", "shortlist", "t1")
    ok(db_path, "event", "plan")  # a talk, proposed t1
    run = ok(db_path, "topic", "schedule", "t2", "e2")
    assert "t1" in run.err
    assert events(db_path)["e2"]["topic_ids"] == ["t2"]
    assert topics(db_path)["t1"]["status"] == "shortlisted"


def test_scheduling_on_another_evening_moves_the_topic(db_path: Path) -> None:
    add_topics(db_path, "A")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "add", *THEME)
    ok(db_path, "topic", "schedule", "t1", "e1")
    ok(db_path, "topic", "schedule", "t1", "e2")
    assert (events(db_path)["e1"]["topic_ids"], events(db_path)["e2"]["topic_ids"]) == (
        [],
        ["t1"],
    )


def test_shortlisting_a_scheduled_topic_takes_it_off_its_evening(db_path: Path) -> None:
    add_topics(db_path, "A")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "topic", "schedule", "t1", "e1")
    ok(db_path, "topic", "shortlist", "t1")
    assert topics(db_path)["t1"]["event_id"] is None
    assert events(db_path)["e1"]["topic_ids"] == []


def test_done_marks_a_scheduled_topic_done_linked_to_its_evening(db_path: Path) -> None:
    add_topics(db_path, "A")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "topic", "schedule", "t1", "e1")
    ok(db_path, "topic", "done", "t1")
    assert (topics(db_path)["t1"]["status"], topics(db_path)["t1"]["event_id"]) == ("done", "e1")


def test_done_of_a_topic_not_on_an_evening_is_a_clear_error(db_path: Path) -> None:
    add_topics(db_path, "A")
    assert_clean_error(somek(db_path, "topic", "done", "t1"), contains="schedule it first")


def test_a_merged_topic_cannot_be_scheduled(db_path: Path) -> None:
    add_topics(db_path, "A", "B")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "topic", "merge", "t1", "t2")
    assert_clean_error(somek(db_path, "topic", "schedule", "t2", "e1"), contains="merged into t1")


def test_done_and_merged_topics_leave_the_default_list(db_path: Path) -> None:
    add_topics(db_path, "A", "B")
    ok(db_path, "topic", "merge", "t1", "t2")
    listed = json.loads(ok(db_path, "topic", "list", "--sort", "votes", "--json").out)
    assert [t["id"] for t in listed] == ["t1"]


def test_every_new_topic_command_has_help_with_an_example(db_path: Path) -> None:
    for command in ("merge", "shortlist", "schedule", "done", "vote"):
        run = ok(db_path, "topic", command, "--help")
        assert f"somek topic {command}" in run.out, command
