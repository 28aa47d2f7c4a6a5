"""A "Nein" that answers whether anything is in the way ("Nein, da kommt mir nichts
dazwischen"), not sitting this one out ("Diesmal setze ich nicht aus") and calling staying
away absurd ("Wär ja noch schöner, wenn ich nicht käme!") are never a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_A_NO = [
    pytest.param("Nein, da kommt mir nichts dazwischen.", id="nein-nichts-dazwischen"),
    pytest.param("Nein, mir kommt nichts in die Quere.", id="nein-nichts-in-die-quere"),
    pytest.param("Nä, do kütt nix dazwischen.", id="koelsch-nix-dazwischen"),
    pytest.param("Dieses Mal setze ich nicht aus.", id="setze-nicht-aus"),
    pytest.param("Diesmal setz ich nicht aus, versprochen!", id="setz-nicht-aus"),
    pytest.param("Wär ja noch schöner, wenn ich nicht käme!", id="noch-schoener"),
    pytest.param("Das wäre ja noch schöner, wenn wir nicht dabei wären.", id="noch-schoener-wir"),
]


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_denied_obstacle_or_absence_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, da kommt mir nichts dazwischen.", id="nein-nichts-dazwischen"),
        pytest.param("Wär ja noch schöner, wenn ich nicht käme!", id="noch-schoener"),
    ],
)
def test_a_denied_obstacle_reads_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich setze diesmal aus.", id="setze-aus"),
        pytest.param("Nein, leider kommt mir was dazwischen.", id="was-dazwischen"),
        pytest.param("Wär schön gewesen, klappt aber nicht.", id="waer-schoen-gewesen"),
    ],
)
def test_sitting_out_or_an_obstacle_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
