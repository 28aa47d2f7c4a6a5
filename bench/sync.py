"""How fast is ``somek sync`` next to a bare loop doing what a pass must do?

Fills two accounts of a local IMAP server (Dovecot, else pymap) with the same N
member replies (2–3 KB each, written as Gmail, Outlook and Apple Mail do, with
the quoted invitation and a signature; a mix of yes, no, maybe, topic
suggestions, votes and unclear mail from the members of a generated database,
each carrying its invitation's reply key and Message-ID). In the same process
it times :func:`bench.imap_baseline.bare_sync_loop` on one (log in, fetch in
batches, parse, extract the text body, UID MOVE each batch) and one
in-process :func:`somek_tui.services.sync.run_sync` on the other. Two passes
are measured at each size:

* the **inbox pass**: ``[replies] acknowledge = false``. It reads, records and
  moves every reply; waitlist and promotion notices still go out, as they must.
  What follows the last batch (sending the notices, writing ``db.json``) is
  shown separately;
* the **default pass**: acknowledgements on (the default), so it also renders
  and delivers an acknowledgement to every member who answered.

Every run is a subprocess of its own, so its peak memory (``ru_maxrss``) is its
own::

    python bench/sync.py [-n 5000] [--server dovecot|pymap] [--members 500]
    python bench/sync.py -n 500 --profile sync.prof   # one inbox pass under cProfile

With ``--profile`` only the inbox pass at N runs, its ``run_sync`` under
:mod:`cProfile`; the statistics go to the file and their top lines (by
cumulative and by own time) are printed.

The reader's start-up (importing its modules, reading and compiling the
lexicons, the warm-up reply) is paid once per run, inside the measured sync;
it is also measured alone, in a fresh process, and shown beside the figures
with the per-message CPU left once it is taken off.

Goals, judged on the inbox pass: sync throughput at least 0.8 of the bare
loop's; peak memory at N within 1.3x of that at N/10.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
TEXTS = (
    "Ja, ich komme gern.",
    "Leider nein, diesmal nicht.",
    "Vielleicht, ich weiß es noch nicht genau.",
    "Ja, ich komme mit einer Begleitung.",
    "Thema: Social Media im Verein {n}",
    "Ich bin dabei, +1 für Thema 2",
    "Yes, I will be there.",
    "Hallo zusammen, viele Grüße",
)


def _reply(n: int, member_email: str, reply_key: str, invitation_id: str) -> bytes:
    from imap_baseline import realistic_reply

    text = TEXTS[n % len(TEXTS)].format(n=n)
    to = f"stammtisch+{reply_key}@example.org"
    return realistic_reply(n, text, member_email, to, invitation_id)


def _database(folder: Path, members: int) -> tuple[Path, list[tuple[str, str, str]]]:
    """A database with ``members`` invited members; their (email, reply key, Message-ID)."""
    from somek_tui.models import MailKind, OutboxState
    from somek_tui.services.events import add_event
    from somek_tui.services.members import add_member
    from somek_tui.services.outbox import queue_message, topic_numbering
    from somek_tui.services.topics import add_topic
    from somek_tui.store import Store

    db = folder / "db.json"
    store = Store.open(db)
    invited = []
    with store.transaction() as tx:
        for n in range(3):
            add_topic(tx, f"Bench-Thema {n}", now=NOW - timedelta(days=30 - n))
        event = add_event(
            tx, title="Stammtisch", start=NOW + timedelta(days=18), capacity=members // 2,
            domain="example.org", now=NOW - timedelta(days=20),
        )  # fmt: skip
        numbered = topic_numbering(tx)
        for n in range(members):
            member = add_member(tx, f"member{n}@example.org", name=f"Mitglied {n}", now=NOW)
            record = queue_message(
                tx, member=member, kind=MailKind.INVITATION, event=event, now=NOW,
                domain="example.org", topic_numbers=numbered,
            )  # fmt: skip
            record.state = OutboxState.SENT
            tx.put(record)
            invited.append((member.email, record.reply_key or "", record.message_id))
    return db, invited


def child(
    size: int, kind: str, members: int, acknowledge: bool, profile: str = ""
) -> dict[str, object]:
    from imap_baseline import bare_sync_loop, fill
    from support.imap_servers import DovecotServer, PymapServer, dovecot_binary

    from somek_tui.config import OrganizerSettings, ReplySettings, Settings, SmtpSettings
    from somek_tui.services.sync import run_sync
    from somek_tui.store import Store
    from somek_tui.workspace import Workspace

    if kind == "dovecot" and dovecot_binary() is None:
        kind = "pymap"
    # the database and the sent notices go with the run (several MB at N=5000)
    temporary = tempfile.TemporaryDirectory(prefix="somek-bench-sync-")
    folder = Path(temporary.name)
    db, invited = _database(folder, members)
    server: DovecotServer | PymapServer = DovecotServer() if kind == "dovecot" else PymapServer()
    with temporary, server:

        def make(n: int) -> bytes:
            return _reply(n, *invited[n % len(invited)])

        bare = server.account()
        os.environ[bare.password_env] = bare.password
        fill(bare.client(), size, make)
        cpu = time.process_time()
        bare_seconds, count = bare_sync_loop(bare.settings(batch_size=100))
        bare_cpu = time.process_time() - cpu
        bare.close()
        account = server.account()
        os.environ[account.password_env] = account.password
        fill(account.client(), size, make)
        imap = account.settings(batch_size=100)
        settings = Settings(
            organizer=OrganizerSettings(
                from_address="stammtisch@example.org", reply_to="stammtisch+{key}@example.org"
            ),
            imap=imap,
            smtp=SmtpSettings(transport="maildir", maildir=folder / "outbox"),
            replies=ReplySettings(acknowledge=acknowledge),
            base_dir=folder,
        )
        ws = Workspace(store=Store.open(db), settings=settings, clock=lambda: NOW)
        marks: list[float] = []
        profiler = cProfile.Profile() if profile else None
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        summary = run_sync(ws, progress=lambda _handled: marks.append(time.perf_counter()))
        if profiler is not None:
            profiler.disable()
        ended, sync_cpu = time.perf_counter(), time.process_time() - cpu
        if profiler is not None:
            profiler.dump_stats(profile)
        account.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "server": kind,
        "size": size,
        "bare_seconds": bare_seconds,
        # this process's CPU only (the server's is not in it): less moved by a busy machine
        "bare_cpu": bare_cpu,
        "sync_cpu": sync_cpu,
        "bare_count": count,
        "sync_seconds": ended - started,
        # after the last batch only the notices are left to deliver
        "inbox_seconds": (marks[-1] if marks else ended) - started,
        "sent": summary.sent,
        "summary": summary.line(),
        "errors": summary.errors[:3],
        "peak_mib": peak_kib / 1024,
    }


def _run(size: int, args: argparse.Namespace, acknowledge: bool) -> dict[str, Any] | None:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(size), "--server", args.server,
         "--members", str(args.members), "--acknowledge", "on" if acknowledge else "off",
         "--profile", args.profile or ""],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _report(label: str, result: dict[str, Any]) -> None:
    bare = result["bare_count"] / result["bare_seconds"]
    sync = result["size"] / result["sync_seconds"]
    read = result["size"] / result["inbox_seconds"]
    notices = result["sync_seconds"] - result["inbox_seconds"]
    print(
        f"{label:<13} {result['server']} N={result['size']}: bare loop {bare:,.0f} msg/s; "
        f"somek sync {sync:,.0f} msg/s ({result['sync_seconds']:.2f} s), ratio {sync / bare:.2f}; "
        f"reading+recording alone {read:,.0f} msg/s, ratio {read / bare:.2f}; "
        f"after the last batch ({result['sent']} mails sent, db.json written) "
        f"{notices:.2f} s; peak {result['peak_mib']:.0f} MiB"
    )
    cpu_ratio = result["bare_cpu"] / result["bare_count"] / (result["sync_cpu"] / result["size"])
    print(
        f"{'':<13} CPU of this process per message: bare loop "
        f"{result['bare_cpu'] / result['bare_count'] * 1000:.1f} ms, somek sync "
        f"{result['sync_cpu'] / result['size'] * 1000:.1f} ms (ratio {cpu_ratio:.2f})"
    )
    print(f"{'':<13} {result['summary']}")
    for error in result["errors"]:
        print(f"  error: {error}")


# Run in a fresh process holding what a measured run has imported before its sync
# starts: what the sync then pays before its first reply is read.
_STARTUP = """
import time
import sys
sys.path[:0] = ["bench", "tests"]
import imap_baseline, support.imap_servers
import somek_tui.config, somek_tui.services.sync, somek_tui.store, somek_tui.workspace
import somek_tui.services.events, somek_tui.services.members, somek_tui.services.outbox
import somek_tui.services.topics
started = time.process_time()
import somek_tui.services.sync_record
from mail.analysis import _ready
_ready()
print(time.process_time() - started)
"""


def startup_cpu() -> float:
    """CPU seconds a fresh process spends importing the reader and warming it up."""
    done = subprocess.run(
        [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True, cwd=REPO
    )
    return float(done.stdout.strip().splitlines()[-1])


def _report_startup(startup: float, result: dict[str, Any]) -> None:
    size = result["size"]
    said = (
        f"{'':<13} of it start-up {startup:.2f} s CPU ({startup / size * 1000:.2f} ms per message)"
    )
    left = result["sync_cpu"] - startup
    if left < startup:
        # both are measured on a shared machine: the difference of two near numbers says nothing
        print(f"{said}; too few messages to tell the cost per message apart")
        return
    bare = result["bare_cpu"] / result["bare_count"]
    per_message = left / size
    print(
        f"{said}; without it {per_message * 1000:.1f} ms per message "
        f"(ratio {bare / per_message:.2f})"
    )


def _profiled(args: argparse.Namespace) -> int:
    """One inbox pass at N under cProfile; the statistics' top lines."""
    import pstats

    result = _run(args.n, args, acknowledge=False)
    if result is None:
        return 1
    _report("inbox pass", result)
    print("(times under the profiler, which slows Python code most)")
    stats = pstats.Stats(args.profile)
    for order in ("cumulative", "tottime"):
        stats.sort_stats(order).print_stats(25)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="replies in the large run")
    parser.add_argument("--server", choices=["dovecot", "pymap"], default="dovecot")
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--acknowledge", choices=["on", "off"], help=argparse.SUPPRESS)
    parser.add_argument("--profile", metavar="FILE", help="profile one inbox pass at N into FILE")
    args = parser.parse_args(argv)
    if args.child is not None:
        measured = child(
            args.child, args.server, args.members, args.acknowledge == "on", args.profile or ""
        )
        print(json.dumps(measured))
        return 0
    if args.profile:
        return _profiled(args)
    peaks: dict[tuple[str, int], float] = {}
    startup = startup_cpu()
    sizes = (max(1, args.n // 10), args.n)
    for label, acknowledge in (("inbox pass", False), ("default pass", True)):
        for size in sizes:
            result = _run(size, args, acknowledge)
            if result is None:
                return 1
            _report(label, result)
            _report_startup(startup, result)
            peaks[(label, size)] = result["peak_mib"]
    print(
        "goal (inbox pass, acknowledgements off): somek sync ratio >= 0.8 of the bare loop; "
        "default pass (acknowledgements on) also renders and sends every acknowledgement"
    )
    for label in ("inbox pass", "default pass"):
        ratio = peaks[(label, sizes[1])] / peaks[(label, sizes[0])]
        print(f"{label}: peak memory N/N÷10 {ratio:.2f}x (goal <= 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
