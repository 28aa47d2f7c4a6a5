"""An empty cron pass over IMAP: log in, select, see nothing new, log out."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from cli.test_cli_startup import loaded_modules
from support.cli import run_somek
from support.imap_servers import ImapAccount
from sync.conftest import build_world, mixed_replies

from somek_tui.services.sync import run_sync

_COMMAND = re.compile(r"^> b'[A-Z]+\d+ (?:UID )?([A-Z]+)")


def _commands(caplog: pytest.LogCaptureFixture) -> list[str]:
    found = (_COMMAND.match(r.getMessage()) for r in caplog.records)
    return [m.group(1) for m in found if m]


def test_a_pass_that_finds_nothing_new_only_logs_in_selects_and_logs_out(
    tmp_path: Path, imap_server: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    world = build_world(tmp_path, imap=imap_server.settings())
    for raw, _ in mixed_replies(world, 2):
        imap_server.append(raw)
    assert run_sync(world.ws).errors == []  # the replies are read and moved away

    with caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"):
        summary = run_sync(world.ws)
    assert (summary.answers, summary.review, summary.resumed, summary.errors) == (0, 0, 0, [])
    commands = [c for c in _commands(caplog) if c != "CAPABILITY"]
    assert commands == ["LOGIN", "SELECT", "LOGOUT"]

    late, _ = mixed_replies(world, 3)[2]
    imap_server.append(late)  # the next pass still finds what arrived since
    assert run_sync(world.ws).topics == 1


def test_a_pass_that_finds_nothing_new_loads_no_database_writer_and_no_key_maker(
    tmp_path: Path,
) -> None:
    assert run_somek("member", "add", "a@example.org", cwd=tmp_path).code == 0
    (tmp_path / "inbox").mkdir(mode=0o700)
    assert run_somek("sync", cwd=tmp_path).code == 0  # the first pass may set things up
    before = (tmp_path / "db.json").stat()

    modules = loaded_modules("sync", cwd=tmp_path)
    assert not modules & {"tinydb", "secrets", "hashlib", "filelock"}
    after = (tmp_path / "db.json").stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
