"""What the two bombs of issue 12 cost, before and after reading had budgets.

* **comment bomb**: an HTML reply of repeated unclosed ``<!--``. *Before* is
  html2text on the markup as it arrived, the step the old reading ran (twice);
  *after* is the whole of :func:`mail.analysis.analyse` on the message.
* **encoded-word bomb**: a Subject of adjacent RFC 2047 encoded words.
  *Before* is the stdlib header parser (``email.policy.default``) on the whole
  value, which the old reading did; *after* is the whole of ``analyse``.

Each run is measured in a fresh subprocess: CPU seconds (``time.process_time``)
and peak traced memory (``tracemalloc``)::

    python bench/bombs.py [--before-max 64] [--after-max 4096]

Sizes are in KiB. The *before* runs grow with the square of the size, so keep
``--before-max`` small (64 KiB of comments takes seconds, 1 MiB half an hour).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = "From: Anna <anna@example.org>\r\nTo: stammtisch@example.org\r\nMessage-ID: <b@x>\r\n"

_RUN = r"""
import json, sys, time, tracemalloc
kind, when, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
head = sys.argv[4]
if kind == "comment":
    body = "<p>Ja, ich komme.</p>" + "<!--" * (size // 4)
    raw = (head + "Subject: Re: x\r\nContent-Type: text/html\r\n\r\n" + body).encode()
else:
    body = " ".join(["=?utf-8?q?Zusage_?="] * (size // 19))
    raw = (head + "Subject: " + body + "\r\n\r\nJa, ich komme.\r\n").encode()
if when == "before" and kind == "comment":
    import html2text
    def work():
        c = html2text.HTML2Text(); c.body_width = 0; c.ignore_links = True
        c.handle(body)
elif when == "before":
    import email.policy
    def work():
        str(email.policy.default.header_fetch_parse("Subject", body))
else:
    from mail.analysis import analyse
    def work():
        result = analyse(raw)
        assert result.answer is not None or result.kind == "unreadable", result
tracemalloc.start()
started = time.process_time()
work()
seconds = time.process_time() - started
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"seconds": seconds, "peak_mib": peak / 2**20}))
"""


def measure(kind: str, when: str, kib: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, kind, when, str(kib * 1024), HEAD],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(done.stdout))


def sizes(limit: int) -> list[int]:
    found, size = [], 16
    while size <= limit:
        found.append(size)
        size *= 2
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-max", type=int, default=64, help="KiB")
    parser.add_argument("--after-max", type=int, default=4096, help="KiB")
    args = parser.parse_args()
    print(f"{'bomb':<14} {'when':<7} {'KiB':>6} {'CPU s':>9} {'peak MiB':>9}")
    for kind in ("comment", "encoded-word"):
        for when, limit in (("before", args.before_max), ("after", args.after_max)):
            for kib in sizes(limit):
                got = measure(kind, when, kib)
                print(
                    f"{kind:<14} {when:<7} {kib:>6} {got['seconds']:>9.3f} {got['peak_mib']:>9.1f}"
                )


if __name__ == "__main__":
    main()
