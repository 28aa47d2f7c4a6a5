"""The members table's rows, built once per database state and filtered as you type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from somek_tui.models import Member, MemberSummary
from somek_tui.queries import LatestAnswer


class MemberRow(NamedTuple):
    id: str
    cells: tuple[str, ...]
    haystack: str  # what the search box matches against, case-folded


def member_rows(
    members: Sequence[Member | MemberSummary], latest: Mapping[str, LatestAnswer]
) -> list[MemberRow]:
    rows = []
    for m in sorted(members, key=lambda m: (m.name or m.email).casefold()):
        answer = latest.get(m.id)
        last = f"{answer.answer} ({answer.event_id})" if answer else ""
        cells = (m.name, m.email, m.language.value, m.status.value, last)
        rows.append(MemberRow(m.id, cells, " ".join((m.id, *cells)).casefold()))
    return rows


def search(rows: list[MemberRow], query: str) -> list[MemberRow]:
    """Rows containing every word of the query (name, address, language, status…)."""
    words = query.casefold().split()
    if not words:
        return rows
    return [row for row in rows if all(word in row.haystack for word in words)]
