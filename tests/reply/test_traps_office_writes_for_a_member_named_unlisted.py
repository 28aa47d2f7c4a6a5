"""An office or a helper writes for the member and names them by a name no list holds,
or by a role and a name: "On behalf of the bakery team: Priya will attend", "Sekretariat
der Musikschule hier. Unsere Leiterin Roswitha kommt gern", "der Sepp kommt". The one
named is the member, so their answer is the member's, read in the first person."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

Y, N = Answer.YES, Answer.NO

PASSED_ON = [
    pytest.param(
        "Im Auftrag des Vereinsvorstands: Gunnar kommt am Donnerstag.", Y, id="de-auftrag"
    ),
    pytest.param("On behalf of the bakery team: Priya will attend.", Y, id="en-behalf-of-team"),
    pytest.param(
        "Sekretariat der Musikschule hier. Unsere Leiterin Roswitha kommt gern.",
        Y,
        id="de-role-and-name",
    ),
    pytest.param(
        "Vorzimmer Bürgermeisteramt hier – Herr Okafor wird anwesend sein.",
        Y,
        id="de-vorzimmer-anwesend",
    ),
    pytest.param("Ich schreibe für unseren Trainer, der Sepp kommt.", Y, id="de-der-sepp"),
    pytest.param(
        "Ich schreibe für unseren Trainer, der Sepp kann leider nicht.", N, id="de-der-sepp-no"
    ),
    pytest.param("Writing on behalf of our chair: Olu is happy to come.", Y, id="en-chair-name"),
    pytest.param(
        "PA to the head of the food bank here: Ms. Mensah will be there.",
        Y,
        id="en-pa-to-the-head",
    ),
]


@pytest.mark.parametrize(("text", "answer"), PASSED_ON)
def test_the_one_written_for_is_the_member_whatever_they_are_called(
    text: str, answer: Answer
) -> None:
    assert (read_intent(text).answer, analyse(_mail(text)).answer) == (answer, answer)


def test_the_verb_sein_is_no_possessive_made_the_members() -> None:
    # "wird anwesend sein" stays a verb; "mit seiner Frau" becomes "mit meiner Frau"
    text = "Das Büro teilt mit: Herr Kerp wird anwesend sein."
    assert read_intent(text).answer is Y
