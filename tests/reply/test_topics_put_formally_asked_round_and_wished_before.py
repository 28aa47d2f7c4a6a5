"""Suggestions put formally or asked round the group, and wishes that lie behind.

"ich erlaube mir, das Thema X … anzuregen", "Als nächstes Thema schlage ich X
vor", "Ein Thema, das mich umtreibt, ist die Frage, wie …", "Was haltet ihr
von dem Thema X?", "What do you think about an evening on X?", "How about we
do something on X next?" suggest X, with a clean title ("Wäre ein Abend zum
Thema X möglich?" gives X). A wish of the past ("Ich hätte mir damals einen
Abend über X gewünscht", "I was hoping for a session on X, but …") and the
group's own members ("mehr über die anderen Mitglieder erfahren") are no
topic."""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            'Sehr geehrte Frau Muster, ich erlaube mir, das Thema "Barrierefreie Posts" für eine '
            "der kommenden Veranstaltungen anzuregen.",
            "Barrierefreie Posts",
            id="de-erlaube-mir-anzuregen",
        ),
        pytest.param(
            "Als nächstes Thema schlage ich Podcasts für Kirchengemeinden vor.",
            "Podcasts für Kirchengemeinden",
            id="de-als-naechstes-thema",
        ),
        pytest.param(
            "PS: Ein Thema, das mich umtreibt, ist die Frage, wie man ältere Mitglieder online "
            "erreicht.",
            "Wie man ältere Mitglieder online erreicht",
            id="de-thema-das-mich-umtreibt",
        ),
        pytest.param(
            "Was haltet ihr von dem Thema Social Listening?", "Social Listening", id="de-was-haltet"
        ),
        pytest.param(
            "Wäre ein Abend zum Thema Redaktionsplan möglich?", "Redaktionsplan", id="de-moeglich"
        ),
        pytest.param(
            "What do you think about an evening on email marketing?",
            "Email marketing",
            id="en-what-do-you-think",
        ),
        pytest.param(
            "How about we do something on YouTube Shorts next?",
            "YouTube Shorts",
            id="en-how-about-we",
        ),
        pytest.param(
            "Would it be possible to have a talk on GDPR for photographers?",
            "GDPR for photographers",
            id="en-possible",
        ),
    ],
)
def test_a_suggestion_put_formally_or_asked_round_is_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hätte mir damals einen Abend über TikTok gewünscht.", id="de-damals"),
        pytest.param(
            "Ich hätte mir einen Vortrag zu Reels erhofft, aber das Thema passt auch.",
            id="de-erhofft",
        ),
        pytest.param(
            "I was hoping for a session on podcasts, but AI is fine too.", id="en-was-hoping"
        ),
        pytest.param("We had hoped for a talk about Threads back then.", id="en-had-hoped"),
        pytest.param(
            "Ich würde gern mehr über die anderen Mitglieder erfahren.", id="de-mitglieder"
        ),
        pytest.param(
            "Would love to learn more about what you all do in your clubs.", id="en-what-you-all-do"
        ),
    ],
)
def test_a_wish_of_the_past_or_about_the_members_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


def test_what_works_somewhere_is_still_a_topic() -> None:
    text = "Would love to learn more about what works on TikTok."
    assert extract_topics(text).titles == ["What works on TikTok"]
