"""Scots and Bavarian forms keep their negation and their obstacle: "Och, cannae make it"
and "I dinnae think I can make it" are no yes; "Joa, des is bled, i hob an dem Tog
Dienst" is a no. The standard spellings they stand for are read as before."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.dialect_words import standard
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("cannae make it", "can't make it"),
        ("I dinnae think so", "I don't think so"),
        ("I wouldnae miss it", "I wouldn't miss it"),
        ("i hob an dem Tog Dienst", "ich hab an dem Tag Dienst"),
        ("des is bled", "des is blöd"),
    ],
)
def test_dialect_forms_are_written_in_standard_spelling(said: str, written: str) -> None:
    assert standard(said) == written


def test_a_name_ending_in_na_is_left_alone() -> None:
    assert standard("Donna and I will come") == "Donna and I will come"


NOT_COMING = [
    pytest.param("Och, cannae make it, bin in Edinburgh.", id="scots-cannae"),
    pytest.param("Sorry, I cannae come this time.", id="scots-cannae-come"),
    pytest.param("Joa, des is bled, i hob an dem Tog Dienst in da Apotheke.", id="bavarian"),
]


@pytest.mark.parametrize("text", NOT_COMING)
def test_dialect_refusals_are_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_scots_refusal_to_miss_it_is_a_yes() -> None:
    assert analyse(_mail("I wouldnae miss it!")).answer is Answer.YES
