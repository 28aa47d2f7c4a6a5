"""Words struck through with tildes were taken back: the trained reader does not count them."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.reply_model import features
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

STRUCK = [
    pytest.param("~~Can't make it~~ Scratch that, I CAN make it!", ("can't",), id="can't, English"),
    pytest.param("~~Kann nicht~~ Doch, kann!", ("nicht",), id="kann nicht, German"),
    pytest.param("~~komme leider nicht~~ komme doch!", ("leider", "nicht"), id="leider nicht"),
    pytest.param("~~Absage~~ Zusage!", ("absage",), id="Absage"),
    pytest.param("~~Bin dabei~~ Bin raus, sorry", ("dabei",), id="dabei taken back"),
    pytest.param("~~I'm out~~ I'm in after all", ("out",), id="I'm out"),
    pytest.param("~nope~ yes, I'll be there", ("nope",), id="one tilde, a chat app's"),
    pytest.param("Hi,\n~~sorry, not this time~~\nI'll be there!", ("sorry", "time"), id="a line"),
]

KEPT = [
    pytest.param("~20 Uhr komme ich", ("komme", "uhr"), id="about eight"),
    pytest.param("Komme gegen ~ 8pm", ("komme", "gegen"), id="a lone tilde"),
    pytest.param("Kann nicht ~~", ("nicht",), id="no closing marks"),
    pytest.param("Can't make it ~ sorry ~ next time", ("sorry",), id="tildes as dashes"),
]


def _words(text: str) -> set[str]:
    """The words the model counts, negated or not."""
    found = features(text)
    return {f.removeprefix("w:").removeprefix("~") for f in found if f[:2] == "w:" or f[0] == "~"}


@pytest.mark.parametrize(("text", "struck"), STRUCK)
def test_struck_words_are_not_counted(text: str, struck: tuple[str, ...]) -> None:
    assert not set(struck) & _words(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_tilde_that_strikes_nothing_keeps_the_words(text: str, kept: tuple[str, ...]) -> None:
    assert set(kept) <= _words(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("~~Can't make it~~ Scratch that, I CAN make it!", id="can't, struck"),
        pytest.param("~~Kann nicht~~ Doch, kann! Bis Donnerstag.", id="kann nicht, struck"),
        pytest.param("~~Bin leider raus~~ Termin fällt aus, ich komme!", id="raus, struck"),
    ],
)
def test_a_no_struck_through_does_not_make_the_model_doubt_the_yes(text: str) -> None:
    """The second opinion reads what is said, not what was taken back."""
    assert analyse(plain_reply(text)).answer is Answer.YES
