"""Votes by number and by ordinal, said the ways members say them."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("My vote goes to number 4.", [4]),
        ("Meine Stimme geht an Thema 2", [2]),
        ("Also voting for topic 5 (the one on podcasts).", [5]),
        ("Thema 2 👍", [2]),
        ("Topic 4 please!", [4]),
        ("Wenn ich komme, wäre Thema 2 mein Favorit.", [2]),
        ("Stimme aber für 4.", [4]),
        ("Drittes Thema klingt gut, +1", [3]),
        ("The second topic sounds good", [2]),
    ],
)
def test_a_vote_said_in_words_is_counted(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


def test_a_vote_leaves_no_thumbs_up_behind_to_be_read_as_an_answer() -> None:
    assert "👍" not in extract_topics("Thema 2 👍").rest


def test_a_question_about_a_suggestion_just_made_is_taken_with_it() -> None:
    found = extract_topics("Topic idea: live streaming for clubs. What do you think?")
    assert (found.titles, found.rest) == (["live streaming for clubs"], "")


def test_the_clause_that_carried_a_prose_suggestion_is_taken_the_answer_stays() -> None:
    found = extract_topics("Yes, I'll come and I'd love a talk about local SEO.")
    assert (found.titles, found.rest) == (["Local SEO"], "Yes, I'll come")
