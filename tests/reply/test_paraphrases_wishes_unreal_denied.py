"""A wish on a condition in the subjunctive is no yes; said not to hold, it is a no.

"Hätte ich Zeit, wäre ich sofort dabei. Habe ich aber nicht." names a condition
with the verb first and then denies it: the member means no. Alone, such a wish
is a doubt at most. Each row is one way strangers say it; none may be read as
the opposite of what it means.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hätte ich Zeit, wäre ich sofort dabei. Habe ich aber nicht.", id="haette-zeit"
        ),
        pytest.param("Hätte ich frei, wäre ich dabei. Hab ich aber nicht.", id="haette-frei"),
        pytest.param("Wäre ich in Köln, käme ich sofort. Bin ich aber nicht.", id="waere-in-koeln"),
        pytest.param(
            "Wenn ich Zeit hätte, würde ich kommen. Hab ich leider nicht.", id="wenn-zeit-haette"
        ),
        pytest.param("Könnte ich, würde ich. Kann ich aber nicht.", id="koennte-ich-wuerde-ich"),
        pytest.param(
            "Falls ich einen Babysitter finde, komme ich. Hab aber keinen.", id="falls-hab-keinen"
        ),
        pytest.param("Were I in town, I'd come. But I'm not.", id="were-i-in-town"),
        pytest.param("If I had the time, I'd come. Which I don't.", id="which-i-dont"),
        pytest.param("If I had a free evening I'd come along. Sadly I don't.", id="sadly-i-dont"),
    ],
)
def test_a_wish_whose_condition_is_denied_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Könnte ich, würde ich kommen.", id="koennte-ich"),
        pytest.param("Wäre ich in Köln, käme ich.", id="waere-ich-in-koeln"),
        pytest.param("Hätte ich bloß frei, ich wäre dabei.", id="haette-bloss-frei"),
        pytest.param("Hätt ich nen Babysitter, wär ich dabei", id="phone-no-stop"),
        pytest.param("Hätten wir Zeit, wären wir dabei.", id="we"),
        pytest.param("Were I in town, I'd come.", id="were-i"),
        pytest.param("Had I the time, I'd be there.", id="had-i-the-time"),
        pytest.param("Wenn ich Zeit hätte, würde ich kommen.", id="wenn-haette"),
    ],
)
def test_a_wish_on_a_condition_in_the_subjunctive_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Ich komme, wenn nichts dazwischenkommt. Kann aber nicht versprechen, pünktlich zu"
            " sein.",
            Answer.MAYBE,
            id="a-long-sentence-after-is-no-denial",
        ),
        pytest.param("Ich komme gern. Habe aber keine Fragen.", Answer.YES, id="no-condition"),
        pytest.param("Ich komme. Hab aber nicht viel Zeit.", Answer.YES, id="no-condition-zeit"),
        pytest.param("Wäre gern dabei!", Answer.YES, id="a-wish-without-condition"),
        pytest.param("Wär gern dabei, freu mich.", Answer.YES, id="wish-and-joy"),
        pytest.param(
            "Gäbe es einen Preis für Vorfreude, ich hätte ihn. Ich komme!",
            Answer.YES,
            id="a-joke-then-yes",
        ),
    ],
)
def test_a_sentence_after_a_plain_answer_denies_nothing(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
