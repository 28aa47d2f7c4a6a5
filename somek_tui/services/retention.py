"""Old inbox and outbox records leave ``db.json`` for a yearly archive beside it."""

from __future__ import annotations

from somek_tui.archive import months_before, old_records
from somek_tui.workspace import Workspace


def archive_old_records(ws: Workspace) -> int:
    """Move what is older than the setting; how many records moved (usually none)."""
    cutoff = months_before(ws.now(), ws.settings.store.keep_months)
    view = ws.store.read()
    # the usual case costs a look at the dates, not a lock and a write
    if not old_records({t: view.documents(t) for t in ("inbox", "outbox")}, cutoff):
        return 0
    return ws.store.archive_before(cutoff)
