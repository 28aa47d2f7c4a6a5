"""A plus one spelled out and given to a topic is a vote, not a guest.

"Plus one für Mastodon", "plus eins für KI-Bilder", "Plus one for Barrierefreie
Posts, please": the name is matched against the open topics (one that fits none
goes to a person). A person brought along ("plus one für meinen Mann", "plus one
for my wife", "plus one für Jonas") stays a guest.
"""

from __future__ import annotations

import pytest

from mail.analysis import Analysis, analyse
from mail.topic_text import extract_topics


def _read(text: str) -> Analysis:
    raw = (
        "From: Anna Becker <anna@example.org>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Einladung\r\nMessage-ID: <p1@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    )
    return analyse(raw.encode("utf-8"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Plus one für Mastodon, please.", "Mastodon", id="de-en-please"),
        pytest.param("Plus one für Mastodon", "Mastodon", id="de-bare"),
        pytest.param("Bin dabei. Plus eins für KI-Bilder.", "KI-Bilder", id="de-plus-eins"),
        pytest.param("Plus one for Barrierefreie Posts!", "Barrierefreie Posts", id="en-for"),
        pytest.param("I'm in, and plus one for Mastodon.", "Mastodon", id="en-beside-yes"),
        pytest.param("plus one to KI-Bilder kennzeichnen", "KI-Bilder kennzeichnen", id="en-to"),
    ],
)
def test_a_plus_one_for_a_topic_is_a_vote_by_name(text: str, name: str) -> None:
    read = _read(text)
    assert read.topic_names == [name]
    assert read.guests == 0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bin dabei, plus one für meinen Mann.", id="de-husband"),
        pytest.param("I'm in, plus one for my wife.", id="en-wife"),
        pytest.param("Ich komme, plus one für Jonas.", id="de-first-name"),
        pytest.param("Count me in, plus one for a colleague.", id="en-colleague"),
    ],
)
def test_a_plus_one_for_a_person_names_no_topic(text: str) -> None:
    assert extract_topics(text).named == []
    assert _read(text).guests == 1
