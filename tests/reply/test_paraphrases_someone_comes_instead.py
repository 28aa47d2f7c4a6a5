"""Someone comes in the member's place: the member's own answer is no, the one sent
instead is news for the organizer.

Written as people write, not as the corpus does: each row is one way of saying it. A
companion who comes too ("meine Vertretung kommt auch", "my deputy will come too") is no
stand-in, and the member's yes stands.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.stand_in import stand_in
from mail.types import Answer

INSTEAD = [
    ("Mein Kollege kommt statt mir.", "de-kommt-statt-mir"),
    ("Ich kann nicht, aber mein Kollege kommt an meiner Stelle.", "de-an-meiner-stelle"),
    ("Ich kann leider nicht, schicke aber meine Vertretung.", "de-schicke-vertretung"),
    ("Ich schicke meine Stellvertreterin.", "de-schicke-stellvertreterin"),
    ("Kollege Jansen übernimmt für mich.", "de-uebernimmt-fuer-mich"),
    ("Anstelle von mir wird Frau Berg teilnehmen.", "de-anstelle-von-mir"),
    ("Ich bin verhindert, Herr Klein vertritt mich.", "de-vertritt-mich"),
    ("Frau Öztürk springt für mich ein.", "de-springt-fuer-mich-ein"),
    ("Statt meiner kommt Herr Yilmaz.", "de-statt-meiner"),
    ("I can't come but my colleague will come instead.", "en-colleague-instead"),
    ("My deputy will attend in my place.", "en-in-my-place"),
    ("I'm sending my intern instead.", "en-sending-instead"),
    ("Can't make it, I'll send someone else.", "en-send-someone-else"),
    ("Sarah from accounts takes my place this time.", "en-takes-my-place"),
    ("Sorry, can't make it – Tom from my team will go instead.", "en-tom-instead"),
    ("Ich gebe meinen Platz an Jonas ab.", "de-gebe-platz-ab"),
    ("Ich überlasse meinen Platz meiner Kollegin.", "de-ueberlasse-platz"),
    ("I'm giving my spot to Sam.", "en-giving-my-spot"),
]

# Someone comes too, or a place is filled for something else: the member's yes stands
TOO = [
    ("Bin dabei! Meine Vertretung kommt auch.", "de-vertretung-kommt-auch"),
    ("Ich komme, und schicke noch meine Vertretung mit.", "de-schicke-vertretung-mit"),
    ("I'll be there, my deputy will come too.", "en-deputy-too"),
    ("I'll send someone the slides, see you there!", "en-send-someone-the-slides"),
    ("Mein Mann übernimmt für mich die Kinder, ich komme!", "de-uebernimmt-die-kinder"),
    ("Trag für mich ein, ich komme", "de-trag-fuer-mich-ein"),
    ("Ich komme! Gebe meinen Platz im Carsharing an Jonas ab.", "de-platz-im-carsharing"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in INSTEAD])
def test_someone_coming_in_the_members_place_is_the_members_no(text: str) -> None:
    assert (read_intent(text).answer, bool(stand_in(text))) == (Answer.NO, True)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in TOO])
def test_someone_coming_too_leaves_the_members_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


# Said of the member by whoever writes for them: an idiom no member says of themselves
SAID_FOR_THEM = [
    ("Mr Smith sends his apologies.", Answer.NO, "en-sends-his-apologies"),
    ("Dr. Weber sends her regrets.", Answer.NO, "en-sends-her-regrets"),
    ("Herr Klein lässt sich entschuldigen.", Answer.NO, "de-laesst-sich-entschuldigen"),
    (
        "Herr Müller bedankt sich für die Einladung und sagt zu.",
        Answer.YES,
        "de-bedankt-sich-und-sagt-zu",
    ),
    (
        "Frau Weber bedankt sich herzlich, kann aber leider nicht.",
        Answer.NO,
        "de-bedankt-sich-kann-nicht",
    ),
    (
        "Mr Smith sends his apologies for the late reply, he will attend.",
        Answer.YES,
        "en-apologies-for-the-late-reply",
    ),
]


@pytest.mark.parametrize(
    ("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in SAID_FOR_THEM]
)
def test_an_answer_said_of_the_member_by_someone_else_is_theirs(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
