"""Several titles after a label for several, run on in one line.

"Themen: X; Y; Z", "Vorschläge: X / Y", "Themenideen: X, Y": a semicolon or a
slash with spaces parts titles, and so does a single comma after a plural label.
A title with a slash inside a word ("Threads/Bluesky") stays one; a label for one
("Thema: …") parts nothing; a long part means the member's own words go on.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Bin dabei. Themen: KI-Texte im Ehrenamt; Krisenkommunikation bei Shitstorms; "
            "Podcasts für Kulturvereine",
            [
                "KI-Texte im Ehrenamt",
                "Krisenkommunikation bei Shitstorms",
                "Podcasts für Kulturvereine",
            ],
            id="de-three-semicolons",
        ),
        pytest.param(
            "Ideas: LinkedIn for clubs; newsletter tools compared",
            ["LinkedIn for clubs", "newsletter tools compared"],
            id="en-two-semicolons",
        ),
        pytest.param(
            "Vorschläge: Krisenkommunikation bei Shitstorms / Podcasts für Kulturvereine",
            ["Krisenkommunikation bei Shitstorms", "Podcasts für Kulturvereine"],
            id="de-slash",
        ),
        pytest.param(
            "Count me in. Topic ideas: Bluesky for nonprofits / accessibility in short videos",
            ["Bluesky for nonprofits", "accessibility in short videos"],
            id="en-slash",
        ),
        pytest.param(
            "Ich komme! Themenideen: Datenschutz bei WhatsApp-Gruppen, TikTok in der Jugendarbeit",
            ["Datenschutz bei WhatsApp-Gruppen", "TikTok in der Jugendarbeit"],
            id="de-two-with-a-comma",
        ),
        pytest.param(
            "Themenwünsche: Förderanträge online; Vereinswebsite; Pressearbeit",
            ["Förderanträge online", "Vereinswebsite", "Pressearbeit"],
            id="de-wishes-semicolons",
        ),
        pytest.param(
            "Some suggestions: Mastodon for schools ; podcasts for choirs",
            ["Mastodon for schools", "podcasts for choirs"],
            id="en-spaced-semicolon",
        ),
    ],
)
def test_a_label_for_several_parts_its_titles(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thema: Threads/Bluesky im Vergleich", id="slash-in-a-word"),
        pytest.param("Thema: Instagram für Vereine / Verbände", id="label-for-one"),
        pytest.param("Ideen: Reels; gerne als Workshop", id="remark-part"),
        pytest.param("Ideen: Podcasts / bin aber erst um acht da", id="own-clause-part"),
        pytest.param("Topic idea: moderation; keeping the tone friendly", id="en-label-for-one"),
    ],
)
def test_a_title_with_a_slash_or_a_remark_is_not_parted(text: str) -> None:
    assert len(extract_topics(text).titles) == 1
