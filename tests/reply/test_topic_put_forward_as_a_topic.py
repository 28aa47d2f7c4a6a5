"""A subject put forward "as a topic", wished to be covered, or of interest.

"Vielleicht mal Podcasts für Kulturvereine als Thema?", "Bluesky als Thema fände ich
super", "Maybe Bluesky for nonprofits as a topic?", "I'd be really interested in
accessibility in short videos", "Wäre cool, wenn mal jemand was zu LinkedIn machen
könnte": the subject is the title. A subject that was a topic once, an own plan
("I'd be interested in joining") or the evening's details are none.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Bin dabei. Vielleicht mal Podcasts für Kulturvereine als Thema?",
            "Podcasts für Kulturvereine",
            id="de-vielleicht-als-thema",
        ),
        pytest.param(
            "Zusage.\n\nWie wär's mit Newsletter-Tools im Vergleich als nächstem Thema?",
            "Newsletter-Tools im Vergleich",
            id="de-wie-waers-als-naechstem",
        ),
        pytest.param(
            "Komme! Datenschutz bei WhatsApp-Gruppen als Thema fände ich super.",
            "Datenschutz bei WhatsApp-Gruppen",
            id="de-als-thema-faende-ich",
        ),
        pytest.param(
            "Count me in. Maybe Bluesky for nonprofits as a future topic?",
            "Bluesky for nonprofits",
            id="en-maybe-as-a-future-topic",
        ),
        pytest.param(
            "See you there! Podcasting for small clubs as a topic would be great.",
            "Podcasting for small clubs",
            id="en-as-a-topic-would-be-great",
        ),
        pytest.param(
            "I'm coming. I'd be really interested in accessibility in short videos.",
            "Accessibility in short videos",
            id="en-really-interested-in",
        ),
        pytest.param(
            "We'd be very interested in newsletter tools compared. See you!",
            "Newsletter tools compared",
            id="en-we-very-interested-in",
        ),
        pytest.param(
            "Wäre cool, wenn mal jemand was zu Krisenkommunikation bei Shitstorms machen könnte.",
            "Krisenkommunikation bei Shitstorms",
            id="de-waere-cool-wenn-jemand",
        ),
        pytest.param(
            "Bin dabei. Fände ich super, wenn ihr mal über TikTok in der Jugendarbeit "
            "sprechen würdet.",
            "TikTok in der Jugendarbeit",
            id="de-faende-ich-super-wenn-ihr",
        ),
        pytest.param(
            "It would be great if someone could talk about crisis communication on social media.",
            "Crisis communication on social media",
            id="en-great-if-someone-could-talk",
        ),
    ],
)
def test_a_subject_put_forward_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bin dabei. Hatten wir Datenschutz bei Fotos nicht schon als Thema?", id="de-had-it"
        ),
        pytest.param("Bin dabei, wie immer als Gast.", id="de-as-a-guest"),
        pytest.param(
            "Kann leider nicht, ich bin als Referentin beim Digitaltag.", id="de-as-speaker"
        ),
        pytest.param("I'd be interested in joining the organizing team. See you!", id="en-joining"),
        pytest.param("I'd be interested in a lift from the station, I'm coming.", id="en-a-lift"),
        pytest.param("I'd be interested in the slides from last time.", id="en-slides"),
        pytest.param("I'd be interested in hearing what the others think.", id="en-hearing"),
        pytest.param("Wäre cool, wenn jemand was zu essen mitbringen könnte.", id="de-food"),
        pytest.param("Was that already a topic? I'm in anyway.", id="en-was-a-topic"),
    ],
)
def test_a_past_topic_an_own_plan_or_an_arrangement_is_none(text: str) -> None:
    assert extract_topics(text).titles == []
