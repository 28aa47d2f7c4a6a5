"""The app's pure helpers, one behaviour each."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from somek_tui.models import Answer, InvalidInput, Language, Member, MemberStatus, Rsvp
from somek_tui.store import Store
from somek_tui.support.attendees import Attendee, arrange, next_in
from somek_tui.support.event_draft import draft_values, parse_capacity
from somek_tui.support.exports import csv_bytes
from somek_tui.support.format import bar, daily_series, days_to_go, plural, snippet
from somek_tui.support.members_index import member_rows, search
from somek_tui.support.settings_view import settings_lines

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 1, 10, 12, 0, tzinfo=TZ)


def test_daily_series_fills_quiet_days_with_zero() -> None:
    points = [(date(2027, 1, 1), 2), (date(2027, 1, 4), 1)]
    assert daily_series(points) == [2.0, 0.0, 0.0, 1.0]
    assert daily_series([]) == []
    assert daily_series(points, last=date(2027, 1, 5)) == [2.0, 0.0, 0.0, 1.0, 0.0]


def test_daily_series_of_one_day_stands_against_quiet_days_before() -> None:
    assert daily_series([(date(2027, 1, 4), 5)], min_days=3) == [0.0, 0.0, 5.0]


def test_bar_is_full_when_over_capacity() -> None:
    assert bar(3, 6, 6) == "███░░░"
    assert bar(9, 6, 6) == "██████"
    assert bar(1, 0, 6) == ""


def test_days_to_go_in_words() -> None:
    assert days_to_go(datetime(2027, 1, 10, 19, tzinfo=TZ), NOW) == "today"
    assert days_to_go(datetime(2027, 1, 11, 19, tzinfo=TZ), NOW) == "tomorrow"
    assert days_to_go(datetime(2027, 1, 28, 19, tzinfo=TZ), NOW) == "in 18 days"
    assert days_to_go(datetime(2027, 1, 8, 19, tzinfo=TZ), NOW) == "2 days ago"


def test_snippet_and_plural() -> None:
    assert snippet("a\n b  c", 10) == "a b c"
    assert snippet("x" * 20, 5) == "xxxx…"
    assert plural(1, "guest") == "1 guest" and plural(2, "guest") == "2 guests"


def test_capacity_must_be_a_whole_number() -> None:
    assert parse_capacity(" ") is None
    assert parse_capacity("25") == 25
    with pytest.raises(InvalidInput):
        parse_capacity("viele")


def test_draft_values_parse_local_times() -> None:
    draft = SimpleNamespace(
        title="SEO", start="2027-03-25 19:00", end="22:00", venue="", address="",
        kind="talk", capacity="", description="",
    )  # fmt: skip
    values = draft_values(draft, TZ)
    assert values["start"] == datetime(2027, 3, 25, 19, tzinfo=TZ)
    assert values["end"] == datetime(2027, 3, 25, 22, tzinfo=TZ)
    assert values["capacity"] is None
    with pytest.raises(InvalidInput, match="needs a start"):
        draft_values(SimpleNamespace(**{**vars(draft), "start": ""}), TZ)


def member(n: int, name: str, status: MemberStatus = MemberStatus.ACTIVE) -> Member:
    return Member(id=f"m{n}", email=f"{name.lower()}@example.org", name=name,
                  language=Language.DE, status=status)  # fmt: skip


def rsvp(member_id: str, event_id: str, answer: Answer, day: int) -> Rsvp:
    return Rsvp(event_id=event_id, member_id=member_id, answer=answer,
                updated_at=datetime(2027, 1, day, tzinfo=TZ))  # fmt: skip


def test_members_search_needs_every_word() -> None:
    rows = member_rows([member(1, "Anna"), member(2, "Ben", MemberStatus.BOUNCING)], {})
    assert [r.id for r in search(rows, "bouncing")] == ["m2"]
    assert [r.id for r in search(rows, "ANNA example")] == ["m1"]
    assert search(rows, "anna bouncing") == []
    assert search(rows, "  ") == rows


def test_last_answer_is_the_latest_one(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_all([rsvp("m1", "e2", Answer.NO, 5), rsvp("m1", "e1", Answer.YES, 1)])
    latest = store.read().latest_answers()
    assert latest["m1"].event_id == "e2"
    rows = member_rows([member(1, "Anna")], latest)
    assert rows[0].cells[-1] == "no (e2)"


def test_attendees_filter_and_sort() -> None:
    people = [
        Attendee(member(1, "Zoe"), rsvp("m1", "e1", Answer.YES, 2)),
        Attendee(member(2, "Anna"), None),
        Attendee(member(3, "Ben"), rsvp("m3", "e1", Answer.NO, 3)),
    ]
    assert [a.member.name for a in arrange(people, "all", "name")] == ["Anna", "Ben", "Zoe"]
    assert [a.member.name for a in arrange(people, "all", "answer")] == ["Zoe", "Ben", "Anna"]
    assert [a.member.name for a in arrange(people, "all", "updated")] == ["Ben", "Zoe", "Anna"]
    assert [a.member.name for a in arrange(people, "no answer", "name")] == ["Anna"]
    assert next_in(("a", "b"), "b") == "a"


def test_csv_has_a_bom_for_excel() -> None:
    data = csv_bytes(["name"], [["Müller"], [None]])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["name", "Müller", '""'] or data.decode(
        "utf-8-sig"
    ).splitlines() == ["name", "Müller", ""]


def test_settings_lines_flatten_sections() -> None:
    lines = settings_lines({"smtp": {"host": "h", "password_env": "X"}, "source": None})
    assert ("smtp", "host", "h") in lines
    assert ("", "source", "built-in defaults") in lines


def test_csv_cells_never_run_as_spreadsheet_formulas() -> None:
    data = csv_bytes(["name"], [["=HYPERLINK(1)"], ["Anna"]])
    assert data.decode("utf-8-sig").splitlines() == ["name", "'=HYPERLINK(1)", "Anna"]
