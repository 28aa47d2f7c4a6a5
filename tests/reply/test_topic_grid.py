"""Topic suggestions and votes read across a grid of lead-ins, title shapes and positions
(tests/reply/topic_grid.py): each reply yields its clean titles, the numbers and the
open topics' names voted for, and nothing else; near-misses yield nothing.
"""

from __future__ import annotations

import re
import unicodedata
from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from tests.reply.topic_grid import Row, grid


def _normal(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _read(row: Row) -> tuple[list[str], list[int], list[str]]:
    msg = EmailMessage()
    msg["From"] = "Anna Becker <anna@example.org>"
    msg["To"] = "stammtisch@example.org"
    msg["Subject"] = row.subject
    msg["Message-ID"] = "<grid@members.example>"
    msg["In-Reply-To"] = "<invite-1@somek.example>"
    msg.set_content(row.body)
    found = analyse(msg.as_bytes())
    return (
        [_normal(title) for title in found.topics],
        sorted(found.topic_votes),
        [_normal(name) for name in found.topic_names],
    )


@pytest.mark.parametrize("row", [pytest.param(row, id=row.id) for row in grid()])
def test_the_grid_reads_each_suggestion_and_vote_and_nothing_else(row: Row) -> None:
    expected = (
        [_normal(title) for title in row.titles],
        sorted(row.votes),
        [_normal(name) for name in row.named],
    )
    assert _read(row) == expected
