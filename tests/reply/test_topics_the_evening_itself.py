"""Wishes about the evening itself are no topics.

Getting to know each other, networking, the noise of the pub, a rating alone,
not caring which, or the topic of an evening that was: the forms of a wish
("Spannend wäre ein Abend zum Netzwerken", "Could we do something about the
noise?", "Thema für später wäre mir eigentlich egal") carry no subject. The
same words as part of a subject still count ("Netzwerken auf LinkedIn").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Spannend wäre ein Abend zum Netzwerken. Ich komme.", id="de-netzwerken"),
        pytest.param(
            "Könntet ihr vielleicht einen Abend zum Kennenlernen machen? Ich bin neu.",
            id="de-kennenlernen",
        ),
        pytest.param(
            "Toll wäre auch ein Workshop zum Kennenlernen der Neuen.", id="de-kennenlernen-der"
        ),
        pytest.param(
            "Interessant wäre ein Vortrag zu dem Thema von letzter Woche nochmal.",
            id="de-thema-von-letzter-woche",
        ),
        pytest.param("Thema für später wäre mir eigentlich egal.", id="de-mir-egal"),
        pytest.param(
            "Could we do something about the noise? The pub was loud last time.", id="en-noise"
        ),
        pytest.param("Toll wäre auch ein Abend zu zweit.", id="de-zu-zweit"),
        pytest.param(
            "Ich komme, ich fände das Thema des Abends spannend.", id="de-thema-des-abends"
        ),
        pytest.param(
            "Ich fände das Thema an sich spannend, aber ich kann nicht.", id="de-thema-an-sich"
        ),
        pytest.param("Da wäre Pünktlichkeit ein wichtiges Thema.", id="de-puenktlichkeit"),
        pytest.param("Spannend wäre ein Besuch bei euch im Büro.", id="de-besuch"),
        pytest.param(
            "Would love it if you could talk about yourselves a bit.", id="en-about-yourselves"
        ),
        pytest.param("I suggest we talk about carpooling on the day.", id="en-carpooling"),
        pytest.param("My wish would be for everyone to arrive on time.", id="en-for-everyone"),
        pytest.param("One idea might be helpful: name tags.", id="en-helpful-name-tags"),
        pytest.param("I'd love something on Thursdays rather than Tuesdays.", id="en-thursdays"),
        pytest.param("We'd like more about how to get there.", id="en-how-to-get-there"),
        pytest.param("Have you thought about doing something on a Friday?", id="en-a-friday"),
        pytest.param(
            "May I suggest a session on the terrace if the weather is nice?", id="en-terrace"
        ),
    ],
)
def test_a_wish_about_the_evening_itself_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Netzwerken auf LinkedIn wäre ein Thema.",
            "Netzwerken auf LinkedIn",
            id="de-netzwerken-auf-linkedin",
        ),
        pytest.param(
            "Themenwunsch: Kennenlernen von Instagram-Tools",
            "Kennenlernen von Instagram-Tools",
            id="de-kennenlernen-von",
        ),
        pytest.param("Could we do something on AI images?", "AI images", id="en-something-on"),
        pytest.param(
            "Topic idea: Weekend posting schedules for clubs",
            "Weekend posting schedules for clubs",
            id="en-weekend-posting",
        ),
        pytest.param(
            "I'd love something on garden photography for Instagram.",
            "Garden photography for Instagram",
            id="en-garden-photography",
        ),
    ],
)
def test_the_same_words_in_a_subject_still_count(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
