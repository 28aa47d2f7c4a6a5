"""The post-event write-up: what it says, in which language, and who may reword it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from evening.world import AFTER, Evening, check_in
from support.workspace import ORGANIZER

from mail.documents import render_document
from mail.render import TemplateProblem, UnsafeTemplate
from somek_tui.models import Contributor, Host, InvalidInput, Speaker, TopicStatus
from somek_tui.services.events import add_event, cancel_event
from somek_tui.services.report import REPORT_TEMPLATE, report_context
from somek_tui.services.rsvps import mark_attended
from somek_tui.services.topics import add_topic, set_topic_status


def context(evening: Evening, language: str = "de", **kwargs: object) -> dict[str, object]:
    view = evening.ws.store.read()
    event = view.event(evening.event.id)
    assert event is not None
    return report_context(
        view,
        event,
        organizer=ORGANIZER,
        language=language,
        now=AFTER,
        **kwargs,  # type: ignore[arg-type]
    )


def render(evening: Evening, language: str = "de", **kwargs: object) -> str:
    return render_document(REPORT_TEMPLATE, language, context(evening, language, **kwargs))


def test_the_german_report_opens_like_a_blog_post(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    assert (
        "Am 28. Januar trafen sich 3 Social-Media-Begeisterte in der Gaststätte Severin "
        "– 2 Mitglieder und 1 Gast." in render(evening)
    )


def test_the_english_report_says_the_same(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    text = render(evening, "en")
    assert "On 28 January, 3 social media enthusiasts met at Gaststätte Severin" in text


def test_the_report_heads_with_title_date_and_place(evening: Evening) -> None:
    text = render(evening)
    assert text.startswith("# SEO und Erfolgsmessung\n\n*Donnerstag, 28. Januar 2027, 19:00 Uhr")
    assert "Gaststätte Severin, Severinstraße 1, 50678 Köln*" in text


def test_the_report_welcomes_new_faces_when_only_some_are_new(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    with evening.ws.store.transaction() as tx:
        earlier = add_event(
            tx,
            title="Kickoff",
            start=evening.event.start - timedelta(days=60),
            domain="example.org",
            now=AFTER,
        )
        mark_attended(tx, earlier.id, evening.member("joerg@example.org").id, True, AFTER)
    assert "Eine Person war zum ersten Mal dabei – herzlich willkommen!" in render(evening)


def test_the_report_mentions_walk_ins(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "mehmet@example.org")  # Mehmet had said no
    assert "Eine Person kam spontan ohne Anmeldung vorbei." in render(evening)


def test_the_report_never_names_attendees(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    text = render(evening)
    assert "Anna" not in text and "anna@" not in text


def test_the_topics_linked_to_the_event_are_what_was_discussed(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        topic, _ = add_topic(tx, "Mastodon für Vereine", now=AFTER - timedelta(days=40))
        topic.event_id = evening.event.id
        tx.put(topic)
        set_topic_status(tx, topic.id, TopicStatus.DONE)
    assert "- **Mastodon für Vereine**" in render(evening)


def test_without_topics_the_evenings_theme_stands(evening: Evening) -> None:
    assert "Thema des Abends: **SEO und Erfolgsmessung**" in render(evening)


def test_ideas_suggested_during_the_evening_are_listed(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        add_topic(tx, "KI-Bilder kennzeichnen", now=evening.event.start + timedelta(hours=1))
        add_topic(tx, "Älterer Vorschlag", now=evening.event.start - timedelta(days=3))
    text = render(evening)
    assert "- KI-Bilder kennzeichnen" in text
    assert "Älterer Vorschlag" not in text


def test_decisions_the_organizer_gives_are_listed(evening: Evening) -> None:
    text = render(evening, decided=["Wir treffen uns alle zwei Monate.", "  "])
    assert "## Was wir beschlossen haben\n\n- Wir treffen uns alle zwei Monate.\n" in text


def test_without_decisions_there_is_no_decisions_section(evening: Evening) -> None:
    assert "beschlossen" not in render(evening)


def test_hosts_speakers_and_contributors_are_thanked(evening: Evening) -> None:
    event = evening.event
    event.host = Host(organisation="Domblick PR")
    event.speakers = [Speaker(name="Dr. Miriam Albers", talk_title="Was Reichweite misst")]
    event.contributors = [Contributor(member_id=evening.member("anna@example.org").id)]
    with evening.ws.store.transaction() as tx:
        tx.put(event)
    text = render(evening)
    assert "Danke an Domblick PR für die Gastfreundschaft." in text
    assert "Danke an Dr. Miriam Albers für den Vortrag." in text
    assert "Danke an Anna Schmitz für die Vorbereitung." in text


def test_the_next_announced_date_closes_the_report(evening: Evening) -> None:
    text = render(evening)
    assert "## Nächster Termin\n\n**Social Ads für Vereine** – Donnerstag, 25. März 2027" in text


def test_without_a_next_date_the_report_promises_one(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        cancel_event(tx, evening.following.id)
    assert "Den nächsten Termin geben wir bald bekannt." in render(evening)


def test_an_event_still_ahead_has_no_report(evening: Evening) -> None:
    view = evening.ws.store.read()
    with pytest.raises(InvalidInput, match="not taken place"):
        report_context(view, evening.following, organizer=ORGANIZER, language="de", now=AFTER)


def test_an_organizers_copy_of_the_template_is_used(evening: Evening, tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "de"
    folder.mkdir(parents=True)
    (folder / "report.md.j2").write_text("Rückblick auf {{ event.title }}\n", encoding="utf-8")
    text = render_document(REPORT_TEMPLATE, "de", context(evening), tmp_path / "templates")
    assert text == "Rückblick auf SEO und Erfolgsmessung\n"


def test_an_organizers_copy_renders_in_the_sandbox(evening: Evening, tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "de"
    folder.mkdir(parents=True)
    (folder / "report.md.j2").write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(UnsafeTemplate):
        render_document(REPORT_TEMPLATE, "de", context(evening), tmp_path / "templates")


def test_a_broken_template_is_reported_with_its_file(evening: Evening, tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "de"
    folder.mkdir(parents=True)
    (folder / "report.md.j2").write_text("{{ nothing_like_this }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match=r"report\.md\.j2"):
        render_document(REPORT_TEMPLATE, "de", context(evening), tmp_path / "templates")
