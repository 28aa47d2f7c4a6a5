"""Topic suggestions in the forms people write them: inline, in prose, in lists, in the subject."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics, subject_topics
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Themenvorschlag für einen der nächsten Abende: Fediverse für Kommunen",
         "Fediverse für Kommunen"),
        ("topic idea: newsletters people read", "newsletters people read"),
        ("Round-Table-Idee: Datenschutz bei Vereinsfotos", "Datenschutz bei Vereinsfotos"),
        ("Noch eine Idee fürs nächste Mal: Podcasts im Verein", "Podcasts im Verein"),
        ("Another suggestion for a future evening: open data in local news",
         "open data in local news"),
    ],
)  # fmt: skip
def test_a_cue_before_a_colon_gives_the_line_as_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("I would love a talk about community moderation.", "Community moderation"),
        ("Could we have a session on password managers?", "Password managers"),
        ("Ich fände einen Abend über Open Source im Ehrenamt spannend.",
         "Open Source im Ehrenamt"),
        ("I'd like to see a workshop on accessible PDFs sometime", "Accessible PDFs"),
        ("Ich wünsche mir mal einen Vortrag über Barrierefreiheit im Web.",
         "Barrierefreiheit im Web"),
        ("Lokaljournalismus und KI wäre mal ein spannendes Thema.", "Lokaljournalismus und KI"),
    ],
)  # fmt: skip
def test_a_suggestion_in_prose_is_found(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "bullets", ["a) Mastodon\nb) Matrix", "1) Mastodon\n2) Matrix", "– Mastodon\n– Matrix"]
)
def test_a_lettered_numbered_or_dashed_list_under_a_cue_gives_each_item(bullets: str) -> None:
    assert extract_topics(f"Meine Ideen:\n{bullets}").titles == ["Mastodon", "Matrix"]


def test_a_title_that_is_a_question_keeps_its_question_mark() -> None:
    assert extract_topics("Topic: Do we still need Facebook?").titles == [
        "Do we still need Facebook?"
    ]


def test_a_greeting_is_never_a_title() -> None:
    assert extract_topics("Thema:\nHallo zusammen").titles == []


def test_a_suggestion_beside_an_answer_leaves_the_answer_readable() -> None:
    found = extract_topics("Bin dabei! Topic idea: Bluesky custom feeds")
    assert found.titles == ["Bluesky custom feeds"]
    assert read_intent(found.rest).answer is Answer.YES


def test_a_suggestion_in_the_subject_alone_is_found() -> None:
    assert subject_topics("AW: Themenvorschlag: Krisenkommunikation") == ["Krisenkommunikation"]


def test_an_ordinary_reply_subject_is_no_topic() -> None:
    assert subject_topics("Re: Einladung: Stammtisch am 12. März") == []


@pytest.mark.parametrize(
    "text",
    ["Ich fände es spannend, wenn wir mal woanders hingehen.", "How about we meet at 7?"],
)
def test_prose_without_a_named_subject_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Ina <ina@example.org>\r\nTo: somek@example.org\r\nSubject: {subject}\r\n"
        "Message-ID: <s1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_a_mail_with_the_suggestion_only_in_its_subject_records_it() -> None:
    from mail.analysis import analyse

    result = analyse(_mail("Themenvorschlag: Lokale Wahlen erklären", "Liebe Grüße, Ina"))
    assert result.topics == ["Lokale Wahlen erklären"]


def test_a_mail_with_an_unsubscribe_subject_and_no_words_unsubscribes() -> None:
    from mail.analysis import analyse

    assert analyse(_mail("Abbestellen", "")).unsubscribe is True


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Vorschläge: 1) Fediverse-Grundlagen 2) Newsletter-Tools",
            ["Fediverse-Grundlagen", "Newsletter-Tools"],
        ),
        (
            "Ideas:\nA) Zines for beginners B) Community radio",
            ["Zines for beginners", "Community radio"],
        ),
        ("Themen:\n- Threads\n2) Bluesky", ["Threads", "Bluesky"]),
    ],
)
def test_a_list_run_on_in_one_line_gives_one_title_per_item(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mein Themenvorschlag wäre Open Data im Rathaus.", "Open Data im Rathaus"),
        ("Uns würde Open Data im Rathaus sehr interessieren.", "Open Data im Rathaus"),
        ("Interessant fände ich Open Data im Rathaus.", "Open Data im Rathaus"),
        ("Ich schlage Open Data im Rathaus als Thema vor.", "Open Data im Rathaus"),
        ("Ich würde gern mehr über Open Data im Rathaus erfahren.", "Open Data im Rathaus"),
        ("I'd propose open data in city hall as a topic.", "Open data in city hall"),
        ("Could we talk about open data in city hall sometime?", "Open data in city hall"),
        ("Would be nice to discuss open data in city hall.", "Open data in city hall"),
    ],
)
def test_a_suggestion_in_prose_is_read(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Mich würde sehr interessieren, wie es letztes Mal lief.",
        "Could we talk about the date?",
        "I'd love to hear about the talk on Thursday.",
    ],
)
def test_curiosity_about_the_evening_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []
