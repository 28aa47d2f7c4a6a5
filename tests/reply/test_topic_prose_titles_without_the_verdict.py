"""A subject said in prose keeps neither its verdict nor a vague carrier.

"Ich fände einen Abend über Vereinsfinanzen auf Instagram richtig gut" suggests
"Vereinsfinanzen auf Instagram"; "Thema wär was mit Fundraising über Instagram,
so ganz grob" suggests "Fundraising über Instagram". What the member offers to
tell ("what we learned") is no subject of its own; their own experience with a
subject is one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Ich fände einen Abend über Vereinsfinanzen auf Instagram richtig gut, weil das "
            "keiner kann.",
            "Vereinsfinanzen auf Instagram",
            id="de-richtig-gut",
        ),
        pytest.param(
            "Wir fänden einen Vortrag zu Pressefotos echt super.",
            "Pressefotos",
            id="de-echt-super",
        ),
        pytest.param(
            "Thema wär was mit Fundraising über Instagram, so ganz grob.",
            "Fundraising über Instagram",
            id="de-was-mit",
        ),
        pytest.param(
            "Lust hätte ich auf einen Abend über Hashtag-Strategien für Vereine, ehrlich gesagt.",
            "Hashtag-Strategien für Vereine",
            id="de-ehrlich-gesagt",
        ),
        pytest.param(
            "Topic idea for next time: Instagram for dentists, asking for my practice.",
            "Instagram for dentists",
            id="en-asking-for",
        ),
        pytest.param(
            "Themenvorschlag von unserer Azubine: TikTok in der Ausbildung, sie hätte da auch "
            "Lust was zu erzählen.",
            "TikTok in der Ausbildung",
            id="de-sie-haette",
        ),
        pytest.param(
            "Ich schlag mal was vor: Content für Senioren, also Ü70.",
            "Content für Senioren",
            id="de-schlag-mal-was-vor",
        ),
        pytest.param(
            "Mich interessiert Community-Management für Sportvereine, gern mal als Abend.",
            "Community-Management für Sportvereine",
            id="de-interessiert-als-abend",
        ),
    ],
)
def test_the_subject_comes_without_verdict_or_carrier(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann gern erzählen, was wir gelernt haben.", id="de-was-wir-gelernt"),
        pytest.param("I'm happy to share what we learned.", id="en-what-we-learned"),
        pytest.param("Happy to talk about how we did it.", id="en-how-we-did-it"),
    ],
)
def test_what_the_member_offers_to_tell_is_no_subject(text: str) -> None:
    assert extract_topics(text).titles == []


def test_their_experience_with_a_subject_is_one() -> None:
    titles = extract_topics("I could present our experience with Mastodon next time.").titles
    assert [t.lower() for t in titles] == ["our experience with mastodon"]


def test_a_mere_interest_is_no_topic() -> None:
    assert extract_topics("Mich interessiert das Thema SEO sehr, bin dabei.").titles == []
