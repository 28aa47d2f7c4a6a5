"""A wish with its verb first and no carrier: "wünsch ich mir danach mal X",
"Könnte man nicht mal was über X machen?".

The subject after "mal" or "was über" is the title; a wish for the weather or
for food ("wünsch mir mal wieder Sonne", "was zum Essen machen") is none.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Bin dabei. Passend zu SEO wünsch ich mir danach mal Lokale Suche bei Google, also "
            "Maps und so.",
            "Lokale Suche bei Google",
            id="de-wuensch-ich-mir-danach-mal",
        ),
        pytest.param(
            "Komme. Fürs Frühjahr wünsche ich mir auch mal Vereinsfeste auf Instagram.",
            "Vereinsfeste auf Instagram",
            id="de-wuensche-ich-mir-auch-mal",
        ),
        pytest.param(
            "Komme. Könnte man nicht mal was über Google Ads für Vereine machen?",
            "Google Ads für Vereine",
            id="de-koennte-man-nicht-mal-was",
        ),
        pytest.param(
            "Sollten wir nicht mal was zu Podcasts für Chöre bringen?",
            "Podcasts für Chöre",
            id="de-sollten-wir-was-bringen",
        ),
    ],
)
def test_the_subject_of_the_wish_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich wünsch mir mal wieder Sonne. Bin dabei.", id="de-sonne"),
        pytest.param("Könnten wir mal was zum Essen machen?", id="de-essen"),
        pytest.param("Ich wünsche mir mal einen früheren Beginn.", id="de-beginn"),
    ],
)
def test_a_wish_for_the_evening_itself_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
