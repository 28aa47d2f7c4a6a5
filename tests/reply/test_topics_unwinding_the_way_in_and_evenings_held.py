"""An evening to unwind, a question about where or when, and a talk held before are no topics.

"Ich wünsche mir einen Abend zum Entspannen" wishes a kind of evening, not a
subject; "Was mich interessiert: wo genau ist der Eingang?" asks the way in;
"Letztes Jahr gab's schon einen Vortrag zu LinkedIn, oder?" recalls a talk
that was. An evening "zum Fotografieren mit dem Handy" and a question that
is a subject ("wo finde ich gute freie Bilder?") still name topics.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich wünsche mir einen Abend zum Entspannen. Komme!", id="de-abend-zum-entspannen"
        ),
        pytest.param("Ich hätte gern mal einen Abend zum Abschalten.", id="de-zum-abschalten"),
        pytest.param(
            "Was mich interessiert: wo genau ist der Eingang?", id="de-wo-genau-ist-der-eingang"
        ),
        pytest.param("Mich würde interessieren: wann beginnt es?", id="de-wann-beginnt-es"),
        pytest.param(
            "Letztes Jahr gab's schon einen Vortrag zu LinkedIn, oder?", id="de-gabs-schon"
        ),
        pytest.param("Gab es nicht schon einen Abend über Reels?", id="de-gab-es-nicht-schon"),
    ],
)
def test_no_subject_is_named(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Ich wünsche mir einen Abend zum Fotografieren mit dem Handy.",
            "Fotografieren mit dem Handy",
            id="de-zum-fotografieren",
        ),
        pytest.param(
            "Was mich interessiert: wo finde ich gute freie Bilder?",
            "wo finde ich gute freie Bilder?",
            id="de-wo-finde-ich",
        ),
    ],
)
def test_a_subject_in_such_words_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
