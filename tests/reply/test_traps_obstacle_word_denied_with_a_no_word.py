"""An obstacle word denied ("Ich bin am Donnerstag nicht verplant", "I'm not busy that
night"), a no-word before it agreeing ("Nah, I'm not busy that night. Coming!"): a yes.
"verplant" and "nicht" were read as two refusals; "Nah" as a third. Another obstacle
named after it ("…, sondern krank", "…, I just don't feel like it") keeps its no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin am Donnerstag nicht verplant.", id="nicht-verplant"),
        pytest.param("Wir sind nicht ausgebucht an dem Abend.", id="nicht-ausgebucht"),
        pytest.param("Bin diesmal nicht eingespannt, komme.", id="nicht-eingespannt"),
        pytest.param("Nein, ich bin nicht verplant. Komme gern!", id="nein-nicht-verplant"),
        pytest.param("Nah, I'm not busy that night. Coming!", id="nah-not-busy"),
        pytest.param("No, I'm not working that evening, see you there.", id="no-not-working"),
        pytest.param("Nope, not busy. I'll come.", id="nope-not-busy"),
        pytest.param(
            "Nee, bin an dem Abend nicht verhindert, ich komme.", id="nee-nicht-verhindert"
        ),
    ],
)
def test_an_obstacle_denied_with_a_no_word_agreeing_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin nicht verplant, sondern krank.", id="sondern-krank"),
        pytest.param("Nah, I'm not free that night.", id="not-free"),
        pytest.param("I just don't feel like it.", id="dont-feel-like-it"),
        pytest.param("Don't really feel like it, sorry.", id="dont-really-feel-like-it"),
        pytest.param("Ich bin nicht im Urlaub, aber ich muss arbeiten.", id="aber-arbeiten"),
    ],
)
def test_another_obstacle_or_not_wanting_to_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_not_busy_but_not_feeling_like_it_is_never_a_yes() -> None:
    text = "No, I'm not busy, I just don't feel like it."
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
