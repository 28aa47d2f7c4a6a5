"""``somek sync`` from cron: silent when nothing happened, exit 0 unless the organizer must act."""

from __future__ import annotations

import subprocess
from pathlib import Path

from support.workspace import write_config
from sync.conftest import World, build_world, somek_argv, somek_env
from sync.replies import answer_to, reply

from somek_tui.models import MailKind, MemberStatus


def drop_in_order(world: World, *raws: bytes) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(raws):
        (folder / "new" / f"1700000000.M{n:04d}P1.quiet").write_bytes(raw)


def sync_command(tmp_path: Path, world: World, *args: str) -> subprocess.CompletedProcess[str]:
    config = write_config(
        tmp_path / "somek.toml",
        f'[imap]\ntransport = "maildir"\nmaildir = "{world.ws.settings.imap.maildir}"\n'
        f'[smtp]\ntransport = "maildir"\nmaildir = "{world.outbox}"\n',
    )
    argv = somek_argv(world.ws.store.path, config, "sync", *args)
    return subprocess.run(argv, env=somek_env(), capture_output=True, text=True, timeout=60)


def test_a_pass_with_nothing_new_prints_nothing_at_all(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    done = sync_command(tmp_path, world)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_pass_that_recorded_something_says_so_on_stdout_only(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    drop_in_order(world, answer_to(world.sent["anna@example.org"], "Ja, ich komme."))
    done = sync_command(tmp_path, world)
    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout == "1 answer, 0 topics, 0 for review, 0 ignored, 1 sent\n"


def test_verbose_prints_the_summary_even_when_nothing_happened(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    done = sync_command(tmp_path, world, "--verbose")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "0 answers, 0 topics, 0 for review, 0 ignored\n"


def test_a_member_who_answers_and_unsubscribes_in_one_pass_gets_no_mail_and_sync_exits_0(
    tmp_path: Path,
) -> None:
    world = build_world(tmp_path)
    anna = world.member("anna@example.org")
    drop_in_order(
        world,
        answer_to(world.sent["anna@example.org"], "Ja, ich komme."),
        reply(
            "Bitte tragt mich aus.",
            sender="anna@example.org",
            to=f"stammtisch+unsubscribe-{anna.unsubscribe_key}@example.org",
        ),
    )
    done = sync_command(tmp_path, world)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    view = world.ws.store.read()
    assert view.member(anna.id).status is MemberStatus.UNSUBSCRIBED  # type: ignore[union-attr]
    # the queued acknowledgement was dropped, not sent and not left failing
    assert view.outbox(kind=MailKind.ACKNOWLEDGEMENT) == []
    assert len(list((world.outbox / "new").iterdir())) == len(world.sent)  # the invitations
