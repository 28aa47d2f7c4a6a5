"""How quickly does ``somek`` start? Whole processes, timed from outside.

Pairs each command with the yardstick the project holds it to and runs the two
in turn (A B A B …), so a machine that speeds up or slows down during the run
moves both; prints the median wall time of each and the median of the
pairwise ratios:

* ``somek --version`` and ``somek --help`` against ``python -c "import click"``
  (goal: --version at most 3x);
* an empty ``somek sync`` over a Maildir inbox, and over IMAP (a local
  Dovecot, as the tests start it), against
  ``python -c "import imapclient, email"`` (goal: at most 2x).

::

    python bench/startup.py [-n 15]
    python bench/startup.py --hold DIR   # set up DIR, keep Dovecot up, time it yourself

Both sides run with their bytecode cached, as after ``pip install`` (which
byte-compiles every module): the timed processes get a private
``PYTHONPYCACHEPREFIX`` and may write to it, whatever ``PYTHONDONTWRITEBYTECODE``
says, and the untimed warm-up runs fill it. Without that, an environment that
forbids writing bytecode would time CPython compiling somek's sources on every
run, which no installed somek does, while the yardstick's site-packages come
with their bytecode.

With ``--hold`` the two workspaces are written to ``DIR/maildir`` and
``DIR/imap`` (each with ``db.json`` and ``somek.toml``) and the script waits
until interrupted or terminated; the IMAP password is printed as the
variable to export.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

PYTHON = sys.executable
# the console script, as cron runs it; ``-m`` where it is not installed
_SCRIPT = Path(PYTHON).with_name("somek")
SOMEK = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "somek_tui"]
IMAP_PASSWORD_ENV = "SOMEK_BENCH_IMAP_PASSWORD"


def _somek(*args: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([*SOMEK, *args], cwd=cwd, env=env, check=True, capture_output=True)


def _workspace(folder: Path, settings: str) -> Path:
    """A database with one member, the given settings and an empty inbox."""
    folder.mkdir(parents=True)
    (folder / "somek.toml").write_text(settings, encoding="utf-8")
    _somek("member", "add", "a@example.org", cwd=folder)
    return folder


MAILDIR_SETTINGS = """\
[organizer]
from = "stammtisch@example.org"
"""

IMAP_SETTINGS = """\
[organizer]
from = "stammtisch@example.org"

[imap]
transport = "imap"
host = "{host}"
port = {port}
security = "none"
username = "{user}"
password_env = "{env}"
"""


@contextlib.contextmanager
def workspaces(root: Path) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """The Maildir and IMAP workspaces, and the environment the IMAP one needs."""
    from support.imap_servers import DovecotServer

    maildir = _workspace(root / "maildir", MAILDIR_SETTINGS)
    (maildir / "inbox").mkdir(mode=0o700)
    with DovecotServer() as server:
        account = server.account()
        env = {**os.environ, IMAP_PASSWORD_ENV: account.password}
        settings = IMAP_SETTINGS.format(
            host=account.host, port=account.port, user=account.user, env=IMAP_PASSWORD_ENV
        )
        imap = _workspace(root / "imap", settings)
        # the first pass creates the processed folder: not what cron meets every time
        _somek("sync", cwd=imap, env=env)
        _somek("sync", cwd=maildir)
        yield maildir, imap, env


def _with_bytecode(env: dict[str, str], cache: Path) -> dict[str, str]:
    """``env`` with bytecode written to and read from ``cache`` (see the module's text)."""
    timed = {**env, "PYTHONPYCACHEPREFIX": str(cache)}
    timed.pop("PYTHONDONTWRITEBYTECODE", None)
    return timed


def _seconds(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def compare(
    label: str, argv: list[str], baseline: list[str], cwd: Path, env: dict[str, str], runs: int
) -> None:
    ours: list[float] = []
    base: list[float] = []
    for _ in range(2):  # warm the file cache for both
        _seconds(argv, cwd, env)
        _seconds(baseline, cwd, env)
    for _ in range(runs):
        ours.append(_seconds(argv, cwd, env))
        base.append(_seconds(baseline, cwd, env))
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    print(
        f"{label:<22} {statistics.median(ours) * 1000:6.0f} ms  vs "
        f"{statistics.median(base) * 1000:6.0f} ms  ratio {statistics.median(ratios):.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f})"
    )


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="counted runs of each (default 15)")
    parser.add_argument("--hold", type=Path, metavar="DIR", help="set up DIR and wait")
    args = parser.parse_args(argv)
    click_only = [PYTHON, "-c", "import click"]
    imap_only = [PYTHON, "-c", "import imapclient, email"]
    with tempfile.TemporaryDirectory(prefix="somek-bench-start-") as folder:
        root = args.hold or Path(folder)
        with workspaces(root) as (maildir, imap, env):
            env = _with_bytecode(env, Path(folder) / "bytecode")
            if args.hold:
                print(f"Maildir workspace: {maildir}\nIMAP workspace:    {imap}")
                print(f"export {IMAP_PASSWORD_ENV}={env[IMAP_PASSWORD_ENV]}", flush=True)
                # a background job ignores SIGINT: either signal ends the wait, and
                # leaving the with-blocks stops Dovecot and removes the files
                for signum in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(signum, _stop)
                with contextlib.suppress(_Stopped):
                    while True:
                        time.sleep(3600)
                return 0
            print(f"median of {args.n} runs each, in turn with the yardstick, bytecode cached")
            compare("somek --version", [*SOMEK, "--version"], click_only, maildir, env, args.n)
            compare("somek --help", [*SOMEK, "--help"], click_only, maildir, env, args.n)
            compare("somek sync (Maildir)", [*SOMEK, "sync"], imap_only, maildir, env, args.n)
            compare("somek sync (IMAP)", [*SOMEK, "sync"], imap_only, imap, env, args.n)
    print("goals: --version at most 3x import click; an empty sync at most 2x import imapclient")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
