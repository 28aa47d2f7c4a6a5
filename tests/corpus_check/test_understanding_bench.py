"""The understanding bench addresses every corpus mail as its member's reply.

Not a test of how well replies are read (the bench prints that), but of the
bench's own wiring: if it stopped tying mails to members, its figures would
measure nothing.
"""

from __future__ import annotations

import email
import email.policy
import importlib.util
import sys
from email.utils import parseaddr
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent.parent / "bench" / "understanding.py"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("understanding_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def one_per_kind(cases: list[Any]) -> list[Any]:
    """A plain answer to each kind of mail, a bounce and one to the unsubscribe address."""
    picked: dict[tuple[object, ...], Any] = {}
    for case in cases:
        label = case.label
        if label["sender"] == "member" and label["client"] != "plain_attr":
            key = (label["replied_to"], label["outcome"], label["unsubscribe_address"])
            picked.setdefault(key, case)
    return list(picked.values())


CONTROL = (
    b"From: Anna Schmitz <%%MEMBER%%>\r\nTo: %%REPLY_TO%%\r\nSubject: Re: Einladung\r\n"
    b"Date: Mon, 11 Jan 2027 10:00:00 +0100\r\nMessage-ID: <control-1@members.example>\r\n"
    b"In-Reply-To: %%PARENT_ID%%\r\nReferences: %%PARENT_ID%%\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nJa, ich komme.\r\n"
)


def test_a_plain_yes_placed_by_the_bench_is_recorded_for_its_member(
    bench: ModuleType, tmp_path: Path
) -> None:
    label = {
        "file": "control.eml", "family": "control", "answer": "yes", "guests": 0, "topics": [],
        "votes": [], "outcome": "answer", "replied_to": "invitation", "language": "de",
        "severe_if": ["no"],
    }  # fmt: skip
    case = bench.Case(label, CONTROL)

    [result], _summary = bench.measure(tmp_path, [case])

    assert (result.answer, result.outcome, result.member) == ("yes", "answer", case.member_email)


def test_every_corpus_mail_reaches_sync_tied_to_its_member(
    bench: ModuleType, tmp_path: Path
) -> None:
    chosen = one_per_kind(bench.load("tuning"))
    kinds = {c.label["replied_to"] for c in chosen}
    assert kinds >= {"invitation", "reminder", "thanks", "acknowledgement", "contribution_request"}

    results, _summary = bench.measure(tmp_path, chosen)

    assert [r.label["file"] for r in results if r.outcome == "(not seen)"] == []
    # a reply to a mail somek sent carries that member's key and address: it is theirs
    untied = [
        (case.label["file"], result.member)
        for case, result in zip(chosen, results, strict=True)
        if case.label["outcome"] not in ("bounce", "auto_reply")
        and result.member != case.member_email
    ]
    assert untied == []


def test_the_placed_mails_carry_the_member_key_and_message_id_of_the_answered_mail(
    bench: ModuleType, tmp_path: Path
) -> None:
    chosen = one_per_kind(bench.load("tuning"))
    ws, parents, event = bench.build_world(tmp_path, chosen)

    bench.place(ws, chosen, parents, event.uid)

    outbox = {record.id: record for record in ws.store.read().outbox()}
    placed = {}
    for path in (tmp_path / "inbox" / "new").iterdir():
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        placed[str(msg["Message-ID"])] = msg
    for case in chosen:
        msg, parent = placed[case.message_id], outbox[parents[case.member_email]]
        if case.label["outcome"] == "bounce":
            assert parent.message_id in str(msg) and case.member_email in str(msg)
            continue
        assert parseaddr(str(msg["From"]))[1] == case.member_email
        if case.label["replied_to"] == "none":
            assert msg["In-Reply-To"] is None  # a new mail: the sender alone ties it
            continue
        assert str(msg["In-Reply-To"]) == parent.message_id
        to = str(msg["To"])
        if case.label["unsubscribe_address"]:
            assert to.startswith("stammtisch+") and parent.reply_key not in to
        else:
            assert to == f"stammtisch+{parent.reply_key}@example.org"
