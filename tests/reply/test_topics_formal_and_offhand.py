"""Topic wishes in a formal letter ("möchte ich anregen, einmal das Thema X zu
behandeln", "May I suggest that a future meeting covers X?") and said in passing
("was ich schon lange mal vorschlagen wollte: …", "I'd really like us to cover X",
"Nächstes Mal vielleicht was zu X?" after an answer, "PS: topic wish – X").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

WISHES = [
    pytest.param(
        "Gerne nehme ich teil. Darüber hinaus möchte ich anregen, einmal das Thema "
        "Cybersicherheit in Vereinen zu behandeln.",
        "Cybersicherheit in Vereinen",
        id="de-formal-anregen-zu-behandeln",
    ),
    pytest.param(
        "Ich schlage vor, bei einem der nächsten Treffen über Vereinsarchive zu sprechen.",
        "Vereinsarchive",
        id="de-schlage-vor-zu-sprechen",
    ),
    pytest.param(
        "I will attend. May I also suggest that a future meeting covers grant applications?",
        "Grant applications",
        id="en-formal-suggest-a-future-meeting-covers",
    ),
    pytest.param(
        "Ich komm! Und was ich schon lange mal vorschlagen wollte: ein Abend über Podcasts.",
        "Podcasts",
        id="de-vorschlagen-wollte-colon",
    ),
    pytest.param(
        "Was ich noch loswerden möchte: Vereinsfunk im Netz",
        "Vereinsfunk im Netz",
        id="de-loswerden-moechte-colon",
    ),
    pytest.param(
        "Yes, I'll join. I'm really interested in learning about Mailchimp alternatives.",
        "Mailchimp alternatives",
        id="en-interested-in-learning-about",
    ),
    pytest.param(
        "I'm in! Oh and I'd really like us to cover Threads at some point.",
        "Threads",
        id="en-like-us-to-cover",
    ),
    pytest.param(
        "Can't come. I'd love to hear someone talk about TikTok for charities though.",
        "TikTok for charities",
        id="en-hear-someone-talk-about",
    ),
    pytest.param(
        "Komme. Nächstes Mal vielleicht was zu Vereinsfunk und Podcasts?",
        "Vereinsfunk und Podcasts",
        id="de-naechstes-mal-after-an-answer",
    ),
    pytest.param(
        "Yep, coming. Also, any chance of a talk about LinkedIn newsletters at some point?",
        "LinkedIn newsletters",
        id="en-any-chance-of-a-talk",
    ),
    pytest.param(
        "Not this time. But pls do something on email automation soon!",
        "Email automation",
        id="en-pls-do-something-on",
    ),
    pytest.param(
        "Could someone maybe present on Notion for content planning?",
        "Notion for content planning",
        id="en-could-someone-present-on",
    ),
    pytest.param(
        "See you! And if you're collecting ideas - YouTube Shorts for charities.",
        "YouTube Shorts for charities",
        id="en-if-youre-collecting-ideas",
    ),
    pytest.param(
        "Would love to join. On the topic front, I'd suggest looking at Pinterest.",
        "Pinterest",
        id="en-suggest-looking-at",
    ),
    pytest.param(
        "Falls ihr noch Themen sammelt: Vereinsfunk im Netz.",
        "Vereinsfunk im Netz",
        id="de-falls-ihr-themen-sammelt",
    ),
    pytest.param(
        "See you there! PS: topic wish – short-form video for museums.",
        "short-form video for museums",
        id="en-ps-topic-wish-dash",
    ),
]


@pytest.mark.parametrize(("text", "title"), WISHES)
def test_a_formal_or_offhand_wish_names_its_subject(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


NOT_WISHES = [
    pytest.param(
        "Ich möchte anregen, den Termin zu verschieben.", id="de-anregen-termin-verschieben"
    ),
    pytest.param("I'd like you to send the slides, please.", id="en-like-you-to-send"),
    pytest.param("I'm interested in hearing about your evening.", id="en-your-evening"),
    pytest.param("Could someone maybe present the slides?", id="en-present-the-slides"),
    pytest.param("Please do something about the parking.", id="en-about-the-parking"),
    pytest.param("I'd suggest looking at the map first.", id="en-suggest-looking-at-the-map"),
]


@pytest.mark.parametrize("text", NOT_WISHES)
def test_a_request_about_the_evening_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
