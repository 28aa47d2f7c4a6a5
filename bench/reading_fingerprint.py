"""One digest of everything reply reading decides, to prove a speed-up changed no result.

Reads every mail of ``tests/corpus/understanding/{tuning,heldout}`` and a set of
the sync benchmark's realistic replies two ways:

* :func:`mail.analysis.analyse` on the raw bytes (placeholders filled with fixed
  addresses): kind, reason, own words, answer, guests, problem, topics, votes,
  unsubscribe and join wishes, and the intent reader's evidence;
* the product's whole path as ``bench/understanding.py`` runs it (one sync
  pass, so the classification too): answer, guests, topics, votes, outcome,
  reason as recorded (skipped with ``--quick``).

It prints one digest. ``--save FILE`` keeps every mail's result;
``--diff FILE`` names the mails whose result differs from a saved run (for
held-out mails only the fields that changed, never their words)::

    python bench/reading_fingerprint.py [--quick] [--save FILE] [--diff FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# fixed stand-ins for what bench/understanding.py fills from the mail really sent
_FILLED = {
    b"%%MEMBER%%": b"member0001@members.example",
    b"%%REPLY_TO%%": b"stammtisch+k7q2m9x4@example.org",
    b"%%PARENT_ID%%": b"<invite-0001@example.org>",
    b"%%UID%%": b"somek-event-0001@example.org",
    b"%%UNSUB%%": b"stammtisch+unsub-k7q2m9x4@example.org",
}
# the Message-IDs of the mail sent in a sync pass are random: bounces quote them
_SENT_ID = re.compile(r"<[0-9a-f]{32}@example\.org>")
_REALISTIC = 240  # every text of bench/sync.py in every client style, with varied names


def _plain(value: Any) -> Any:
    """A JSON-able form of an analysis field (enums by value, dates as ISO text)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, int | float | str | bool):
        return value.value
    return value


def read_one(raw: bytes) -> dict[str, Any]:
    from mail.analysis import analyse
    from mail.intent import read_intent
    from mail.topic_text import extract_topics

    analysis = analyse(raw, cpu_seconds=60.0)  # the result, not this machine's load
    found = _plain(analysis)
    if analysis.kind == "reply" and analysis.text:
        found["evidence"] = read_intent(extract_topics(analysis.text).rest).evidence
    return found


def corpus_mails() -> list[tuple[str, str, bytes]]:
    """(split, file, raw) of every labelled corpus mail, placeholders filled."""
    mails = []
    for split in ("tuning", "heldout"):
        folder = REPO / "tests" / "corpus" / "understanding" / split
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            name = json.loads(line)["file"]
            raw = (folder / name).read_bytes()
            for placeholder, value in _FILLED.items():
                raw = raw.replace(placeholder, value)
            mails.append((split, name, raw))
    return mails


def realistic_mails() -> list[tuple[str, str, bytes]]:
    from imap_baseline import realistic_reply
    from sync import TEXTS

    mails = []
    for n in range(_REALISTIC):
        text = TEXTS[n % len(TEXTS)].format(n=n)
        raw = realistic_reply(
            n, text, f"member{n}@example.org", f"stammtisch+k{n:06d}@example.org",
            f"<invite-{n}@example.org>",
        )  # fmt: skip
        mails.append(("realistic", f"reply-{n:03d}", raw))
    return mails


def whole_path(split: str) -> dict[str, dict[str, Any]]:
    """What one sync pass records for each corpus mail of ``split``."""
    import understanding

    cases = understanding.load(split)
    with tempfile.TemporaryDirectory(prefix=f"somek-fingerprint-{split}-") as folder:
        results, _ = understanding.measure(Path(folder), cases)
    found = {}
    for r in results:
        found[f"{split}/{r.label['file']}#sync"] = {
            "answer": r.answer, "guests": r.guests, "topics": r.topics, "votes": r.votes,
            "outcome": r.outcome, "reason": _SENT_ID.sub("<sent>", r.reason),
            "member": r.member, "text": _SENT_ID.sub("<sent>", r.reply_text),
        }  # fmt: skip
    return found


def fingerprint(quick: bool) -> tuple[dict[str, Any], float]:
    """Every mail's result by key, and the CPU seconds ``analyse`` took over them all."""
    results: dict[str, Any] = {}
    spent = 0.0
    for split, name, raw in corpus_mails() + realistic_mails():
        started = time.process_time()
        results[f"{split}/{name}"] = read_one(raw)
        spent += time.process_time() - started
    if not quick:
        for split in ("tuning", "heldout"):
            results.update(whole_path(split))
    return results, spent


def digest(results: dict[str, Any]) -> str:
    text = json.dumps(results, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def show_diff(saved: dict[str, Any], results: dict[str, Any]) -> int:
    changed = 0
    for key in sorted(set(saved) | set(results)):
        old, new = saved.get(key), results.get(key)
        if old == new or (new is None and key.endswith("#sync")):
            continue  # a --quick run has no whole-path results to compare
        changed += 1
        if old is None or new is None:
            print(f"{key}: {'new' if old is None else 'missing'}")
            continue
        fields = sorted(f for f in set(old) | set(new) if old.get(f) != new.get(f))
        if key.startswith("heldout/"):
            print(f"{key}: {', '.join(fields)} changed")  # measured, never read
            continue
        print(key)
        for name in fields:
            print(f"    {name}: {old.get(name)!r}\n    {'':<{len(name)}}→ {new.get(name)!r}")
    print(f"{changed} mails read differently")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="analyse only, no sync pass")
    parser.add_argument("--save", type=Path, help="write every mail's result here")
    parser.add_argument("--diff", type=Path, help="list the mails that differ from this file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results, spent = fingerprint(args.quick)
    analysed = sum(1 for key in results if not key.endswith("#sync"))
    print(
        f"digest {digest(results)} ({'analyse only' if args.quick else 'analyse + sync'}; "
        f"{len(results)} results; analyse {spent / analysed * 1000:.2f} ms CPU per mail; "
        f"{time.perf_counter() - started:.1f} s)"
    )
    if args.save:
        args.save.write_text(json.dumps(results, sort_keys=True, ensure_ascii=False, default=str))
    if args.diff:
        saved = json.loads(args.diff.read_text(encoding="utf-8"))
        return 1 if show_diff(saved, json.loads(json.dumps(results, default=str))) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
