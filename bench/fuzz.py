"""Push mutated and hostile messages through :func:`mail.analysis.analyse`.

Starts from the reply corpus (``tests/corpus/replies``) and, for each message,
applies one recipe: bit flips, cuts, spliced bytes, bombs (unclosed comments,
tags, declarations and character references, deep nesting, runs of blank
lines, adjacent encoded words in any header, thousands of headers or MIME
parts), broken MIME (no or wrong boundaries, bad transfer encodings),
nested ``message/rfc822`` and unknown or lying charsets. Prints the crashes
(an exception out of ``analyse`` or a message it could only call
unanalysable), the slowest message's CPU time and the process's peak memory::

    python bench/fuzz.py [-n 100000] [--seed 1]

Goal: 0 crashes, no message over 1 s of CPU, peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from mail.analysis import analyse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "replies"
HEAD = b"From: Anna <anna@example.org>\r\nTo: stammtisch@example.org\r\nSubject: Re: x\r\n"

Recipe = Callable[[random.Random, bytes], bytes]


def _size(rng: random.Random) -> int:
    # mostly tens of KiB, now and then a few MiB
    return rng.choice([1, 4, 16, 64]) * 1024 if rng.random() < 0.99 else 2**20


def flip_bits(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def cut(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def splice(rng: random.Random, raw: bytes) -> bytes:
    start = rng.randrange(len(raw) + 1)
    piece = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return raw[:start] + piece + raw[start + rng.randint(0, 64) :]


BODY_BOMBS = [
    b"<!--", b"<a", b"</a", b"<!x", b"<?x", b"<![CDATA[", b"&#", b"&amp", b"<blockquote>",
    b"<ul><li>", b"<div>", b"<table><tr><td>", b"<style>", b"<a href=\"", b"\r\n", b"\r\n\t",
    b"\n \n", b"> ", b"-- \r\n", b"-----", b"1. ", b"* ", b"=\r\n", b"\x00", b"a" * 61 + b"@",
]  # fmt: skip


def html_bomb(rng: random.Random, raw: bytes) -> bytes:
    bomb = rng.choice(BODY_BOMBS)
    kind = rng.choice([b"text/html", b"text/plain"])
    body = b"<p>Ja, ich komme.</p>" + bomb * (_size(rng) // len(bomb))
    return HEAD + b"Content-Type: " + kind + b"; charset=utf-8\r\n\r\n" + body


def header_bomb(rng: random.Random, raw: bytes) -> bytes:
    name = rng.choice([b"Subject", b"From", b"To", b"Cc", b"References", b"Message-ID", b"Date"])
    word = rng.choice([b"=?utf-8?q?Zusage_?= ", b"=?utf-8?b?w6TDtg==?=", b"a\r\n ", b"(", b"<"])
    value = word * (_size(rng) // len(word))
    if rng.random() < 0.3:  # an encoded line break in a display name
        value = b"=?utf-8?q?Anna=0D=0ABecker?= <anna@example.org>, " + value[:4096]
    return name + b": " + value + b"\r\n" + raw


def many_headers(rng: random.Random, raw: bytes) -> bytes:
    line = rng.choice([b"To: b@example.org\r\n", b"Received: from x\r\n", b"X-A: =?x?q?y?=\r\n"])
    return line * (_size(rng) // len(line)) + raw


def many_parts(rng: random.Random, raw: bytes) -> bytes:
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nJa\r\n"
    body = part * (_size(rng) // len(part))
    return HEAD + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + body + b"--b--\r\n"


def deep_nesting(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice([10, 100, 1000, 5000])
    if rng.random() < 0.5:
        opener = b"Content-Type: message/rfc822\r\n\r\n"
        return HEAD + opener * depth + raw
    out = [HEAD]
    for level in range(depth):
        out.append(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (level, level))
    out.append(b"Content-Type: text/plain\r\n\r\nJa, ich komme.\r\n")
    return b"".join(out)


def broken_mime(rng: random.Random, raw: bytes) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # a multipart without its boundary
        return HEAD + b"Content-Type: multipart/alternative\r\n\r\n--x\r\nJa\r\n"
    if kind == 1:  # a boundary that never comes
        return HEAD + b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--b\r\n" + raw
    if kind == 2:  # a transfer encoding that is not what it says
        cte = rng.choice([b"base64", b"quoted-printable", b"x-uuencode", b"8bit"])
        body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 4096)))
        return HEAD + b"Content-Transfer-Encoding: " + cte + b"\r\n\r\n" + body
    if kind == 3:  # a message attached inside a reply, itself attached
        inner = raw
        for _ in range(rng.randint(1, 5)):
            inner = (
                HEAD + b"Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n"
                b"Content-Type: text/plain\r\n\r\nJa\r\n--q\r\n"
                b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--q--\r\n"
            )
        return inner
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n" + b"ATTENDEE;X=" * 5000
    return HEAD + b"Content-Type: text/calendar; method=REPLY\r\n\r\n" + ics


def bad_charset(rng: random.Random, raw: bytes) -> bytes:
    charset = rng.choice(
        [b"x-unknown", b"utf-16", b"utf-32", b"iso-2022-jp", b"utf-7", b'""', b"big5", b"'"]
    )
    body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 8192)))
    return HEAD + b"Content-Type: text/plain; charset=" + charset + b"\r\n\r\n" + body


RECIPES: list[tuple[Recipe, int]] = [
    (flip_bits, 35), (cut, 15), (splice, 20), (html_bomb, 6), (header_bomb, 4),
    (many_headers, 2), (many_parts, 2), (deep_nesting, 2), (broken_mime, 8), (bad_charset, 6),
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    recipes = [r for r, _ in RECIPES]
    weights = [w for _, w in RECIPES]
    crashes: list[tuple[int, str, str]] = []
    slowest = (0.0, -1, "")
    kinds: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    started = time.monotonic()
    for n in range(args.n):
        recipe = rng.choices(recipes, weights)[0]
        raw = recipe(rng, rng.choice(corpus))
        before = time.thread_time()
        try:
            result = analyse(raw)
        except BaseException as exc:  # analyse promises never to raise
            crashes.append((n, recipe.__name__, f"{type(exc).__name__}: {exc}"))
            continue
        seconds = time.thread_time() - before
        cpu[recipe.__name__] += seconds
        if seconds > slowest[0]:
            slowest = (seconds, n, recipe.__name__)
        if result.reason.startswith("could not analyse the message"):
            crashes.append((n, recipe.__name__, result.reason))
        kinds[result.kind] += 1
        if (n + 1) % 10_000 == 0:
            print(f"{n + 1} messages, {time.monotonic() - started:.0f} s", file=sys.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"messages: {args.n} (seed {args.seed}); outcomes: {dict(sorted(kinds.items()))}")
    print(f"crashes: {len(crashes)}")
    for n, recipe_name, reason in crashes[:20]:
        print(f"  #{n} {recipe_name}: {reason[:200]}")
    print(f"slowest: {slowest[0]:.3f} s of CPU (#{slowest[1]}, {slowest[2]})")
    spent = ", ".join(f"{name} {seconds:.0f}" for name, seconds in cpu.most_common())
    print(f"CPU seconds by recipe: {spent}")
    print(f"peak memory: {peak_mb:.0f} MB (max RSS of the process)")


if __name__ == "__main__":
    main()
