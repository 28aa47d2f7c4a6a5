"""The group's own money, or a little earlier, is no topic.

"Können wir kurz über die Abrechnung reden?", "die Kosten für den Raum",
"Can we talk about the budget for snacks?" are the club's business, and
"Next time maybe a bit earlier?" asks for another hour. A subject about money
("Kosten für Social-Media-Werbung", "the costs of influencer campaigns")
still names a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Können wir kurz über die Abrechnung reden? Komme.", id="de-abrechnung"),
        pytest.param(
            "Ich würde gerne über die Mitgliedsbeiträge sprechen.", id="de-mitgliedsbeitraege"
        ),
        pytest.param(
            "Könnten wir über die Kosten für den Raum sprechen?", id="de-kosten-fuer-den-raum"
        ),
        pytest.param("Can we talk about the budget for snacks?", id="en-budget-for-snacks"),
        pytest.param("Next time maybe a bit earlier?", id="en-a-bit-earlier"),
        pytest.param("Idee: nächstes Mal etwas früher?", id="de-etwas-frueher"),
    ],
)
def test_the_groups_money_or_the_hour_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Themenidee: Kosten für Social-Media-Werbung",
            "Kosten für Social-Media-Werbung",
            id="de-kosten-fuer-werbung",
        ),
        pytest.param(
            "Would love a talk on the costs of influencer campaigns.",
            "The costs of influencer campaigns",
            id="en-costs-of-campaigns",
        ),
    ],
)
def test_a_subject_about_money_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
