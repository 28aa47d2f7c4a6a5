"""A label after a ticked box or spoken into the phone is read; one taken back is not.

"[x] Themenvorschlag: X" ticks the label like a form. A dictated mail speaks its marks:
"Nachricht an Stammtisch: Themenvorschlag Doppelpunkt X Punkt", "Topic idea colon X full
stop". "Maybe something about podcasts? Or not." takes the suggestion back in the next
breath.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("[x] Themenvorschlag: Saatgut tauschen online", "Saatgut tauschen online"),
        ("[X] Thema: Vereinsfotos und Datenschutz", "Vereinsfotos und Datenschutz"),
        ("[✓] Topic idea: Bluesky for libraries", "Bluesky for libraries"),
        ("[ ] Ja\n[x] Themenvorschlag: Podcasts im Verein", "Podcasts im Verein"),
        (
            "Nachricht an Stammtisch: Themenvorschlag Doppelpunkt Puppenspiel für Erwachsene "
            "bewerben Punkt",
            "Puppenspiel für Erwachsene bewerben",
        ),
        ("Themenidee Doppelpunkt Fotorecht im Verein Punkt", "Fotorecht im Verein"),
        (
            "Message to Stammtisch: topic idea colon podcasts for clubs full stop",
            "podcasts for clubs",
        ),
        ("Topic suggestion colon alt text for beginners period", "alt text for beginners"),
    ],
)
def test_a_ticked_or_dictated_label_names_its_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Maybe something about podcasts? Or not. Just thinking out loud.",
        "Vielleicht mal was zu Podcasts? Oder doch nicht.",
        "Ein Abend über Newsletter? Oder auch nicht.",
        "How about Threads? Or maybe not.",
        "[ ] Ja  [x] Nein",
        "Ich komme. Das ist mein Punkt",
    ],
)
def test_a_suggestion_taken_back_or_a_ticked_answer_names_no_title(text: str) -> None:
    assert extract_topics(text).titles == []
