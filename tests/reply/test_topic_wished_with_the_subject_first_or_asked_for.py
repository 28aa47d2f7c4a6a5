"""A wish that names its subject first, or asks for more of it, is a suggestion.

"Über Threads sollten wir mal reden", "Mehr zu Google Analytics bitte!", "Would love
something on WhatsApp channels", "Requesting a session on Bluesky", "Wünsche mir für den
nächsten Abend X", "Mich würde brennend X interessieren". The date, the room, the food or
more chairs are arrangements, not subjects.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Über Threads sollten wir mal reden.", "Threads"),
        ("Zu Vereinsfinanzen könnten wir auch mal diskutieren.", "Vereinsfinanzen"),
        ("Mehr zu Google Analytics bitte!", "Google Analytics"),
        ("Öfter was über Pressearbeit, bitte.", "Pressearbeit"),
        ("More on it please? Would love something on WhatsApp channels.", "WhatsApp channels"),
        ("I'd really love a bit more about email newsletters.", "Email newsletters"),
        ("Requesting a session on Bluesky.", "Bluesky"),
        (
            "Wünsche mir für den nächsten Abend Content-Planung mit Notion.",
            "Content-Planung mit Notion",
        ),
        ("Für den nächsten Abend wünsche ich mir Krisenkommunikation.", "Krisenkommunikation"),
        ("Mich würde brennend KI-Bildbearbeitung interessieren.", "KI-Bildbearbeitung"),
        ("Uns würde echt das Thema Vereinsrecht interessieren.", "Vereinsrecht"),
    ],
)
def test_the_subject_of_the_wish_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Über den Termin sollten wir mal reden.",
        "Über Pizza sollten wir mal reden.",
        "Über das Essen sollten wir reden.",
        "Mehr Stühle bitte!",
        "Would love something to eat.",
        "Wünsche mir für den nächsten Abend einen größeren Raum.",
        "Für den nächsten Abend wünsche ich mir mehr Zeit.",
        "Mich würde brennend interessieren, ob ihr kommt.",
        "Mich würde sehr die Anfahrt interessieren.",
    ],
)
def test_an_arrangement_wished_for_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []
