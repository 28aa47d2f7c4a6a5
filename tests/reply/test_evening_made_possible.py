"""Making the evening possible is a yes: "Ich mach's möglich", "Ich richte es mir ein",
"Ich mach mich frei", "Ich nehm mir den Abend frei", "Ich schau kurz rein", "Ich kiek
vorbei", "Already in my calendar", "Blocked my calendar". Before, they went to review
with no answer found. Denied ("Ich kann es mir leider nicht einrichten"), on a condition,
or time blocked for something else, they are never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Ich mach's möglich.", id="machs-moeglich"),
    pytest.param("Ich richte es mir ein.", id="richte-es-mir-ein"),
    pytest.param("Ich richt's mir ein, bis dann.", id="richts-mir-ein"),
    pytest.param("Ich mach mich frei.", id="mach-mich-frei"),
    pytest.param("Ich nehm mir den Abend frei.", id="nehm-mir-den-abend-frei"),
    pytest.param("Ich schau kurz rein.", id="schau-kurz-rein"),
    pytest.param("Ich kiek vorbei.", id="kiek-vorbei"),
    pytest.param("Already in my calendar.", id="in-my-calendar"),
    pytest.param("Blocked my calendar.", id="blocked-my-calendar"),
]

NEVER_YES = [
    pytest.param("Ich kann es mir leider nicht einrichten.", id="nicht-einrichten"),
    pytest.param("Ich mach's nicht möglich, sorry.", id="nicht-moeglich"),
    pytest.param("Ich kann mich nicht frei machen.", id="nicht-frei"),
    pytest.param("Ich nehm mir frei für den Umzug, also nein.", id="frei-fuer-umzug"),
    pytest.param("Blocked my calendar for a client workshop, sorry.", id="blocked-for-a-client"),
    pytest.param("Wenn ich es mir einrichten kann, komme ich.", id="condition"),
]


@pytest.mark.parametrize("text", YESES)
def test_making_the_evening_possible_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_making_the_evening_possible_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NEVER_YES)
def test_denied_or_for_something_else_it_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
