"""Hosts and speakers for expert talks, contributors for theme evenings."""

from __future__ import annotations

from pathlib import Path

from support.cli import assert_clean_error

from planning.cli_helpers import events, members, ok, somek

TALK = ["--title", "Vortrag", "--start", "2027-02-25 19:00", "--kind", "talk"]
THEME = ["--title", "Themenabend", "--start", "2027-02-25 19:00", "--kind", "roundtable"]


def test_host_is_recorded_with_address_contact_and_confirmation(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(
        db_path,
        "event", "host", "e1", "--name", "Domblick PR", "--address", "Am Hof 20, 50667 Köln",
        "--contact", "Jana Becker", "--confirmed",
    )  # fmt: skip
    assert events(db_path)["e1"]["host"] == {
        "organisation": "Domblick PR",
        "address": "Am Hof 20, 50667 Köln",
        "contact": "Jana Becker",
        "confirmed": True,
    }


def test_the_same_host_again_keeps_what_was_not_given(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "host", "e1", "--name", "Domblick PR", "--address", "Am Hof 20")
    ok(db_path, "event", "host", "e1", "--name", "Domblick PR", "--confirmed")
    host = events(db_path)["e1"]["host"]
    assert (host["address"], host["confirmed"]) == ("Am Hof 20", True)


def test_a_host_for_a_theme_evening_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *THEME)
    run = somek(db_path, "event", "host", "e1", "--name", "Domblick PR")
    assert_clean_error(run, contains="only for an expert talk")


def test_speaker_is_added_then_updated_by_name(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "speaker", "e1", "--name", "Jana Becker", "--talk", "TikTok für B2B")
    ok(db_path, "event", "speaker", "e1", "--name", "jana becker", "--confirmed")
    (speaker,) = events(db_path)["e1"]["speakers"]
    assert (speaker["talk_title"], speaker["confirmed"]) == ("TikTok für B2B", True)


def test_a_speaker_who_is_a_member_is_linked_to_them(db_path: Path) -> None:
    members(db_path, "jana@example.org")
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "speaker", "e1", "--name", "Jana", "--email", "Jana@Example.org")
    assert events(db_path)["e1"]["speakers"][0]["member_id"] == "m1"


def test_a_speaker_for_a_theme_evening_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *THEME)
    run = somek(db_path, "event", "speaker", "e1", "--name", "Jana")
    assert_clean_error(run, contains="only for an expert talk")


def test_a_speaker_with_a_bad_address_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    run = somek(db_path, "event", "speaker", "e1", "--name", "Jana", "--email", "jana@")
    assert_clean_error(run, contains="invalid e-mail")


def test_contributor_is_a_member_preparing_something_for_a_theme_evening(db_path: Path) -> None:
    members(db_path, "anna@example.org")
    ok(db_path, "event", "add", *THEME)
    ok(
        db_path, "event", "contributor", "e1", "anna@example.org",
        "--subject", "Community-Regeln", "--confirmed",
    )  # fmt: skip
    assert events(db_path)["e1"]["contributors"] == [
        {"email": "anna@example.org", "subject": "Community-Regeln", "confirmed": True}
    ]


def test_a_contributor_for_a_talk_is_a_clear_error(db_path: Path) -> None:
    members(db_path, "anna@example.org")
    ok(db_path, "event", "add", *TALK)
    run = somek(db_path, "event", "contributor", "e1", "anna@example.org")
    assert_clean_error(run, contains="only for a theme evening")


def test_a_contributor_who_is_not_a_member_is_a_clear_error(db_path: Path) -> None:
    ok(db_path, "event", "add", *THEME)
    run = somek(db_path, "event", "contributor", "e1", "ghost@example.org")
    assert_clean_error(run, contains="no member")


def test_people_on_a_cancelled_evening_cannot_change(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "cancel", "e1")
    run = somek(db_path, "event", "speaker", "e1", "--name", "Jana")
    assert_clean_error(run, contains="cancelled")


def test_remove_takes_a_speaker_off_the_talk(db_path: Path) -> None:
    ok(db_path, "event", "add", *TALK)
    ok(db_path, "event", "speaker", "e1", "--name", "Jana")
    ok(db_path, "event", "speaker", "e1", "--name", "Jana", "--remove")
    assert events(db_path)["e1"]["speakers"] == []
