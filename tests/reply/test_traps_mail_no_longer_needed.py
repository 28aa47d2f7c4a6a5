"""The mail no longer needed is a leaving, not a no: "no longer doing social for the club,
so I don't need these", "Die Einladungen brauch ich nicht mehr", "these invites aren't
needed any more". The member leaves the list; the "no" of "no longer" and the negation of
"don't need" decline no evening. A reminder not needed beside a yes stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_NEEDED = [
    pytest.param(
        "No longer running the events team, so I don't need these. Thanks for everything!",
        id="en-no-longer-so-dont-need-these",
    ),
    pytest.param("I don't need these anymore, all the best.", id="en-dont-need-these-anymore"),
    pytest.param(
        "Since I'm no longer on the board, I don't need these invitations. Thanks!",
        id="en-dont-need-these-invitations",
    ),
    pytest.param(
        "No longer in that role, so these mails aren't needed. Cheers!", id="en-arent-needed"
    ),
    pytest.param(
        "I've left the company, so I won't be needing these invites any more.",
        id="en-wont-be-needing",
    ),
    pytest.param(
        "Die Einladungen brauch ich nicht mehr, bin raus aus dem Verein.",
        id="de-einladungen-brauch-ich-nicht-mehr",
    ),
    pytest.param(
        "Diese Mails benötige ich nicht mehr, da ich die Firma verlasse.",
        id="de-benoetige-nicht-mehr",
    ),
    pytest.param(
        "Die Rundmails sind für mich nicht mehr relevant, danke für alles.",
        id="de-nicht-mehr-relevant",
    ),
]


@pytest.mark.parametrize("text", NOT_NEEDED)
def test_the_mail_no_longer_needed_leaves_the_list(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe
    assert intent.answer is None


@pytest.mark.parametrize("text", NOT_NEEDED)
def test_the_mail_no_longer_needed_is_never_a_no(text: str) -> None:
    analysed = analyse(_mail(text))
    assert analysed.unsubscribe
    assert analysed.answer is not Answer.NO


YES_STANDS = [
    pytest.param("I don't need a reminder, I'll be there!", id="en-no-reminder-needed"),
    pytest.param("Brauche keine Erinnerung, ich komme sowieso.", id="de-keine-erinnerung"),
]


@pytest.mark.parametrize("text", YES_STANDS)
def test_a_reminder_not_needed_beside_a_yes_stays_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is Answer.YES
