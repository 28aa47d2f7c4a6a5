"""Small pure helpers for the year's workflow screens: plans, check-in cells, labels."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from somek_tui.i18n import N_, _
from somek_tui.models import EventKind
from somek_tui.services.planning import PlannedEvent
from somek_tui.support.format import short_when

CAME_LABELS = {None: "", True: N_("✔ came"), False: N_("✘ missed")}  # shown through _()


def plan_rows(plan: Sequence[PlannedEvent], tz: ZoneInfo) -> list[tuple[str, str, str, str]]:
    """One row per proposed evening: when, kind, topic ids, title."""
    return [
        (short_when(p.start, tz), p.kind.value, " ".join(p.topic_ids) or "—", p.title) for p in plan
    ]


def clamp_count(count: int, *, low: int = 1, high: int = 12) -> int:
    """How many evenings to propose: never none, never more than a year or two."""
    return max(low, min(high, count))


def no_show_label(count: int) -> str:
    """Shown gently: nothing for a clean record, a bare number otherwise."""
    return str(count) if count > 0 else ""


def next_came(current: bool | None) -> bool:
    """What space does in check-in: someone not (yet) checked in came; a check-in is undone."""
    return current is not True


def report_name(event_id: str) -> str:
    return f"report-{event_id}.md"


def confirmed_word(confirmed: bool) -> str:
    return _("confirmed") if confirmed else _("not confirmed yet")


def ask_role(kind: EventKind) -> str:
    """An expert talk asks for a talk; a theme evening for a prepared contribution."""
    return "talk" if kind is EventKind.TALK else "contribution"
