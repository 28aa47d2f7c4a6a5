"""A "jein" given a leaning at once is answered by the leaning: "Jein – eher nein. Ich hab
Spätschicht" was recorded as maybe, the "jein" standing as a doubt beside the no. A
"jein" alone, or left open ("Jein, mal sehen"), stays a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEANING_NO = [
    pytest.param("Jein – eher nein. Ich hab Spätschicht.", id="de-eher-nein"),
    pytest.param("Jein, eher nicht. Zu viel los.", id="de-eher-nicht"),
    pytest.param("Jein. Tendenziell nein, die Woche ist voll.", id="de-tendenziell"),
    pytest.param("Jein, also eher nein – bin total platt diese Woche.", id="de-also-eher-nein"),
]


@pytest.mark.parametrize("text", LEANING_NO)
def test_a_jein_leaning_to_no_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


OPEN = [
    pytest.param("Jein.", id="de-jein-alone"),
    pytest.param("Jein, mal sehen.", id="de-mal-sehen"),
]


@pytest.mark.parametrize("text", OPEN)
def test_a_jein_left_open_stays_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE
