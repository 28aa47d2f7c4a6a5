"""Missing the evening refused is a yes: "Ich will auf keinen Fall fehlen",
"Keinesfalls möchte ich fehlen", "Nicht um alles in der Welt würde ich das
verpassen". Before, the rules read the "auf keinen Fall" as a no (only the answer
guard kept it from being recorded). A no said beside it is still heard."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

REFUSED = [
    pytest.param("Ich will auf keinen Fall fehlen.", id="de-will-auf-keinen-fall-fehlen"),
    pytest.param("Ich will auf keinen Fall fehlen. Bin da.", id="de-mit-bin-da"),
    pytest.param("Keinesfalls möchte ich fehlen.", id="de-keinesfalls-fronted"),
    pytest.param(
        "Nicht um alles in der Welt würde ich das verpassen.", id="de-nicht-um-alles-in-der-welt"
    ),
    pytest.param("Den Abend will ich um nichts in der Welt verpassen!", id="de-um-nichts"),
    pytest.param("Ich möchte unter keinen Umständen fehlen.", id="de-unter-keinen-umstaenden"),
    pytest.param("There's no way I'd skip this one.", id="en-no-way-id-skip"),
]


@pytest.mark.parametrize("text", REFUSED)
def test_missing_refused_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSED)
def test_missing_refused_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO


def test_a_no_beside_the_refused_missing_is_still_heard() -> None:
    text = "Ich will auf keinen Fall fehlen, kann aber leider nicht."
    assert read_intent(text).answer is not Answer.YES
