"""Several subjects wished for in one sentence, joined by commas and "und"/"and".

"Ich würde gern mal über Reels, Stories und Lives sprechen", "Mich interessieren
Förderanträge, Crowdfunding und Spendenläufe", "I would love to hear more about
Threads, Bluesky and Mastodon": each short subject is a topic of its own. The
arrangements listed the same way are none.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Ich würde gern mal über Reels, Stories und Lives sprechen.",
            ["Reels", "Stories", "Lives"],
            id="de-sprechen-ueber",
        ),
        pytest.param(
            "Wir möchten mehr über Förderanträge und Crowdfunding erfahren.",
            ["Förderanträge", "Crowdfunding"],
            id="de-erfahren",
        ),
        pytest.param(
            "Mich interessieren Förderanträge, Crowdfunding und Spendenläufe.",
            ["Förderanträge", "Crowdfunding", "Spendenläufe"],
            id="de-mich-interessieren",
        ),
        pytest.param(
            "I would love to hear more about Threads, Bluesky and Mastodon.",
            ["Threads", "Bluesky", "Mastodon"],
            id="en-hear-more-about",
        ),
    ],
)
def test_each_subject_of_the_wish_is_a_topic(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            'Ein Abend zum Thema "Barrierefreie Websites" fände ich klasse.',
            "Barrierefreie Websites",
            id="de-quoted-after-zum-thema",
        ),
        pytest.param(
            "Ein Thema wäre vielleicht auch Vereinsnewsletter mit KI.",
            "Vereinsnewsletter mit KI",
            id="de-vielleicht-auch",
        ),
        pytest.param(
            "Bin dabei. Übrigens würde mich das Thema Vereinsfinanzen online brennend "
            "interessieren.",
            "Vereinsfinanzen online",
            id="de-wuerde-mich-das-thema",
        ),
        pytest.param(
            "Ich schlage vor, dass wir mal über Instagram-Ads sprechen.",
            "Instagram-Ads",
            id="de-schlage-vor-dass",
        ),
    ],
)
def test_one_subject_wished_in_a_longer_form(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mich interessieren die Anfahrt und die Parkplätze.", id="de-arrival"),
        pytest.param(
            "Ich würde gern mal mit euch über den Termin und das Essen sprechen.", id="de-date"
        ),
        pytest.param("Mich interessieren vor allem die Leute, die kommen.", id="de-people"),
        pytest.param("Ich schlage vor, dass wir uns um 19 Uhr treffen.", id="de-time"),
        pytest.param("Mich interessieren die Vorträge immer sehr, bin dabei.", id="de-talks"),
    ],
)
def test_arrangements_listed_the_same_way_name_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
