"""A subject said as what an evening could be about is a suggestion.

"Könnte es mal um X gehen?", "Dürfte auch gern mal um X gehen", "Could one evening be
about X?", "It would be good if we talked about X", "Is an evening on X possible?",
"Irgendwas mit X wäre super", "Something with podcasts would be cool", "Ein Abend rund
um X wäre super", and labels that rank it first ("Ganz oben auf meiner Liste: X", "Next
theme evening: X?"). The hour an evening starts, "it", "you", a dish, music or the
people it is with are no subject.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics
from tests.reply.growth import cpu_growth


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Könnte es mal um Datenschutz gehen?", "Datenschutz"),
        ("Dürfte auch gern mal um Vereinsfinanzen gehen.", "Vereinsfinanzen"),
        ("Could one evening be about accessibility?", "Accessibility"),
        ("Could a future session focus on grant writing?", "Grant writing"),
        ("It would be good if we talked about burnout in volunteering.", "Burnout in volunteering"),
        ("It'd be great to hear about grant platforms sometime.", "Grant platforms"),
        ("Is an evening on Bluesky possible?", "Bluesky"),
        ("Irgendwas mit TikTok wäre super.", "TikTok"),
        ("Gern mal was mit Podcasts wäre toll.", "Podcasts"),
        ("Something with podcasts would be cool.", "Podcasts"),
        ("Ein Abend rund um WhatsApp-Communities wäre super.", "WhatsApp-Communities"),
        ("Ganz oben auf meiner Liste: KI im Verein.", "KI im Verein"),
        ("Top of my wishlist: Mastodon for councils.", "Mastodon for councils"),
        ("Next theme evening: alt text basics?", "alt text basics?"),
    ],
)
def test_what_an_evening_could_be_about_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Es könnte um 19 Uhr losgehen.",
        "Könnte es um acht gehen?",
        "Darf es um sieben gehen?",
        "Könnte es mal um die Kosten gehen?",
        "It would be great if we talked about it.",
        "It would be nice to hear from you.",
        "Something with pizza would be great.",
        "Irgendwas mit Musik wäre schön.",
        "Is an evening on Friday possible?",
        "Something with the two of us would be fun.",
    ],
)
def test_an_hour_a_pronoun_a_dish_or_company_is_no_subject(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "words",
    [
        "Könnte es mal um ",
        "Irgendwas mit ",
        "It would be good if we talked about ",
        "Ein Abend rund um ",
    ],
)
def test_a_long_repeat_of_the_cue_costs_about_twice_for_twice_the_text(words: str) -> None:
    assert cpu_growth(extract_topics, words) < 4
