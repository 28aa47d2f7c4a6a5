"""How much CPU does reading one reply cost? ``mail.analysis.analyse`` on its own.

Three figures, each CPU time of this process:

* **first reply**: a fresh interpreter importing ``mail.analysis`` and reading
  one reply (what a ``somek sync`` that finds one reply pays for reading);
* **bench reply**: the mean over the replies ``bench/sync.py`` stores (2–3 KB,
  Gmail/Outlook/Apple style, its mix of texts), read after the first;
* **everyday mail**: the mean over the tuning split of the labelled corpus
  (replies, auto-replies, bounces as members' mailboxes send them).

::

    python bench/reading.py [-n 600] [--profile FILE]

``--profile`` runs ``analyse`` over the bench replies under :mod:`cProfile`,
writes the statistics to FILE and prints their top lines.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

_FIRST = """
import sys, time
sys.path[:0] = [{repo!r}, {bench!r}, {tests!r}]
from reading import bench_replies
raw = bench_replies(1)[0]
started = time.process_time()
from mail.analysis import analyse
analyse(raw)
print(time.process_time() - started)
"""


def bench_replies(count: int) -> list[bytes]:
    """``count`` replies as ``bench/sync.py`` fills the inbox with them."""
    from imap_baseline import realistic_reply
    from sync import TEXTS

    replies = []
    for n in range(count):
        text = TEXTS[n % len(TEXTS)].format(n=n)
        to, parent = f"stammtisch+k{n:06d}@example.org", f"<invite-{n}@example.org>"
        replies.append(realistic_reply(n, text, f"member{n}@example.org", to, parent))
    return replies


def everyday_mails() -> list[bytes]:
    """The tuning split of the labelled corpus (never the held-out one)."""
    from reading_fingerprint import corpus_mails

    return [raw for split, _, raw in corpus_mails() if split == "tuning"]


def cpu_per_mail(mails: list[bytes]) -> float:
    """Mean CPU milliseconds ``analyse`` takes per mail."""
    from mail.analysis import analyse

    started = time.process_time()
    for raw in mails:
        analyse(raw, cpu_seconds=60.0)  # the figure, not a verdict on this machine's load
    return (time.process_time() - started) / len(mails) * 1000


def first_reply() -> float:
    """CPU milliseconds of importing the reader and reading one reply, in a fresh process."""
    script = _FIRST.format(repo=str(REPO), bench=str(REPO / "bench"), tests=str(REPO / "tests"))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip()) * 1000


def profile(mails: list[bytes], path: Path) -> None:
    from mail.analysis import analyse

    analyse(mails[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for raw in mails:
        analyse(raw, cpu_seconds=60.0)
    profiler.disable()
    profiler.dump_stats(path)
    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=600, help="bench replies to read")
    parser.add_argument("--profile", metavar="FILE", type=Path, help="profile the bench replies")
    args = parser.parse_args(argv)
    replies = bench_replies(args.n)
    if args.profile:
        profile(replies, args.profile)
        return 0
    print(f"first reply (import + read): {first_reply():7.1f} ms CPU")
    cpu_per_mail(replies[:1])
    print(f"bench reply:                 {cpu_per_mail(replies):7.2f} ms CPU")
    print(f"everyday mail (tuning):      {cpu_per_mail(everyday_mails()):7.2f} ms CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
