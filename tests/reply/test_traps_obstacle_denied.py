"""An obstacle, a counting-out or impatience that the member denies is no refusal:
"bin nicht verhindert", "don't count me out", "ich kann's nicht erwarten". And a denial
that goes on to name an obstacle after all ("spricht nichts dagegen, außer …") is no yes.
Review is fine where the words leave doubt; the opposite answer never is."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED_OBSTACLE = [
    pytest.param("Ich bin nicht verhindert.", id="bin-nicht-verhindert"),
    pytest.param("Wir sind an dem Abend nicht verhindert.", id="sind-an-dem-abend-nicht"),
    pytest.param("Bin nicht verhindert, bis dann!", id="bin-nicht-verhindert-bis-dann"),
    pytest.param("Don't count me out!", id="dont-count-me-out"),
    pytest.param("Do not write me off, I'm coming.", id="do-not-write-me-off"),
    pytest.param("Never count us out!", id="never-count-us-out"),
    pytest.param("Don't rule me out yet, I'll be there.", id="dont-rule-me-out"),
    pytest.param("Ich kann's nicht erwarten.", id="kanns-nicht-erwarten"),
    pytest.param("Kann es echt nicht erwarten!", id="kann-es-echt-nicht-erwarten"),
    pytest.param("Kanns gar nicht erwarten!", id="kanns-gar-nicht-erwarten"),
    pytest.param("Ich kann es einfach nicht abwarten, bis Donnerstag.", id="nicht-abwarten"),
    pytest.param("Wir können es nicht erwarten.", id="wir-koennen-nicht-erwarten"),
    pytest.param("Ich kann nicht widerstehen.", id="kann-nicht-widerstehen"),
    pytest.param("Da kann ich einfach nicht widerstehen!", id="einfach-nicht-widerstehen"),
    pytest.param("I'm not busy that night.", id="not-busy-that-night"),
    pytest.param("I'm not working that evening.", id="not-working-that-evening"),
    pytest.param("I don't have to work, so I'm coming.", id="dont-have-to-work"),
    pytest.param("Ich muss nicht arbeiten, also komme ich.", id="muss-nicht-arbeiten"),
    pytest.param("Ich hab keinen Dienst, bin dabei.", id="keinen-dienst"),
    pytest.param("Ich bin nicht mehr krank, bin dabei.", id="nicht-mehr-krank"),
    pytest.param("Wir sind an dem Abend nicht verreist.", id="nicht-verreist"),
]


@pytest.mark.parametrize("text", DENIED_OBSTACLE)
def test_a_denied_obstacle_or_impatience_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


OBSTACLE_AFTER_ALL = [
    pytest.param("Es spricht nichts dagegen, außer dass ich krank bin.", id="ausser-dass-krank"),
    pytest.param("Spricht nichts dagegen, bis auf meinen Dienstplan.", id="bis-auf-dienstplan"),
    pytest.param("Nothing stops me except my broken knee.", id="except-knee"),
    pytest.param(
        "Nothing could keep me away apart from the flu, which I have.", id="apart-from-flu"
    ),
    pytest.param("Ich bin nicht krank, aber ich kann trotzdem nicht.", id="nicht-krank-aber"),
    pytest.param("Ich bin nicht krank, sondern im Urlaub.", id="nicht-krank-sondern"),
    pytest.param("I'm not ill, just busy, so no.", id="not-ill-just-busy"),
]


@pytest.mark.parametrize("text", OBSTACLE_AFTER_ALL)
def test_a_denial_that_names_an_obstacle_after_all_is_not_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
