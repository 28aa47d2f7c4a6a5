"""How well does somek understand members' replies? Per family, on the labelled corpus.

Runs the product's real path on ``tests/corpus/understanding/{tuning,heldout}``:
a workspace with one member per corpus mail, an upcoming evening and a past
one, three open topics; every member gets the mail their corpus reply answers
(invitation, reminder, thanks, acknowledgement or contribution request),
rendered and written to a Maildir outbox by the services. Each corpus mail is
then addressed as that member's real reply (its placeholders for From, To,
In-Reply-To/References, the calendar UID and the List-Unsubscribe address
filled in from the sent mail), put into a Maildir inbox, and one
:func:`somek_tui.services.sync.run_sync` pass reads them all. The result is
read back through the export (``rsvps``, ``topics``, ``inbox[].outcome``);
votes, which the export gives only as counts, from the store.

Scores per family, answers (exact), guests (on mails that expect a yes or a
guest), topics (recall and precision of suggested titles), votes (exact set),
outcome (exact), and severe errors: an answer recorded where the labels call
it severe (the opposite answer, or any answer from an auto-reply, a bounce, a
stranger, a quote)::

    python bench/understanding.py [--split tuning|heldout|both] [--show-failures]
                                  [--by family|client|language|replied_to]
                                  [--batch fresh7]

``--batch`` scores only the mails of the source files named so
(``source/fresh7_*.txt``): a batch written after the rules it measures.
``--show-failures`` lists the tuning split's failures only; the held-out
split is for measuring, never for reading.
"""

from __future__ import annotations

import argparse
import asyncio
import email.parser
import email.policy
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "understanding"
NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
TZ = ZoneInfo("Europe/Berlin")
OPEN_TOPICS = ("Mastodon für Vereine", "Barrierefreie Posts", "KI-Bilder kennzeichnen")
SPLITS = ("tuning", "heldout")


@dataclass
class Case:
    label: dict[str, Any]
    raw: bytes
    member_email: str = ""
    message_id: str = ""


@dataclass
class Result:
    label: dict[str, Any]
    answer: str
    guests: int
    topics: list[str]
    votes: list[str]
    outcome: str
    reply_text: str
    member: str | None = None  # whom somek tied the mail to
    reason: str = ""
    severe: bool = False
    problems: list[str] = field(default_factory=list)


def load(split: str, batch: str = "") -> list[Case]:
    folder = CORPUS / split
    cases = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if batch and not label["source"].startswith(f"source/{batch}_"):
            continue
        cases.append(Case(label, (folder / label["file"]).read_bytes()))
    return cases


# --------------------------------------------------------------------------- the world


