"""A companion who drops out, said with the verb first or after a word of regret: "Leider
kann Peter nicht, aber ich freue mich", "Diesmal schafft es meine Frau nicht, ich bin aber
da", "Sadly my wife can't come, but count me in". The one named after the verb (or after
"sadly") is the subject of the no; it is theirs, never the member's own no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MEMBER_COMES = [
    pytest.param("Leider kann Peter nicht, aber ich freue mich.", id="de-kann-peter-freue"),
    pytest.param("Leider kann mein Mann nicht, ich komme aber.", id="de-kann-mein-mann"),
    pytest.param(
        "Diesmal schafft es meine Frau nicht, ich bin aber da.", id="de-schafft-es-meine-frau"
    ),
    pytest.param(
        "Leider kann meine Kollegin nicht kommen, ich bin aber dabei!", id="de-kollegin-dabei"
    ),
    pytest.param("Am Donnerstag kann Jana leider nicht, ich komme allein.", id="de-am-donnerstag"),
    pytest.param(
        "Leider wird mein Mann nicht kommen können, ich freue mich aber auf den Abend.",
        id="de-wird-mein-mann",
    ),
    pytest.param("Heute hat die Lisa keine Zeit, ich komme aber gern.", id="de-hat-die-lisa"),
    pytest.param("Sadly my wife can't come, but count me in.", id="en-sadly-my-wife"),
    pytest.param(
        "Unfortunately my husband can't make it, but I'll be there.", id="en-unfortunately"
    ),
]


@pytest.mark.parametrize("text", MEMBER_COMES)
def test_the_member_coming_beside_a_companion_out_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Leider kann mein Mann nicht, ich komme aber.", id="de-kann-mein-mann"),
        pytest.param("Diesmal schafft es meine Frau nicht, ich bin aber da.", id="de-schafft-es"),
        pytest.param("Sadly my wife can't come, but count me in.", id="en-sadly-my-wife"),
    ],
)
def test_the_members_own_yes_after_the_companion_is_read(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Leider kann Peter nicht.", id="de-kann-peter"),
        pytest.param("Leider muss Jonas absagen.", id="de-muss-jonas-absagen"),
        pytest.param("Diesmal kann meine Frau leider nicht.", id="de-diesmal-meine-frau"),
        pytest.param("Unfortunately my husband can't make it.", id="en-unfortunately"),
    ],
)
def test_a_companion_out_alone_is_no_answer_of_the_members(text: str) -> None:
    assert read_intent(text).answer is None
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Leider kann ich nicht.", id="de-kann-ich"),
        pytest.param("Diesmal schaffe ich es leider nicht.", id="de-schaffe-ich"),
        pytest.param("Unfortunately I can't come.", id="en-i-cant"),
    ],
)
def test_the_members_own_no_with_the_verb_first_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
