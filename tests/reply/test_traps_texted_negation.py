"""Texting negations with the vowels left out: "cnt make it sry", "dnt think i can make
it", "cnnt be there tmrw" are a no (the shortened negation went unread, and "make it" or
"be there" said yes). "cnt wait" stays eager."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Sam Reid <sam@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


TEXTED = [
    pytest.param("cnt make it sry", id="cnt-make-it"),
    pytest.param("dnt think i can make it", id="dnt-think"),
    pytest.param("cnnt be there tmrw", id="cnnt-be-there"),
    pytest.param("shudnt b a prob... jk, cudnt make it this wk", id="cudnt-after-joke"),
    pytest.param("soz cldnt get there in time, next month", id="cldnt"),
]


@pytest.mark.parametrize("text", TEXTED)
def test_a_texted_negation_is_read(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_cnt_make_it_is_a_no() -> None:
    assert analyse(_mail("cnt make it sry")).answer is Answer.NO


def test_cnt_wait_stays_a_yes() -> None:
    assert analyse(_mail("cnt wait, see u there")).answer is Answer.YES
