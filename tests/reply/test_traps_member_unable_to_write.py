"""The member named as unable to write: "Herr Meier kann leider nicht selbst antworten,
kommt aber gern", "Ms Lee is unable to respond herself – she won't make it". Someone else
writes for the member then. Their "kann nicht" is about writing, never a refusal; what is
said of the member's coming is read as theirs, and where nothing is read a person looks:
no guess from the whole mail, which mixes the writer's words with the member's."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COMING = [
    pytest.param("Herr Meier kann leider nicht selbst antworten, kommt aber gern.", id="de-meier"),
    pytest.param("Sie kann gerade nicht selbst schreiben, kommt aber gerne!", id="de-sie"),
    pytest.param("Frau Roth kann derzeit nicht selbst antworten, nimmt aber teil.", id="de-roth"),
    pytest.param("Mr Brown can't reply himself right now, but he will attend.", id="en-brown"),
]


@pytest.mark.parametrize("text", COMING)
def test_a_member_unable_to_write_is_never_read_as_declining(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Frau Dr. Lang kann derzeit nicht selbst antworten, sie muss leider absagen.",
            id="de-lang-absagen",
        ),
        pytest.param("Ms Lee is unable to respond herself – she won't make it.", id="en-lee"),
    ],
)
def test_a_no_said_for_a_member_unable_to_write_is_theirs(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
