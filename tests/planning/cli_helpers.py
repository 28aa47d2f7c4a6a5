"""Setting up a series through the real command, and running ``somek check``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.cli import Run, run_somek

# "now" for every command here: a Sunday in January 2027
NOW_ENV = {"SOMEK_NOW": "2027-01-10T12:00:00+01:00"}


def somek(db: Path, *args: str, now: dict[str, str] | None = None) -> Run:
    return run_somek(*args, db=db, env=now or NOW_ENV)


def ok(db: Path, *args: str, now: dict[str, str] | None = None) -> Run:
    run = somek(db, *args, now=now)
    assert run.code == 0, (args, run.code, run.err)
    return run


def run_check(db: Path, *args: str, now: str = NOW_ENV["SOMEK_NOW"]) -> Run:
    return run_somek("check", *args, db=db, env={"SOMEK_NOW": now})


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
