"""Work done ahead by a helper process comes back in order, and the same."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from somek_tui.services.work_ahead import WorkAhead


def double(numbers: list[int]) -> list[int]:
    return [2 * n for n in numbers]


def double_one(n: int) -> int:
    return 2 * n


def fail_remotely(numbers: list[int]) -> list[int]:
    raise RuntimeError("the helper fails")


def too_few(numbers: list[int]) -> list[int]:
    return [2 * n for n in numbers][:-1]


def refuse_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return 2 * n


def items(count: int) -> list[tuple[str, int]]:
    return [(f"item{n}", n) for n in range(count)]


def test_the_helper_does_the_work_in_order() -> None:
    ahead = WorkAhead(
        items(100), remote=double, here=double_one, start_after=0, chunk=8, ahead=24, patience=60
    )
    assert list(ahead) == [(f"item{n}", 2 * n) for n in range(100)]
    assert ahead.from_helper == 100


def test_no_helper_starts_for_fewer_items_than_it_is_worth() -> None:
    ahead = WorkAhead(items(10), remote=double, here=double_one, start_after=50, patience=60)
    assert list(ahead) == [(f"item{n}", 2 * n) for n in range(10)]
    assert ahead.from_helper == 0


@pytest.mark.parametrize("remote", [fail_remotely, too_few], ids=["raises", "short"])
def test_a_failing_helper_changes_nothing_but_who_did_the_work(remote: object) -> None:
    ahead = WorkAhead(
        items(40),
        remote=remote,
        here=double_one,
        start_after=0,
        chunk=8,
        patience=60,  # type: ignore[arg-type]
    )
    assert list(ahead) == [(f"item{n}", 2 * n) for n in range(40)]
    assert ahead.from_helper == 0


def test_an_item_that_fails_here_comes_back_as_its_exception() -> None:
    ahead = WorkAhead(items(10), remote=double, here=refuse_seven, start_after=-1)
    results = dict(ahead)
    assert isinstance(results["item7"], ValueError)
    assert results["item6"] == 12


def slow_double(arguments: list[tuple[str, int]]) -> list[int]:
    """A helper much slower than doing the work here; notes what it worked on."""
    time.sleep(0.05)
    log, _ = arguments[0]
    with open(log, "a") as done:
        done.writelines(f"{n}\n" for _, n in arguments)
    return [2 * n for _, n in arguments]


def test_a_busy_helper_waited_for_gets_help_and_none_of_its_work_is_thrown_away(
    tmp_path: Path,
) -> None:
    log = str(tmp_path / "helper.log")
    here: list[int] = []

    def double_here(argument: tuple[str, int]) -> int:
        time.sleep(0.002)  # quicker than the helper, slow enough for it to start meanwhile
        here.append(argument[1])
        return 2 * argument[1]

    ahead = WorkAhead(
        [(f"item{n}", (log, n)) for n in range(400)],
        remote=slow_double,
        here=double_here,
        start_after=0,
        chunk=8,
        ahead=32,
        wait_for_started=True,
    )
    assert list(ahead) == [(f"item{n}", 2 * n) for n in range(400)]
    helper_did = Path(log).read_text().split() if Path(log).exists() else []
    assert len(helper_did) == ahead.from_helper  # every chunk it started was used
    assert len(here) + ahead.from_helper == 400  # and nothing was done twice
    assert here and ahead.from_helper  # both did a share
