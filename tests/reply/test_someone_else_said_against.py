"""The member's answer said against someone else's, its verb left out.

"Mein Mann kommt nicht, ich aber schon" is a yes, "Er kommt, ich nicht" a
no, "ich auch" the same as the other's: the member's short clause borrows the
verb of the clause about someone else, and says the opposite of it unless it
says "auch", "too". Someone else's answer stays theirs; where theirs is not
clear, nothing is borrowed and a person reads it.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the member's answer, the guests, id)
SAID_AGAINST = [
    ("Mein Mann kommt doch nicht mit, ich aber schon.", Y, 0, "de-mann-nicht-ich-aber-schon"),
    ("Mein Mann kommt nicht, ich schon.", Y, 0, "de-mann-nicht-ich-schon"),
    ("Ich schon, mein Mann leider nicht.", Y, 0, "de-ich-schon-first"),
    ("Meine Frau kann nicht, ich aber.", Y, 0, "de-frau-kann-nicht-ich-aber"),
    ("Die anderen haben keine Zeit, ich schon", Y, 0, "de-die-anderen-keine-zeit"),
    ("Mein Kollege ist dabei, ich nicht.", N, 0, "de-kollege-dabei-ich-nicht"),
    ("Er kommt, ich nicht.", N, 0, "de-er-kommt-ich-nicht"),
    ("Jana kommt, ich leider nicht.", N, 0, "de-jana-kommt-ich-leider-nicht"),
    ("Meine Frau kann nicht, ich auch nicht.", N, 0, "de-ich-auch-nicht"),
    ("Meine Frau kommt, ich auch.", Y, 0, "de-frau-kommt-ich-auch"),
    ("Mein Mann kommt mit, ich auch", Y, 1, "de-mann-kommt-mit-ich-auch"),
    ("My wife can't, but I can.", Y, 0, "en-wife-cant-i-can"),
    ("My wife isn't coming but I am.", Y, 0, "en-wife-isnt-i-am"),
    ("My husband is coming, me too", Y, 0, "en-husband-coming-me-too"),
    ("My partner can't make it and I can't either.", N, 0, "en-i-cant-either"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in SAID_AGAINST]
)
def test_the_members_short_clause_against_someone_elses_borrows_their_verb(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)


# (text, the member's answer if it is read, id): unclear whose words are whose, or what
# the other says of coming, so a person may read them
UNCLEAR = [
    ("Alle sagen ab, ich nicht!", Y, "de-alle-sagen-ab"),
    ("Tom's not coming, I am though", Y, "en-tom-not-i-am-though"),
    ("Meine Frau weiß es noch nicht, ich schon.", None, "de-frau-weiss-es-nicht"),
    ("My colleague is in, I'm not.", N, "en-colleague-in-im-not"),
    ("Meine Frau ist krank, ich nicht.", Y, "de-frau-krank-ich-nicht"),
]


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=i) for t, a, i in UNCLEAR])
def test_against_an_unclear_answer_nothing_is_borrowed_the_wrong_way(
    text: str, answer: Answer | None
) -> None:
    assert read_intent(text).answer in (answer, None)
