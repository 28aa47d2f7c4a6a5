"""The dashboard's to-dos, computed from records alone: one behaviour each."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from somek_tui.i18n import set_language
from somek_tui.models import (
    Contributor,
    Event,
    EventKind,
    EventStatus,
    Host,
    MailKind,
    OutboxState,
    OutgoingMessage,
    Speaker,
    Venue,
)
from somek_tui.support.todos import mail_kinds_by_event, todos

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 1, 10, 12, 0, tzinfo=TZ)
INVITED = {MailKind.INVITATION}


def evening(event_id: str = "e1", *, days: int = 18, **fields: object) -> Event:
    """A theme evening with everything arranged, unless ``fields`` say otherwise."""
    values: dict[str, object] = {
        "title": "SEO und Erfolgsmessung",
        "start": NOW + timedelta(days=days),
        "venue": Venue("Gaststätte Severin", "Severinstraße 1"),
        "kind": EventKind.ROUNDTABLE,
        "contributors": [Contributor(member_id="m1", confirmed=True)],
    }
    values.update(fields)
    return Event(id=event_id, **values)  # type: ignore[arg-type]


def codes(events: list[Event], mailed: dict[str, set[MailKind]]) -> list[str]:
    return [t.code for t in todos(events=events, mailed=mailed, now=NOW)]


def test_an_evening_with_everything_arranged_needs_nothing() -> None:
    assert codes([evening()], {"e1": INVITED}) == []


def test_an_evening_with_the_series_title_and_no_topic_needs_a_topic() -> None:
    assert codes([evening(title="Themenabend")], {"e1": INVITED}) == ["no_topic"]


def test_a_chosen_topic_or_a_talk_title_counts_as_a_topic() -> None:
    chosen = evening(title="Themenabend", topic_ids=["t1"])
    talk = evening(
        "e2",
        days=40,
        title="Expertenvortrag",
        kind=EventKind.TALK,
        speakers=[Speaker(name="Jo", talk_title="SEO 2027", confirmed=True)],
        host=Host(organisation="Domblick PR", confirmed=True),
    )
    assert codes([chosen, talk], {"e1": INVITED, "e2": INVITED}) == []


def test_invitations_not_sent_is_a_todo_and_a_failed_one_does_not_count_as_sent() -> None:
    failed = OutgoingMessage(
        id="o1",
        member_id="m1",
        recipient="a@example.org",
        kind=MailKind.INVITATION,
        message_id="<o1@x>",
        event_id="e1",
        state=OutboxState.FAILED,
    )
    found = todos(events=[evening()], mailed=mail_kinds_by_event([failed]), now=NOW)
    assert [(t.code, t.key, t.event_id, t.days_left) for t in found] == [
        ("not_invited", "3", "e1", 18)
    ]


def test_a_reminder_is_due_only_in_the_last_week_and_once() -> None:
    soon = evening(days=5)
    assert codes([soon], {"e1": INVITED}) == ["no_reminder"]
    assert codes([soon], {"e1": {MailKind.INVITATION, MailKind.REMINDER}}) == []
    assert codes([evening(days=8)], {"e1": INVITED}) == []


def test_a_draft_is_to_be_announced() -> None:
    assert codes([evening(status=EventStatus.DRAFT)], {}) == ["draft", "not_invited"]


def test_a_talk_soon_without_confirmed_speaker_and_host_says_both() -> None:
    talk = evening(kind=EventKind.TALK, speakers=[Speaker(name="Jo")], host=None, days=10)
    assert codes([talk], {"e1": INVITED}) == ["no_confirmed_speaker", "no_confirmed_host"]


def test_the_next_evening_counts_even_beyond_the_horizon_but_later_ones_do_not() -> None:
    far = evening(days=60, title="Themenabend")
    later = evening("e2", days=120, title="Themenabend")
    found = todos(events=[later, far], mailed={}, now=NOW)
    assert {t.event_id for t in found} == {"e1"}
    assert [t.code for t in found] == ["no_topic", "not_invited"]


def test_cancelled_and_past_evenings_need_nothing() -> None:
    cancelled = evening(status=EventStatus.CANCELLED)
    past = evening("e2", days=-3, title="Themenabend")
    assert codes([cancelled, past], {}) == []


def test_replies_bounces_and_failed_sends_follow_the_evenings_with_their_count() -> None:
    found = todos(
        events=[evening(title="Themenabend")],
        mailed={"e1": INVITED},
        now=NOW,
        review=1,
        bouncing=2,
        failed=3,
    )
    assert [(t.code, t.text, t.key) for t in found] == [
        ("no_topic", "no topic chosen", "2"),
        ("review", "1 reply to review", "6"),
        ("bounces", "2 bouncing addresses to fix", "4"),
        ("failed", "3 failed sends", "3"),
    ]


def test_the_counts_come_in_german_with_the_right_plural() -> None:
    set_language("de")
    found = todos(
        events=[], mailed={}, now=NOW, review=1, bouncing=2, failed=3
    )  # fmt: skip
    assert [t.text for t in found] == [
        "1 Antwort zu prüfen",
        "2 unzustellbare Adressen zu klären",
        "3 fehlgeschlagene Sendungen",
    ]
