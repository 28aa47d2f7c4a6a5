"""A yes with a catch named after it ("Yes, I'd love to come. Only problem: I'll be in
Japan", "Klar, gerne! Einziger Haken: ich bin in Japan") is never recorded as a yes: what
the catch is decides, and a person reads it. "Kein Problem" and a problem with something
else than the evening leave the yes standing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CATCH = [
    pytest.param("Yes, I'd love to come. Only problem: I'll be in Japan.", id="en-only-problem"),
    pytest.param("Klar, gerne! Einziger Haken: ich bin in Japan.", id="de-einziger-haken"),
    pytest.param("Count me in! One small snag – I'm on call that night.", id="en-small-snag"),
    pytest.param("Ja, super! Der Haken an der Sache: Ich hab Nachtdienst.", id="de-haken-sache"),
]


@pytest.mark.parametrize("text", CATCH)
def test_a_yes_with_a_catch_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


YES = [
    pytest.param("Ja, ich komme! Kein Problem.", id="de-kein-problem"),
    pytest.param("Yes, I'll come! No problem at all.", id="en-no-problem"),
    pytest.param("Ja, ich komme. Problem: Ich finde den Link nicht mehr.", id="de-link"),
]


@pytest.mark.parametrize("text", YES)
def test_no_catch_leaves_the_yes_standing(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
