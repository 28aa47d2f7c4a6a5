"""``run_sync`` end to end on Maildir transports: recording, moving, acknowledging."""

from __future__ import annotations

import itertools
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from support.workspace import write_config
from sync.conftest import World, build_world, somek_argv, somek_env
from sync.replies import answer_to, auto_reply, read_sent, reply

from somek_tui.config import ReplySettings
from somek_tui.models import Answer, MailKind
from somek_tui.services.export import export_data
from somek_tui.services.sync import SyncBusy, run_sync, sync_lock

_names = itertools.count()


def drop(world: World, raw: bytes) -> str:
    """Deliver one message into the inbox Maildir; returns its key."""
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    key = f"1700000000.M{next(_names)}P1.test"
    (folder / "new" / key).write_bytes(raw)
    return key


def inbox_keys(world: World, folder: str = "") -> set[str]:
    root = Path(world.ws.settings.imap.maildir)
    if folder:
        root = root / ("." + folder.replace("/", "."))
    return {
        p.name for sub in ("new", "cur") if (root / sub).is_dir() for p in (root / sub).iterdir()
    }


def acknowledgements(world: World) -> list[str]:
    view = world.ws.store.read()
    return sorted(r.recipient for r in view.outbox(kind=MailKind.ACKNOWLEDGEMENT))


def test_a_pass_records_moves_acknowledges_and_a_second_pass_changes_nothing(
    world: World,
) -> None:
    sent = world.sent
    keys = {
        "yes": drop(
            world, answer_to(sent["anna@example.org"], "Ja, ich komme mit einer Freundin.")
        ),
        "no": drop(world, answer_to(sent["joerg@example.org"], "Leider nein.")),
        "topic": drop(world, answer_to(sent["emily@example.org"], "Topic: Fediverse basics")),
        "auto": drop(world, auto_reply(sender="mehmet@example.org")),
        "unclear": drop(world, answer_to(sent["mehmet@example.org"], "Hallo zusammen")),
    }
    summary = run_sync(world.ws)
    assert (summary.answers, summary.topics, summary.review, summary.ignored) == (2, 1, 1, 1)
    assert summary.line() == "2 answers, 1 topic, 1 for review, 1 ignored, 3 sent"
    assert summary.errors == []

    data = export_data(world.ws.store.read())
    outcomes = sorted(e["outcome"] for e in data["inbox"])
    assert outcomes == ["answer", "answer", "auto_reply", "review", "topic"]
    answers = {r["member_email"]: (r["answer"], r["guests"]) for r in data["rsvps"]}
    assert answers == {"anna@example.org": ("yes", 1), "joerg@example.org": ("no", 0)}
    anna = next(e for e in data["inbox"] if e["member_email"] == "anna@example.org")
    assert anna["reply_text"] == "Ja, ich komme mit einer Freundin."
    assert [r["reason"] for r in data["review"]] == [data["review"][0]["reason"]]

    # handled mail moved, the review item filed apart: nothing is read again
    assert inbox_keys(world) == set()
    assert inbox_keys(world, "Somek/Review") == {keys["unclear"]}
    assert inbox_keys(world, "Somek/Processed") == {keys[k] for k in ("yes", "no", "topic", "auto")}
    # one acknowledgement per recorded reply, delivered into the outgoing Maildir
    assert acknowledgements(world) == ["anna@example.org", "emily@example.org", "joerg@example.org"]
    view = world.ws.store.read()
    assert {r.state.value for r in view.outbox(kind=MailKind.ACKNOWLEDGEMENT)} == {"sent"}

    before = json.dumps(export_data(world.ws.store.read()), sort_keys=True)
    again = run_sync(world.ws)
    assert (again.answers, again.topics, again.review, again.ignored, again.sent) == (0, 0, 0, 0, 0)
    assert json.dumps(export_data(world.ws.store.read()), sort_keys=True) == before


