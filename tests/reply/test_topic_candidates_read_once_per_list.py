"""A list of topics is read once for all the clauses of a reply: what each clause finds
is what reading the whole list again would find, duplicates and closed topics included."""

from __future__ import annotations

from datetime import UTC, datetime

from somek_tui.models import Topic, TopicStatus
from somek_tui.services.topic_match import _candidates, could_name, stems

_NOW = datetime(2027, 1, 10, tzinfo=UTC)


def _topic(n: int, title: str, status: TopicStatus = TopicStatus.PROPOSED) -> Topic:
    return Topic(id=f"t{n}", title=title, created=_NOW, status=status)


def _plain(said: frozenset[str], topics: list[Topic]) -> list[Topic]:
    """Every open topic sharing a word key with ``said``, found by reading the whole list."""
    keys = {key for word in said for key in ("<" + word[:3], ">" + word[-3:])}
    return [
        t
        for t in topics
        if t.is_open and keys & {key for w in stems(t.title) for key in ("<" + w[:3], ">" + w[-3:])}
    ]


def test_two_open_topics_of_one_title_are_both_candidates_in_their_order() -> None:
    topics = [
        _topic(1, "Mastodon für Vereine"),
        _topic(2, "Barrierefreie Posts"),
        _topic(3, "Mastodon für Vereine"),
    ]
    found = _candidates(stems("Mastodon"), topics)
    assert [t.id for t in found] == ["t1", "t3"]


def test_a_closed_topic_beside_an_open_one_of_its_title_is_left_out() -> None:
    topics = [
        _topic(1, "Mastodon für Vereine", TopicStatus.DONE),
        _topic(2, "Mastodon für Vereine"),
    ]
    assert [t.id for t in _candidates(stems("Mastodon"), topics)] == ["t2"]


def test_each_clause_of_a_reply_finds_what_the_whole_list_holds() -> None:
    topics = [_topic(n, f"Social Media im Verein {n}") for n in range(40)]
    topics += [_topic(90, "KI-Bilder kennzeichnen"), _topic(91, "Barrierefreie Posts")]
    for clause in ("KI-Bilder bitte", "Social Media im Verein", "Posts", "Grillen im Park"):
        said = stems(clause)
        assert _candidates(said, topics) == _plain(said, topics)


def test_another_list_of_the_same_length_is_read_for_itself() -> None:
    first = [_topic(1, "Mastodon für Vereine")]
    second = [_topic(1, "Barrierefreie Posts")]
    assert could_name("Mastodon", first)
    assert not could_name("Mastodon", second)
    assert could_name("Posts barrierefrei", second)
