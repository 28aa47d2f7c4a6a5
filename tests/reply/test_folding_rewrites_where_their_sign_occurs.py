"""Folding a text runs each rewrite only where the sign it needs occurs: wherever the
sign is there, however it is spaced or cased, the text is rewritten as before."""

from __future__ import annotations

import pytest

from mail.dialect_words import standard
from mail.wordforms import fold


@pytest.mark.parametrize(
    ("written", "standard_form"),
    [
        ("I komm it.", "I komm nit."),
        ("Des goht\tleider\tit", "Des goht\tleider\tnit"),
        ("BIN IT DABEI", "BIN nit DABEI"),
        ("I cannae make it", "I can't make it"),
        ("Sorry, DINNAE think so", "Sorry, don't think so"),
        ("we wullna be there", "we won't be there"),
    ],
)
def test_a_dialect_negation_is_written_in_standard_form(written: str, standard_form: str) -> None:
    assert standard(written) == standard_form


@pytest.mark.parametrize(
    "text",
    ["Donna kommt auch", "Mit dem Auto bin ich da", "Edit: komme doch", "Tina, Anna und ich"],
)
def test_a_text_without_the_dialect_signs_is_left_as_written(text: str) -> None:
    assert standard(text) == text


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("I can;t make it", "I can't make it"),
        ("Büro: Room No. 12", "Buero: Room Nr. 12"),
        ("Ich bin RAUS – aus dem Urlaub zurück", "Ich bin RAUS aus dem Urlaub zurueck"),
        ("Ich bin rauſ, aus dem Büro", "Ich bin rauſ aus dem Buero"),
    ],
)
def test_a_rewrite_applies_wherever_its_sign_occurs(typed: str, folded: str) -> None:
    assert fold(typed) == folded