def test_a_second_copy_of_a_message_is_logged_once_as_duplicate(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Ja, ich komme.")
    drop(world, raw)
    run_sync(world.ws)
    drop(world, raw)
    drop(world, raw)
    summary = run_sync(world.ws)
    assert summary.ignored == 2
    inbox = export_data(world.ws.store.read())["inbox"]
    ids = [e["message_id"] for e in inbox]
    assert len(ids) == len(set(ids)) == 3
    original = [e for e in inbox if e["outcome"] == "answer"]
    assert len(original) == 1 and "#" not in original[0]["message_id"]
    assert sorted(e["outcome"] for e in inbox) == ["answer", "duplicate", "duplicate"]
    assert len(world.ws.store.read().rsvps()) == 1
    assert inbox_keys(world) == set()


def test_a_second_sync_while_one_runs_stops_at_once(world: World) -> None:
    lock = sync_lock(world.ws)
    lock.acquire()
    try:
        with pytest.raises(SyncBusy, match="another somek sync is running"):
            run_sync(world.ws)
    finally:
        lock.release()


def test_dry_run_reports_and_changes_nothing(world: World) -> None:
    key = drop(world, answer_to(world.sent["anna@example.org"], "Ja, ich komme."))
    before = json.dumps(export_data(world.ws.store.read()), sort_keys=True)
    lines: list[str] = []
    summary = run_sync(world.ws, dry_run=True, verbose_lines=lines)
    assert summary.answers == 1 and summary.line().startswith("dry run")
    assert len(lines) == 1 and "would record answer yes" in lines[0]
    assert json.dumps(export_data(world.ws.store.read()), sort_keys=True) == before
    assert inbox_keys(world) == {key}


def test_acknowledgements_can_be_switched_off(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    world.ws.settings = replace(world.ws.settings, replies=ReplySettings(acknowledge=False))
    drop(world, answer_to(world.sent["anna@example.org"], "Ja, ich komme."))
    assert run_sync(world.ws).answers == 1
    assert acknowledgements(world) == []


def test_a_yes_beyond_capacity_is_waitlisted_and_promoted_when_a_place_frees(
    tmp_path: Path,
) -> None:
    world = build_world(tmp_path, capacity=2)
    sent = world.sent
    drop(world, answer_to(sent["anna@example.org"], "Ja, ich komme."))
    drop(world, answer_to(sent["joerg@example.org"], "Ja, ich komme."))
    drop(world, answer_to(sent["emily@example.org"], "Yes, I'll be there."))
    run_sync(world.ws)
    view = world.ws.store.read()
    emily = world.member("emily@example.org")
    assert view.rsvp(world.event.id, emily.id).waitlisted
    assert [r.recipient for r in view.outbox(kind=MailKind.WAITLISTED)] == ["emily@example.org"]

    drop(world, reply("Ich muss leider absagen, nein.", sender="joerg@example.org"))
    run_sync(world.ws)
    view = world.ws.store.read()
    assert view.rsvp(world.event.id, world.member("joerg@example.org").id).answer is Answer.NO
    assert not view.rsvp(world.event.id, emily.id).waitlisted
    promoted = view.outbox(kind=MailKind.PROMOTED)
    assert [(r.recipient, r.state.value) for r in promoted] == [("emily@example.org", "sent")]
    assert read_sent(world.outbox)["emily@example.org"].uid == world.event.uid  # with calendar


def test_a_reply_nobody_can_tie_to_a_member_is_never_guessed(world: World) -> None:
    drop(world, reply("Ja, ich komme.", sender="joerg@example.org",
                      in_reply_to=world.sent["anna@example.org"].message_id))  # fmt: skip
    summary = run_sync(world.ws)
    assert summary.review == 1 and world.ws.store.read().rsvps() == []
    item = world.ws.store.read().review_items()[0]
    assert "anna@example.org" in item.reason


def test_the_command_on_maildir_and_a_second_one_at_once(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    drop(world, answer_to(world.sent["anna@example.org"], "Ja, ich komme."))
    config = write_config(
        tmp_path / "somek.toml",
        f'[imap]\ntransport = "maildir"\nmaildir = "{world.ws.settings.imap.maildir}"\n'
        f'[smtp]\ntransport = "maildir"\nmaildir = "{world.outbox}"\n',
    )
    argv = somek_argv(world.ws.store.path, config, "sync", "--json")
    lock = sync_lock(world.ws)
    lock.acquire()
    try:
        busy = subprocess.run(argv, env=somek_env(), capture_output=True, text=True, timeout=60)
    finally:
        lock.release()
    # the running pass reads the same mail: the second skips, silently
    assert (busy.returncode, busy.stdout, busy.stderr) == (0, "", "")
    done = subprocess.run(argv, env=somek_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["answers"] == 1
