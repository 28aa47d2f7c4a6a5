"""A "Vorschlag:" about the list or the mail itself suggests no topic, and a member
leaving the list suggests nothing for evenings they will not come to."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics


def _reply(text: str) -> bytes:
    return (
        "From: Anna <anna@example.org>\r\nTo: club@example.org\r\n"
        "Subject: Re: Einladung\r\nMessage-ID: <t1@example.org>\r\n"
        "In-Reply-To: <inv-1@somek>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{text}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Vorschlag: nehmt mich einfach aus dem Verteiler.", id="de-nehmt-mich"),
        pytest.param("Idee: take me off the list", id="en-take-me-off"),
        pytest.param("Suggestion: fewer emails.", id="en-fewer-emails"),
        pytest.param("Idee für euch: ein Newsletter statt Einzelmails.", id="de-statt-mails"),
        pytest.param("Wunsch: weniger Werbung in den Mails.", id="de-weniger-werbung"),
    ],
)
def test_a_request_about_the_mailing_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Vorschlag: Take-aways aus der re:publica", "Take-aways aus der re:publica"),
        pytest.param(
            "Themenvorschlag: Stop-Motion-Videos für Reels", "Stop-Motion-Videos für Reels"
        ),
        pytest.param(
            "Themenvorschlag: E-Mail-Marketing für Vereine", "E-Mail-Marketing für Vereine"
        ),
    ],
)
def test_a_topic_that_starts_like_a_request_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_a_mail_that_leaves_the_list_suggests_no_topic() -> None:
    result = analyse(_reply("Bitte austragen, ich ziehe weg. Themenvorschlag: Social Media in KMU"))
    assert result.unsubscribe
    assert result.topics == []
