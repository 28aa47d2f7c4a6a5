"""A topic put as one subject preferred to another.

"Lieber Mastodon als schon wieder Instagram!", "Rather Mastodon than Instagram again",
"Mal was anderes als KI, zum Beispiel Fotorecht": the preferred subject is the
topic, the one it is preferred to is not; being tired of the other subject does not
wave the suggestion away. A preferred day, time or food, or a saying ("lieber spät
als nie"), names no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Lieber Mastodon als schon wieder Instagram!", "Mastodon", id="de-lieber-als"),
        pytest.param(
            "Bitte lieber mal Bluesky als immer nur Instagram.", "Bluesky", id="de-immer-nur"
        ),
        pytest.param(
            "Diesmal lieber Newsletter-Tools als zum dritten Mal Instagram.",
            "Newsletter-Tools",
            id="de-zum-dritten-mal",
        ),
        pytest.param(
            "Statt immer Instagram lieber mal LinkedIn für Ehrenamtliche.",
            "LinkedIn für Ehrenamtliche",
            id="de-statt-lieber",
        ),
        pytest.param(
            "Mal was anderes als KI, zum Beispiel Fotorecht.", "Fotorecht", id="de-was-anderes-als"
        ),
        pytest.param(
            "Rather Mastodon than Instagram again, please.", "Mastodon", id="en-rather-than-again"
        ),
        pytest.param(
            "How about Mastodon instead of yet another Instagram evening?",
            "Mastodon",
            id="en-instead-of-yet-another",
        ),
        pytest.param(
            "Something other than AI for once - maybe photo rights?",
            "photo rights",
            id="en-something-other-than",
        ),
        pytest.param(
            "Threads rather than another round of Instagram tips, please.",
            "Threads",
            id="en-rather-than-another",
        ),
    ],
)
def test_the_preferred_subject_is_the_topic(text: str, title: str) -> None:
    assert [_lower_first(t) for t in extract_topics(text).titles] == [_lower_first(title)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme lieber später als gar nicht.", id="de-later"),
        pytest.param("Lieber spät als nie – bin um acht da.", id="de-saying"),
        pytest.param("Rather late than never, I'll be there at 8.", id="en-saying"),
        pytest.param("Lieber Freitag als Donnerstag, dann komme ich.", id="de-day"),
        pytest.param("Rather Friday than Thursday for me.", id="en-day"),
        pytest.param("Statt Donnerstag lieber Freitag? Da könnte ich.", id="de-statt-day"),
        pytest.param("Bitte mal was anderes als Pizza, zum Beispiel Salat.", id="de-food"),
        pytest.param("Something other than pizza for once - maybe sushi?", id="en-food"),
        pytest.param("Lieber Thomas, ich bin dabei.", id="de-greeting"),
        pytest.param(
            "Mein Chef meinte, ich soll lieber zu Hause bleiben als krank zu kommen.",
            id="de-stay-home",
        ),
    ],
)
def test_a_preferred_day_food_or_saying_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
