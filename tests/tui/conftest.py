"""A small, fixed Stammtisch database for the app's tests, built through the services."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from somek_tui.app import SomekApp
from somek_tui.config import load_settings
from somek_tui.models import Answer, AnswerSource, Contributor
from somek_tui.services.events import add_event
from somek_tui.services.members import add_member
from somek_tui.services.rsvps import set_answer
from somek_tui.services.topics import add_topic
from somek_tui.store import Store, Transaction
from somek_tui.workspace import Workspace

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 1, 10, 12, 0, tzinfo=TZ)
SIZE = (100, 32)

MEMBERS = [
    ("anna@example.org", "Anna Schmidt", "de"),
    ("ben@example.org", "Ben Müller", "de"),
    ("chloe@example.com", "Chloé Martin", "en"),
    ("deniz@example.org", "Deniz Kaya", "de"),
    ("emma@example.net", "Emma Wilson", "en"),
    ("felix@example.org", "Felix Wagner", "de"),
]


def populate(tx: Transaction) -> None:
    members = [
        add_member(tx, email, name=name, language=lang, now=NOW - timedelta(days=90))
        for email, name, lang in MEMBERS
    ]
    past = add_event(
        tx,
        title="Instagram Reels im B2B",
        start=datetime(2026, 11, 26, 19, 0, tzinfo=TZ),
        end=datetime(2026, 11, 26, 22, 0, tzinfo=TZ),
        venue="Agentur Rheinblick",
        address="Mediapark 5, Köln",
        kind="talk",
        capacity=30,
        domain="example.org",
        now=NOW - timedelta(days=60),
    )
    nxt = add_event(
        tx,
        title="SEO und Erfolgsmessung",
        start=datetime(2027, 1, 28, 19, 0, tzinfo=TZ),
        end=datetime(2027, 1, 28, 22, 0, tzinfo=TZ),
        venue="Gaststätte Severin",
        address="Severinstraße 1, Köln",
        kind="roundtable",
        capacity=5,
        domain="example.org",
        now=NOW - timedelta(days=20),
    )
    # somebody prepares the theme evening, so nothing needs the organizer's eye
    nxt.contributors = [
        Contributor(member_id=members[1].id, subject="Reichweite messen", confirmed=True)
    ]
    tx.put(nxt)
    for member, answer, guests, days in (
        (members[0], Answer.YES, 1, 6),
        (members[1], Answer.MAYBE, 0, 5),
        (members[2], Answer.NO, 0, 3),
        (members[3], Answer.YES, 0, 1),
    ):
        set_answer(
            tx,
            event=nxt,
            member=member,
            answer=answer,
            guests=guests,
            source=AnswerSource.EMAIL,
            message_id=None,
            now=NOW - timedelta(days=days),
        )
    set_answer(
        tx,
        event=past,
        member=members[0],
        answer=Answer.YES,
        guests=0,
        source=AnswerSource.EMAIL,
        message_id=None,
        now=NOW - timedelta(days=50),
    )
    for title, voters in (
        ("LinkedIn Ads für Vereine", members[:3]),
        ("TikTok für Behörden", members[3:4]),
        ("Linkedin ads fuer Vereine?", members[4:5]),
        ("Barrierefreie Social-Media-Posts", members[:2]),
    ):
        topic, _ = add_topic(tx, title, by_member=voters[0].id, now=NOW - timedelta(days=10))
        for voter in voters[1:]:
            topic.votes.append(voter.id)
        tx.put(topic)


def make_workspace(folder: Path, *, fill: bool = True) -> Workspace:
    db = folder / "db.json"
    store = Store.open(db)
    if fill:
        with store.transaction() as tx:
            populate(tx)
    settings = load_settings(None, db_path=db)
    return Workspace(store=store, settings=settings, clock=lambda: NOW)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path)


@pytest.fixture
def empty_ws(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path, fill=False)


@pytest.fixture
def app(ws: Workspace) -> SomekApp:
    return SomekApp(ws, poll_seconds=0.2)
