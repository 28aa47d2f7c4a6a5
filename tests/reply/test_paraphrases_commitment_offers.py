"""Taking on a contribution by offering the piece itself, as people answer a request.

"I'll do ten minutes on …", "I'll give a short intro", "Ich halte einen
kurzen Impuls", "Ich bereite was zu LinkedIn vor", "Ich stelle unser Projekt
vor", "go on then": the first person offering what was asked for accepts;
the same words negated decline, and a doubt leaves it to the organizer.
Being happy to listen or come along says nothing about the piece.
"""

from __future__ import annotations

import pytest

from mail.commitment import Commitment, read_commitment

ROWS = [
    (
        "Oh, go on then – I'll do ten minutes on how we use Search Console at the museum.",
        Commitment.ACCEPT,
        "en-go-on-then",
    ),
    ("I'll give a short intro to our TikTok work.", Commitment.ACCEPT, "en-give-intro"),
    ("I'll prepare something on Threads.", Commitment.ACCEPT, "en-prepare"),
    ("I can present our case study, sure.", Commitment.ACCEPT, "en-can-present"),
    ("Ich bereite was zu LinkedIn vor.", Commitment.ACCEPT, "de-bereite-vor"),
    ("Ich erzähle zehn Minuten über unsere Vereinsseite.", Commitment.ACCEPT, "de-erzaehle"),
    ("Ich stelle unser Projekt vor.", Commitment.ACCEPT, "de-stelle-vor"),
    ("ich zeig euch unsere reels, versprochen", Commitment.ACCEPT, "de-phone-zeige"),
    ("I won't do ten minutes, sorry.", Commitment.DECLINE, "en-wont-do"),
    ("Ich halte keinen Vortrag, sorry.", Commitment.DECLINE, "de-keinen-vortrag"),
    ("I can't prepare anything this time.", Commitment.DECLINE, "en-cant-prepare"),
    ("Ich stelle fest, dass ich keine Zeit habe.", Commitment.DECLINE, "de-stelle-fest"),
    ("Maybe I'll give a short intro, if I find the time.", None, "en-maybe"),
    (
        "No, sorry – I don't feel confident enough to present. Happy to listen though.",
        Commitment.DECLINE,
        "en-happy-to-listen",
    ),
    ("Nein, vortragen mag ich nicht, ich höre aber gern zu.", Commitment.DECLINE, "de-hoere-zu"),
]


@pytest.mark.parametrize(
    ("text", "commitment"), [pytest.param(t, c, id=name) for t, c, name in ROWS]
)
def test_offering_the_piece_asked_for_takes_it_on(text: str, commitment: Commitment | None) -> None:
    assert read_commitment(text).commitment is commitment
