"""Which topics a reply could name is looked for among the topics given, whatever else
was indexed before: hundreds of suggestions met earlier in a pass neither count nor cost."""

from __future__ import annotations

from datetime import UTC, datetime

from somek_tui.models import Topic, TopicStatus
from somek_tui.services.topic_match import _candidates, could_name, named_topic, stems

_NOW = datetime(2027, 1, 10, tzinfo=UTC)


def _topics(*titles: str, status: TopicStatus = TopicStatus.PROPOSED) -> list[Topic]:
    return [
        Topic(id=f"t{n}", title=title, created=_NOW, status=status)
        for n, title in enumerate(titles, 1)
    ]


# a pass that met many suggestions sharing words with the shown ones ("Social Media …")
EARLIER = _topics(*(f"Social Media im Verein {n}" for n in range(300)), "Mastodon Workshop")
SHOWN = _topics("Mastodon für Vereine", "Barrierefreie Posts", "KI-Bilder kennzeichnen")


def setup_module() -> None:
    could_name("Mastodon", EARLIER)  # indexes every earlier title


def test_a_word_of_a_given_topic_could_name_it() -> None:
    assert could_name("Ich wäre für Mastodon.", SHOWN)
    assert could_name("barrierefreie posts bitte", SHOWN)


def test_a_word_only_earlier_titles_hold_names_none_of_the_given() -> None:
    assert not could_name("Ein Social Media Workshop wäre schön", SHOWN)


def test_a_closed_topic_is_no_candidate() -> None:
    done = _topics("Mastodon für Vereine", status=TopicStatus.DONE)
    assert not could_name("Mastodon!", done)
    assert _candidates(stems("Mastodon"), done) == []


def test_candidates_come_from_the_given_list_in_its_order() -> None:
    both = [*EARLIER[:3], SHOWN[0]]
    found = _candidates(stems("Social Media Mastodon"), both)
    assert [t.title for t in found] == [t.title for t in both]


def test_every_word_must_fit_one_given_topic_to_be_a_candidate() -> None:
    found = _candidates(stems("Mastodon Vereine"), [*EARLIER, *SHOWN], every=True)
    assert [t.title for t in found] == ["Mastodon für Vereine"]
    assert _candidates(stems("Mastodon Reels"), SHOWN, every=True) == []


def test_a_vote_by_name_finds_the_given_topic_beside_earlier_titles() -> None:
    found = named_topic("das Mastodon-Thema", SHOWN)
    assert found is not None and found.title == "Mastodon für Vereine"
