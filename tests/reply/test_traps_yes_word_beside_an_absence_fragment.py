"""A bare yes-word followed only by an absence said without a verb: "Yep, out of town that
week", "Yes, on a business trip that day", "Ja, krank". The yes-word agrees, perhaps
with "are you away?"; the fragment says the member is not there. Nothing read the
fragment, so the yes-word stood alone and was recorded as a yes: the opposite answer.
Now such a yes goes to a person. A fragment saying how the member comes ("Yes,
travelling by train") or that nothing keeps them away ("Yes! Back from holiday") keeps
the yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ABSENT = [
    pytest.param("Yep, out of town that week.", id="en-out-of-town"),
    pytest.param("Yes, on a business trip that day.", id="en-business-trip"),
    pytest.param("Yeah, out of the country.", id="en-out-of-country"),
    pytest.param("Yes, out sick.", id="en-out-sick"),
    pytest.param("Sure, away all week.", id="en-away-all-week"),
    pytest.param("Ja, krank.", id="de-krank"),
    pytest.param("Ja, auf Montage.", id="de-montage"),
    pytest.param("Jo, im Urlaub die Woche.", id="de-urlaub-die-woche"),
    pytest.param("Klar – auf Dienstreise an dem Abend.", id="de-dienstreise"),
]


@pytest.mark.parametrize("text", ABSENT)
def test_a_bare_yes_word_beside_an_absence_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yes, travelling by train from Leipzig.", id="en-by-train"),
        pytest.param("Yes! Back from holiday.", id="en-back"),
        pytest.param("Ja klar, wieder gesund.", id="de-gesund"),
        pytest.param("Ja, mit Partner.", id="de-partner"),
        pytest.param("Yes, in person.", id="en-in-person"),
    ],
)
def test_a_bare_yes_word_beside_how_the_member_comes_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
