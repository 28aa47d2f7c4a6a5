"""Suggestions carried by borrowed words, hedged with "vielleicht wäre" or counted.

"Ein Deep Dive zu Meta Ads wäre nice", "einen Talk über X hören", "einen
Erfahrungsaustausch zum Thema X", "Vielleicht wäre X ja ein Thema", "Thema X wäre
spannend", "erstens X, zweitens Y": the subject is the title, without the carrier
or the counting word.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Klar. Ein Deep Dive zu Meta Ads wäre nice.", ["Meta Ads"], id="de-deep-dive-nice"
        ),
        pytest.param(
            "Bin dabei. Ich würde gern einen Talk über LinkedIn-Algorithmen hören.",
            ["LinkedIn-Algorithmen"],
            id="de-talk-hoeren",
        ),
        pytest.param(
            "Ich komme. Außerdem würde ich mich über einen Erfahrungsaustausch zum Thema "
            "Vereinsfotos freuen.",
            ["Vereinsfotos"],
            id="de-erfahrungsaustausch",
        ),
        pytest.param(
            "Komme. Vielleicht wäre Reels schneiden für Anfänger ja ein Thema für einen der "
            "nächsten Abende.",
            ["Reels schneiden für Anfänger"],
            id="de-vielleicht-waere-ja-ein-thema",
        ),
        pytest.param(
            "Komme. Ach, und noch was: Thema Datenschutz bei Newsletter-Tools wäre spannend.",
            ["Datenschutz bei Newsletter-Tools"],
            id="de-thema-x-waere-spannend",
        ),
        pytest.param(
            "Zwei Ideen hätte ich noch: erstens Social Media für Schulen, zweitens Podcasts im "
            "Verein.",
            ["Social Media für Schulen", "Podcasts im Verein"],
            id="de-erstens-zweitens",
        ),
        pytest.param(
            "Two ideas: firstly newsletters for choirs, secondly TikTok for libraries.",
            ["newsletters for choirs", "TikTok for libraries"],
            id="en-firstly-secondly",
        ),
    ],
)
def test_the_subject_is_the_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vielleicht wäre das ja ein Thema. Bin dabei.", id="de-das"),
        pytest.param(
            "Vielleicht wäre Donnerstag ja eine Idee für das nächste Treffen.", id="de-day"
        ),
        pytest.param(
            "Komme. Erstens bin ich pünktlich, zweitens bringe ich Kuchen.", id="de-count"
        ),
        pytest.param("Bin dabei. Das Thema war letztes Mal spannend.", id="de-past"),
        pytest.param("Das Thema KI wäre spannend gewesen. Komme nicht.", id="de-gewesen"),
    ],
)
def test_no_subject_is_wished(text: str) -> None:
    assert extract_topics(text).titles == []
