"""The evening itself let go is a no, in any word order: "Donnerstag lass ich also aus".

Another engagement let go, a negated letting go and a past evening let go are not."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

LET_GO = [
    pytest.param("Den Stammtisch muss ich deshalb ausfallen lassen.", id="fronted-muss"),
    pytest.param("Donnerstag lass ich also aus.", id="day-fronted"),
    pytest.param("Ich muss den Abend leider sausen lassen.", id="abend-sausen"),
    pytest.param("Diesen Monat lasse ich aus.", id="diesen-monat"),
    pytest.param("Den Donnerstag muss ich leider auslassen.", id="donnerstag-auslassen"),
    pytest.param("Ich werde den Stammtisch diesmal ausfallen lassen.", id="werde-ausfallen"),
    pytest.param("Das Treffen lasse ich schweren Herzens sausen.", id="schweren-herzens"),
    pytest.param(
        "Hallo,\n\nich komme gerade vom Arzt, nichts Schlimmes, aber ich soll mich die "
        "Woche schonen.\n\nDonnerstag lass ich also aus.\n\nGrüße\nEva",
        id="after-news",
    ),
    pytest.param(
        "Hallo zusammen,\n\nich bin gerade im Prüfungsstress und lerne jeden Abend.\n\n"
        "Den Stammtisch muss ich deshalb ausfallen lassen.\n\nLiebe Grüße\nKim",
        id="after-exam-news",
    ),
]


@pytest.mark.parametrize("text", LET_GO)
def test_the_evening_let_go_is_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.NO


KEPT = [
    pytest.param("Den Stammtisch lasse ich nicht ausfallen!", id="not-let-go"),
    pytest.param("Das Training lass ich ausfallen, ich komme.", id="training-dropped"),
    pytest.param("Donnerstag lass ich die Probe ausfallen und komme.", id="rehearsal-dropped"),
    pytest.param("Den Stammtisch lasse ich mir nicht entgehen.", id="not-missed"),
    pytest.param(
        "Den letzten Stammtisch musste ich ausfallen lassen, diesmal komme ich.",
        id="last-one-let-go",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_something_else_let_go_leaves_a_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.YES
