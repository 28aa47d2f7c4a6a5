"""Two members sharing one mailbox answer differently in one mail: "Wir sind beide auf
eurer Liste: Ich komme, meine Frau vermutlich nicht", "Karl kommt, ich eher nicht.
Liebe Grüße, Karl und Gisela". The "ich" may be either of them, so either answer
recorded may be the wrong person's: a person reads it. Where both answer alike, or one
member writes alone, the answer stays the member's."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

DIFFER = [
    pytest.param(
        "Wir sind beide auf eurer Liste: Ich komme, meine Frau vermutlich nicht.",
        id="de-beide-auf-der-liste",
    ),
    pytest.param(
        "Hallo, wir sind ja beide eingeladen: Jochen kommt, ich eher nicht.",
        id="de-beide-eingeladen-name-first",
    ),
    pytest.param("Ich komme, mein Mann leider nicht.\n\nLG Anna und Tom", id="de-signed-by-two"),
    pytest.param("Wir stehen beide im Verteiler. Ich kann nicht, Svenja kommt.", id="de-verteiler"),
    pytest.param(
        "Both of us are on your list. I'm in, Marco's probably out.\n— Lucía & Marco",
        id="en-both-on-the-list",
    ),
    pytest.param(
        "We're both invited: my husband will come, I can't.\nCheers, Ann and Rob",
        id="en-both-invited-signed",
    ),
]


@pytest.mark.parametrize("text", DIFFER)
def test_differing_answers_from_a_shared_mailbox_go_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem.startswith("two members sharing")) == (None, True)


ALIKE = [
    pytest.param("Wir kommen beide!\n\nKarl und Gisela", Answer.YES, id="de-both-come"),
    pytest.param("Karl kommt, ich auch.\nKarl und Gisela", Answer.YES, id="de-ich-auch"),
    pytest.param(
        "We're both on the list and neither of us can make it. Ann & Rob",
        Answer.NO,
        id="en-neither",
    ),
    pytest.param("Ich komme, mein Mann nicht.", Answer.YES, id="de-one-member-writes"),
    pytest.param("Ich komme mit meinem Mann.\n\nAnna und Tom", Answer.YES, id="de-with-husband"),
]


@pytest.mark.parametrize(("text", "answer"), ALIKE)
def test_a_shared_mailbox_answering_alike_or_one_member_keeps_the_answer(
    text: str, answer: Answer
) -> None:
    assert read_intent(text).answer is answer
