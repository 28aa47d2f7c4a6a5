"""A listed topic named in words that choose something else, or nothing.

"Alles außer Mastodon" and "anything but accessibility" name a topic to
leave it out; "bin auf einer Konferenz über KI-Bilder" says where the member
is. Neither is a vote for it. A topic said beside a plain choice still is.
"""

from __future__ import annotations

import pytest

from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

SHOWN = [
    Topic(id="t0", title="Ja-Sager-Kultur im Verein"),
    Topic(id="t1", title="Mastodon für Vereine"),
    Topic(id="t2", title="Barrierefreie Posts"),
    Topic(id="t3", title="KI-Bilder kennzeichnen"),
]


def _voted(text: str) -> list[str]:
    found = extract_topics(text)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        SHOWN,
        shown=SHOWN,
        clauses=choosing_clauses(text),
    )
    return named.votes


NOT_VOTES = [
    # all but the one named
    ("Alles außer Mastodon", "alles-ausser"),
    ("alles ausser mastodon", "alles-ausser-no-umlaut"),
    ("Egal, nur ohne KI-Bilder", "nur-ohne"),
    ("Abgesehen von Mastodon ist mir alles recht", "abgesehen-von"),
    ("Anything but accessibility", "anything-but"),
    ("ANYTHING BUT MASTODON", "anything-but-caps"),
    ("Everything but the AI images one", "everything-but"),
    ("All fine except Mastodon", "except"),
    ("Whatever, apart from Mastodon", "apart-from"),
    # where the member is
    ("Kann leider nicht, bin auf einer Konferenz über KI-Bilder", "konferenz-ueber"),
    ("Sorry, sitze in einem Workshop zu barrierefreien Posts", "sitze-in-workshop"),
    ("Can't come, I'm at a conference on AI images that week", "at-a-conference"),
    ("We're on a Mastodon retreat that day, sorry", "on-a-retreat"),
    # denied, asked or past (kept from before)
    ("Bloß nicht Mastodon", "bloss-nicht"),
    ("Kein Mastodon bitte", "kein"),
    ("Mastodon? Nie gehört", "asked"),
    ("Not the Mastodon one please", "not-the-one"),
    ("Mastodon ist mir egal", "egal"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in NOT_VOTES])
def test_a_topic_named_to_leave_it_out_or_in_a_story_is_no_vote(text: str) -> None:
    assert _voted(text) == []


VOTES = [
    ("Mastodon, ohne Frage", ["t1"], "ohne-frage"),
    ("Mastodon, ganz klar", ["t1"], "ganz-klar"),
    ("Kann leider nicht, aber KI-Bilder kennzeichnen wäre spannend", ["t3"], "decline-then-vote"),
    ("Bin dabei. Barrierefreie Posts bitte", ["t2"], "yes-then-vote"),
]


@pytest.mark.parametrize(("text", "voted"), [pytest.param(t, v, id=i) for t, v, i in VOTES])
def test_a_topic_beside_a_plain_choice_is_still_a_vote(text: str, voted: list[str]) -> None:
    assert _voted(text) == voted
