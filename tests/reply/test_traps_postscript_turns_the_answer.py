"""A postscript that is itself a full answer about the evening, with a word of turning
back ("PS: Muss doch absagen, Kind krank", "P.S. Can't make it after all"), turns the answer
above it. A postscript about cake, a projector, a companion or a later evening turns
nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Klar komme ich.\n\nPS: Muss doch absagen, Kind krank.", id="de-absagen"),
        pytest.param(
            "Ich bin dabei!\n\nP.S. Leider doch nicht, mein Zug fällt aus.", id="de-doch-nicht"
        ),
        pytest.param(
            "Yes, I'll be there.\n\nPS: Can't make it after all, sorry – work emergency.",
            id="en-after-all",
        ),
        pytest.param(
            "Count me in.\n\nP.S. Actually I have to cancel, my daughter is ill.", id="en-cancel"
        ),
    ],
)
def test_a_postscript_taking_the_yes_back_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme gerne.\n\nPS: Meine Frau kann doch nicht.", id="de-frau"),
        pytest.param("I'm in.\n\nPS: my wife can't make it after all.", id="en-wife"),
        pytest.param("Ja, ich komme.\n\nPS: Ich bringe Kuchen mit.", id="de-kuchen"),
        pytest.param(
            "Ich komme.\n\nPS: Nächstes Mal kann ich doch nicht, nur zur Info.", id="de-naechstes"
        ),
        pytest.param(
            "Bin dabei.\n\nPS: Ich komme doch etwas später, so gegen acht.", id="de-spaeter"
        ),
    ],
)
def test_a_postscript_about_something_else_keeps_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme.\n\nPS: Kuchen schaffe ich doch nicht, sorry.", id="de-kuchen"),
        pytest.param("I'm in.\n\nPS: Can't bring the projector after all.", id="en-projector"),
    ],
)
def test_a_postscript_about_what_one_brings_never_turns_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
