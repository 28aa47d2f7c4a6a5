"""Hessian "debei" for "dabei" ("Ei gude, isch bin debei", "Mir sin debei") and the
Bavarian "bin i do" after a word of certainty ("Oida, sicher bin i do!", "Freilich bin
i do") are a yes; with the dialect negation they stay a no, never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ei gude, isch bin debei.", id="hessian-gude"),
        pytest.param("Isch bin aach debei!", id="hessian-aach"),
        pytest.param("Mir sin debei.", id="hessian-mir"),
        pytest.param("Bin debai.", id="debai"),
        pytest.param("Oida, sicher bin i do!", id="bavarian-sicher"),
        pytest.param("Freilich bin i do.", id="bavarian-freilich"),
        pytest.param("Klar san mia do.", id="bavarian-klar-mia"),
    ],
)
def test_dialect_presence_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Isch bin net debei, sorry.", id="hessian-net"),
        pytest.param("Isch bin leider nit debei.", id="hessian-nit"),
        pytest.param("Sicher bin i ned do.", id="bavarian-ned"),
    ],
)
def test_dialect_presence_denied_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
