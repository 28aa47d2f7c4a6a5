"""A first line that points at the subject keeps only the title after its colon.

Under a subject "Thema für einen Abend", "Im Betreff steht's schon halb:
Bewertungsportale für Handwerker" suggests "Bewertungsportale für Handwerker";
the words that point at the subject line are no part of it.
"""

from __future__ import annotations

import pytest

from mail.topic_text import subject_topics


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        pytest.param(
            "Thema für einen Abend",
            "Im Betreff steht's schon halb: Bewertungsportale für Handwerker. Wir reinigen Büros.",
            "Bewertungsportale für Handwerker",
            id="de-im-betreff-halb",
        ),
        pytest.param(
            "Themenvorschlag",
            "Wie im Betreff: Podcasts für Chöre",
            "Podcasts für Chöre",
            id="de-wie-im-betreff",
        ),
        pytest.param(
            "Topic idea",
            "As per the subject: newsletters for choirs. We have none.",
            "newsletters for choirs",
            id="en-as-per-subject",
        ),
    ],
)
def test_the_pointer_at_the_subject_is_no_part_of_the_title(
    subject: str, body: str, title: str
) -> None:
    assert subject_topics(subject, body) == [title]


def test_a_first_line_without_a_pointer_reads_as_before() -> None:
    assert subject_topics(
        "Themenvorschlag", "Social Media für Zahnärzte. Wir haben keine Ahnung."
    ) == ["Social Media für Zahnärzte"]
