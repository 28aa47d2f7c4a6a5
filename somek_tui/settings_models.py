"""The application's settings as typed, frozen dataclasses (see the contract).

The transport and organizer settings belong to the mail code (``mail.settings``);
these are the rest, and :class:`Settings`, which holds them all. Passwords are
never part of these objects' data: a transport asks
:meth:`Credentials.password` at connect time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from mail.settings import Credentials, ImapSettings, OrganizerSettings, SmtpSettings


@dataclass(frozen=True)
class ReplySettings:
    acknowledge: bool = True


@dataclass(frozen=True)
class SeriesSettings:
    rrule: str = "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH"
    start_time: str = "19:00"
    duration_minutes: int = 180
    first_kind: str = "talk"
    join_request_days: int = 14


@dataclass(frozen=True)
class StoreSettings:
    keep_months: int = 18  # older inbox and outbox records move to a yearly archive file


@dataclass(frozen=True)
class Settings:
    organizer: OrganizerSettings = field(default_factory=OrganizerSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    replies: ReplySettings = field(default_factory=ReplySettings)
    series: SeriesSettings = field(default_factory=SeriesSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    source: Path | None = None  # the file these came from, None for defaults
    base_dir: Path = Path(".")  # where relative Maildir paths point (the database's folder)

    @property
    def templates_override_dir(self) -> Path:
        return self.base_dir / "templates"

    def redacted(self) -> dict[str, Any]:
        """What a person may see: everything but secrets (there are none stored)."""

        def section(obj: Any) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for f in fields(obj):
                value = getattr(obj, f.name)
                if isinstance(value, Credentials):
                    out["username"] = value.username
                    out["password_env"] = value.password_env
                    out["password_command"] = "(set)" if value.password_command else ""
                    out["auth"] = value.auth
                else:
                    out[f.name] = str(value) if isinstance(value, Path) else value
            return out

        return {
            "organizer": section(self.organizer),
            "smtp": section(self.smtp),
            "imap": section(self.imap),
            "replies": section(self.replies),
            "series": section(self.series),
            "store": section(self.store),
            "source": str(self.source) if self.source else None,
        }
