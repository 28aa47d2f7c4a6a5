"""The members table's rows, built once per database state and filtered as you type."""

from __future__ import annotations

from dataclasses import dataclass

from somek_tui.models import Member, Rsvp


@dataclass(frozen=True)
class MemberRow:
    id: str
    cells: tuple[str, ...]
    haystack: str  # what the search box matches against, case-folded


def last_answers(rsvps: list[Rsvp]) -> dict[str, Rsvp]:
    """Each member's most recent answer, to any event."""
    latest: dict[str, Rsvp] = {}
    for rsvp in rsvps:
        seen = latest.get(rsvp.member_id)
        if seen is None or rsvp.updated_at > seen.updated_at:
            latest[rsvp.member_id] = rsvp
    return latest


def member_rows(members: list[Member], latest: dict[str, Rsvp]) -> list[MemberRow]:
    rows = []
    for m in sorted(members, key=lambda m: (m.name or m.email).casefold()):
        rsvp = latest.get(m.id)
        last = f"{rsvp.answer.value} ({rsvp.event_id})" if rsvp else ""
        cells = (m.name, m.email, m.language.value, m.status.value, last)
        rows.append(MemberRow(m.id, cells, " ".join((m.id, *cells)).casefold()))
    return rows


def search(rows: list[MemberRow], query: str) -> list[MemberRow]:
    """Rows containing every word of the query (name, address, language, status…)."""
    words = query.casefold().split()
    if not words:
        return rows
    return [row for row in rows if all(word in row.haystack for word in words)]
