"""What every command and screen works on: the store, the settings, the clock."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from somek_tui.config import Settings, load_settings, resolve_config_path
from somek_tui.i18n import _
from somek_tui.models import InvalidInput, now_utc
from somek_tui.store import Store


def _clock_from_env() -> Callable[[], datetime]:
    """``SOMEK_NOW`` pins "now" (ISO 8601 with offset) for demos and tests."""
    pinned = os.environ.get("SOMEK_NOW")
    if not pinned:
        return now_utc
    try:
        moment = datetime.fromisoformat(pinned)
    except ValueError:
        raise InvalidInput(
            _("SOMEK_NOW={pinned!r} is not an ISO 8601 timestamp").format(pinned=pinned)
        ) from None
    if moment.tzinfo is None:
        raise InvalidInput(_("SOMEK_NOW needs a UTC offset, e.g. 2027-01-10T12:00:00+01:00"))
    return lambda: moment


@dataclass
class Workspace:
    store: Store
    settings: Settings
    clock: Callable[[], datetime] = field(default=now_utc)

    @property
    def tz(self) -> ZoneInfo:
        return self.settings.organizer.tz

    def now(self) -> datetime:
        return self.clock().astimezone(self.tz)


def resolve_db_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("SOMEK_DB") or "db.json")


def open_workspace(
    db: str | None = None, config: str | None = None, *, must_exist: bool = False
) -> Workspace:
    """The workspace for ``--db``/``--config``; ``must_exist`` refuses a missing database."""
    db_path = resolve_db_path(db)
    settings = load_settings(resolve_config_path(config), db_path=db_path)
    store = Store.open(db_path, must_exist=must_exist)
    return Workspace(store=store, settings=settings, clock=_clock_from_env())
