"""Private files: what somek writes is the owner's only, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import run_somek

NOW = "2027-01-10T12:00:00+01:00"
SCRIPT = (
    "import os, sys\n"
    "os.umask(int(sys.argv[1], 8))\n"
    "from somek_tui.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def somek_under_umask(umask: int, cwd: Path, *args: str, now: str = NOW) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SOMEK_") or k == "SOMEK_UI_LANGUAGE"
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, f"{umask:o}", "--db", "db.json", *args],
        cwd=cwd,
        env={**env, "SOMEK_NOW": now, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)


def modes(root: Path) -> dict[str, str]:
    """Every file and folder under ``root`` with its permission bits."""
    return {
        str(p.relative_to(root)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in sorted(root.rglob("*"))
    }


@pytest.mark.parametrize("umask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_everything_somek_writes_is_owner_only_whatever_the_umask(
    umask: int, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    steps = [
        ["member", "add", "anna@example.org", "--name", "Anna"],
        ["event", "add", "--title", "SEO", "--start", "2027-01-28 19:00"],
        ["invite", "e1"],
        ["sync"],
        ["attendees", "e1", "--csv", "gaeste.csv"],
        ["report", "e1", "--output", "bericht.md"],
        ["ics", "--output", "termine.ics"],
        ["--log-file", "somek.log", "-v", "member", "list"],
    ]
    for step in steps:
        # the write-up needs the evening to have taken place
        after = "2027-01-29T12:00:00+01:00" if step[0] == "report" else NOW
        somek_under_umask(umask, work, *step, now=after)
    found = modes(work)
    expected = {path: "0o700" if (work / path).is_dir() else "0o600" for path in found}
    assert found == expected
    for name in ("db.json", "db.json.lock", "outbox/new", "inbox/new", "gaeste.csv", "bericht.md"):
        assert name in found
    assert "termine.ics" in found and "somek.log" in found


def test_a_database_someone_opened_up_keeps_its_mode_and_check_warns(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    db_path.chmod(0o644)
    run_somek("member", "add", "jan@example.org", db=db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o644
    run = run_somek("check", db=db_path)
    assert run.code == 1
    assert f"somek: warning: {db_path} is readable by others (chmod 600 {db_path})" in run.err


def test_check_warns_about_a_mail_folder_others_may_enter(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    sent = db_path.parent / "outbox" / "new"
    sent.mkdir(parents=True)
    sent.chmod(0o755)
    run = run_somek("check", db=db_path)
    assert run.code == 1
    assert f"somek: warning: {sent} is readable by others (chmod 700 {sent})" in run.err


def test_check_is_quiet_about_owner_only_files(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    run = run_somek("check", db=db_path)
    assert (run.code, run.out, run.err) == (0, "", "")


def test_an_ics_file_opened_up_for_a_web_server_keeps_its_mode(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    feed = db_path.parent / "termine.ics"
    feed.write_text("", encoding="utf-8")
    feed.chmod(0o644)
    assert run_somek("ics", "--output", str(feed), db=db_path).code == 0
    assert feed.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert stat.S_IMODE(feed.stat().st_mode) == 0o644
