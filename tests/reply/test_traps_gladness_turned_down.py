"""Gladness said as the whole answer ("Nichts lieber als das!", "Liebend gern!") is a
yes; the same gladness followed by "aber"/"leider" and a reason only leads into a
refusal, the way "würde gern, aber …" does. Never a yes then."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED_DOWN = [
    pytest.param("Nichts lieber als das, aber ich bin in Rom.", id="nichts-lieber-aber-rom"),
    pytest.param("Nichts täte ich lieber, aber ich muss arbeiten.", id="nichts-taete-lieber"),
    pytest.param("Zu gern, aber ich bin auf Dienstreise.", id="zu-gern-dienstreise"),
    pytest.param("Liebend gern, leider bin ich krank.", id="liebend-gern-leider-krank"),
    pytest.param("Nothing I'd like more, but I'm in Rome.", id="nothing-id-like-more-but"),
]


@pytest.mark.parametrize("text", TURNED_DOWN)
def test_gladness_turned_down_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nichts lieber als das!", id="nichts-lieber-allein"),
        pytest.param("Liebend gern!", id="liebend-gern-allein"),
        pytest.param("Zu gern, bis Donnerstag!", id="zu-gern-bis-donnerstag"),
    ],
)
def test_gladness_alone_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
