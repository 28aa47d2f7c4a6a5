"""A suggestion withheld because the list has it, new labels, and where a title ends.

"Ich wollte eigentlich X vorschlagen, aber das steht schon auf der Liste",
"I was going to suggest X, but you already have it": X is a vote for the
listed topic it names, never a new topic, and nothing when it names none. A
label may name the evening it is for ("a thought for another evening:", "for
a later date:"). A title ends before the member's verdict on it ("… wäre was",
"… einen super Abend", "… freuen, gerne …").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics
from tests.reply.test_paraphrases_votes_strangers import CLUB, read_votes


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param(
            "Ich wollte eigentlich Barrierefreie Posts vorschlagen, aber das steht ja schon auf "
            "der Liste.",
            ["c2"],
            id="de-wollte-vorschlagen",
        ),
        pytest.param(
            "I was going to suggest AI-generated images, but you already have it on the list.",
            ["c3"],
            id="en-was-going-to-suggest",
        ),
        pytest.param(
            "Hätte selbst Mastodon für Vereine vorgeschlagen, steht aber schon drauf.",
            ["c1"],
            id="de-haette-vorgeschlagen",
        ),
        pytest.param(
            "I wanted to suggest Mastodon for clubs, but it's already there.",
            ["c1"],
            id="en-wanted-to-suggest",
        ),
        pytest.param(
            "Ich hätte auch KI-Bilder vorgeschlagen – ist ja schon dabei.",
            ["c3"],
            id="de-haette-auch",
        ),
        pytest.param(
            "was gonna suggest accessible posts but u have it already",
            ["c2"],
            id="en-gonna-lower-case",
        ),
        pytest.param(
            "Ich wollte eigentlich Podcasts vorschlagen, aber das steht ja schon auf der Liste.",
            [],
            id="de-names-no-listed-topic",
        ),
    ],
)
def test_a_suggestion_withheld_because_the_list_has_it_votes_for_it(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Also, a thought for another evening: founder-led LinkedIn.", "founder-led LinkedIn"),
        ("But for a later date: trade fair lead tracking.", "trade fair lead tracking"),
        ("For some other evening: podcast guesting", "podcast guesting"),
        ("for a different session: Canva templates", "Canva templates"),
        (
            "Ich würde mich über einen Abend zu Wahlkampf in sozialen Netzwerken freuen, gerne "
            "überparteilich.",
            "Wahlkampf in sozialen Netzwerken",
        ),
        ("Ich würde mich riesig über einen Vortrag zu Podcasts freuen.", "Podcasts"),
        (
            "Und falls ihr Ideen sucht: Social Media für Arztpraxen wäre was.",
            "Social Media für Arztpraxen",
        ),
        ("Themenidee: TikTok für Handwerker wär doch mal was!", "TikTok für Handwerker"),
        (
            "Ich fänd Wissenschaftskommunikation für Laien einen super Abend.",
            "Wissenschaftskommunikation für Laien",
        ),
        (
            "Ich schlag vor: Veranstaltungskalender automatisieren.",
            "Veranstaltungskalender automatisieren",
        ),
        (
            "Außerdem hätte ich Lust auf ein Thema wie Versicherungen erklären in 60 Sekunden – "
            "unsere Kunden lesen keine Texte mehr.",
            "Versicherungen erklären in 60 Sekunden",
        ),
        (
            "Ich hätte Interesse an einem Abend über Vereinsfinanzen online.",
            "Vereinsfinanzen online",
        ),
    ],
    ids=lambda value: value[:40] if isinstance(value, str) else None,
)
def test_a_title_after_a_new_label_ends_before_the_members_verdict(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
