"""The reading budget counts CPU time, and reads the CPU clock only when it could be spent."""

from __future__ import annotations

import gc
import time

import pytest

import mail.budget
from mail.budget import Budget, OverBudget


def test_a_budget_not_yet_passed_in_real_time_leaves_the_cpu_clock_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    budget = Budget(60.0)
    reads: list[float] = []

    def thread_time() -> float:
        reads.append(time.perf_counter())
        return 0.0

    monkeypatch.setattr(mail.budget.time, "thread_time", thread_time)
    for _ in range(100):
        budget.check()
    assert reads == []


def test_a_budget_used_up_in_cpu_time_stops_the_reading() -> None:
    budget = Budget(0.01)
    with pytest.raises(OverBudget, match="took too long"):
        while True:  # CPU work until the budget says stop
            sum(range(10_000))
            budget.check()


def test_real_time_alone_does_not_use_up_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    budget = Budget(0.01)
    started = time.perf_counter()
    # an hour later in real time, with no CPU time spent: a machine that was busy elsewhere
    monkeypatch.setattr(mail.budget.time, "perf_counter", lambda: started + 3600.0)
    monkeypatch.setattr(mail.budget.time, "thread_time", lambda: budget.started)
    budget.check()


def test_a_full_garbage_collection_is_not_charged_to_the_message() -> None:
    # a large heap, as in the app with a big database or a long test run
    heap = [[n] for n in range(400_000)]
    budget = Budget(0.005)
    started = time.thread_time()
    gc.collect()
    assert time.thread_time() - started > budget.seconds  # the collection alone took longer
    budget.check()
    assert budget.spent() < budget.seconds
    del heap


def test_cpu_time_around_a_garbage_collection_still_counts() -> None:
    budget = Budget(0.01)
    gc.collect()
    with pytest.raises(OverBudget, match="took too long"):
        while True:
            sum(range(10_000))
            budget.check()
