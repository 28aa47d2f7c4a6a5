"""Words that deny what could stop the member, or deny something else, are no refusal.

"Can't think of anything that would stop me" and "Ich kann mir nicht vorstellen,
dass was dazwischenkommt" were read as a no: the negation was taken for the
answer, but it denies the obstacle. "Er kann nur nicht so gut mit E-Mail" denies
a skill, not the evening. A no inside a condition turned by "aber sollte …" may
come; it is not said now.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

OBSTACLE_DENIED = [
    pytest.param("Can't think of anything that would stop me. See you there.", id="en-cant-think"),
    pytest.param("Can't think of anything that would stop me.", id="en-cant-think-alone"),
    pytest.param("Nothing will stop me this time!", id="en-nothing-will-stop"),
    pytest.param("I don't see why not. Count me in", id="en-dont-see-why-not"),
    pytest.param("No reason not to come, see you Thursday.", id="en-no-reason-not-to"),
    pytest.param("Ich kann mir nicht vorstellen, dass was dazwischenkommt.", id="de-vorstellen"),
    pytest.param("Ich wüsste nicht, was dagegen spricht. Bis dann!", id="de-wuesste-nicht"),
    pytest.param("Von meiner Seite spricht nichts dagegen.", id="de-spricht-nichts-dagegen"),
    pytest.param("Nichts hält mich diesmal auf.", id="de-nichts-haelt"),
    pytest.param("Nix hält mich davon ab, bin dabei.", id="de-nix-haelt-ab"),
]


@pytest.mark.parametrize("text", OBSTACLE_DENIED)
def test_an_obstacle_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Leider hält mich ein Termin ab.", id="de-haelt-ab"),
        pytest.param("Sorry, a deadline will stop me this time.", id="en-deadline-stops"),
    ],
)
def test_an_obstacle_said_is_still_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hallo, hier schreibt Maria, die Tochter von Herrn Papadopoulos. Mein Vater kommt "
            "am Donnerstag, er kann nur nicht so gut mit E-Mail.",
            id="de-tochter",
        ),
        pytest.param("Ich komme, ich kann nur nicht so gut mit Technik.", id="de-technik"),
        pytest.param("Ich bin nicht so gut mit Zahlen, komme aber gern.", id="de-zahlen"),
        pytest.param(
            "Hi, this is Tom's son. Dad will be there on Thursday, he's just not great with email.",
            id="en-son",
        ),
    ],
)
def test_a_skill_the_member_lacks_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


def test_a_lack_of_skill_that_keeps_the_member_away_is_still_a_no() -> None:
    assert read_intent("I'm not good with crowds so I'll skip this one.").answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, aber sollte mein Zug ausfallen, kann ich nicht.", id="de-ja-zug"),
        pytest.param(
            "Ich komme, aber sollte mein Zug ausfallen, wird es nichts.", id="de-komme-zug"
        ),
    ],
)
def test_a_no_after_but_should_is_a_no_that_may_come(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ei, bitte traacht mich aus, isch hab kei Zeit mehr für sowas.", id="hesse"),
        pytest.param("Dragt mi bitte aus, des isch nix mehr für mi.", id="south"),
    ],
)
def test_leaving_the_list_said_in_dialect_unsubscribes(text: str) -> None:
    assert read_intent(text).unsubscribe
