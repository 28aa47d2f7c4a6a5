"""Votes as people write them, by number or by the topic's name, resolved to the open topics.

A number counts for the list the member was shown (elsewhere); a name is
matched against the open topics; words that only may name a topic ("X wäre
super", "Thema X!") count only when one open topic fits.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mail.topic_text import extract_topics
from somek_tui.models import Topic
from somek_tui.services.topic_votes import resolve_named

_NOW = datetime(2027, 1, 10, tzinfo=UTC)
OPEN = [
    Topic(id="t1", title="Mastodon für Vereine", created=_NOW),
    Topic(id="t2", title="Barrierefreie Posts", created=_NOW),
    Topic(id="t3", title="KI-Bilder kennzeichnen", created=_NOW),
]


def voted(text: str) -> tuple[list[int], list[str]]:
    """Numbers voted for, and the titles of open topics voted for by name, as sync reads them."""
    found = extract_topics(text)
    ids = resolve_named([], found.named, found.mentioned, OPEN).votes
    return found.votes, sorted(t.title for t in OPEN if t.id in ids)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Number 2 gets my vote.", [2], id="gets-my-vote"),
        pytest.param("Nummer zwei bitte!", [2], id="number-word-de"),
        pytest.param("topic three please", [3], id="number-word-en"),
        pytest.param("Für Thema 1 bin ich übrigens auch!", [1], id="fuer-thema-bin-ich"),
        pytest.param("Klar komme ich. +1 für 3", [3], id="plus-one-for-a-bare-number"),
        pytest.param("I'd vote for no. 3", [3], id="no-dot"),
        pytest.param("I'm coming. My votes: 2 and 3.", [2, 3], id="my-votes-colon"),
        pytest.param("Meine Stimmen: 1 und 3", [1, 3], id="meine-stimmen-colon"),
        pytest.param("+1 für Thema 2", [2], id="plus-one-thema"),
        pytest.param("THEMA 3 👍", [3], id="all-caps-thumbs"),
        pytest.param("+1 für 3 Personen", [], id="a-count-is-no-vote"),
    ],
)
def test_a_vote_by_number_is_read(text: str, numbers: list[int]) -> None:
    assert voted(text)[0] == numbers


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param("+1 für die barrierefreien Posts", ["Barrierefreie Posts"], id="plus-one"),
        pytest.param("Meine Stimme: KI-Bilder.", ["KI-Bilder kennzeichnen"], id="meine-stimme"),
        pytest.param("Thema Mastodon für Vereine!", ["Mastodon für Vereine"], id="thema-line"),
        pytest.param(
            "Barrierefreie Posts wäre super, da hab ich Nachholbedarf.",
            ["Barrierefreie Posts"],
            id="waere-super",
        ),
        pytest.param(
            "Ich hätte KI-Bilder kennzeichnen vorgeschlagen, steht ja schon drauf. Also +1 dafür.",
            ["KI-Bilder kennzeichnen"],
            id="plus-one-dafuer",
        ),
        pytest.param("Mastodon for clubs, please!", ["Mastodon für Vereine"], id="in-english"),
        pytest.param("Accessible posts please", ["Barrierefreie Posts"], id="accessible-posts"),
        pytest.param("my vote: mastodon", ["Mastodon für Vereine"], id="lower-case"),
        pytest.param("KI-Bilder!", ["KI-Bilder kennzeichnen"], id="a-line-of-its-own"),
        pytest.param("Ja, ich komme.\n\nMastodon 👍", ["Mastodon für Vereine"], id="beside-a-yes"),
        pytest.param("Ja, ich komme.\n\nViele Grüße\nAnna", [], id="greeting-and-name"),
        pytest.param("Barrierefreie Posts hatten wir schon", [], id="a-line-about-a-topic"),
        pytest.param("Pizza wäre super", [], id="no-topic-fits"),
        pytest.param("Ja! +1 für den Abend", [], id="the-evening-is-no-topic"),
        pytest.param("Der Termin wäre super", [], id="the-date-is-no-topic"),
    ],
)
def test_a_vote_by_name_finds_its_open_topic(text: str, titles: list[str]) -> None:
    assert voted(text)[1] == titles
