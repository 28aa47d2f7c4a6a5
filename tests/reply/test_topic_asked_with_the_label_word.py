"""A suggestion asked with the label word, or called "also a topic".

"Wie wär's mit dem Thema X?" names X as plainly as "Wie wär's mit X?": "dem
Thema" only leads into the title. A judgement in the next sentence ("Klingt
trocken, ist aber wichtig.") is a sentence of its own and does not take the
suggestion back. "X wäre auch mal ein Thema" proposes X, whatever filler words
("auch", "doch", "sicher") stand before "ein Thema".
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Wie wäre es mit dem Thema Datenschutz im Verein?", "Datenschutz im Verein"),
        (
            "Wie wär's mit dem Thema Content für Carsharing-Stationen?",
            "Content für Carsharing-Stationen",
        ),
        ("Wie wär es mal mit dem Thema Vereinsrecht?", "Vereinsrecht"),
        ("Wie wärs denn mit dem Thema Fotorechte bei Festen?", "Fotorechte bei Festen"),
        ("Wie wäre es nächstes Mal mit dem Thema Spendenquittungen?", "Spendenquittungen"),
    ],
)
def test_the_label_word_after_the_article_leads_into_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Wie wär's mit dem Thema Steuern? Klingt trocken, ist es auch, aber wichtig.", "Steuern"),
        ("Wie wäre es mit Vereinsrecht? Klingt langweilig, ist aber wichtig.", "Vereinsrecht"),
        ("Wie wär's mit Buchhaltung? Trocken, aber nötig.", "Buchhaltung"),
        (
            "Wie wäre es mit dem Thema Datenschutz? Öde, ich weiß, aber es brennt uns.",
            "Datenschutz",
        ),
    ],
)
def test_a_judgement_in_the_next_sentence_keeps_an_asked_suggestion(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Datenschutz im Verein wäre auch mal ein Thema.", "Datenschutz im Verein"),
        ("Fotorechte wär doch sicher ein Thema.", "Fotorechte"),
        ("Vereinsrecht wäre vielleicht auch mal ein Thema.", "Vereinsrecht"),
        ("Barrierefreie Webseiten wären ja auch mal ein Thema.", "Barrierefreie Webseiten"),
        ("Spendenquittungen wäre bestimmt auch ein Thema für viele.", "Spendenquittungen"),
    ],
)
def test_a_subject_called_also_a_topic_is_proposed(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Wie wäre es mit dem Thema Pizza?",
        "Wie wär's mit dem Thema Essen?",
        "Das wäre auch mal ein Thema.",
        "Es wäre auch mal ein Thema, ob wir umziehen.",
        "Wie wär's mit dem Thema Datenschutz? Nee, lieber nicht.",
    ],
)
def test_no_subject_or_one_waved_away_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
