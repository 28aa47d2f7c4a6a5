"""Records read back from the file: converted, validated, and bad ones named."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from support.cli import assert_clean_error, run_somek

from somek_tui.models import (
    Answer,
    ConsentEntry,
    ConsentHow,
    Event,
    EventKind,
    Member,
    MemberStatus,
    Rsvp,
)
from somek_tui.store import Store, StoreCorrupt

WHEN = datetime(2027, 1, 22, 18, 0, tzinfo=UTC)


def fill(store: Store, *, members: int = 3, events: int = 2) -> None:
    with store.transaction() as tx:
        for n in range(members):
            member_id = tx.next_id("members")
            tx.put(Member(id=member_id, email=f"m{n}@example.org", name=f"Mitglied {n}"))
        for n in range(events):
            event = Event(
                id=tx.next_id("events"), title=f"Abend {n}", start=WHEN, kind=EventKind.TALK
            )
            tx.put(event)
            for m in range(members):
                tx.put(Rsvp(event_id=event.id, member_id=f"m{m + 1}", answer=Answer.YES))


def test_a_file_in_another_json_layout_still_opens(store: Store, db_path: Path) -> None:
    fill(store)
    data = json.loads(db_path.read_text(encoding="utf-8"))
    db_path.write_text(json.dumps(data, indent=4), encoding="utf-8")
    view = Store.open(db_path).read()
    assert [m.name for m in view.members()] == ["Mitglied 0", "Mitglied 1", "Mitglied 2"]
    assert len(view.rsvps(event_id="e1")) == 3


def test_a_truncated_file_is_refused_at_open(store: Store, db_path: Path) -> None:
    fill(store)
    text = db_path.read_text(encoding="utf-8")
    db_path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)


def damage_member(db_path: Path, key: str, old: str, new: str) -> None:
    lines = db_path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(f'    "{key}": {{'))
    lines[at] = lines[at].replace(old, new, 1)
    db_path.write_text("\n".join(lines), encoding="utf-8")


def test_a_record_of_the_wrong_shape_is_named_with_the_field(store: Store, db_path: Path) -> None:
    fill(store)
    damage_member(db_path, "m2", '"status":"active"', '"status":"sleeping"')
    view = Store.open(db_path).read()
    assert view.member("m1") is not None
    with pytest.raises(StoreCorrupt) as caught:
        view.members()
    message = str(caught.value)
    assert message.startswith("db.json: ") and "members/m2" in message
    assert "status" in message and "sleeping" in message


def test_a_timestamp_without_an_offset_is_refused(store: Store, db_path: Path) -> None:
    fill(store)
    text = db_path.read_text(encoding="utf-8")
    naive = text.replace('"start":"2027-01-22T18:00:00Z"', '"start":"2027-01-22T18:00:00"', 1)
    assert naive != text
    db_path.write_text(naive, encoding="utf-8")
    with pytest.raises(StoreCorrupt, match=r"events/e1.*timezone"):
        Store.open(db_path).read().events()


def test_a_record_of_the_wrong_shape_is_a_clean_command_error(store: Store, db_path: Path) -> None:
    fill(store)
    damage_member(db_path, "m3", '"email":"m2@example.org"', '"email":42')
    before = db_path.read_bytes()
    assert_clean_error(run_somek("member", "list", db=db_path), contains="members/m3")
    assert db_path.read_bytes() == before


def test_broken_json_is_refused_with_its_line(store: Store, db_path: Path) -> None:
    fill(store)
    damage_member(db_path, "m2", '"email":', '"email" ')
    lines = db_path.read_text(encoding="utf-8").split("\n")
    line = 1 + next(i for i, text in enumerate(lines) if text.startswith('    "m2": {'))
    with pytest.raises(StoreCorrupt, match=f"line {line}, column"):
        Store.open(db_path)


def test_member_summaries_match_the_full_records(store: Store) -> None:
    fill(store)
    with store.transaction() as tx:
        member = tx.member("m3")
        assert member is not None
        member.status = MemberStatus.BOUNCING
        tx.put(member)
    view = store.read()
    assert [(s.id, s.email, s.name, s.language, s.status) for s in view.member_summaries()] == [
        (m.id, m.email, m.name, m.language, m.status) for m in view.members()
    ]


def test_members_are_counted_by_status(store: Store) -> None:
    fill(store, members=4)
    with store.transaction() as tx:
        for member_id in ("m2", "m4"):
            member = tx.member(member_id)
            assert member is not None
            member.status = MemberStatus.BOUNCING
            tx.put(member)
    view = store.read()
    assert view.count_members("bouncing") == 2
    assert view.count_members("active") == 2


def test_members_are_counted_by_status_within_a_transaction_too(store: Store) -> None:
    fill(store, members=3)
    with store.transaction() as tx:
        member = tx.member("m1")
        assert member is not None
        member.status = MemberStatus.BOUNCING
        tx.put(member)
        assert tx.count_members("bouncing") == 1


def test_a_member_whose_record_mentions_a_status_elsewhere_is_not_counted_for_it(
    store: Store, db_path: Path
) -> None:
    consent = ConsentEntry(at=WHEN, how=ConsentHow.ORGANIZER, source="bouncing")
    with store.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="b@example.org", consent=[consent]))
    assert '"bouncing"' in db_path.read_text(encoding="utf-8")  # in the consent log
    assert Store.open(db_path).read().count_members("bouncing") == 0


def test_the_latest_answer_is_found_across_utc_offsets(store: Store) -> None:
    summer = datetime(2027, 3, 30, 10, 0, tzinfo=timezone(timedelta(hours=2)))  # 08:00 UTC
    winter = datetime(2027, 3, 30, 9, 30, tzinfo=timezone(timedelta(hours=1)))  # 08:30 UTC
    with store.transaction() as tx:
        tx.put(Rsvp(event_id="e1", member_id="m1", answer=Answer.YES, updated_at=summer))
        tx.put(Rsvp(event_id="e2", member_id="m1", answer=Answer.NO, updated_at=winter))
        tx.put(Rsvp(event_id="e1", member_id="m2", answer=Answer.YES, updated_at=winter))
        tx.put(Rsvp(event_id="e2", member_id="m2", answer=Answer.NO, updated_at=summer))
    latest = store.read().latest_answers()
    assert (latest["m1"].event_id, latest["m1"].answer) == ("e2", "no")
    assert (latest["m2"].event_id, latest["m2"].answer) == ("e1", "yes")
    assert latest["m1"].at == winter


def test_a_record_that_is_not_an_object_is_named_as_a_clean_command_error(
    store: Store, db_path: Path
) -> None:
    fill(store)
    data = json.loads(db_path.read_text(encoding="utf-8"))
    data["members"]["m2"] = "Mitglied 1"
    db_path.write_text(json.dumps(data), encoding="utf-8")
    assert_clean_error(
        run_somek("member", "list", db=db_path), contains="db.json: the record members/m2"
    )
