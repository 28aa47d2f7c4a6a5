"""Topic suggestions said before the word that makes them one, or asked.

People name the title first and point back at it ("X, das wäre ein Thema",
"X – that'd make a good session"), open with a loose header ("Random
thought: X", "Two things I'd like to see covered:" and a list, "Für ein
nächstes Mal: X"), or ask ("Wär's nicht mal Zeit für X?", "Hättet ihr mal
Lust auf X?"). Praise, food and the evening itself are never a title.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Social-Media-Redaktionsplan mit Trello, das wäre ein Thema.",
            ["Social-Media-Redaktionsplan mit Trello"],
            id="x-das-waere-ein-thema",
        ),
        pytest.param(
            "Barrierefreie PDFs, das wäre was für einen Themenabend.",
            ["Barrierefreie PDFs"],
            id="x-das-waere-was-fuer-einen-themenabend",
        ),
        pytest.param(
            "Podcasting on a budget, that'd make a good session.",
            ["Podcasting on a budget"],
            id="x-thatd-make-a-good-session",
        ),
        pytest.param(
            "Random thought: memes for serious organisations. Discuss 😄",
            ["memes for serious organisations"],
            id="random-thought-header",
        ),
        pytest.param(
            "two things I'd really like to see covered at some point:\n"
            "1) GDPR-friendly analytics\n2) Community management for small teams",
            ["GDPR-friendly analytics", "Community management for small teams"],
            id="like-to-see-covered-list",
        ),
        pytest.param(
            "Things I'd like to see discussed:\n- Bluesky\n- Threads",
            ["Bluesky", "Threads"],
            id="like-to-see-discussed-bullets",
        ),
        pytest.param(
            "Danke für den schönen Abend! Für ein nächstes Mal: LinkedIn Ads für Vereine.",
            ["LinkedIn Ads für Vereine"],
            id="fuer-ein-naechstes-mal-after-thanks",
        ),
        pytest.param(
            'Wär\'s nicht mal Zeit für "Wie schreibe ich eine gute Pressemitteilung"?',
            ["Wie schreibe ich eine gute Pressemitteilung"],
            id="waers-nicht-mal-zeit-fuer",
        ),
        pytest.param(
            "Wäre es nicht mal Zeit für ein Thema wie Datenschutz bei WhatsApp?",
            ["Datenschutz bei WhatsApp"],
            id="zeit-fuer-ein-thema-wie",
        ),
        pytest.param(
            "Hättet ihr nicht mal Lust auf Social Media in der Kommunalpolitik?",
            ["Social Media in der Kommunalpolitik"],
            id="haettet-ihr-lust-auf",
        ),
        pytest.param(
            "Isn't it time for a session on Bluesky?",
            ["Bluesky"],
            id="isnt-it-time-for-a-session-on",
        ),
    ],
)
def test_a_title_named_before_its_cue_or_asked_is_a_suggestion(
    text: str, titles: list[str]
) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja klar, das wäre ein Abend!", id="praise-of-the-evening"),
        pytest.param("Ich komme, das wäre ein Thema für sich.", id="figure-of-speech"),
        pytest.param("Habt ihr Lust auf ein Bier danach?", id="beer-after"),
        pytest.param("Habt ihr Lust auf Pizza?", id="pizza"),
        pytest.param("Isn't it time for dinner?", id="dinner"),
        pytest.param("Second thought: I can't come after all.", id="second-thought"),
        pytest.param("Für ein nächstes Mal: ich komme später", id="arrangements"),
        pytest.param("Ich komme. Would love to see you all!", id="love-to-see-you"),
        pytest.param("Komme! Und ich stimme für das KI-Thema.", id="pointer-at-a-listed-topic"),
    ],
)
def test_praise_food_and_arrangements_are_no_title(text: str) -> None:
    assert extract_topics(text).titles == []
