"""A subject asked of the organisers outright is a topic suggestion.

"Macht doch mal was zu X", "Organisiert doch mal einen Workshop zu X", "Do
something on X sometime!", "mehr zu X wäre super", "More on X would be
great" wish an evening about X. What is asked about the food, the way there
or a nuisance ("Macht mal was zum Essen", "Do something about the noise")
is no subject.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Macht doch mal was zu KI-Bildern und Urheberrecht.",
            "KI-Bildern und Urheberrecht",
            id="de-macht-doch-mal-was-zu",
        ),
        pytest.param("Macht mal einen Abend über Threads!", "Threads", id="de-macht-mal-abend"),
        pytest.param(
            "Macht bitte mal was über Barrierefreiheit.", "Barrierefreiheit", id="de-macht-bitte"
        ),
        pytest.param(
            "Organisiert doch mal einen Workshop zu Canva. Komme dann!",
            "Canva",
            id="de-organisiert-workshop",
        ),
        pytest.param(
            "Bin dabei! Und: mehr zu Newslettern wäre super.", "Newslettern", id="de-mehr-zu"
        ),
        pytest.param("Do something on Bluesky sometime!", "Bluesky", id="en-do-something-on"),
        pytest.param(
            "Please run a session on newsletters at some point.",
            "Newsletters",
            id="en-run-a-session",
        ),
        pytest.param("More on podcasts would be great. I'm in.", "Podcasts", id="en-more-on"),
    ],
)
def test_a_subject_asked_of_the_organisers_is_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Macht mal was zum Essen, dann komme ich.", id="de-zum-essen"),
        pytest.param("Macht euch keinen Stress, ich komme.", id="de-keinen-stress"),
        pytest.param("Mehr zu essen wäre super.", id="de-mehr-zu-essen"),
        pytest.param("Do something about the noise sometime please.", id="en-about-the-noise"),
        pytest.param("More about the venue would be helpful.", id="en-more-about-the-venue"),
    ],
)
def test_an_ask_about_the_arrangements_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
