"""``somek member invite-join / expire-pending / export`` and ``somek event ask``."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from support.cli import Run, assert_clean_error, run_somek
from sync.replies import reply

NOW = {"SOMEK_NOW": "2027-01-10T12:00:00+01:00"}
LATER = {"SOMEK_NOW": "2027-03-10T12:00:00+01:00"}
LEA = "lea@example.net"


def somek_with_ask(db: Path, *args: str) -> Run:
    return run_somek(*args, db=db, env=NOW)


def sent_mails(db: Path) -> list[email.message.EmailMessage]:
    folder = db.parent / "outbox" / "new"
    return [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in sorted(folder.iterdir())
    ]


def export_of(db: Path, address: str) -> dict[str, object]:
    run = run_somek("member", "export", address, db=db, env=NOW)
    assert run.code == 0, run.err
    data: dict[str, object] = json.loads(run.out)
    return data


def test_invite_join_stores_a_pending_member_and_sends_the_confirmation(db_path: Path) -> None:
    run = run_somek("member", "invite-join", LEA, "--name", "Lea Becker", db=db_path, env=NOW)
    assert (run.code, run.out.strip()) == (0, "m1"), run.err
    assert "expires 2027-01-24" in run.err
    listed = json.loads(run_somek("member", "list", "--json", db=db_path).out)
    assert [(m["email"], m["status"]) for m in listed] == [(LEA, "pending")]
    [mail] = sent_mails(db_path)
    assert mail["To"].addresses[0].addr_spec == LEA
    assert mail["X-Somek-Kind"] == "join_confirm"


def test_invite_join_refuses_an_active_member(db_path: Path) -> None:
    run_somek("member", "add", LEA, db=db_path)
    before = db_path.read_bytes()
    assert_clean_error(
        run_somek("member", "invite-join", LEA, db=db_path, env=NOW), contains="already a member"
    )
    assert db_path.read_bytes() == before


def test_invite_join_does_not_send_a_second_confirmation(db_path: Path) -> None:
    run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    again = run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    assert_clean_error(again, contains="has not answered yet")
    assert len(sent_mails(db_path)) == 1


def test_a_reply_read_by_sync_makes_the_member_active(db_path: Path) -> None:
    run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    [mail] = sent_mails(db_path)
    inbox = db_path.parent / "inbox"
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    raw = reply(
        "Ja",
        sender=LEA,
        to=mail["Reply-To"] or mail["From"],
        in_reply_to=str(mail["Message-ID"]),
        subject=f"Re: {mail['Subject']}",
    )
    (inbox / "new" / "1700000000.M1P1.test").write_bytes(raw)
    run = run_somek("sync", db=db_path, env=NOW)
    assert run.code == 0, run.err
    member = export_of(db_path, LEA)["member"]
    assert isinstance(member, dict) and member["status"] == "active"


def test_expire_pending_erases_requests_older_than_the_setting(db_path: Path) -> None:
    run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    run = run_somek("member", "expire-pending", db=db_path, env=LATER)
    assert (run.code, run.out.strip()) == (0, LEA)
    assert "1 unconfirmed join request erased" in run.err
    assert json.loads(run_somek("member", "list", "--json", db=db_path).out) == []


def test_expire_pending_keeps_young_requests(db_path: Path) -> None:
    run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    run = run_somek("member", "expire-pending", db=db_path, env=NOW)
    assert (run.code, run.out) == (0, "")


def test_export_prints_the_consent_log_and_mails_without_keys(db_path: Path) -> None:
    run_somek("member", "invite-join", LEA, db=db_path, env=NOW)
    data = export_of(db_path, LEA)
    member = data["member"]
    assert isinstance(member, dict)
    assert "unsubscribe_key" not in member
    assert [c["how"] for c in member["consent"]] == ["organizer", "email"]
    mails = data["mails_sent"]
    assert isinstance(mails, list) and [m["kind"] for m in mails] == ["join_confirm"]
    assert "reply_key" not in mails[0] and mails[0]["state"] == "sent"


def test_export_of_an_unknown_address_is_a_clean_error(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    assert_clean_error(
        run_somek("member", "export", "nobody@example.org", db=db_path), contains="nothing"
    )


def test_event_ask_sends_the_request_and_lists_the_member_unconfirmed(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    run_somek("event", "add", "--title", "Reels", "--start", "2027-02-04 19:00", db=db_path)
    run = somek_with_ask(
        db_path, "event", "ask", "e1", "--member", "anna@example.org", "--role", "talk",
        "--subject", "Reels im B2B",
    )  # fmt: skip
    assert run.code == 0, run.err
    [mail] = sent_mails(db_path)
    assert mail["X-Somek-Kind"] == "contribution_request"
    assert "Vortrag" in str(mail["Subject"])
    roles = export_of(db_path, "anna@example.org")["roles"]
    assert roles == [
        {
            "event_id": "e1",
            "event_title": "Reels",
            "role": "talk",
            "name": "anna@example.org",
            "talk_title": "Reels im B2B",
            "email": "anna@example.org",
            "confirmed": False,
        }
    ]


def test_event_ask_for_an_unknown_member_is_a_clean_error(db_path: Path) -> None:
    run_somek("event", "add", "--title", "Reels", "--start", "2027-02-04 19:00", db=db_path)
    run = somek_with_ask(
        db_path, "event", "ask", "e1", "--member", "x@example.org", "--role", "contribution"
    )
    assert_clean_error(run, contains="no member")
