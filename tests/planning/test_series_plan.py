"""Kinds alternate, the best shortlisted topics are shared out, drafts follow the settings."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from support.workspace import TZ

from somek_tui.config import SeriesSettings
from somek_tui.models import Event, EventKind, EventStatus, InvalidInput, Topic, TopicStatus
from somek_tui.services.planning import alternating_kinds, plan_series, propose_topics

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=TZ)
TALK, ROUND = EventKind.TALK, EventKind.ROUNDTABLE


def evening(
    eid: str, start: datetime, kind: EventKind, status: EventStatus = EventStatus.ANNOUNCED
) -> Event:
    return Event(id=eid, title=eid, start=start, kind=kind, status=status)


def topic(tid: str, votes: int, status: TopicStatus = TopicStatus.SHORTLISTED) -> Topic:
    return Topic(
        id=tid,
        title=f"Thema {tid}",
        votes=[f"m{n}" for n in range(votes)],
        status=status,
        created=NOW - timedelta(days=int(tid[1:])),
    )


def test_kinds_alternate_from_the_last_evening() -> None:
    assert alternating_kinds(TALK, TALK, 3) == [ROUND, TALK, ROUND]


def test_the_first_kind_setting_starts_a_new_series() -> None:
    assert alternating_kinds(None, ROUND, 2) == [ROUND, TALK]


def test_every_evening_gets_a_topic_before_a_theme_evening_gets_a_second() -> None:
    pool = [topic(f"t{n}", votes=10 - n) for n in range(1, 5)]
    shared = propose_topics([ROUND, TALK, ROUND], pool)
    assert [[t.id for t in chosen] for chosen in shared] == [["t1", "t4"], ["t2"], ["t3"]]


def test_a_theme_evening_is_proposed_at_most_three_topics_and_a_talk_one() -> None:
    pool = [topic(f"t{n}", votes=10 - n) for n in range(1, 9)]
    shared = propose_topics([TALK, ROUND], pool)
    assert [len(chosen) for chosen in shared] == [1, 3]


def test_the_plan_starts_after_the_last_event_and_alternates_from_its_kind() -> None:
    last = evening("e1", datetime(2027, 1, 28, 19, 0, tzinfo=TZ), TALK)
    plan = plan_series([last], [], SeriesSettings(), count=2, now=NOW, tz=TZ)
    assert [(p.start.date().isoformat(), p.kind) for p in plan] == [
        ("2027-03-25", ROUND),
        ("2027-05-27", TALK),
    ]


def test_with_no_events_the_plan_starts_from_now_with_the_first_kind() -> None:
    plan = plan_series([], [], SeriesSettings(first_kind="roundtable"), count=1, now=NOW, tz=TZ)
    assert (plan[0].start.isoformat(), plan[0].kind) == ("2027-01-28T19:00:00+01:00", ROUND)


def test_drafts_last_duration_minutes() -> None:
    plan = plan_series([], [], SeriesSettings(duration_minutes=150), count=1, now=NOW, tz=TZ)
    assert plan[0].end - plan[0].start == timedelta(minutes=150)


def test_a_cancelled_date_is_not_offered_again_and_does_not_set_the_kind() -> None:
    held = evening("e1", datetime(2027, 1, 28, 19, 0, tzinfo=TZ), TALK)
    cancelled = evening("e2", datetime(2027, 3, 25, 19, 0, tzinfo=TZ), ROUND, EventStatus.CANCELLED)
    plan = plan_series([held, cancelled], [], SeriesSettings(), count=1, now=NOW, tz=TZ)
    assert (plan[0].start.date().isoformat(), plan[0].kind) == ("2027-05-27", ROUND)


def test_only_shortlisted_topics_not_yet_on_an_evening_are_proposed() -> None:
    draft = evening("e1", datetime(2027, 1, 28, 19, 0, tzinfo=TZ), ROUND, EventStatus.DRAFT)
    draft.topic_ids = ["t1"]
    topics = [
        topic("t1", 9),  # already proposed for e1
        topic("t2", 8, TopicStatus.PROPOSED),  # not shortlisted
        topic("t3", 1),
        topic("t4", 5),
    ]
    plan = plan_series([draft], topics, SeriesSettings(), count=1, now=NOW, tz=TZ)
    assert (plan[0].kind, plan[0].topic_ids) == (TALK, ["t4"])


def test_a_draft_is_titled_after_its_kind_and_topics() -> None:
    plan = plan_series([], [topic("t1", 3)], SeriesSettings(), count=2, now=NOW, tz=TZ)
    assert [p.title for p in plan] == ["Expertenvortrag: Thema t1", "Themenabend"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (SeriesSettings(start_time="7 pm"), "start_time"),
        (SeriesSettings(first_kind="party"), "first_kind"),
        (SeriesSettings(duration_minutes=0), "duration_minutes"),
    ],
    ids=["start-time", "first-kind", "duration"],
)
def test_bad_series_settings_are_clear_errors(settings: SeriesSettings, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        plan_series([], [], settings, count=1, now=NOW, tz=TZ)
