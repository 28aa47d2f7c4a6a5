"""Asking to be put down for the evening is a yes: "Bitte eintragen!", "Mich bitte
eintragen", "Setzt mich auf die Liste", "Put my name down for Thursday", and "Mit
Vergnügen!" said alone. "Nix für mich diesmal" is a no, as "Not for me this time" is.
Before, these went to review with no answer found. Someone else put down, a refusal put
down ("bitte als Absage eintragen"), a later evening or a waiting list is never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Bitte eintragen!", id="bitte-eintragen"),
    pytest.param("Mich bitte eintragen, danke.", id="mich-bitte-eintragen"),
    pytest.param("Bitte mich eintragen für Donnerstag.", id="eintragen-fuer-donnerstag"),
    pytest.param("Setzt mich bitte auf die Liste.", id="setzt-mich-auf-die-liste"),
    pytest.param("Schreibt mich auf die Teilnehmerliste.", id="teilnehmerliste"),
    pytest.param("Put my name down for Thursday.", id="put-my-name-down"),
    pytest.param("Mit Vergnügen!", id="mit-vergnuegen"),
]

REFUSALS = [
    pytest.param("Nix für mich diesmal.", id="nix-fuer-mich-diesmal"),
    pytest.param("Diesmal nix für mich, sorry.", id="diesmal-nix"),
    pytest.param(
        "Das ist leider nichts für mich am Donnerstag.", id="nichts-fuer-mich-am-donnerstag"
    ),
]

NEVER_YES = [
    pytest.param("Bitte nicht eintragen.", id="nicht-eintragen"),
    pytest.param("Bitte als Absage eintragen.", id="als-absage"),
    pytest.param("Bitte meinen Mann eintragen, ich kann nicht.", id="someone-else"),
    pytest.param(
        "Setzt mich auf die Liste für das nächste Mal, diesmal klappt es nicht.", id="next-time"
    ),
    pytest.param("Put my name down for the next one, can't do Thursday.", id="next-one"),
    pytest.param("Put my name down on the waiting list.", id="waiting-list"),
    pytest.param("Setzt mich nicht auf die Liste.", id="nicht-auf-die-liste"),
]


@pytest.mark.parametrize("text", YESES)
def test_asking_to_be_put_down_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_asking_to_be_put_down_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_nothing_for_me_this_time_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NEVER_YES)
def test_someone_else_a_refusal_or_a_later_evening_put_down_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
