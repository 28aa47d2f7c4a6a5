"""A number after a step, a picture, an episode or "Web" names no topic, nor does
being "Nummer 1" somewhere; a label that counts its ideas splits them.

"Step 2 of the sign-up form", "Foto Nr. 2 vom letzten Mal", "Web 3 finde ich
spannend", "die Nummer 1 bei Instagram", "Number 1 fan of these evenings" are
no votes; "Thema 2 finde ich spannend" and "Number 1 for me" are. "Ich habe 2
Vorschläge: Reels und Podcasts" suggests two topics."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Step 2 of the sign-up form didn't work for me.", id="en-step"),
        pytest.param("Im Anhang Foto Nr. 2 vom letzten Mal.", id="de-foto"),
        pytest.param("Web 3 finde ich spannend, komme!", id="de-web"),
        pytest.param("Season 2 of our podcast starts next week, great!", id="en-season"),
        pytest.param(
            "Wir sind in unserer Stadt die Nummer 1 bei Instagram, haha.", id="de-nummer-1-bei"
        ),
        pytest.param("Number 1 fan of these evenings! See you.", id="en-fan"),
        pytest.param(
            "Our agency just signed three new creators and I'm on the onboarding team.",
            id="en-three-new-creators",
        ),
        pytest.param("We took on 2 big projects, so I'm on the fence.", id="en-two-big-projects"),
    ],
)
def test_a_number_of_something_else_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        pytest.param("Thema 2 finde ich spannend, komme!", [2], id="de-thema"),
        pytest.param("Number 1 for me.", [1], id="en-for-me"),
        pytest.param("Topic 3 sounds good!", [3], id="en-sounds"),
        pytest.param("Option 1 definitely interests me.", [1], id="en-interests"),
    ],
)
def test_a_topic_number_beside_them_still_votes(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Ich habe 2 Vorschläge: Reels und Podcasts.", ["Reels", "Podcasts"], id="de-2"
        ),
        pytest.param(
            "Zwei Ideen: Canva-Vorlagen und Vereinsrecht",
            ["Canva-Vorlagen", "Vereinsrecht"],
            id="de-zwei",
        ),
        pytest.param("Two ideas: Bluesky and Threads", ["Bluesky", "Threads"], id="en-two"),
        pytest.param(
            "Themenvorschlag: Reels und Podcasts im Vergleich",
            ["Reels und Podcasts im Vergleich"],
            id="de-one-title-with-und",
        ),
    ],
)
def test_a_label_that_counts_its_ideas_splits_them(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles
