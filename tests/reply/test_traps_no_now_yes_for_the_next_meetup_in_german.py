"""A no for this evening beside a yes for the next one, the later meetup named in German
("zum nächsten Abend", "bei der nächsten Veranstaltung"), is a no: the yes belongs to
the later evening. A later meetup named by its month ("zum Januar-Termin") may be the
evening itself, so beside a no it goes to a person, never read as a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht. Ich komme aber gern zum nächsten Abend.", id="abend"),
        pytest.param(
            "Ich komme nicht. Beim nächsten Abend bin ich aber gern dabei.", id="beim-abend"
        ),
        pytest.param(
            "Nein, leider. Bei der nächsten Veranstaltung bin ich wieder dabei.",
            id="veranstaltung",
        ),
        pytest.param("Kann nicht. Zum nächsten Treff komme ich aber sicher.", id="treff"),
        pytest.param("Diesmal nicht. Beim nächsten Meetup bin ich am Start!", id="meetup"),
    ],
)
def test_a_no_beside_a_yes_for_the_next_meetup_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_no_beside_a_yes_for_a_month_named_meetup_is_never_a_yes() -> None:
    text = "Ich kann nicht. Zum Januar-Termin komme ich aber!"
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
