"""The topic reader leaves out patterns a text cannot match, and reads the same."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

import mail.topic_labels as topic_labels
import mail.topic_prose as topic_prose
from mail.cues import Cue, cue, each
from mail.topic_text import extract_topics


class _Counted:
    """A pattern that counts how often it is tried."""

    def __init__(self, inner: Any, tried: list[str]) -> None:
        self._inner, self._tried = inner, tried
        self.pattern = inner.pattern

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        self._tried.append(text)
        result: str = self._inner.sub(repl, text, count)
        return result

    def match(self, text: str) -> re.Match[str] | None:
        self._tried.append(text)
        found: re.Match[str] | None = self._inner.match(text)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self._tried.append(text)
        found: Iterator[re.Match[str]] = self._inner.finditer(text)
        return found


def test_possible_names_every_pattern_that_matches_and_leaves_out_those_without_their_words() -> (
    None
):
    text = "Ich fände einen Vortrag über Mastodon spannend. Wie wäre es mit Threads?"
    for name in ("prose", "prose_more", "how_about"):
        possible = cue("topic", name).possible(text)
        for single in each("topic", name):
            if single.search(text):
                assert single.pattern in possible
    every = frozenset(cue("topic", "prose").patterns)
    assert cue("topic", "prose").possible("Ja, bin dabei.") < every


def test_a_reply_without_suggestion_words_runs_none_of_the_prose_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tried: list[str] = []
    _count_each(monkeypatch, topic_prose, tried)
    for reply in ("Ja, bin dabei.", "Leider nein.", "Yes!", "Komme gern mit +1"):
        assert topic_prose.prose_topics(reply) == ([], reply)
    assert len(tried) < 8  # the few patterns that need no particular word


@pytest.mark.parametrize(
    "reply",
    [
        "Ich fände einen Vortrag über Mastodon spannend, bin aber leider verhindert.",
        "Would love a talk about accessible flyers!",
        "Wie wäre es mit einem Abend über Bildrechte bei Reposts?",
        "Mal was über Threads vs. Bluesky wär super. Komme gern.",
        "How about a session on newsletters? I'll be there.",
    ],
)
def test_suggestions_in_prose_are_read_as_before(reply: str) -> None:
    titles, rest = topic_prose.prose_topics(reply)
    assert titles
    assert "\x00" not in rest


def test_a_line_without_a_colon_is_not_tried_as_a_label(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    real = topic_labels.header_pattern()
    monkeypatch.setattr(topic_labels, "header_pattern", lambda: _Counted(real, tried))
    lines = ["Hallo zusammen,", "ich komme gern, mein Thema wäre Mastodon", "Viele Grüße"]
    assert topic_labels.headed_topics(lines) == ([], lines)
    assert tried == []


@pytest.mark.parametrize(
    ("reply", "title"),
    [
        ("Thema: Social Media im Verein", "Social Media im Verein"),
        ("Themenvorschlag – Barrierefreie Posts", "Barrierefreie Posts"),
        ("Topic idea - Accessible event flyers", "Accessible event flyers"),
        ("Vorschlag -> Instagram für Bäckereien", "Instagram für Bäckereien"),
        ("Ja! Idee für nächstes Mal：Podcasts", "Podcasts"),
    ],
)
def test_labelled_suggestions_are_read_as_before(reply: str, title: str) -> None:
    assert extract_topics(reply).titles == [title]


def _count_each(monkeypatch: pytest.MonkeyPatch, module: Any, tried: list[str]) -> None:
    def counted(kind: str, name: str, *flags: int) -> tuple[Cue, ...]:
        return tuple(_Counted(single, tried) for single in each(kind, name, *flags))  # type: ignore[misc]

    monkeypatch.setattr(module, "each", counted)


def test_a_title_without_lead_in_words_runs_none_of_their_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mail.topic_titles as topic_titles

    tried: list[str] = []
    _count_each(monkeypatch, topic_titles, tried)
    assert topic_titles.clean_title("Barrierefreie Posts") == "Barrierefreie Posts"
    assert topic_titles.clean_title("Mastodon für Vereine.") == "Mastodon für Vereine"
    assert len(tried) < 4


def test_a_reply_without_vote_words_runs_none_of_the_named_vote_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mail.topic_text as topic_text

    tried: list[str] = []
    _count_each(monkeypatch, topic_text, tried)
    assert topic_text.extract_topics("Ja, bin dabei.").named == []
    assert len(tried) < 4


@pytest.mark.parametrize(
    ("reply", "named"),
    [
        ("+1 für die barrierefreien Posts", "barrierefreien Posts"),
        ("+1 for the accessibility topic", "accessibility topic"),
    ],
)
def test_votes_by_name_are_read_as_before(reply: str, named: str) -> None:
    assert named in " ".join(extract_topics(reply).named)
