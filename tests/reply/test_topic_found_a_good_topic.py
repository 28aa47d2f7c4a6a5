"""A subject the member would find a good topic is a suggestion.

"Fände aber Google Ads für Kleinstbetriebe ein gutes Thema für später", "Wir fänden
Datenschutz im Verein einen guten Themenabend", "Ich würde Bluesky für Vereine ein tolles
Thema finden": the wishing mood names a subject for an evening. The indicative "ich finde
KI ein wichtiges Thema" judges the evening's own subject, and "das", "es" or "kein gutes
Thema" suggest nothing.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Fände aber Google Ads für Kleinstbetriebe ein gutes Thema für später.",
            "Google Ads für Kleinstbetriebe",
        ),
        ("Ich fände Reels schneiden ein spannendes Thema.", "Reels schneiden"),
        ("Wir fänden Datenschutz im Verein einen guten Themenabend.", "Datenschutz im Verein"),
        ("Ich würde Bluesky für Vereine ein tolles Thema finden.", "Bluesky für Vereine"),
        ("Fänd Newsletter mit Mailchimp echt ein super Thema!", "Newsletter mit Mailchimp"),
        ("Ich fände übrigens Fotorechte ein wirklich wichtiges Thema.", "Fotorechte"),
    ],
)
def test_a_subject_found_a_good_topic_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Ich finde KI ein wichtiges Thema, freu mich drauf.",
        "Ich fände es ein gutes Thema.",
        "Fände ich ein gutes Thema, bin dabei.",
        "Ich fände das ein gutes Thema.",
        "Ich fände Podcasts kein gutes Thema.",
    ],
)
def test_finding_it_or_the_evenings_subject_good_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


def test_the_answer_before_the_subject_found_a_good_topic_is_kept() -> None:
    found = analyse(
        plain_reply(
            "Komme diesmal nicht. Fände aber Google Ads für Kleinstbetriebe ein gutes Thema."
        )
    )
    assert found.answer is Answer.NO
    assert found.topics == ["Google Ads für Kleinstbetriebe"]
