"""Answers naming two evenings, or this one beside a past one, as strangers write them.

The evening is on Thursday 28 January; the mail is written on Monday 18 January. A reply
may go to a person, but what it says of the 28th must never be recorded as the opposite."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from mail.analysis import analyse
from mail.types import Answer
from somek_tui.models.events import Event
from somek_tui.services.answer_context import another_day_reason, said_of_the_evening

CLUB = ZoneInfo("Europe/Berlin")
EVENING = Event(id="e1", title="Stammtisch", start=datetime(2027, 1, 28, 18, 0, tzinfo=UTC))


def _recorded(text: str) -> Answer | None:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Date"] = "Mon, 18 Jan 2027 10:00:00 +0100"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(text)
    analysis = said_of_the_evening(analyse(bytes(message)), EVENING, CLUB)
    return None if another_day_reason(analysis, EVENING, CLUB) else analysis.answer


SAID = [
    pytest.param(
        "Am 28. kann ich leider nicht, aber am 7. Februar komme ich gern.",
        Answer.NO,
        id="de-no-on-the-28th-yes-in-february",
    ),
    pytest.param(
        "Am 7. war ich super gern dabei, am 28. muss ich leider passen.",
        Answer.NO,
        id="de-glad-on-the-7th-pass-on-the-28th",
    ),
    pytest.param(
        "Letzten Donnerstag war super, danke! Diesen Donnerstag bin ich leider raus.",
        Answer.NO,
        id="de-last-thursday-great-this-one-out",
    ),
    pytest.param(
        "Letzten Donnerstag konnte ich nicht, diesen Donnerstag bin ich dabei.",
        Answer.YES,
        id="de-last-thursday-not-this-one-in",
    ),
    pytest.param(
        "Nächste Woche Donnerstag klappt bei mir leider nicht.",
        Answer.NO,
        id="de-next-weeks-thursday-is-the-evening",
    ),
    pytest.param(
        "Im Dezember war ich krank, aber im Januar komme ich.", Answer.YES, id="de-ill-in-december"
    ),
    pytest.param(
        "Ich komme gern zum nächsten Stammtisch im Februar, diesmal geht's leider nicht.",
        Answer.NO,
        id="de-yes-for-february-no-this-time",
    ),
    pytest.param(
        "I'll definitely come in February, but this one I have to skip.",
        Answer.NO,
        id="en-february-yes-this-one-skipped",
    ),
    pytest.param(
        "Couldn't make it in December, but count me in for the 28th!",
        Answer.YES,
        id="en-december-no-the-28th-yes",
    ),
    pytest.param(
        "The 28th doesn't work, sorry. I'm free on the 7th though!",
        Answer.NO,
        id="en-the-28th-no-the-7th-free",
    ),
    pytest.param(
        "Am 28. bin ich auf Dienstreise, dafür aber am 4. Februar gern dabei.",
        Answer.NO,
        id="de-away-on-the-28th-glad-in-february",
    ),
]


@pytest.mark.parametrize(("text", "meant"), SAID)
def test_what_a_reply_says_of_the_evening_is_never_recorded_as_its_opposite(
    text: str, meant: Answer
) -> None:
    opposite = {Answer.YES: Answer.NO, Answer.NO: Answer.YES}[meant]
    assert _recorded(text) is not opposite
