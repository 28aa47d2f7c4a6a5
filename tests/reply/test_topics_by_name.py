"""A topic named in the member's own words, not copied: which open topic it is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mail.topic_text import extract_topics
from somek_tui.models import Topic, TopicStatus
from somek_tui.services.topic_match import matching_topic, named_topic

_NOW = datetime(2027, 1, 10, tzinfo=UTC)
_TITLES = (
    "Mastodon für Vereine",
    "Barrierefreie Posts",
    "KI-Bilder kennzeichnen",
    "Social Media in KMU",
    "SEO für Vereinswebsites",
    "Instagram Reels schneiden",
    "Social Media Recht",
)
OPEN = [Topic(id=f"t{n}", title=title, created=_NOW) for n, title in enumerate(_TITLES, 1)]


def _title(found: Topic | None) -> str | None:
    return found.title if found is not None else None


@pytest.mark.parametrize(
    ("mention", "title"),
    [
        pytest.param("barrierefreien Posts", "Barrierefreie Posts", id="inflected-de"),
        pytest.param("BARRIEREFREIE POSTS", "Barrierefreie Posts", id="all-caps"),
        pytest.param("barrierefreie posts", "Barrierefreie Posts", id="lower-case"),
        pytest.param("Barrierfreie Posts", "Barrierefreie Posts", id="one-typo"),
        pytest.param("das SEO-Thema", "SEO für Vereinswebsites", id="abbreviated-compound"),
        pytest.param("KMU", "Social Media in KMU", id="one-distinctive-word"),
        pytest.param("Mastodon", "Mastodon für Vereine", id="first-word"),
        pytest.param("Mastodon fuer Vereine", "Mastodon für Vereine", id="umlaut-as-ue"),
        pytest.param("the Mastodon one", "Mastodon für Vereine", id="english-the-one"),
        pytest.param("KI Bilder", "KI-Bilder kennzeichnen", id="hyphen-as-space"),
        pytest.param("Reels", "Instagram Reels schneiden", id="plural-word"),
        pytest.param("Mastodon für Vereine", "Mastodon für Vereine", id="exact"),
    ],
)
def test_a_topic_named_in_other_words_is_found(mention: str, title: str) -> None:
    assert _title(matching_topic(mention, OPEN)) == title


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param("Social Media", id="words-in-two-titles"),
        pytest.param("Podcasts für Vereine", id="new-words-beside-a-known-one"),
        pytest.param("TikTok", id="unknown"),
        pytest.param("das Thema", id="only-filler"),
        pytest.param("Posts über Barrierefreiheit im Netz", id="more-than-the-title"),
    ],
)
def test_a_mention_that_fits_no_single_topic_names_none(mention: str) -> None:
    assert matching_topic(mention, OPEN) is None


def test_a_closed_topic_is_not_voted_for() -> None:
    done = [Topic(id="t9", title="Mastodon für Vereine", created=_NOW, status=TopicStatus.DONE)]
    assert matching_topic("Mastodon", done) is None


def test_a_vote_phrase_longer_than_the_title_still_names_it() -> None:
    found = named_topic("Barrierefreie Posts – das wäre wichtig", OPEN)
    assert _title(found) == "Barrierefreie Posts"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("+1 für die barrierefreien Posts", ["barrierefreien Posts"], id="plus-one-de"),
        pytest.param("+1 for the Mastodon one", ["the Mastodon one"], id="plus-one-en"),
        pytest.param(
            "Barrierefreie Posts – das wäre wichtig! Stimme dafür.",
            ["Barrierefreie Posts"],
            id="title-then-stimme-dafuer",
        ),
        pytest.param("Meine Stimme geht an das SEO-Thema.", ["SEO-Thema"], id="meine-stimme"),
        pytest.param("My vote goes to KMU.", ["KMU"], id="my-vote-goes-to"),
        pytest.param("I vote for the Reels topic", ["the Reels topic"], id="i-vote-for"),
        pytest.param("+1 für meinen Mann", [], id="a-guest-is-no-topic"),
        pytest.param("+1 für Thema 2", [], id="by-number-is-counted-elsewhere"),
        pytest.param("Ja, +1", [], id="bare-plus-one"),
    ],
)
def test_a_vote_by_name_is_read_from_the_words(text: str, named: list[str]) -> None:
    # a name read as a suggestion is matched against the open topics the same way
    found = extract_topics(text)
    assert found.named + found.titles == named


def test_a_vote_by_name_leaves_no_plus_one_behind_to_be_read_as_a_guest() -> None:
    assert "+1" not in extract_topics("Ja. +1 für die barrierefreien Posts").rest
