"""A member who tells their holiday span in their own words is a member, not a notice.

"Bin vom 20. bis 30. Januar im Urlaub", "I'm on holiday until 2 February": in a
reply with no quote below, a person writes the same words an out-of-office notice
writes. Only what a notice adds makes it one: its own words for being away from work
("nicht im Büro", "out of the office"), a mailbox read later or not at all, a reply
not to be expected, the same absence said in two languages, a shop or office closed,
or "Danach gern wieder" as a short notice closes. Without any of these the mail stays
a member's, for the span to be held against the evening; a date in another sentence
("Super, bis Donnerstag!") is a farewell, not a return.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

MEMBERS = [
    "Bin vom 20. bis 30. Januar im Urlaub.",
    "Ich bin vom 25. Januar bis 5. Februar in Urlaub.",
    "Servus, i bin vom 24. bis 31. Jänner im Skiurlaub.",
    "Ich habe Urlaub bis zum 2. Februar.",
    "Bin nicht da bis 3.2.",
    "I'm on holiday until 2 February.",
    "I'm on vacation from January 20 to January 30.",
    "Ich bin bis zum 27. auf Montage. Ob ich am 28. fit genug bin, sag ich noch.",
    "Super, bis Donnerstag! Meine Frau ist krank, sie bleibt daheim.",
]

NOTICES = [
    "Ich bin vom 20. bis 30. Januar nicht im Büro.",
    "I'm out of the office from 20 to 30 January.",
    "Hallo, ich bin im Urlaub bis 31.01. / Hi, I'm on holiday until 31 January.",
    "Ich bin bis 30. Januar im Urlaub. Danach gern wieder.",
    "I'm away until 29 January. Responses will be delayed.",
    "I'm on leave until March. Messages are not forwarded.",
    "I'm travelling until 2 February, please don't expect a reply before then.",
    "Der Laden ist vom 20. bis 30. Januar geschlossen.",
    "Das Büro ist vom 18. bis 29. Januar nur telefonisch besetzt. Bitte melden Sie sich"
    " unter 0221 555 3311.",
    "Das Postfach lesen wir erst ab März wieder.",
    "Unsere Werkstatt macht vom 11. bis 24. Januar Betriebsferien. Danach melden wir uns.",
    "Ich bin ab dem 20. Januar in Elternzeit, in dieser Zeit lese ich keine Mails.",
    "Ich bin ab dem 4. Februar wieder im Büro und beantworte Ihre Nachricht dann so"
    " schnell wie möglich.",
]


@pytest.mark.parametrize("text", MEMBERS)
def test_a_holiday_span_in_a_members_own_words_is_no_notice(text: str) -> None:
    result = analyse(plain_reply(text))
    assert result.kind == "reply"
    assert result.answer is not Answer.YES


@pytest.mark.parametrize("text", NOTICES)
def test_an_absence_with_what_a_notice_adds_stays_a_notice(text: str) -> None:
    result = analyse(plain_reply(text))
    assert (result.kind, result.answer) == ("auto_reply", None)


@pytest.mark.parametrize(
    "text",
    [
        "I'm on holiday until February, so I won't be there.",
        "I'm away until the 30th, so I can't be there.",
    ],
)
def test_a_span_that_ends_in_a_no_to_the_evening_is_that_no(text: str) -> None:
    result = analyse(plain_reply(text))
    assert (result.kind, result.answer) == ("reply", Answer.NO)
