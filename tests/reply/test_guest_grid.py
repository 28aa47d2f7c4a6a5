"""Company crossed with every way of saying it: each companion with each verb and turn.

The rows come from :mod:`guest_grid`: companions (Kollegin, Werkstudent, flatmate, …)
in possessive, named and counted forms; bringing verbs and their wishes ("möchte meine
Kollegin mitbringen"); sizes ("zu dritt", "both my coworkers"); a companion said and
only leave asked ("Ich bring meine Kollegin mit, okay?"); companions taken back; a no
beside company; questions and another's answer left to a person; and someone writing
for the member who says only how the member feels or why they write.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from tests.reply.guest_grid import rows
from tests.reply.plain_reply import plain_reply

ROWS = rows()


def test_the_grid_stays_a_size_a_person_can_read() -> None:
    assert 300 <= len(ROWS) <= 800
    assert len({text for text, *_ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(
    ("text", "answer", "guests"),
    [row for row in ROWS if row[1] != "review"],
    ids=lambda value: value if isinstance(value, str) and len(value) > 8 else None,
)
def test_company_is_counted_as_an_organizer_counts_it(text: str, answer: str, guests: int) -> None:
    read = analyse(plain_reply(text))
    assert (str(read.answer), read.guests, read.answer_problem) == (answer, guests, "")


@pytest.mark.parametrize(
    "text",
    [text for text, answer, _ in ROWS if answer == "review"],
)
def test_an_unclear_count_a_question_or_anothers_answer_goes_to_a_person(text: str) -> None:
    read = analyse(plain_reply(text))
    assert read.answer_problem or read.answer is None
    assert read.guests == 0
