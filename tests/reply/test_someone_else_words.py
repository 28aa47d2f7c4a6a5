"""Someone else answers for the member, or comes in the member's place.

An assistant, a partner or a colleague may write for the member: their yes
or no is the member's. A member who sends someone in their place says no
for themselves, and the sentence naming the stand-in is kept for the
organizer (a join or guest suggestion).
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.stand_in import stand_in
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Herr Peters bestätigt die Teilnahme.\n\ni.A. Sekretariat", Answer.YES, id="ia"
        ),
        pytest.param(
            "Mein Mann Achim hat mich gebeten, euch zu schreiben: er kommt am Donnerstag.",
            Answer.YES,
            id="hat-mich-gebeten",
        ),
        pytest.param(
            "Herr Peters bestätigt die Teilnahme nicht, er ist krank. i.A. Sekretariat",
            Answer.NO,
            id="ia-negated",
        ),
        pytest.param("Writing on behalf of Kevin: he will come.", Answer.YES, id="on-behalf"),
        pytest.param(
            "Frau Dr. Hartmann lässt ausrichten, dass sie leider nicht kommen kann.",
            Answer.NO,
            id="laesst-ausrichten",
        ),
    ],
)
def test_an_answer_written_for_the_member_is_the_members(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich kann leider nicht, aber mein Kollege Tim kommt statt mir.", id="statt-mir"
        ),
        pytest.param("Statt mir kommt diesmal meine Kollegin Frau Lange.", id="statt-mir-first"),
        pytest.param(
            "Kann nicht – Kollege Olaf würde aber gern für mich einspringen.", id="einspr"
        ),
        pytest.param("Ich schaffe es nicht, vielleicht kommt meine Nachfolgerin.", id="successor"),
        pytest.param("Ich werde vertreten von Herrn Krause.", id="vertreten"),
        pytest.param("Ich nicht, aber meine Tochter würde gern reinschauen.", id="tochter"),
        pytest.param("I can't come, but my colleague Priya will come instead of me.", id="instead"),
        pytest.param("My colleague will go in my place, I'm on leave.", id="in-my-place"),
        pytest.param("I'm out, but Norbert from our team might want to join.", id="from-our-team"),
        pytest.param("MEIN KOLLEGE KOMMT STATT MIR", id="all-caps"),
        pytest.param("Ich bin leider verhindert, schicke aber meine Kollegin.", id="schicke"),
        pytest.param("Can't make it, but I'll send my colleague.", id="send-my-colleague"),
        pytest.param("Kann nicht, mein Kollege übernimmt für mich.", id="uebernimmt-fuer-mich"),
        pytest.param("Jemand aus meinem Team kommt stattdessen.", id="jemand-aus-dem-team"),
        pytest.param("I can't come, someone from our team will come instead.", id="someone-from"),
        pytest.param("Can't make it - I've forwarded her the invite.", id="forwarded"),
    ],
)
def test_someone_coming_in_the_members_place_is_found(text: str) -> None:
    assert stand_in(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann leider nicht, mein Mann ist krank.", id="partner-ill"),
        pytest.param("Meine Kollegin wollte mit, hat aber keine Zeit.", id="companion-out"),
        pytest.param("Ich komme nicht. Grüße von meinem Kollegen!", id="greetings"),
        pytest.param("I can't come, sorry.", id="plain-no"),
        pytest.param("Ich komme und schicke euch vorher die Folien.", id="sends-slides"),
    ],
)
def test_a_no_without_anyone_in_the_members_place_names_no_stand_in(text: str) -> None:
    assert stand_in(text) == ""
