from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from jinja2.sandbox import SecurityError

from mail.compose import KINDS, mail_context
from mail.render import TemplateProblem, UnsafeTemplate, packaged_templates_dir, render_mail
from somek_tui.config import OrganizerSettings, Settings
from somek_tui.models import (
    Event,
    EventKind,
    Host,
    Language,
    Member,
    Speaker,
    Topic,
    Venue,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _event(kind: EventKind, title: str = "Reels & Stories") -> Event:
    return Event(
        id="ev1",
        title=title,
        start=datetime(2026, 1, 22, 19, 0, tzinfo=BERLIN),
        end=datetime(2026, 1, 22, 22, 0, tzinfo=BERLIN),
        venue=Venue("Agentur Nord", "Domstraße 1, 50667 Köln"),
        kind=kind,
        capacity=25,
        description="Wir starten pünktlich.\nDanach Kölsch.",
        host=Host(organisation="Agentur Nord") if kind is EventKind.TALK else None,
        speakers=[Speaker("Anna Beispiel", "TikTok für B2B", confirmed=True)]
        if kind is EventKind.TALK
        else [],
        uid="ev1@example.org",
    )


def _context(kind: str, language: str, event_kind: EventKind, **extra: Any) -> dict[str, Any]:
    member = Member(id="m1", email="jo@example.org", name="Jö Müller", language=Language(language))
    settings = Settings(organizer=OrganizerSettings(name="#SoMe Stammtisch Köln"))
    topics = [Topic(id="t1", title="Threads", votes=["a", "b"]), Topic(id="t2", title="BeReal")]
    return mail_context(
        kind,
        member,
        _event(event_kind),
        settings,
        topics,
        [("Ben", "Community-Management")],
        {
            "rsvp": {"answer": "yes", "guests": 1},
            "next_event": _event(EventKind.ROUNDTABLE),
            "previous": {"start": datetime(2026, 1, 21, 19, 0, tzinfo=BERLIN)},
            **extra,
        },
        theme_topics=topics[:1],
        reply_key="k1",
    )


@pytest.mark.parametrize("event_kind", list(EventKind))
@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_template_renders(kind: str, language: str, event_kind: EventKind) -> None:
    mail = render_mail(kind, language, _context(kind, language, event_kind))
    assert mail.subject and "\n" not in mail.subject
    assert mail.text.strip()
    assert mail.html.lstrip().startswith("<!DOCTYPE html>")
    assert "max-width:600px" in mail.html


@pytest.mark.parametrize("language", ["de", "en"])
def test_invitation_explains_how_to_answer(language: str) -> None:
    mail = render_mail("invitation", language, _context("invitation", language, EventKind.TALK))
    words = {
        "de": ["Ja", "Nein", "Vielleicht", "Ja +1", "Thema: …", "+1 für Thema 1"],
        "en": ["Yes", "No", "Maybe", "Yes +1", "Topic: …", "+1 for topic 1"],
    }[language]
    for word in words:
        assert word in mail.text
        assert word in mail.html


def test_invitation_mentions_the_calendar_in_du_form() -> None:
    mail = render_mail("invitation", "de", _context("invitation", "de", EventKind.TALK))
    assert "Du kannst auch direkt im Kalender zusagen" in mail.text


def test_invitation_numbers_open_topics() -> None:
    mail = render_mail("invitation", "de", _context("invitation", "de", EventKind.ROUNDTABLE))
    assert "  1. Threads (2 Stimmen)" in mail.text
    assert "  2. BeReal" in mail.text
    assert '<li value="2"' in mail.html


def test_talk_invitation_names_host_speaker_and_title() -> None:
    mail = render_mail("invitation", "de", _context("invitation", "de", EventKind.TALK))
    assert "zu Gast bei Agentur Nord" in mail.text
    assert "Anna Beispiel – „TikTok für B2B“" in mail.text


def test_theme_evening_names_theme_and_contributors() -> None:
    mail = render_mail("invitation", "en", _context("invitation", "en", EventKind.ROUNDTABLE))
    assert "Theme of the evening: Threads" in mail.text
    assert "Preparing a contribution: Ben (Community-Management)" in mail.text


def test_acknowledgement_subject_says_what_was_recorded() -> None:
    de = render_mail("acknowledgement", "de", _context("acknowledgement", "de", EventKind.TALK))
    en = render_mail("acknowledgement", "en", _context("acknowledgement", "en", EventKind.TALK))
    assert de.subject.startswith("Notiert: Zusage mit 1 Gast")
    assert en.subject.startswith("Noted: yes with 1 guest")


def test_html_escapes_the_title() -> None:
    context = _context("invitation", "de", EventKind.TALK)
    context["event"]["title"] = "<script>alert(1)</script>"
    mail = render_mail("invitation", "de", context)
    assert "<script>" not in mail.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mail.html
    assert "<script>alert(1)</script>" in mail.text


def test_subject_is_one_line() -> None:
    context = _context("invitation", "de", EventKind.TALK)
    context["event"]["title"] = "Zeile eins\r\nBcc: x@example.org"
    assert render_mail("invitation", "de", context).subject == (
        "Einladung: Zeile eins Bcc: x@example.org am Donnerstag, 22. Januar 2026"
    )


def test_unknown_variable_is_a_template_problem_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "invitation.txt.j2").write_text("Hallo\n{{ no_such_thing }}\n")
    with pytest.raises(TemplateProblem, match=r"invitation\.txt\.j2, line 2: .*no_such_thing"):
        render_mail(
            "invitation", "de", _context("invitation", "de", EventKind.TALK), override_dir=tmp_path
        )


