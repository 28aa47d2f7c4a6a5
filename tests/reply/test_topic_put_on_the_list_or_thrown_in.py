"""A subject put on the topic list, taken as a topic or thrown into the round is suggested.

"Bitte X auf die Themenliste", "Darf ich X als Thema vorschlagen?", "Könnten wir X mal
als Thema nehmen?", "Gibt es Interesse an X?", "Ich werfe mal X in den Raum", "Please
add X to the topic list", "I'd love to see X on the list", "Would X work as a topic?",
"Throwing X into the hat", "Could you cover X one evening?". Only the list of topics
counts: a person put on the guest list, the waiting list or the mailing list, a date
that would work, drinks covered or a question thrown in are no subject.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gibt es Interesse an Canva-Vorlagen?", "Canva-Vorlagen"),
        ("Gäbe es hier Lust auf einen Abend zu Vereinsrecht?", "Vereinsrecht"),
        ("Könnten wir Vereinsfinanzen mal als Thema nehmen?", "Vereinsfinanzen"),
        ("Darf ich Newsletter-Tools als Thema vorschlagen?", "Newsletter-Tools"),
        ("Ich würde gern Passkeys auf die Themenliste setzen.", "Passkeys"),
        ("Bitte Mastodon-Moderation auf die Themenliste.", "Mastodon-Moderation"),
        ("Ich werfe mal Fotorecht in den Raum.", "Fotorecht"),
        ("Komme. Ich bringe mal Podcasts als Thema ein.", "Podcasts"),
        ("Would alt text work as a topic?", "Alt text"),
        ("Please add newsletter tools to the topic list.", "Newsletter tools"),
        ("Can we add Canva templates to the list of topics?", "Canva templates"),
        ("Adding LinkedIn for nonprofits to the pile of ideas.", "LinkedIn for nonprofits"),
        ("I'd love to see Mastodon moderation on the list.", "Mastodon moderation"),
        ("Throwing grant writing into the hat.", "Grant writing"),
        ("Could you cover LinkedIn newsletters one evening?", "LinkedIn newsletters"),
    ],
)
def test_a_subject_put_on_the_list_or_thrown_in_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Setzt mich bitte auf die Liste.",
        "Bitte Anna auf die Gästeliste.",
        "Please add me to the list.",
        "Please add my colleague to the mailing list.",
        "Gibt es Interesse an einer Fahrgemeinschaft?",
        "Gibt es hier Lust auf ein Bier danach?",
        "Could you cover the drinks?",
        "I'd love to see more people on the list.",
        "Throwing my name into the hat for helping out.",
        "Ich werfe mal eine Frage in den Raum: wann gehts los?",
        "Darf ich meine Kollegin als Gast mitbringen?",
        "Would Thursday work as a date?",
        "Can we put it on the agenda?",
        "Ich bringe mal Kuchen mit.",
    ],
)
def test_a_person_a_date_or_the_drinks_put_forward_is_no_subject(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "words",
    [
        "Bitte auf die Themenliste ",
        "Gibt es Interesse an ",
        "Throwing into the hat ",
        "add to the topic list ",
    ],
)
def test_a_long_repeat_of_the_cue_costs_about_twice_for_twice_the_text(words: str) -> None:
    assert cpu_growth(extract_topics, words) < 4
