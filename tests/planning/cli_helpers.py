"""Setting up a series through the real command, and running ``somek check``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from support.cli import Run, run_somek

# "now" for every command here: a Sunday in January 2027
NOW_ENV = {"SOMEK_NOW": "2027-01-10T12:00:00+01:00"}

# registers ``check`` on the root group itself, so these tests do not depend on
# how the command is wired into the package
_CHECK_MAIN = (
    "import sys; from somek_tui.cli import cli, main; from somek_tui.cli import check; "
    "check.register(cli); sys.exit(main(sys.argv[1:]))"
)


def somek(db: Path, *args: str, now: dict[str, str] | None = None) -> Run:
    return run_somek(*args, db=db, env=now or NOW_ENV)


def ok(db: Path, *args: str, now: dict[str, str] | None = None) -> Run:
    run = somek(db, *args, now=now)
    assert run.code == 0, (args, run.code, run.err)
    return run


def run_check(db: Path, *args: str, now: str = NOW_ENV["SOMEK_NOW"]) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOMEK_")}
    env.update({"PYTHONIOENCODING": "utf-8", "SOMEK_NOW": now})
    done = subprocess.run(
        [sys.executable, "-c", _CHECK_MAIN, "--db", str(db), "check", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def events(db: Path) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in json.loads(ok(db, "event", "list", "--json").out)}


def topics(db: Path) -> dict[str, dict[str, Any]]:
    listed = json.loads(ok(db, "topic", "list", "--all", "--json").out)
    return {t["id"]: t for t in listed}


def members(db: Path, *emails: str) -> None:
    for email in emails:
        ok(db, "member", "add", email)


def shortlist(db: Path, *titles: str) -> list[str]:
    """Topics added and shortlisted; without votes, the older ranks first."""
    ids = [ok(db, "topic", "add", title).out.strip() for title in titles]
    ok(db, "topic", "shortlist", *ids)
    return ids