def build_world(base: Path, cases: list[Case]) -> Any:
    """Members, two evenings, open topics, and each member's answered mail sent."""
    sys.path.insert(0, str(REPO))
    from somek_tui.config import (
        ImapSettings,
        OrganizerSettings,
        ReplySettings,
        Settings,
        SmtpSettings,
    )
    from somek_tui.models import Answer, AnswerSource, MailKind
    from somek_tui.services.contributions import Role, ask
    from somek_tui.services.events import add_event
    from somek_tui.services.members import add_member
    from somek_tui.services.outbox import deliver, topic_numbering
    from somek_tui.services.rsvps import set_answer
    from somek_tui.services.topics import add_topic
    from somek_tui.store import Store
    from somek_tui.workspace import Workspace

    settings = Settings(
        organizer=OrganizerSettings(
            name="#SoMe Stammtisch Köln",
            from_address="stammtisch@example.org",
            reply_to="stammtisch+{key}@example.org",
        ),
        smtp=SmtpSettings(transport="maildir", maildir=base / "outbox"),
        imap=ImapSettings(transport="maildir", maildir=base / "inbox"),
        # acknowledgements would only slow the pass; what is recorded is the same
        replies=ReplySettings(acknowledge=False),
        base_dir=base,
    )
    ws = Workspace(store=Store.open(base / "db.json"), settings=settings, clock=lambda: NOW)
    parents: dict[str, str] = {}  # member email -> outbox id of the answered mail
    with ws.store.transaction() as tx:
        for n, title in enumerate(OPEN_TOPICS):
            add_topic(tx, title, now=NOW - timedelta(days=40 - n))
        past = add_event(
            tx, title="Newsletter-Tools im Vergleich", start=datetime(2027, 1, 7, 19, 0, tzinfo=TZ),
            end=datetime(2027, 1, 7, 22, 0, tzinfo=TZ), venue="Gaststätte Severin",
            kind="roundtable", domain="example.org", now=NOW - timedelta(days=40),
        )  # fmt: skip
        event = add_event(
            tx, title="SEO und Erfolgsmessung", start=datetime(2027, 1, 28, 19, 0, tzinfo=TZ),
            end=datetime(2027, 1, 28, 22, 0, tzinfo=TZ), venue="Gaststätte Severin",
            address="Severinstraße 1, 50678 Köln", kind="roundtable",
            domain="example.org", now=NOW - timedelta(days=20),
        )  # fmt: skip
        numbered = topic_numbering(tx)
        for n, case in enumerate(cases):
            label = case.label
            case.member_email = f"member{n:04d}@members.example"
            language = "en" if label["language"] in ("en", "fr") else "de"
            member = add_member(
                tx, case.member_email, name=f"Mitglied {n}", language=language, now=NOW
            )
            kind = label["replied_to"]
            sent_at = NOW - timedelta(days=2)

            def queue(mail_kind: MailKind, on: Any = event, **extra: Any) -> str:
                return send(tx, member, mail_kind, on, numbered, sent_at, **extra)  # noqa: B023

            if kind in ("thanks", "report"):
                set_answer(
                    tx, event=past, member=member, answer=Answer.YES,
                    source=AnswerSource.ORGANIZER, message_id=None, now=sent_at,
                )  # fmt: skip
                queue(MailKind.INVITATION)
                parents[case.member_email] = queue(
                    MailKind.THANKS, on=past, extra={"next_event_id": event.id}
                )
                continue
            invitation = queue(MailKind.INVITATION)
            parents[case.member_email] = invitation
            if kind == "reminder":
                # reminders go to those who said yes: the member did, by mail, earlier
                set_answer(
                    tx, event=event, member=member, answer=Answer.YES,
                    source=AnswerSource.ORGANIZER, message_id=None, now=sent_at,
                )  # fmt: skip
                parents[case.member_email] = queue(MailKind.REMINDER)
            elif kind == "acknowledgement":
                set_answer(
                    tx, event=event, member=member, answer=Answer.YES,
                    source=AnswerSource.ORGANIZER, message_id=None, now=sent_at,
                )  # fmt: skip
                parents[case.member_email] = queue(MailKind.ACKNOWLEDGEMENT)
            elif kind == "contribution_request":
                record = ask(
                    tx, event.id, case.member_email, Role.CONTRIBUTION,
                    subject="Google Search Console für Einsteiger", now=sent_at,
                    domain="example.org",
                )  # fmt: skip
                parents[case.member_email] = record.id
    summary = asyncio.run(deliver(ws))
    if summary.failed:
        raise SystemExit(f"bench: {summary.failed} mails could not be rendered")
    return ws, parents, event


def send(
    tx: Any, member: Any, kind: Any, event: Any, numbered: list[str], at: datetime, **extra: Any
) -> str:
    """Queue one mail to the member; the id of its outbox record."""
    from somek_tui.models import MailKind
    from somek_tui.services.outbox import queue_message

    # only the invitation and the thanks list the open topics, numbered
    listed = numbered if kind in (MailKind.INVITATION, MailKind.THANKS) else []
    record = queue_message(
        tx, member=member, kind=kind, event=event, now=at, domain="example.org",
        topic_numbers=listed, **extra,
    )  # fmt: skip
    return str(record.id)


def sent_headers(outbox: Path) -> dict[str, dict[str, str]]:
    """Message-ID -> the headers a reply carries back (Reply-To, List-Unsubscribe)."""
    parser = email.parser.BytesHeaderParser(policy=email.policy.default)
    found = {}
    for path in (outbox / "new").iterdir():
        with path.open("rb") as handle:
            msg = parser.parse(handle)
        unsubscribe = re.search(r"<mailto:([^>?]+)", str(msg.get("List-Unsubscribe", "")))
        found[str(msg["Message-ID"]).strip()] = {
            "reply_to": parseaddr(str(msg.get("Reply-To") or msg["From"]))[1],
            "unsubscribe": unsubscribe.group(1) if unsubscribe else "",
        }
    return found