def test_missing_key_in_packaged_template_names_the_file() -> None:
    context = _context("invitation", "de", EventKind.TALK)
    del context["open_topics"]
    with pytest.raises(TemplateProblem, match=r"templates/de/.*\.j2.*open_topics"):
        render_mail("invitation", "de", context)


def test_syntax_error_is_a_template_problem_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "reminder.subject.j2").write_text("Hi\n{% if %}\n")
    with pytest.raises(TemplateProblem, match=r"reminder\.subject\.j2, line 2"):
        render_mail(
            "reminder", "en", _context("reminder", "en", EventKind.TALK), override_dir=tmp_path
        )


def test_unknown_kind_is_a_template_problem() -> None:
    with pytest.raises(TemplateProblem, match=r"template party\.subject\.j2 not found in "):
        render_mail("party", "de", {})


def test_override_wins_over_packaged_template(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "invitation.subject.j2").write_text("Komm vorbei: {{ event.title }}")
    mail = render_mail(
        "invitation", "de", _context("invitation", "de", EventKind.TALK), override_dir=tmp_path
    )
    assert mail.subject == "Komm vorbei: Reels & Stories"
    assert "Bitte sag kurz Bescheid" in mail.text  # the rest still comes from the package


def test_override_may_extend_the_packaged_base(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "invitation.html.j2").write_text(
        '{% extends "_base.html.j2" %}{% block content %}<p>{{ event.title }}</p>{% endblock %}'
    )
    mail = render_mail(
        "invitation", "en", _context("invitation", "en", EventKind.TALK), override_dir=tmp_path
    )
    assert "<p>Reels &amp; Stories</p>" in mail.html
    assert "max-width:600px" in mail.html


def test_override_cannot_reach_unsafe_attributes(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "invitation.subject.j2").write_text("{{ ''.__class__.__mro__ }}")
    with pytest.raises(UnsafeTemplate) as caught:
        render_mail(
            "invitation", "de", _context("invitation", "de", EventKind.TALK), override_dir=tmp_path
        )
    assert isinstance(caught.value, TemplateProblem)
    assert isinstance(caught.value.__cause__, SecurityError)
    assert "invitation.subject.j2" in str(caught.value)


def test_unknown_language_falls_back_to_german() -> None:
    mail = render_mail("invitation", "fr", _context("invitation", "de", EventKind.TALK))
    assert mail.subject.startswith("Einladung:")


def test_packaged_templates_are_found_in_the_checkout() -> None:
    folder = packaged_templates_dir()
    assert (folder / "de" / "invitation.html.j2").is_file()
    assert (folder / "en" / "_base.html.j2").is_file()


def test_packaged_folder_given_as_override_is_not_sandboxed() -> None:
    from jinja2.sandbox import SandboxedEnvironment

    from mail.render import environment

    env = environment("de", packaged_templates_dir())
    assert not isinstance(env, SandboxedEnvironment)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", ["invitation", "reminder", "acknowledgement", "join_confirm"])
def test_html_escapes_a_members_name_printed_by_a_shared_helper(kind: str, language: str) -> None:
    context = _context(kind, language, EventKind.TALK)
    context["member"]["name"] = "<b>Ada & Bob</b>"
    mail = render_mail(kind, language, context)
    assert "<b>Ada" not in mail.html
    assert "&lt;b&gt;Ada &amp; Bob&lt;/b&gt;" in mail.html
    assert "<b>Ada & Bob</b>" in mail.text
