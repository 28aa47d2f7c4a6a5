"""Not being able to refuse ("Das kann ich nicht ablehnen", "Can't refuse that!") and not
knowing why one would stay away ("Ich wüsste nicht, warum ich absagen sollte") are a
yes: the negation falls on the refusal. A refusal said plainly stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSAL_DENIED = [
    pytest.param("Das kann ich nicht ablehnen.", id="kann-nicht-ablehnen"),
    pytest.param("So ein Angebot kann ich doch nicht ablehnen!", id="angebot-nicht-ablehnen"),
    pytest.param("Ich kann das nicht ausschlagen.", id="nicht-ausschlagen"),
    pytest.param("Can't refuse that!", id="cant-refuse"),
    pytest.param("I can't turn that down.", id="cant-turn-down"),
    pytest.param("Ich wüsste nicht, warum ich nicht kommen sollte.", id="wuesste-nicht-warum"),
    pytest.param("Ich weiß nicht, warum ich absagen sollte.", id="weiss-nicht-warum-absagen"),
    pytest.param("I don't know why I wouldn't come.", id="dont-know-why-wouldnt"),
    pytest.param("I don't see why I should decline.", id="dont-see-why-decline"),
]


@pytest.mark.parametrize("text", REFUSAL_DENIED)
def test_a_refusal_one_cannot_make_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich muss leider ablehnen.", id="muss-ablehnen"),
        pytest.param("I have to refuse, sorry.", id="have-to-refuse"),
    ],
)
def test_a_refusal_said_plainly_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
