"""Votes by number in the forms members write them, and numbers that choose nothing.

A place chosen beside one turned down ("Ich bin für 2 (nicht für 1 und 3)", "I'd go for
3, not 1") counts for the chosen one; a choice drawn as a conclusion ("…, also die
Drei", "So the 3") counts as one alone would. Markers that count the member's own points
up from one ("1) No, I can't come. 2) Happy to share my e-mail") choose no topic, though
a vote inside a point does. A count of people, hours or things is never a vote. Whether
a number names a topic at all is decided against the list the member was shown, outside
the text (``somek_tui.services.topic_votes``).
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Komme! Nr. 3 fänd ich gut.", [3]),
        ("Ja. Option B bitte.", [2]),
        ("Bin dabei, die zweite Idee finde ich am besten.", [2]),
        ("Ja, 3 und 1.", [3, 1]),
        ("Yes. #2 please", [2]),
        ("Ja. Erstes Thema!", [1]),
        ("Komme. Ich bin für das erste Thema.", [1]),
        ("Yes, and I'd pick option 2.", [2]),
        ("Count me in – topic 3 for me.", [3]),
        ("Ja. Stimme für Nr. 1 und 3.", [1, 3]),
        ("Komme. Die Nummer 2 wäre mein Favorit.", [2]),
        ("Yes. Second one sounds best.", [2]),
        ("Ja! Punkt 2 fände ich spannend.", [2]),
        ("Yes – I'd go with the third.", [3]),
        ("Bin dabei. Thema zwei wäre super.", [2]),
        ("Yes. Number 1 gets my vote.", [1]),
        ("Ja, komme. Votum: 2", [2]),
        ("Yes. Option C please.", [3]),
        ("Ja, ich bin für Vorschlag A.", [1]),
        ("Die Zwei!", [2]),
        ("Ja. Die 1 bitte.", [1]),
        ("Ich bin für 2.", [2]),
        ("Komme. Ich wäre für die 3.", [3]),
        ("Yes. I'm for 3.", [3]),
        ("Yes. For me it's number 2.", [2]),
    ],
)
def test_an_everyday_vote_by_number_letter_or_place_counts(text: str, votes: list[int]) -> None:
    assert sorted(extract_topics(text).votes) == sorted(votes)


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Ich bin für 2 (nicht für 1 und 3).", [2]),
        ("Ich bin für 2 (nicht für 1).", [2]),
        ("Ich nehme die 2, nicht die 3.", [2]),
        ("I'd go for 3, not 1.", [3]),
        ("Bitte nicht die 1, ich bin für 3.", [3]),
        ("I'd pick 1 (not 2, sorry).", [1]),
        ("Ich stimme für 3 (die 1 hatten wir schon).", [3]),
        ("Mein Favorit ist die 2 – nicht die 1.", [2]),
    ],
)
def test_the_place_chosen_beside_one_turned_down_counts(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Eins und zwei hatten wir gefühlt schon hundertmal, also die Drei.", [3]),
        ("Wer will denn bitte nicht wissen, wie man KI-Bilder kennzeichnet? Also die 3.", [3]),
        ("Mastodon hatten wir schon oft. Dann die 2.", [2]),
        ("Ich komme. Also die 2.", [2]),
        ("So the 3, I guess.", [3]),
        ("Hatten wir alles schon, außer Bilder. Daher die 3!", [3]),
        ("The first two we did last year, so the 3.", [3]),
    ],
)
def test_a_place_chosen_as_a_conclusion_counts(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("1. Ja, ich komme.\n2. Thema: Nummer eins.", [1]),
        ("1) Ja\n2) Vorschlag 3 bitte", [3]),
        ("1. Komme gern\n2. Bringe niemanden mit\n3. Thema 2 fänd ich super", [2]),
        ("1) Yes, I'm coming.\n2) My vote: topic 3.", [3]),
    ],
)
def test_a_vote_inside_the_members_own_numbered_points_counts(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        "1) No, I can't come.\n2) Happy for you to share my email with the group.",
        "1. Ja, ich komme.\n2. Ich bringe Kuchen mit.",
        "1. Zusage\n2. Parkplatz brauche ich keinen\n3. Vegetarisch bitte",
        "1) Yes\n2) Vegetarian\n3) No guests",
    ],
)
def test_the_members_own_point_numbers_choose_no_topic(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    "text",
    [
        "Komme, also die 2 Stunden schaffe ich.",
        "Also die 2 Kinder bringe ich mit.",
        "Ja, komme mit 2.",
        "Ich kann leider nicht, bin für 2 Wochen weg.",
        "Komme. Bin für 2 Stunden da.",
        "Ja, um 7 bin ich da, also die 2 Bahnen später.",
        "Nein, nicht mit 3 Leuten.",
        "Bin dabei, Tisch für 2 bitte.",
        "Yes, table for 2 please.",
        "Komme, aber nicht vor 8.",
        "So 2 of us then.",
        "Dann die 2 Tickets bitte für mich.",
        "I'd pick up 2 colleagues (not 3).",
    ],
)
def test_a_count_of_people_hours_or_things_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Team 3!", [3]),
        ("Team 2 all the way.", [2]),
        ("3 ❤️", [3]),
        ("Die 2 ❤", [2]),
        ("2 🔥", [2]),
        ("3 ftw", [3]),
    ],
)
def test_a_number_cheered_like_a_team_counts(text: str, votes: list[int]) -> None:
    assert extract_topics(text).votes == votes


@pytest.mark.parametrize(
    "text",
    [
        "Wir sind ein Team 3 Leute.",
        "Ja, komme! ❤️ Bis Donnerstag um 7.",
        "Ja ❤️ wir kommen zu 2.",
        "Komme mit 2 Kollegen 🔥",
        "Yes! 🙌 See you at 7.",
    ],
)
def test_a_cheer_beside_a_time_or_a_count_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []
