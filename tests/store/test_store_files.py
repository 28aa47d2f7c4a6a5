"""The database file: created, round-tripped, readable, and refused when bad."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from somek_tui.models import Answer, Event, EventKind, Member, Rsvp, Venue
from somek_tui.store import (
    SCHEMA_VERSION,
    Store,
    StoreCorrupt,
    StoreNotWritable,
    StoreTooNew,
)

WHEN = datetime(2027, 1, 22, 18, 0, tzinfo=UTC)


def add_member(store: Store, email: str, name: str = "") -> Member:
    with store.transaction() as tx:
        member = Member(id=tx.next_id("members"), email=email, name=name)
        tx.put(member)
    return member


def test_first_write_creates_the_file_with_the_schema_version(store: Store, db_path: Path) -> None:
    assert not db_path.exists()
    add_member(store, "anna@example.org")
    data = json.loads(db_path.read_text(encoding="utf-8"))
    assert data["meta"]["meta"]["schema_version"] == SCHEMA_VERSION
    assert list(data["members"]) == ["m1"]


def test_reading_a_missing_file_writes_nothing(store: Store, db_path: Path) -> None:
    assert store.read().members() == []
    assert not db_path.exists()


def test_records_round_trip_through_the_file(store: Store, db_path: Path) -> None:
    with store.transaction() as tx:
        event = Event(
            id=tx.next_id("events"),
            title="Kickoff",
            start=WHEN,
            venue=Venue("Gaststätte Severin", "Severinstraße 1, Köln"),
            kind=EventKind.ROUNDTABLE,
            capacity=30,
        )
        tx.put(event)
        member = Member(id=tx.next_id("members"), email="jörg@example.org", name="Jörg Weiß")
        tx.put(member)
        tx.put(Rsvp(event_id=event.id, member_id=member.id, answer=Answer.YES, guests=1))
    reopened = Store.open(db_path).read()
    assert reopened.event("e1") == event
    assert reopened.member("m1") == member
    assert reopened.rsvp("e1", "m1").guests == 1  # type: ignore[union-attr]


def test_file_is_indented_utf8_with_umlauts_as_themselves(store: Store, db_path: Path) -> None:
    add_member(store, "joerg@example.org", "Jörg Weiß")
    text = db_path.read_text(encoding="utf-8")
    assert "Jörg Weiß" in text
    assert "\\u00f6" not in text
    assert text.startswith("{\n  ")
    assert len(text.splitlines()) > 5


def test_ids_are_short_and_never_reused(store: Store) -> None:
    first = add_member(store, "a@example.org")
    with store.transaction() as tx:
        tx.delete(first)
    second = add_member(store, "b@example.org")
    assert (first.id, second.id) == ("m1", "m2")


def test_email_lookup_ignores_case(store: Store) -> None:
    add_member(store, "Anna.Schmitz@Example.org")
    assert store.read().member_by_email("anna.schmitz@EXAMPLE.ORG") is not None


def test_a_transaction_that_raises_writes_nothing(store: Store, db_path: Path) -> None:
    add_member(store, "a@example.org")
    before = db_path.read_bytes()
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="b@example.org"))
        raise RuntimeError("boom")
    assert db_path.read_bytes() == before
    assert [m.email for m in store.read().members()] == ["a@example.org"]


def test_a_transaction_without_changes_does_not_rewrite_the_file(
    store: Store, db_path: Path
) -> None:
    add_member(store, "a@example.org")
    inode = db_path.stat().st_ino
    with store.transaction() as tx:
        tx.members()
    assert db_path.stat().st_ino == inode


@pytest.mark.parametrize(
    "content",
    [b'{"meta": {"meta": {"schema_version": 1}}, "members": {"m1": {"id"', b"not json at all"],
    ids=["truncated", "garbage"],
)
def test_an_unreadable_file_is_refused_by_name_and_left_untouched(
    db_path: Path, content: bytes
) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)
    assert db_path.read_bytes() == content


def test_a_file_from_a_newer_somek_is_refused_and_left_untouched(db_path: Path) -> None:
    content = json.dumps({"meta": {"meta": {"schema_version": SCHEMA_VERSION + 1}}}).encode()
    db_path.write_bytes(content)
    with pytest.raises(StoreTooNew) as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)
    assert "newer" in str(caught.value)
    assert db_path.read_bytes() == content


def test_a_bare_tinydb_file_is_migrated_in_memory_and_on_the_next_write(db_path: Path) -> None:
    legacy = {"_default": {}, "members": {"m7": Member(id="m7", email="x@example.org").to_dict()}}
    db_path.write_text(json.dumps(legacy), encoding="utf-8")
    store = Store.open(db_path)
    assert store.read().member("m7") is not None
    assert json.loads(db_path.read_text()) == legacy  # reading alone never rewrites
    added = add_member(store, "y@example.org")
    assert added.id == "m8"  # the counter continues after the highest existing id
    data = json.loads(db_path.read_text())
    assert data["meta"]["meta"]["schema_version"] == SCHEMA_VERSION
    assert "_default" not in data


def _can_drop_privileges() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def test_a_file_that_is_not_writable_gives_a_clear_error() -> None:
    # pytest's tmp_path sits in a 0700 folder an unprivileged user cannot enter
    tmp_path = Path(tempfile.mkdtemp(prefix="somek-ro-"))
    try:
        _check_not_writable(tmp_path)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _check_not_writable(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    add_member(Store.open(db), "a@example.org")
    before = db.read_bytes()
    if os.geteuid() != 0:
        db.chmod(0o444)
        with pytest.raises(StoreNotWritable) as caught:
            add_member(Store.open(db), "b@example.org")
        assert str(db) in str(caught.value)
    else:
        if not _can_drop_privileges():
            pytest.fail("running as root needs setpriv to test a read-only file")
        # root may write anything: check as an unprivileged user instead, who
        # may read the (owner-only) file once it is opened up to everyone
        tmp_path.chmod(0o755)
        db.chmod(0o644)
        script = (
            "import sys\n"
            "from somek_tui.store import Store, StoreNotWritable\n"
            "from somek_tui.models import Member\n"
            "s = Store.open(sys.argv[1], lock_timeout=2)\n"
            "try:\n"
            "    with s.transaction() as tx:\n"
            "        tx.put(Member(id=tx.next_id('members'), email='b@example.org'))\n"
            "except StoreNotWritable as exc:\n"
            "    print(exc)\n"
            "    sys.exit(3)\n"
        )
        (tmp_path / "db.json.lock").chmod(0o666)
        done = subprocess.run(
            [
                "setpriv",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                sys.executable,
                "-c",
                script,
                str(db),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert done.returncode == 3, done.stderr
        assert str(db) in done.stdout
    assert db.read_bytes() == before


def test_files_somek_keeps_beside_the_database_are_owner_only_under_an_open_umask(
    tmp_path: Path,
) -> None:
    # in a subprocess: the umask is the whole process's
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "os.umask(0)\n"
        "from somek_tui.models import Member\n"
        "from somek_tui.store import Store\n"
        "from somek_tui.support.exports import write_export\n"
        "db = Path(sys.argv[1])\n"
        "s = Store.open(db)\n"
        "with s.transaction() as tx:\n"
        "    tx.put(Member(id=tx.next_id('members'), email='c@example.org'))\n"
        "from datetime import datetime, UTC\n"
        "from somek_tui.models import OutgoingMessage, InboxEntry\n"
        "old = datetime(2020, 5, 1, tzinfo=UTC)\n"
        "with s.transaction() as tx:\n"
        "    tx.put(InboxEntry(message_id='<a@x>', outcome='answer', processed_at=old))\n"
        "    tx.put(OutgoingMessage(id='o1', member_id='m1', recipient='c@example.org',\n"
        "        kind='invitation', message_id='<o1@x>'))\n"
        "s.log_delivery(s.read().outgoing('o1'), old)\n"
        "s.archive_before(datetime(2021, 1, 1, tzinfo=UTC))\n"
        "s.log_delivery(s.read().outgoing('o1'), old)\n"
        "write_export(db.parent / 'exports' / 'e6', 'gaeste.csv', b'name\\n')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "db.json")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr
    found = {
        str(p.relative_to(tmp_path)): oct(p.stat().st_mode & 0o777) for p in tmp_path.rglob("*")
    }
    assert found == {
        "db.json": "0o600",
        "db.json.deliveries": "0o600",
        "db-archive-2020.json": "0o600",
        "db.json.lock": "0o600",
        "exports": "0o700",
        "exports/e6": "0o700",
        "exports/e6/gaeste.csv": "0o600",
    }
