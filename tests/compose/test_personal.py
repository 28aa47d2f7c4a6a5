"""A mailing renders its templates once per kind of member and fills in each member."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
import pytest

from mail.compose import KINDS, mail_context
from mail.personal import render_personal
from mail.render import environment, render_mail
from somek_tui.config import OrganizerSettings, Settings
from somek_tui.models import Event, EventKind, Host, Language, Member, Speaker, Topic, Venue

BERLIN = ZoneInfo("Europe/Berlin")
SETTINGS = Settings(
    organizer=OrganizerSettings(
        name="#SoMe Stammtisch Köln", reply_to="stammtisch+{key}@example.org"
    ),
    base_dir=Path("/nonexistent-somek-test"),
)
EVENT = Event(
    id="ev1",
    title="Reels & <Stories>",
    start=datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN),
    end=datetime(2026, 1, 22, 22, 0, tzinfo=BERLIN),
    venue=Venue("Agentur Nord", "Domstraße 1, 50667 Köln"),
    kind=EventKind.TALK,
    capacity=25,
    host=Host(organisation="Agentur Nord"),
    speakers=[Speaker("Anna Beispiel", "TikTok für B2B", confirmed=True)],
    uid="ev1@example.org",
)
TOPICS = [Topic(id="t1", title="Threads", votes=["a", "b"]), Topic(id="t2", title="BeReal")]
# names a template could get wrong: none, HTML's special characters, entities, spaces
NAMES = ["Jö Müller", "", "<b>Ä & Ö</b>", 'O\'Neil "Q"', "  viel   Platz ", "a&amp;b", "Zoë"]


def members(language: str) -> Iterator[Member]:
    for n, name in enumerate(NAMES):
        yield Member(
            id=f"m{n}",
            email=f"p{n}+x&y@example.org",
            name=name,
            language=Language(language),
            unsubscribe_key=f"u{n}" * 4 if n % 3 else "",
        )


def context(kind: str, member: Member, memo: dict[Any, Any], n: int) -> dict[str, Any]:
    return mail_context(
        kind,
        member,
        EVENT,
        SETTINGS,
        TOPICS,
        [("Ben", "Community-Management")],
        {"rsvp": {"answer": "yes", "guests": 1}},
        theme_topics=TOPICS[:1],
        reply_key=f"key{n}",
        memo=memo,
    )


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_member_of_a_mailing_gets_what_a_rendering_of_their_own_gives(
    kind: str, language: str
) -> None:
    memo: dict[Any, Any] = {}
    env = environment(language)
    for _ in range(2):  # the first mail of each shape, then filled-in ones
        for n, member in enumerate(members(language)):
            ctx = context(kind, member, memo, n)
            assert render_personal(kind, language, ctx, env=env, memo=memo) == render_mail(
                kind, language, ctx, env=env
            ), (member.name, member.email)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every template rendered, in order."""
    seen: list[str] = []
    render = jinja2.Template.render

    def counted(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        seen.append(str(self.name))
        return render(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counted)
    return seen


def test_a_mailing_renders_each_template_once_per_kind_of_member(renders: list[str]) -> None:
    memo: dict[Any, Any] = {}
    env = environment("de")
    for n in range(50):
        member = Member(id=f"m{n}", email=f"m{n}@example.org", name=f"Mitglied {n}")
        ctx = context("invitation", member, memo, n)
        mail = render_personal("invitation", "de", ctx, env=env, memo=memo)
        assert f"Hallo Mitglied {n}," in mail.text
    # the first member's mail in full, and once with the markers: 3 parts each
    assert len(renders) == 6


def test_organizer_templates_are_rendered_in_full_for_every_member(
    renders: list[str], tmp_path: Path
) -> None:
    own = tmp_path / "templates" / "de"
    own.mkdir(parents=True)
    # a template that takes a name apart: only a rendering of its own gets it right
    (own / "invitation.subject.j2").write_text(
        "Hallo {{ member.name.split()[0] }}", encoding="utf-8"
    )
    memo: dict[Any, Any] = {}
    env = environment("de", tmp_path / "templates")
    subjects = []
    for n, name in enumerate(["Anna", "Ben Berg", "Cem Can"]):
        member = Member(id=f"m{n}", email=f"m{n}@example.org", name=name)
        ctx = context("invitation", member, memo, n)
        subjects.append(render_personal("invitation", "de", ctx, env=env, memo=memo).subject)
    assert subjects == ["Hallo Anna", "Hallo Ben", "Hallo Cem"]
    assert len(renders) == 9
