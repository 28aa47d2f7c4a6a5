"""Does a reply read the same whatever mail client dressed it? On the tuning split.

The reply corpus dresses each member's words in one client format, chosen by a
seeded draw (``tests/corpus/understanding/make_corpus.py``). A reader that
depends on that draw will meet other clients' output in the field. This script
dresses each tuning entry in every client format the corpus knows (Outlook
desktop and mobile, Gmail web and Android, Apple Mail, GMX, web.de,
Thunderbird, Samsung base64, a plain quoted-printable client), reads each with
``mail.analysis.analyse``, and lists the entries whose answer, guests, topics,
votes or unsubscribe differ between clients, by client (the client that
disagrees with the reading most clients give). With ``--html-only`` the
clients that write an HTML part send it alone (the plain part dropped), as
some gateways and settings do, and each is compared with the reading of the
Gmail web mail, plain part and all.

Entries with a fixed shape are left out: calendar replies, out-of-office
notices, raw mails, forced clients, own attributions, mails to the
List-Unsubscribe address and mails from someone else. The held-out split is
never read. Run time: about five minutes on one core::

    python bench/client_invariance.py [--batch fresh11] [--show 10] [--html-only]
"""

from __future__ import annotations

import argparse
import email
import email.message
import email.policy
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "understanding"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(CORPUS))

import make_corpus as corpus  # noqa: E402

from mail.analysis import analyse  # noqa: E402

_FILL = {
    b"%%MEMBER%%": b"member@members.example",
    b"%%REPLY_TO%%": b"stammtisch+key@example.org",
    b"%%PARENT_ID%%": b"<parent@example.org>",
    b"%%UID%%": b"event-uid@example.org",
    b"%%UNSUB%%": b"stammtisch+unsub@example.org",
}
Reading = tuple[str | None, int, tuple[str, ...], tuple[int, ...], bool]


def dressable(entry: corpus.Entry) -> bool:
    options = entry.opts
    fixed = ("cal", "client", "layout", "from", "unsub")
    return not (
        any(key in options for key in fixed)
        or options.get("to") == "none"
        or entry.attribution
        or entry.family == "out_of_office"
    )


def dressed(entry: corpus.Entry, client: str) -> bytes:
    """The entry as ``client`` writes it; person, signature and quote as the corpus draws them."""
    rng = random.Random(f"{corpus.SEED}-{entry.key}")
    person = corpus.person_for(rng)
    lang = corpus.quote_lang(entry)
    replied = entry.opts.get("to", "invitation")
    subject = corpus.SUBJECTS[(lang, replied)]
    mail = corpus.Mail(
        entry=entry,
        person=person,
        own=entry.text,
        signature="" if entry.opts.get("nosig") else corpus.signature_for(person, entry.lang, rng),
        original=corpus.QUOTED[(lang, replied)].format(first=person.first),
        orig_subject=subject,
        subject=entry.subject if entry.subject is not None else f"Re: {subject}",
        message_id=f"<invariance-{entry.key}@members.example>",
        day=12,
        hour=10,
        minute=5,
        rng=rng,
    )
    raw = corpus.build(entry, mail, client)
    for placeholder, value in _FILL.items():
        raw = raw.replace(placeholder, value)
    return raw


def html_only(raw: bytes) -> bytes | None:
    """The same mail with its HTML part alone, or None when it has none."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    html = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if not message.is_multipart() or html is None:
        return None
    alone = email.message.EmailMessage()
    for name, value in message.items():
        if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            alone[name] = value
    alone.set_content(html.get_content(), subtype="html")
    return bytes(alone)


def reading(raw: bytes) -> Reading:
    found = analyse(raw)
    answer = found.answer.value if found.answer is not None else None
    return (
        answer,
        found.guests,
        tuple(sorted(found.topics)),
        tuple(found.topic_votes),
        found.unsubscribe,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="", help="only source files named so (fresh11)")
    parser.add_argument("--show", type=int, default=10, help="entries listed per client")
    parser.add_argument("--html-only", action="store_true", help="send the HTML part alone")
    args = parser.parse_args(argv)
    locked = dict(line.split() for line in corpus.LOCK.read_text(encoding="utf-8").splitlines())
    entries = [
        entry
        for path in sorted(corpus.SOURCE.glob("*.txt"))
        if not args.batch or path.stem.startswith(f"{args.batch}_")
        for entry in corpus.parse_source(path)
        if locked.get(entry.key) == "tuning" and dressable(entry)
    ]
    clients = list(corpus.CLIENTS)
    differ: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    depends = 0
    for entry in entries:
        if args.html_only:
            common = reading(dressed(entry, "gmail_web"))
            alone = {client: html_only(dressed(entry, client)) for client in clients}
            readings = {client: reading(raw) for client, raw in alone.items() if raw is not None}
        else:
            readings = {client: reading(dressed(entry, client)) for client in clients}
            common, _ = Counter(readings.values()).most_common(1)[0]
        odd = [client for client, found in readings.items() if found != common]
        depends += bool(odd)
        for client in odd:
            differ[client] += 1
            shown[client].append(f"{entry.key}: {common} -> {readings[client]}")
    dressing = "HTML part alone" if args.html_only else f"{len(clients)} clients"
    print(f"tuning entries, each dressed by {dressing}: {len(entries)}")
    print(f"read differently by at least one client: {depends}")
    for client in clients:
        print(f"  {client:16} {differ[client]:4}")
    for client in clients:
        for line in shown[client][: args.show]:
            print(f"{client}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
