"""How the member is told of the evening, or "something other than work", is no topic.

"Just an idea: a shared calendar link would help", "Vorschlag: eine
Erinnerung am Tag vorher" ask about the notice; "mal über was anderes als
Arbeit reden" wishes no subject at all. A subject that holds such a word
("Erinnerungskultur auf Instagram", "Kalendertools für Redaktionen") is one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Just an idea: a shared calendar link would help. I'm coming.", id="en-calendar-link"
        ),
        pytest.param("Suggestion: a reminder the day before.", id="en-reminder"),
        pytest.param(
            "Idee: ein gemeinsamer Kalenderlink wäre praktisch. Komme.", id="de-kalenderlink"
        ),
        pytest.param("Vorschlag: eine Erinnerung am Tag vorher.", id="de-erinnerung"),
        pytest.param(
            "Es wäre schön, mal über was anderes als Arbeit zu reden.", id="de-was-anderes"
        ),
        pytest.param(
            "I'd love to talk about something other than work for once.", id="en-something-other"
        ),
    ],
)
def test_the_notice_or_no_subject_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Thema: Erinnerungskultur auf Instagram",
            "Erinnerungskultur auf Instagram",
            id="de-erinnerungskultur",
        ),
        pytest.param(
            "Themenidee: Kalendertools für Redaktionen",
            "Kalendertools für Redaktionen",
            id="de-kalendertools",
        ),
        pytest.param(
            "Topic idea: calendar tools for social media teams",
            "calendar tools for social media teams",
            id="en-calendar-tools",
        ),
    ],
)
def test_a_subject_holding_such_a_word_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
