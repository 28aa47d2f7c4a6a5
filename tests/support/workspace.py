"""Small, realistic databases and workspaces for tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from somek_tui.config import (
    ImapSettings,
    OrganizerSettings,
    Settings,
    SmtpSettings,
    load_settings,
)
from somek_tui.models import Event, Member
from somek_tui.services.events import add_event
from somek_tui.services.members import add_member
from somek_tui.store import Store
from somek_tui.workspace import Workspace

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
ORGANIZER = OrganizerSettings(
    name="#SoMe Stammtisch Köln",
    from_address="stammtisch@example.org",
    reply_to="stammtisch+{key}@example.org",
)

PEOPLE = [
    ("Anna Schmitz", "anna@example.org", "de"),
    ("Jörg Weiß", "joerg@example.org", "de"),
    ("Emily Clarke", "emily@example.org", "en"),
    ("Mehmet Yılmaz", "mehmet@example.org", "de"),
]


def make_settings(
    base: Path, *, smtp: SmtpSettings | None = None, imap: ImapSettings | None = None
) -> Settings:
    defaults = load_settings(None, db_path=base / "db.json")
    return Settings(
        organizer=ORGANIZER,
        smtp=smtp or defaults.smtp,
        imap=imap or defaults.imap,
        base_dir=base,
    )


def populate(
    store: Store, *, members: int = 4, capacity: int | None = None, kind: str = "roundtable"
) -> tuple[list[Member], Event]:
    """Members (the four named people first, then numbered ones) and one upcoming event."""
    with store.transaction() as tx:
        people = list(PEOPLE[:members]) + [
            (f"Mitglied {n}", f"member{n}@example.org", "de") for n in range(len(PEOPLE), members)
        ]
        added = [
            add_member(tx, email, name=name, language=lang, now=NOW) for name, email, lang in people
        ]
        event = add_event(
            tx,
            title="SEO und Erfolgsmessung",
            start=datetime(2027, 1, 28, 19, 0, tzinfo=TZ),
            end=datetime(2027, 1, 28, 22, 0, tzinfo=TZ),
            venue="Gaststätte Severin",
            address="Severinstraße 1, 50678 Köln",
            kind=kind,
            capacity=capacity,
            domain="example.org",
            now=NOW - timedelta(days=20),
        )
    return added, event


def workspace(db: Path, settings: Settings) -> Workspace:
    return Workspace(store=Store.open(db), settings=settings, clock=lambda: NOW)


def write_config(path: Path, text: str) -> Path:
    path.write_text(
        '[organizer]\nname = "#SoMe Stammtisch Köln"\nfrom = "stammtisch@example.org"\n'
        'reply_to = "stammtisch+{key}@example.org"\n' + text,
        encoding="utf-8",
    )
    return path
