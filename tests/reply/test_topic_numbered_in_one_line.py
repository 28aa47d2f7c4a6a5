"""Several suggestions numbered in one line after a label: "Themen: 1. X 2. Y".

Numbers with a full stop that count up from one run a list on; each item is a
title, and no number is read as a vote for a listed topic. A number that does
not count up ("ab dem 1. Januar") is part of the title.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Komme. Ich hätte zwei Themen: 1. WhatsApp-Kanäle für Vereine 2. Bildrechte bei Fotos",
            ["WhatsApp-Kanäle für Vereine", "Bildrechte bei Fotos"],
            id="de-two",
        ),
        pytest.param(
            "Bin dabei. Meine Vorschläge: 1. TikTok für Vereine, 2. Canva-Vorlagen, "
            "3. Datenschutz bei Fotos",
            ["TikTok für Vereine", "Canva-Vorlagen", "Datenschutz bei Fotos"],
            id="de-three-with-commas",
        ),
        pytest.param(
            "I'm in. Three ideas: 1. Reels for shops 2. Newsletter tools 3. Podcasting basics",
            ["Reels for shops", "Newsletter tools", "Podcasting basics"],
            id="en-three",
        ),
        pytest.param(
            "Topics: 1. Discord for clubs 2. Accessible flyers",
            ["Discord for clubs", "Accessible flyers"],
            id="en-two",
        ),
    ],
)
def test_each_numbered_item_is_a_title_and_no_vote(text: str, titles: list[str]) -> None:
    found = extract_topics(text)
    assert found.titles == titles
    assert found.votes == []


def test_a_date_in_a_title_runs_no_list_on() -> None:
    assert extract_topics("Thema: Vereinsrecht ab dem 1. Januar").titles == [
        "Vereinsrecht ab dem 1. Januar"
    ]
