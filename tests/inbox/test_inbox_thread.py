"""Work handed to an inbox's own thread runs there, in order, and errors come back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mail.inbox_thread import InboxThread
from mail.incoming import InboxError, InboxSource
from mail.maildir_in import MaildirInbox
from somek_tui.config import ImapSettings


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[InboxSource]:
    with MaildirInbox(ImapSettings(transport="maildir", maildir=tmp_path / "in")) as opened:
        yield opened


def test_operations_run_in_the_order_handed_over_and_their_results_come_back(
    inbox: InboxSource,
) -> None:
    with InboxThread[int](inbox) as worker:
        for n in range(20):
            worker.submit(lambda _inbox, n=n: n)
        assert worker.finish() == list(range(20))


def test_operations_run_on_the_thread_with_the_inbox_they_were_given(
    inbox: InboxSource,
) -> None:
    with InboxThread[tuple[str, InboxSource]](inbox, name="somek-test") as worker:
        worker.submit(lambda given: (threading.current_thread().name, given))
        assert worker.finish() == [("somek-test", inbox)]


def test_completed_hands_each_result_over_once(inbox: InboxSource) -> None:
    release = threading.Event()
    with InboxThread[str](inbox) as worker:
        worker.submit(lambda _inbox: "first")
        worker.submit(lambda _inbox: "second" if release.wait(30) else "timed out")
        while not (done := worker.completed()):
            pass  # the first result arrives while the second operation waits
        assert done == ["first"]
        release.set()
        assert worker.finish() == ["second"]
        assert worker.completed() == []


def test_an_error_stops_later_operations_and_reaches_the_caller(inbox: InboxSource) -> None:
    ran: list[str] = []

    def fail(_inbox: InboxSource) -> str:
        raise InboxError("the server went away")

    worker = InboxThread[str](inbox)
    worker.submit(lambda _inbox: ran.append("before") or "before")
    worker.submit(fail)
    worker.submit(lambda _inbox: ran.append("after") or "after")
    with pytest.raises(InboxError, match="went away"):
        worker.finish()
    assert ran == ["before"]


def test_after_an_error_handing_over_more_work_raises_it(inbox: InboxSource) -> None:
    def fail(_inbox: InboxSource) -> None:
        raise InboxError("refused")

    worker = InboxThread[None](inbox)
    worker.submit(fail)
    worker.close()
    with pytest.raises(InboxError, match="refused"):
        worker.submit(lambda _inbox: None)


def test_closing_waits_for_the_operations_already_handed_over(inbox: InboxSource) -> None:
    gate = threading.Event()
    ran: list[int] = []
    worker = InboxThread[None](inbox)

    def held(_inbox: InboxSource) -> None:
        gate.wait(30)

    worker.submit(held)
    for n in range(3):
        worker.submit(lambda _inbox, n=n: ran.append(n))
    gate.set()
    worker.close()
    assert ran == [0, 1, 2]


def test_a_closed_thread_takes_no_more_work(inbox: InboxSource) -> None:
    worker = InboxThread[None](inbox)
    worker.close()
    with pytest.raises(RuntimeError, match="closed"):
        worker.submit(lambda _inbox: None)
