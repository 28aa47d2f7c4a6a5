"""Someone writes for the member: an assistant, a partner, a colleague. "Er" and "she" are the
member then; "er" after someone else was named is that person.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param(
        ("Ich schreibe im Namen von Frau Weber: Sie kann leider nicht teilnehmen."),
        Answer.NO,
        id="ich-schreibe-im-namen-von-frau-w",
    ),
    pytest.param(
        ("Hier ist Jans Frau. Er liegt mit Grippe im Bett und kann nicht kommen."),
        Answer.NO,
        id="hier-ist-jans-frau-er-liegt-mit",
    ),
    pytest.param(
        ("Ich bin Tims Kollege, er ist diese Woche auf Montage und schafft es nicht."),
        Answer.NO,
        id="ich-bin-tims-kollege-er-ist-dies",
    ),
    pytest.param(
        "Grüße von meinem Chef, er kommt gerne!", Answer.YES, id="grüße-von-meinem-chef-er-kommt-g"
    ),
    pytest.param(
        "This is Maria's assistant. She'll be there.",
        Answer.YES,
        id="this-is-maria-s-assistant-she-ll",
    ),
    pytest.param(
        "It's Ben's wife – he's coming, he just can't get to his email.",
        Answer.YES,
        id="it-s-ben-s-wife-he-s-coming-he-j",
    ),
    pytest.param(
        "Typing for my dad, he can't make it this time.",
        Answer.NO,
        id="typing-for-my-dad-he-can-t-make",
    ),
    pytest.param(
        "I'm writing on her behalf: she won't be able to attend.",
        Answer.NO,
        id="i-m-writing-on-her-behalf-she-wo",
    ),
    pytest.param(
        "Ich komme, mein Mann nicht. Er hat Nachtschicht.",
        Answer.YES,
        id="ich-komme-mein-mann-nicht-er-hat",
    ),
    pytest.param(
        "I'll be there, my wife won't. She's away that week.",
        Answer.YES,
        id="i-ll-be-there-my-wife-won-t-she",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_reply_written_for_the_member_is_the_members_answer(
    text: str, answer: Answer | None
) -> None:
    assert read_intent(text).answer is answer
