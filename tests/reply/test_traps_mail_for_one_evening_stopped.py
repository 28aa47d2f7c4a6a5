"""The mail about one evening stopped is no leaving and no no: "Ich brauche keine
Einladungen mehr für Donnerstag, ich hab schon zugesagt", "Stop emailing me about
Thursday, I already RSVPd". The member stays on the list; the answer already given
stands, and nothing new is recorded from these words."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ONE_EVENINGS_MAIL = [
    pytest.param(
        "Ich brauche keine Einladungen mehr für Donnerstag, ich hab schon zugesagt.",
        id="de-keine-einladungen-fuer-donnerstag",
    ),
    pytest.param(
        "Bitte keine Erinnerungen mehr zum Termin, ich hab doch schon zugesagt!",
        id="de-keine-erinnerungen-zum-termin",
    ),
    pytest.param(
        "Keine Mails mehr wegen Donnerstag bitte, bin längst angemeldet.", id="de-wegen-donnerstag"
    ),
    pytest.param("Stop emailing me about Thursday, I already RSVPd.", id="en-stop-emailing-about"),
    pytest.param(
        "Please stop reminding me about this event, I've replied already.", id="en-reminding-me"
    ),
]


@pytest.mark.parametrize("text", ONE_EVENINGS_MAIL)
def test_the_mail_about_one_evening_stopped_is_no_leaving(text: str) -> None:
    assert not read_intent(text).unsubscribe


@pytest.mark.parametrize("text", ONE_EVENINGS_MAIL)
def test_the_mail_about_one_evening_stopped_is_never_recorded_as_no(text: str) -> None:
    analysed = analyse(_mail(text))
    assert not analysed.unsubscribe
    assert analysed.answer is not Answer.NO


def test_no_more_mail_at_all_still_leaves_the_list() -> None:
    assert read_intent("Bitte keine Einladungen mehr, ich ziehe weg.").unsubscribe
