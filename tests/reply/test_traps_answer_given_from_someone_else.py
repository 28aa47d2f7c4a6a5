"""Two people's answers in one sentence, each with whose it is: "Ja von mir, nein von
Lisa", "Yes from me, nope from Raj", "Absage von Tom, Zusage von mir". Beside the
member's own answer "von mir" / "from me", the one given "von" or "for" someone else is
theirs: a strong no-word of theirs must never outweigh the member's yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ja von mir, nein von Lisa.", Answer.YES, id="de-ja-von-mir"),
        pytest.param("Nein von Lisa, ja von mir.", Answer.YES, id="de-mir-second"),
        pytest.param("Zusage von mir, Absage von Tom.", Answer.YES, id="de-zusage-von-mir"),
        pytest.param("Yes from me, nope from Raj.", Answer.YES, id="en-yes-from-me"),
        pytest.param("Yes from me, but no from my husband.", Answer.YES, id="en-but-husband"),
        pytest.param("Nope from me, yes from Raj.", Answer.NO, id="en-nope-from-me"),
        pytest.param("Absage von mir, Zusage von Tom.", Answer.NO, id="de-absage-von-mir"),
        pytest.param("Yes from Raj, no from me.", Answer.NO, id="en-me-second"),
        pytest.param("Ja für mich, nein für meine Frau.", Answer.YES, id="de-fuer-mich"),
    ],
)
def test_the_answer_from_the_member_decides_beside_another_ones(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