def place(ws: Any, cases: list[Case], parents: dict[str, str], uid: str) -> None:
    """Each corpus mail as its member's reply, in the Maildir inbox."""
    view = ws.store.read()
    by_id = {record.id: record for record in view.outbox()}
    headers = sent_headers(ws.settings.smtp.maildir)
    inbox = ws.settings.imap.maildir
    for sub in ("tmp", "new", "cur"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    for n, case in enumerate(cases):
        parent = by_id[parents[case.member_email]]
        sent = headers[parent.message_id]
        raw = (
            case.raw.replace(b"%%MEMBER%%", case.member_email.encode())
            .replace(b"%%REPLY_TO%%", sent["reply_to"].encode())
            .replace(b"%%PARENT_ID%%", parent.message_id.encode())
            .replace(b"%%UID%%", uid.encode())
            .replace(b"%%UNSUB%%", (sent["unsubscribe"] or sent["reply_to"]).encode())
        )
        if b"%%" in raw:
            raise SystemExit(f"bench: {case.label['file']} has a placeholder it cannot fill")
        msg = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
        case.message_id = str(msg["Message-ID"]).strip()
        (inbox / "new" / f"{1768000000 + n}.corpus{n:04d}.bench:2,").write_bytes(raw)


# --------------------------------------------------------------------------- scoring


def normal(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def same_title(expected: str, got: str) -> bool:
    a, b = normal(expected), normal(got)
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.85


def collect(ws: Any, cases: list[Case]) -> list[Result]:
    from somek_tui.services.export import export_data

    view = ws.store.read()
    data = export_data(view)
    rsvp_by_mail = {r["message_id"]: r for r in data["rsvps"] if r["message_id"]}
    topics_by_mail: dict[str, list[str]] = defaultdict(list)
    for topic in data["topics"]:
        if topic["message_id"]:
            topics_by_mail[topic["message_id"]].append(topic["title"])
    inbox = {entry["message_id"]: entry for entry in data["inbox"]}
    member_ids = {m["email"]: m["id"] for m in data["members"]}
    voted: dict[str, list[str]] = defaultdict(list)
    # a suggestion another corpus mail made first is recorded as a vote for that topic
    # (as it should be): it is this mail's suggestion all the same
    suggested_again: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    for topic in view.topics():
        for member_id in topic.votes:
            if topic.title in OPEN_TOPICS:
                voted[member_id].append(topic.title)
            else:
                suggested_again[member_id].append((topic.message_id, topic.title))
    results = []
    rsvp_by_member = {(r["event_id"], r["member_email"]): r for r in data["rsvps"]}
    for case in cases:
        rsvp = rsvp_by_mail.get(case.message_id)
        entry = inbox.get(case.message_id, {})
        if rsvp is None and entry.get("outcome") in ("answer", "answer+topic"):
            # the same answer again leaves the record as it was (reminders, acknowledgements
            # go to members who answered before): what stands is what the reply said
            earlier = rsvp_by_member.get((entry.get("event_id"), case.member_email))
            if earlier is not None and earlier["message_id"] is None:
                rsvp = earlier
        results.append(
            Result(
                label=case.label,
                answer=rsvp["answer"] if rsvp else "none",
                guests=rsvp["guests"] if rsvp else 0,
                topics=topics_by_mail.get(case.message_id, [])
                + [
                    title
                    for message_id, title in suggested_again.get(member_ids[case.member_email], [])
                    # only where the mail suggests one: a vote for a topic another mail
                    # made up is no suggestion of this one's
                    if message_id != case.message_id and case.label["topics"]
                ],
                votes=sorted(voted.get(member_ids[case.member_email], [])),
                outcome=entry.get("outcome", "(not seen)"),
                reply_text=entry.get("reply_text") or "",
                member=entry.get("member_email"),
                reason=entry.get("reason") or "",
            )
        )
    return results


@dataclass
class Tally:
    n: int = 0
    answers: int = 0
    guests_n: int = 0
    guests: int = 0
    topics_expected: int = 0
    topics_found: int = 0
    topics_got: int = 0
    topics_right: int = 0
    votes_n: int = 0
    votes: int = 0
    outcome: int = 0
    severe: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(result: Result) -> Tally:
    label = result.label
    tally = Tally(n=1)
    if result.answer == label["answer"]:
        tally.answers = 1
    else:
        result.problems.append(f"answer {result.answer} (want {label['answer']})")
    if label["answer"] == "yes" or label["guests"]:
        tally.guests_n = 1
        if result.guests == label["guests"]:
            tally.guests = 1
        else:
            result.problems.append(f"guests {result.guests} (want {label['guests']})")
    expected, got = label["topics"], result.topics
    tally.topics_expected = len(expected)
    tally.topics_got = len(got)
    tally.topics_found = sum(any(same_title(e, g) for g in got) for e in expected)
    tally.topics_right = sum(any(same_title(e, g) for e in expected) for g in got)
    if tally.topics_found < len(expected) or tally.topics_right < len(got):
        result.problems.append(f"topics {got} (want {expected})")
    if label["votes"] or result.votes:
        tally.votes_n = 1
        if sorted(label["votes"]) == result.votes:
            tally.votes = 1
        else:
            result.problems.append(f"votes {result.votes} (want {label['votes']})")
    if result.outcome == label["outcome"]:
        tally.outcome = 1
    else:
        result.problems.append(f"outcome {result.outcome} (want {label['outcome']})")
    if result.answer != "none" and result.answer in label["severe_if"]:
        tally.severe = 1
        result.severe = True
        result.problems.insert(0, "SEVERE")
    return tally


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def table(split: str, results: list[Result], by: str = "family") -> Tally:
    families: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        families[str(result.label[by])].add(score(result))
    total = Tally()
    head = (
        f"{by:<16} {'n':>4} {'answer':>6} {'guests':>6} {'top.R':>6} {'top.P':>6} "
        f"{'votes':>6} {'outc.':>6} {'severe':>6}"
    )
    print(f"\n== {split} ({len(results)} mails) ==\n{head}\n{'-' * len(head)}")

    def row(name: str, t: Tally) -> None:
        print(
            f"{name:<16} {t.n:>4} {pct(t.answers, t.n):>6} {pct(t.guests, t.guests_n):>6} "
            f"{pct(t.topics_found, t.topics_expected):>6} {pct(t.topics_right, t.topics_got):>6} "
            f"{pct(t.votes, t.votes_n):>6} {pct(t.outcome, t.n):>6} {t.severe:>6}"
        )

    for name in sorted(families):
        row(name, families[name])
        total.add(families[name])
    print("-" * len(head))
    row("total", total)
    print(
        "goal on the held-out split (issue 11): answer >= 97, guests >= 97, "
        "top.R >= 90 at top.P >= 95, outc. >= 95, severe 0"
    )
    return total


def show_failures(results: list[Result]) -> None:
    print("\n== failures (tuning) ==")
    for result in results:
        if result.problems:
            label = result.label
            words = result.reply_text.replace("\n", " / ")[:160]
            print(f"{label['file']} [{label['source']}]: {'; '.join(result.problems)}")
            print(f"    read: {words!r}")
            print(f"    why:  {result.reason[:160]}")


def measure(folder: Path, cases: list[Case]) -> tuple[list[Result], Any]:
    """What one sync pass in a fresh workspace under ``folder`` makes of ``cases``."""
    from somek_tui.services.sync import run_sync

    ws, parents, event = build_world(folder, cases)
    place(ws, cases, parents, event.uid)
    summary = run_sync(ws)
    return collect(ws, cases), summary


def run(split: str, failures: bool, by: str = "family", batch: str = "") -> Tally:
    cases = load(split, batch)
    if not cases:
        raise SystemExit(f"understanding.py: no mails of batch {batch!r} in the {split} split")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"somek-understanding-{split}-") as folder:
        results, summary = measure(Path(folder), cases)
    total = table(split, results, by)
    print(f"({time.perf_counter() - started:.1f} s; sync: {summary.line()})")
    if failures and split == "tuning":
        show_failures(results)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tuning", "heldout", "both"], default="both")
    parser.add_argument(
        "--show-failures", action="store_true", help="list the tuning split's failures"
    )
    parser.add_argument(
        "--by",
        choices=["family", "client", "language", "replied_to"],
        default="family",
        help="what the rows of the table are (default: family)",
    )
    parser.add_argument(
        "--batch", default="", help="only the mails of source/BATCH_*.txt (e.g. fresh7)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    splits = SPLITS if args.split == "both" else (args.split,)
    for split in splits:
        run(split, args.show_failures, args.by, args.batch)
    if args.show_failures and "tuning" not in splits:
        print("\n(--show-failures lists the tuning split only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
