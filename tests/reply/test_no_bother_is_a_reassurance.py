""" "No bother", "nae bother", "no sweat", "no trouble at all" reassure, as "no worries"
does: beside a yes they are no refusal ("Aye, I'll be there, nae bother"). A refusal
beside them is still read as the no it is."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Aye, I'll be there, nae bother.", id="scots-nae-bother"),
    pytest.param("Count me in, no bother at all.", id="no-bother-at-all"),
    pytest.param("Nae bother, see you there.", id="nae-bother-first"),
    pytest.param("No bother, I'll come.", id="no-bother-then-come"),
    pytest.param("I'll be there, no sweat.", id="no-sweat"),
    pytest.param("No sweat, I'm in!", id="no-sweat-first"),
    pytest.param("Happy to come, no trouble at all.", id="no-trouble-at-all"),
]

REFUSALS = [
    pytest.param("No bother, but I can't come this time.", id="but-cant-come"),
    pytest.param("Nae bother, cannae make it though.", id="scots-cannae"),
    pytest.param("No sweat, I'll pass this time.", id="pass"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_beside_a_reassurance_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_beside_a_reassurance_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_beside_a_reassurance_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_reassurance_alone_is_no_answer() -> None:
    assert analyse(_mail("No bother.")).answer is not Answer.NO
