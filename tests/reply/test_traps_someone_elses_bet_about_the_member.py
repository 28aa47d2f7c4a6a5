"""Someone else's bet or claim that the member will not come: "Mein Kollege hat gewettet,
dass ich nicht komme. Er verliert", "My wife bet I wouldn't show up". The "nicht komme"
is theirs, not the member's answer: the rest of the mail gives that, or a person reads
it. A member who agrees ("sie hat gewonnen", "can't make it") still says no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mein Kollege hat gewettet, dass ich nicht komme. Er verliert.", id="de-er-verliert"
        ),
        pytest.param(
            "Meine Schwester wettet, dass ich eh nicht auftauche. Tja, falsch gedacht!",
            id="de-falsch-gedacht",
        ),
        pytest.param(
            "Die Kollegen haben gewettet, dass ich wieder nicht komme. Pustekuchen.",
            id="de-pustekuchen",
        ),
        pytest.param("My mate bet me I won't come. He owes me a pint then.", id="en-owes-a-pint"),
        pytest.param(
            "Mein Chef behauptet, dass ich nie Zeit habe. Stimmt nicht, ich komme!",
            id="de-behauptet",
        ),
        pytest.param(
            "My wife bet I wouldn't show up. She's wrong – see you there!", id="en-wife-bet"
        ),
        pytest.param("Tom swears I never show up – this time I will!", id="en-swears-never"),
    ],
)
def test_a_bet_that_the_member_stays_away_is_never_their_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Meine Frau hat gewettet, dass ich nicht komme – und ich komme wirklich nicht.",
            id="de-und-ich-komme-wirklich-nicht",
        ),
        pytest.param(
            "My wife bet I wouldn't show up. Sadly she wins this one – can't make it.",
            id="en-she-wins",
        ),
        pytest.param("Ich wette, dass ich nicht komme.", id="de-own-bet"),
    ],
)
def test_the_members_own_no_beside_a_bet_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
