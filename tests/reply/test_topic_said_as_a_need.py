"""A topic said as something missing: "Was mir fehlt: ein Abend zu Krisenkommunikation".

A need before a colon is a label like "Thema:"; the carrier ("ein Abend zu", "a
session on") is no part of the title. What is missing from the arrangements or
the member's own things ("die Adresse", "mein Regenschirm") names no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Was mir fehlt: ein Abend zu Krisenkommunikation. Ich bin dabei.",
            "Krisenkommunikation",
            id="de-was-mir-fehlt",
        ),
        pytest.param(
            "Was mir noch fehlt: Datenschutz bei Instagram-Gewinnspielen",
            "Datenschutz bei Instagram-Gewinnspielen",
            id="de-noch",
        ),
        pytest.param(
            "Komme gern. Was uns hier echt fehlt: ein Vortrag über Förderanträge online.",
            "Förderanträge online",
            id="de-uns-hier-echt",
        ),
        pytest.param(
            "Mir fehlt noch: Social Media für Tafeln.", "Social Media für Tafeln", id="de-mir-fehlt"
        ),
        pytest.param(
            "What I'm missing: a session on accessibility for video captions.",
            "accessibility for video captions",
            id="en-what-im-missing",
        ),
        pytest.param(
            "I'm in. What's still missing: newsletters for sports clubs.",
            "newsletters for sports clubs",
            id="en-whats-still-missing",
        ),
    ],
)
def test_a_need_before_a_colon_heads_the_title(text: str, title: str) -> None:
    titles = extract_topics(text).titles
    assert [t[:1].lower() + t[1:] for t in titles] == [title[:1].lower() + title[1:]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme gern. Was mir fehlt: mein Regenschirm, den hab ich liegen lassen.",
            id="de-own-thing",
        ),
        pytest.param("Komme. Was mir noch fehlt: die Adresse.", id="de-address"),
        pytest.param("What I'm missing: the address of the venue.", id="en-address"),
    ],
)
def test_something_missing_from_the_arrangements_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
