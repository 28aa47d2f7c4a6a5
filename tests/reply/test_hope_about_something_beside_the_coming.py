"""A hope about something beside the coming leaves the yes a yes.

"Ich komme, hoffentlich gibt es wieder Kölsch", "Komme gern, das Baby ist hoffentlich
okay": the member hopes about the drinks or the company, not about being there. A hope
about the coming itself ("Ich komme hoffentlich", "hoffentlich klappt es") stays a doubt.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

HOPE_ASIDE = [
    "Ich komme, hoffentlich gibt es wieder Kölsch.",
    "Komme gern, das Baby ist hoffentlich okay.",
    "Bin dabei, der Hund ist hoffentlich willkommen.",
    "Ich bin da! Hoffentlich gibt's wieder die guten Brezeln.",
    "Komme mit Kinderwagen, der stört hoffentlich nicht.",
]

HOPE_FOR_THE_COMING = [
    "Ich komme hoffentlich.",
    "Hoffentlich klappt es.",
    "Ich hoffe, ich kann kommen.",
]


@pytest.mark.parametrize("text", HOPE_ASIDE)
def test_a_hope_beside_the_coming_keeps_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", HOPE_FOR_THE_COMING)
def test_a_hope_for_the_coming_stays_a_doubt(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
