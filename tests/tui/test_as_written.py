"""Text from outside (names, titles, subjects, reasons, venues, paths) shows as written.

Every field of a workspace carries Rich/Textual markup, backslashes and emoji;
each screen must neither crash on it nor lose any of it.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Select, Static

from somek_tui.app import SomekApp
from somek_tui.config import load_settings
from somek_tui.models import Answer, AnswerSource
from somek_tui.screens.checkin import CheckinScreen
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.event_detail import EventDetailScreen
from somek_tui.screens.file_picker import FilePickerScreen
from somek_tui.screens.form import FormScreen
from somek_tui.screens.plan import PlanScreen
from somek_tui.screens.report import ReportScreen
from somek_tui.services.event_people import set_host, set_speaker
from somek_tui.services.events import add_event
from somek_tui.services.members import add_member
from somek_tui.services.rsvps import set_answer
from somek_tui.services.sync import run_sync
from somek_tui.services.topics import add_topic
from somek_tui.store import Store
from somek_tui.widgets.records_table import RecordsTable
from somek_tui.workspace import Workspace

from .conftest import NOW, TZ, populate
from .helpers import wait_for

# what a member (or anyone forging one) may type; ends in a backslash on purpose
NASTY = r"[/] [@click=app.quit]q[/] [bold]b[/bold] [link=http://x]l[/] a\[b] 🎉 [$warning]w\ "
SIZE = (250, 60)


def v(label: str) -> str:
    return f"{label} {NASTY}".strip()


NAME = v("Nora")
TITLE = v("Abend")
VENUE = v("Ort")
TOPIC = v("Thema")
HOST = v("Haus")
SPEAKER = v("Rednerin")
SENDER = v("Fremd")  # the display name; screens name a sender by address
STRANGER = "fremd@example.net"
SUBJECT = v("Betreff")
WORDS = v("Worte")
ORGANIZER = v("Stammtisch")
# a folder name cannot hold a slash, so no closing tags here
FOLDER = "Köln [@click=app.quit]q [bold]b a\\[b] 🎉 [$warning]w\\"


def encoded(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def reply(number: int) -> bytes:
    """A stranger's reply; the headers are encoded words, as a mail client writes them."""
    return (
        f"From: {encoded(SENDER)} <{STRANGER}>\r\n"
        "To: stammtisch@example.org\r\n"
        f"Subject: {encoded(SUBJECT)}\r\n"
        f"Message-ID: <outside-{number}@example.net>\r\n"
        "Date: Sun, 10 Jan 2027 10:00:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        f"{base64.b64encode(WORDS.encode()).decode()}\r\n"
    ).encode("ascii")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    """A copy of the app's test workspace, in a folder with markup in its name,
    with markup in every field, built through the services and a real sync."""
    base = tmp_path / FOLDER
    base.mkdir()
    (base / "somek.toml").write_text(
        "[organizer]\n"
        f"name = '''{ORGANIZER}'''\n"
        "from = 'stammtisch@example.org'\n"
        "timezone = 'Europe/Berlin'\n",
        encoding="utf-8",
    )
    store = Store.open(base / "db.json")
    earlier = NOW - timedelta(days=5)
    with store.transaction() as tx:
        populate(tx)
        nora = add_member(tx, "nora@example.org", name=NAME, language="de", now=earlier)
        event = add_event(
            tx,
            title=TITLE,
            start=datetime(2027, 1, 20, 19, 0, tzinfo=TZ),
            end=None,
            venue=VENUE,
            address=None,
            kind="talk",
            capacity=20,
            domain="example.org",
            now=earlier,
        )
        set_host(tx, event.id, organisation=HOST, confirmed=True)
        set_speaker(tx, event.id, name=SPEAKER, talk_title=TOPIC, confirmed=True)
        set_answer(
            tx,
            event=tx.event(event.id),
            member=nora,
            answer=Answer.YES,
            guests=0,
            source=AnswerSource.EMAIL,
            message_id=None,
            now=earlier,
        )
        topic, _ = add_topic(tx, TOPIC, by_member=nora.id, now=earlier)
        topic.votes += [m.id for m in tx.members()[:4]]
        tx.put(topic)
    settings = load_settings(base / "somek.toml", db_path=base / "db.json")
    workspace = Workspace(store=store, settings=settings, clock=lambda: NOW)
    inbox = base / "inbox" / "new"
    inbox.mkdir(parents=True)
    (inbox / "1.eml").write_bytes(reply(1))
    run_sync(workspace)
    assert workspace.store.read().review_items(), "the stranger's reply should wait for review"
    return workspace


@pytest.fixture
def app(ws: Workspace) -> Iterator[SomekApp]:
    yield SomekApp(ws, poll_seconds=60)


def rendered(app: App[None]) -> str:
    """What the screens show: the painted cells, plus each widget's whole render
    (text cut at a panel's edge or scrolled away still counts, as written)."""
    parts: list[str] = []
    for screen in app.screen_stack:
        parts += [strip.text for strip in screen._compositor.render_strips()]
        for widget in screen.query("*"):
            parts += [str(widget.border_title or ""), str(widget.border_subtitle or "")]
            if isinstance(widget, Static):
                parts.append(str(widget.render()))
            elif isinstance(widget, DataTable):
                for row in range(widget.row_count):
                    parts += [str(cell) for cell in widget.get_row_at(row)]
            elif isinstance(widget, OptionList):
                for index in range(widget.option_count):
                    parts.append(str(widget.get_option_at_index(index).prompt))
            elif isinstance(widget, Input):
                parts.append(widget.value)
            elif isinstance(widget, Select):
                parts += [str(prompt) for prompt, _ in widget._options]
    return "\n".join(parts)


def findable(value: str, text: str) -> bool:
    """The value as written, or the start of it as written where a column cuts it short."""
    if value in text:
        return True
    return any(value[:n] + "…" in text for n in range(16, len(value)))


async def shows(pilot: Pilot[None], *values: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        text = rendered(pilot.app)
        missing = [value for value in values if not findable(value, text)]
        if not missing:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"not shown as written: {missing!r}\n--- screen ---\n{text}")
        await pilot.pause(0.05)


async def open_section(pilot: Pilot[None], key: str, screen: str) -> None:
    await pilot.press(key)
    await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == screen)


async def opened(pilot: Pilot[None], kind: type) -> None:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, kind))


async def select(pilot: Pilot[None], key: str) -> None:
    """Put the cursor of the section's table on the record ``key``."""
    table = pilot.app.screen.query_one(RecordsTable)
    await wait_for(pilot, lambda: table.row_count > 0)
    table.move_cursor(row=table.get_row_index(key))
    await pilot.pause()


async def choose_file(pilot: Pilot[None], path: Path) -> None:
    picker = pilot.app.screen.query_one("#picker-path", Input)
    picker.value = str(path)
    picker.focus()
    await pilot.press("enter")


def ids(ws: Workspace) -> tuple[str, str]:
    """The member and the evening that carry the markup."""
    view = ws.store.read()
    nora = next(m for m in view.members() if m.email == "nora@example.org")
    event = next(e for e in view.events() if e.title == TITLE)
    return nora.id, event.id


