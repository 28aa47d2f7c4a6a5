"""Old inbox and outbox records leave ``db.json`` for a yearly archive beside it."""

from __future__ import annotations

from typing import Any

from somek_tui.archive import KEEP_MONTHS, months_before, old_records
from somek_tui.workspace import Workspace


def keep_months(settings: Any) -> int:
    """``[store] keep_months`` where the settings have it, else 18."""
    months = getattr(getattr(settings, "store", None), "keep_months", KEEP_MONTHS)
    return int(months)


def archive_old_records(ws: Workspace) -> int:
    """Move what is older than the setting; how many records moved (usually none)."""
    cutoff = months_before(ws.now(), keep_months(ws.settings))
    view = ws.store.read()
    # the usual case costs a look at the dates, not a lock and a write
    if not old_records({t: view.documents(t) for t in ("inbox", "outbox")}, cutoff):
        return 0
    return ws.store.archive_before(cutoff)
