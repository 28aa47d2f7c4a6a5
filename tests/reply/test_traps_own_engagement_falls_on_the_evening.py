"""The member's own engagement said to fall on the evening ("Leider fällt mein Urlaub
genau auf den Donnerstag", "my holiday falls right on that Thursday") is a no; in a
long mail, "das passt ja wunderbar zu eurem Thema" says the topic fits, not that the
member comes, so it never turns that no into a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CLASH = [
    pytest.param("Leider fällt mein Urlaub genau auf den Donnerstag.", id="de-faellt-mein"),
    pytest.param("Meine Hochzeit liegt ausgerechnet auf dem Abend.", id="de-liegt-auf"),
    pytest.param(
        "Dummerweise liegt unser Hochzeitstag auf dem gleichen Abend.", id="de-gleichen-abend"
    ),
    pytest.param("My holiday falls right on that Thursday.", id="en-falls-on"),
    pytest.param("My birthday is on the same day, sorry.", id="en-same-day"),
]


@pytest.mark.parametrize("text", CLASH)
def test_the_members_engagement_on_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_long_mail_with_a_topic_that_fits_and_a_clash_is_never_a_yes() -> None:
    text = (
        "Hallo Frank,\nvielen Dank für die Einladung! Ich war letzte Woche auf einer "
        "Konferenz in Hamburg und habe dort viel über lokale Suchmaschinenoptimierung "
        "gehört, das passt ja wunderbar zu eurem Thema. Leider fällt mein Urlaub genau "
        "auf den Donnerstag, wir fliegen am Mittwoch nach Kreta.\nViele Grüße\nSabine"
    )
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das passt ja wunderbar zu eurem Thema.", id="de-thema"),
        pytest.param("Passt perfekt zum Motto des Abends!", id="de-motto"),
    ],
)
def test_what_fits_the_topic_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
