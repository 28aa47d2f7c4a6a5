"""A small Stammtisch whose evening has just taken place, and ``somek`` run as people do."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from support.cli import Run, run_somek
from support.workspace import NOW, TZ, make_settings, populate, workspace

from somek_tui.config import SmtpSettings
from somek_tui.models import Answer, AnswerSource, Event, Member
from somek_tui.services.events import add_event
from somek_tui.services.rsvps import mark_attended, set_answer
from somek_tui.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]

# the morning after the evening ``populate`` creates (28 January 2027)
AFTER = datetime(2027, 1, 29, 9, 0, tzinfo=TZ)
# the demo database's story is told as of early November 2026
DEMO_NOW = "2026-11-01T12:00:00+01:00"


@dataclass
class Evening:
    ws: Workspace
    members: list[Member]
    event: Event  # 28 January 2027, Gaststätte Severin
    following: Event  # the next announced evening, 25 March 2027
    outbox: Path

    def member(self, address: str) -> Member:
        return next(m for m in self.members if m.email == address)


def build_evening(base: Path, *, clock: datetime = AFTER) -> Evening:
    """Anna said yes with a guest, Jörg yes, Emily maybe, Mehmet no; nobody checked in yet."""
    outbox = base / "outbox"
    settings = make_settings(base, smtp=SmtpSettings(transport="maildir", maildir=outbox))
    ws = workspace(base / "db.json", settings)
    ws.clock = lambda: clock
    members, event = populate(ws.store, members=4)
    answers = [(Answer.YES, 1), (Answer.YES, 0), (Answer.MAYBE, 0), (Answer.NO, 0)]
    with ws.store.transaction() as tx:
        for member, (answer, guests) in zip(members, answers, strict=True):
            set_answer(
                tx,
                event=event,
                member=member,
                answer=answer,
                guests=guests,
                source=AnswerSource.EMAIL,
                message_id=None,
                now=NOW,
            )
        following = add_event(
            tx,
            title="Social Ads für Vereine",
            start=datetime(2027, 3, 25, 19, 0, tzinfo=TZ),
            venue="Stadtbibliothek Köln",
            address="Josef-Haubrich-Hof 1, 50676 Köln",
            kind="talk",
            domain="example.org",
            now=NOW,
        )
    return Evening(ws, members, event, following, outbox)


def check_in(evening: Evening, *addresses: str, attended: bool = True) -> None:
    with evening.ws.store.transaction() as tx:
        for address in addresses:
            member = evening.member(address)
            mark_attended(tx, evening.event.id, member.id, attended, AFTER - timedelta(hours=12))


def demo_copy(folder: Path) -> Path:
    """The bundled demo database, copied so a test may change it."""
    target = folder / "db.json"
    shutil.copyfile(REPO / "db.json", target)
    return target


def sent_mails(outbox: Path) -> list[Path]:
    folder = outbox / "new"
    return sorted(folder.iterdir()) if folder.exists() else []


def run_evening(*args: str, db: Path, now: str | None = None) -> Run:
    return run_somek(*args, db=db, env={"SOMEK_NOW": now or AFTER.isoformat()}, cwd=db.parent)
