"""Regret about what the member gives up for the evening ("Schade um das Spiel, aber ich
komme", "Schade ums Training – aber ich bin dabei") is not a regret of the evening: the
yes after it answers. Regret about the evening itself stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

GIVEN_UP = [
    pytest.param("Schade um das Spiel, aber ich komme.", id="schade-um-das-spiel"),
    pytest.param(
        "Schade um den Kinoabend, aber dafür komme ich zu euch.", id="schade-um-kinoabend"
    ),
    pytest.param("Tja, schade ums Training – aber ich bin dabei.", id="schade-ums-training"),
    pytest.param(
        "Schade für den Verein, aber gut für euch: ich komme.", id="schade-fuer-den-verein"
    ),
    pytest.param(
        "Echt schade um die Karten fürs Konzert, trotzdem komme ich.", id="schade-um-die-karten"
    ),
]


@pytest.mark.parametrize("text", GIVEN_UP)
def test_regret_for_what_is_given_up_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Schade um den Abend, ich kann nicht.", id="schade-um-den-abend"),
        pytest.param("Schade, ich kann nicht.", id="schade-allein"),
        pytest.param("Schade ums Treffen, aber ich bin krank.", id="schade-ums-treffen-krank"),
    ],
)
def test_regret_of_the_evening_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