async def test_every_section_shows_outside_text_as_written(app: SomekApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_section(pilot, "1", "DashboardScreen")
        await shows(pilot, TITLE, VENUE)  # topics are the Topics section's, below
        await open_section(pilot, "2", "EventsScreen")
        await shows(pilot, TITLE, VENUE)
        await open_section(pilot, "3", "InvitationsScreen")
        await shows(pilot, TITLE)
        await open_section(pilot, "4", "MembersScreen")
        await shows(pilot, NAME)
        await open_section(pilot, "5", "TopicsScreen")
        await shows(pilot, TOPIC)
        await open_section(pilot, "6", "InboxScreen")
        await shows(pilot, STRANGER, SUBJECT, WORDS)
        await pilot.press("h")  # the recent tab
        await shows(pilot, WORDS)
        await open_section(pilot, "7", "SettingsScreen")
        await shows(pilot, ORGANIZER, FOLDER)
        assert app.is_running


async def test_the_evening_screens_show_outside_text_as_written(
    app: SomekApp, ws: Workspace
) -> None:
    nora, _ = ids(ws)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_section(pilot, "1", "DashboardScreen")
        await pilot.press("o")
        await opened(pilot, EventDetailScreen)
        await shows(pilot, TITLE, VENUE, NAME)
        await select(pilot, nora)
        await pilot.press("m")  # the notification names her
        await shows(pilot, f"{NAME}: maybe")
        await pilot.press("A")  # answer for…: the members by name
        await opened(pilot, ChooseScreen)
        await shows(pilot, NAME)
        await pilot.press("escape")
        await opened(pilot, EventDetailScreen)
        await pilot.press("h")  # the host form
        await opened(pilot, FormScreen)
        await shows(pilot, HOST)
        await pilot.press("ctrl+s")  # saved as it is: the notification names the host
        await opened(pilot, EventDetailScreen)
        await shows(pilot, f"Host: {HOST}")
        await pilot.press("T")  # thanks: a confirm naming the evening
        await opened(pilot, ConfirmScreen)
        await shows(pilot, TITLE)
        await pilot.press("n")
        await opened(pilot, EventDetailScreen)
        await pilot.press("c")
        await opened(pilot, CheckinScreen)
        await shows(pilot, TITLE, NAME)
        await select(pilot, nora)
        await pilot.press("space")
        await shows(pilot, f"{NAME}: came")
        await pilot.press("escape", "escape")  # back to the events the evening opened from
        await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "EventsScreen")
        await select(pilot, "e1")  # the evening that has taken place
        await pilot.press("enter")
        await opened(pilot, EventDetailScreen)
        await pilot.press("r")  # the write-up lands in a folder with markup in its name
        await shows(pilot, FOLDER)
        assert app.is_running


async def test_forms_and_confirms_show_outside_text_as_written(
    app: SomekApp, ws: Workspace
) -> None:
    nora, evening = ids(ws)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_section(pilot, "2", "EventsScreen")
        await select(pilot, evening)
        await pilot.press("e")
        await opened(pilot, FormScreen)
        await shows(pilot, TITLE, VENUE)
        await pilot.press("escape")
        await open_section(pilot, "2", "EventsScreen")
        await select(pilot, evening)
        await pilot.press("c")
        await opened(pilot, ConfirmScreen)
        await shows(pilot, TITLE)
        await pilot.press("n")
        await open_section(pilot, "2", "EventsScreen")
        await pilot.press("p")
        await opened(pilot, PlanScreen)
        await pilot.press("escape")
        await open_section(pilot, "4", "MembersScreen")
        await select(pilot, nora)
        await pilot.press("e")
        await opened(pilot, FormScreen)
        await shows(pilot, NAME)
        await pilot.press("escape")
        await open_section(pilot, "4", "MembersScreen")
        await select(pilot, nora)
        await pilot.press("d")
        await opened(pilot, ConfirmScreen)
        await shows(pilot, NAME)
        await pilot.press("n")
        await pilot.press("i")  # import: a missing file, then a file with a bad row
        await opened(pilot, FilePickerScreen)
        missing = Path(ws.settings.base_dir) / "fehlt [@click=app.quit]q.csv"
        await choose_file(pilot, missing)
        await shows(pilot, f"{missing}: no such file")
        table = Path(ws.settings.base_dir) / "neu [@click=app.quit]q.csv"
        table.write_text(f"email,name,language\nnew@example.org,Neu,{NASTY}\n", encoding="utf-8")
        await choose_file(pilot, table)
        await opened(pilot, ReportScreen)
        await shows(pilot, table.name, f"unknown language {NASTY.strip()!r}")
        await pilot.press("escape")
        await open_section(pilot, "5", "TopicsScreen")
        await pilot.press("g")  # schedule: a chooser naming the topic and the evenings
        await opened(pilot, ChooseScreen)
        await shows(pilot, TOPIC, TITLE)
        await pilot.press("escape")
        await open_section(pilot, "6", "InboxScreen")
        await pilot.press("a")  # whose reply is this?
        await opened(pilot, ChooseScreen)
        await shows(pilot, STRANGER, NAME)
        await pilot.press("escape")
        await open_section(pilot, "6", "InboxScreen")
        await pilot.press("x")  # dismissed: the notification names the sender
        await shows(pilot, STRANGER)
        await pilot.press("ctrl+p")
        await pilot.press(*"Go to")
        await shows(pilot, "Go to Dashboard")
        assert app.is_running
