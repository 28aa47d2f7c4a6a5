"""Votes for a listed topic in more voices: emphasis, team talk, thumbs, hurried English.

A member who answers an invitation that lists topics chooses among them the
way they speak: "Ganz klar Mastodon.", "Team Barrierefreiheit 🙋", "Daumen
hoch für Mastodon", "AI image labelling please", "Accessible content,
definitely." The words that emphasise a choice ("definitely", "auf jeden
Fall", "for sure") choose a topic there, and are no answer to the evening.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_choice import words_beside_choices
from mail.topic_text import choosing_clauses, extract_topics
from mail.types import Answer
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

CLUB = [
    Topic(id="c1", title="Mastodon für Vereine"),
    Topic(id="c2", title="Barrierefreie Posts"),
    Topic(id="c3", title="KI-Bilder kennzeichnen"),
]
MEDIA = [
    Topic(id="m1", title="LinkedIn-Strategien für Selbstständige"),
    Topic(id="m2", title="TikTok für Vereine und Verbände"),
    Topic(id="m3", title="Barrierefreiheit in Social Media"),
    Topic(id="m4", title="KI-Tools im Redaktionsalltag"),
]


def read_votes(text: str, shown: list[Topic]) -> tuple[list[str], list[str]]:
    """The ids voted for and the new titles suggested, as sync reads a reply."""
    found = extract_topics(text)
    ids = [shown[n - 1].id for n in found.votes if 1 <= n <= len(shown)]
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        shown,
        shown=shown,
        clauses=choosing_clauses(text),
    )
    ids += [i for i in named.votes if i not in ids]
    return sorted(ids), named.titles


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ganz klar Mastodon.", ["c1"], id="de-ganz-klar-first"),
        pytest.param("Mastodon! 🐘", ["c1"], id="de-name-emoji"),
        pytest.param("Daumen hoch für Mastodon.", ["c1"], id="de-daumen-hoch"),
        pytest.param("Barrierefreie Posts fänd ich am besten.", ["c2"], id="de-am-besten"),
        pytest.param("KI-Kennzeichnung bitte!", ["c3"], id="de-noun-compound"),
        pytest.param("Stimme für die barrierefreien Posts.", ["c2"], id="de-stimme-inflected"),
        pytest.param("Meine Wahl wäre Mastodon für Vereine.", ["c1"], id="de-meine-wahl-waere"),
        pytest.param("Ich nehm die KI-Bilder.", ["c3"], id="de-nehm"),
        pytest.param("Für Barrierefreiheit, ganz eindeutig.", ["c2"], id="de-eindeutig"),
        pytest.param("Mastodon für Vereine wär top", ["c1"], id="de-waer-top"),
        pytest.param("KI-Bilder, definitiv.", ["c3"], id="de-definitiv"),
        pytest.param("kennzeichnung ki bilder plz", ["c3"], id="de-lower-no-hyphen"),
        pytest.param("Ich stimm fürs Fediverse.", ["c1"], id="de-fediverse"),
        pytest.param(
            "Kennzeichnung von künstlich erzeugten Bildern wäre wichtig.",
            ["c3"],
            id="de-kuenstlich-erzeugt",
        ),
        pytest.param("Ich bin Team Mastodon.", ["c1"], id="de-team"),
        pytest.param("Team Barrierefreiheit 🙋", ["c2"], id="de-team-emoji"),
        pytest.param("Mastodon for sure.", ["c1"], id="en-for-sure"),
        pytest.param("Accessible posts, definitely.", ["c2"], id="en-definitely"),
        pytest.param("AI image labelling please", ["c3"], id="en-ai-image-labelling"),
        pytest.param("I'd pick the Mastodon one.", ["c1"], id="en-pick-the-one"),
        pytest.param("My vote: accessibility.", ["c2"], id="en-my-vote-noun"),
        pytest.param("Definitely the Mastodon topic.", ["c1"], id="en-definitely-first"),
        pytest.param("thumbs up for mastodon", ["c1"], id="en-thumbs-up"),
        pytest.param("I'd go with accessibility.", ["c2"], id="en-go-with-noun"),
        pytest.param("MASTODON PLEASE", ["c1"], id="en-caps"),
        pytest.param("Accessible content please.", ["c2"], id="en-accessible-content"),
        pytest.param("Labelling AI-generated images, for sure.", ["c3"], id="en-ai-generated"),
        pytest.param("Vote für KI-Bilder!", ["c3"], id="mixed-vote-fuer"),
        pytest.param("Mastodon pls, wir wollen weg von X.", ["c1"], id="mixed-pls-reason"),
    ],
)
def test_a_vote_in_another_voice_chooses_from_the_list(text: str, voted: list[str]) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ganz klar TikTok!", ["m2"], id="de-ganz-klar"),
        pytest.param("Daumen hoch für LinkedIn", ["m1"], id="de-daumen-hoch"),
        pytest.param("KI-Tools, auf jeden Fall.", ["m4"], id="de-auf-jeden-fall"),
        pytest.param("Team Barrierefreiheit!", ["m3"], id="de-team"),
        pytest.param("LinkedIn for sure", ["m1"], id="en-for-sure"),
        pytest.param("thumbs up for the AI tools", ["m4"], id="en-thumbs-up"),
    ],
)
def test_a_vote_in_another_voice_finds_its_topic_in_another_list(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, MEDIA) == (voted, [])


@pytest.mark.parametrize(
    ("text", "left"),
    [
        pytest.param("Mastodon for clubs, definitely.", None, id="en-definitely"),
        pytest.param("KI-Bilder, auf jeden Fall!", None, id="de-auf-jeden-fall"),
        pytest.param("The accessible one, for sure.", None, id="en-for-sure"),
        pytest.param("Barrierefreiheit, unbedingt!", None, id="de-unbedingt"),
        pytest.param("Mastodon, ganz klar. Ich komme!", Answer.YES, id="de-choice-and-yes"),
        pytest.param("Can't make it. AI images, definitely.", Answer.NO, id="en-no-and-choice"),
    ],
)
def test_emphasis_on_a_topic_choice_is_no_answer(text: str, left: Answer | None) -> None:
    found = extract_topics(text)
    named = resolve_named(
        found.titles, found.named, found.mentioned, CLUB, shown=CLUB,
        clauses=choosing_clauses(text),
    )  # fmt: skip
    said = extract_topics(words_beside_choices(text, named.choosing)).rest
    assert named.votes and read_intent(said).answer is left
