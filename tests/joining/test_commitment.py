"""Reading yes or no to a talk request and to a double opt-in mail."""

from __future__ import annotations

import pytest

from mail.commitment import Commitment, read_commitment, read_confirmation


@pytest.mark.parametrize(
    "text",
    [
        "Ich übernehme das",
        "Ich übernehme das gerne!",
        "Mache ich.",
        "Gerne",
        "Ja, sehr gerne. Viele Grüße, Anna",
        "Klar, mach ich",
        "Danke für die Anfrage, ich sage zu.",
        "I'll do it",
        "I’ll do it, thanks!",
        "Sure, happy to",
        "👍",
    ],
)
def test_a_clear_yes_takes_on_the_request(text: str) -> None:
    assert read_commitment(text).commitment is Commitment.ACCEPT


@pytest.mark.parametrize(
    "text",
    [
        "Kann leider nicht",
        "Ich kann diesmal leider nicht.",
        "Danke, aber ich muss absagen.",
        "Nein, das schaffe ich zeitlich nicht.",
        "Sorry, can't",
        "Unfortunately not, I'm travelling.",
        "I won't be able to, sorry",
    ],
)
def test_a_clear_no_declines_the_request(text: str) -> None:
    assert read_commitment(text).commitment is Commitment.DECLINE


def test_a_yes_phrase_with_a_negation_is_a_no() -> None:
    assert read_commitment("Ich übernehme das leider nicht").commitment is Commitment.DECLINE


@pytest.mark.parametrize(
    "text",
    [
        "Vielleicht, ich schaue mal",
        "Gerne, wenn ihr einen Beamer habt",
        "Maybe, I'll let you know",
        "I'd love to, but I can't",
        "Hallo zusammen",
        "",
    ],
)
def test_doubt_mixed_signals_or_no_signal_give_no_answer(text: str) -> None:
    reading = read_commitment(text)
    assert reading.commitment is None
    assert reading.problem


def test_a_question_alone_is_no_answer() -> None:
    reading = read_commitment("Wie lange soll der Vortrag denn sein?")
    assert reading.commitment is None
    assert "asks" in reading.problem


def test_a_yes_with_a_question_keeps_both() -> None:
    reading = read_commitment("Ich übernehme das. Wie lange soll es sein?")
    assert reading.commitment is Commitment.ACCEPT
    assert reading.questions == ("Wie lange soll es sein?",)


def test_no_problem_alone_is_not_read_as_a_yes() -> None:
    assert read_commitment("Kein Problem!").commitment is None


@pytest.mark.parametrize(
    "text",
    ["Ja", "Ja, bitte!", "Bestätigt", "Ich bestätige.", "Yes", "Yes please", "Passt, danke!"],
)
def test_an_explicit_yes_confirms_joining(text: str) -> None:
    assert read_confirmation(text).commitment is Commitment.ACCEPT


def test_a_reply_without_words_of_its_own_confirms_joining() -> None:
    assert read_confirmation("  \n").commitment is Commitment.ACCEPT


@pytest.mark.parametrize(
    "text",
    ["Nein", "Das war ich nicht", "Bitte nicht eintragen", "That wasn't me", "Not interested"],
)
def test_a_refusal_does_not_confirm_joining(text: str) -> None:
    assert read_confirmation(text).commitment is Commitment.DECLINE


@pytest.mark.parametrize(
    "text",
    [
        "Wer seid ihr?",
        "Ja, aber wie oft schreibt ihr?",
        "Vielleicht später",
        "Hallo, Grüße aus Ehrenfeld",
    ],
)
def test_anything_short_of_a_clear_yes_does_not_confirm_joining(text: str) -> None:
    reading = read_confirmation(text)
    assert reading.commitment is None
    assert reading.problem
