"""Attendance words in every form read as the answer they give: the grid of
tests/reply/answer_grid.py crosses German and English verbs of coming (kommen, vorbeischauen,
reinschneien, aufschlagen, sich einfinden, es einrichten; come, make it, attend, show up, drop
by, …) with person, polarity, modal, a day and the frame of the mail.

"Ich schaue am Donnerstag vorbei", "wir schneien heute Abend rein", "ich kann am 14. leider
nicht teilnehmen", "I'm not going to turn up this time", "I'm sitting this one out": a day
or a "nicht" between the verb and its particle left these unread. The same verbs said of
something else ("Fragen tauchen immer wieder auf", "I'll drop by the office tomorrow"), and
questions, give no answer.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from tests.reply.answer_grid import Row, grid
from tests.reply.plain_reply import plain_reply

ROWS = grid()


def _params(expected: str | None) -> list[object]:
    return [
        pytest.param(row, id=f"{row.name}-{number}")
        for number, row in enumerate(ROWS)
        if row.expected == expected
    ]


def _answer(row: Row) -> str | None:
    answer = analyse(plain_reply(row.text)).answer
    return str(answer) if answer else None


@pytest.mark.parametrize("row", _params("yes"))
def test_coming_said_in_any_form_is_a_yes(row: Row) -> None:
    assert _answer(row) == "yes", row.text


@pytest.mark.parametrize("row", _params("no"))
def test_coming_denied_or_refused_in_any_form_is_a_no(row: Row) -> None:
    assert _answer(row) == "no", row.text


@pytest.mark.parametrize("row", _params("maybe"))
def test_coming_doubted_in_any_form_is_a_maybe(row: Row) -> None:
    assert _answer(row) == "maybe", row.text


@pytest.mark.parametrize("row", _params(None))
def test_the_same_verbs_of_other_things_give_no_answer(row: Row) -> None:
    assert _answer(row) is None, row.text


def test_the_grid_stays_small_and_covers_every_polarity() -> None:
    expected = {row.expected for row in ROWS}
    assert expected == {"yes", "no", "maybe", None}
    assert 300 <= len(ROWS) <= 900
