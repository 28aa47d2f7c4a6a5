"""A no only feared before, then turned ("I was worried I'd have to miss it, but it
works out", "We were sure we couldn't come, but the babysitter said yes") is never
read as a no; being able found out after a no ("Edit: turns out I can after all!") is
the answer. The fear come true ("I was worried I'd have to miss it, and I do") stays a
no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

FEAR_TURNED = [
    pytest.param(
        "I was worried I'd have to miss it, but it works out. See you!", id="en-worried-miss"
    ),
    pytest.param("I was afraid I'd have to skip it but it's fine now. See you!", id="en-afraid"),
    pytest.param(
        "We were sure we couldn't come, but the babysitter said yes. We'll be there!",
        id="en-sure-couldnt",
    ),
    pytest.param("I was convinced I couldn't make it – but I can! See you.", id="en-convinced"),
    pytest.param("Hab erst gedacht ich kann nicht, aber passt doch. Komme!", id="de-erst-gedacht"),
    pytest.param("Dachte zuerst, es geht nicht – geht aber doch. Bin dabei.", id="de-zuerst"),
]


@pytest.mark.parametrize("text", FEAR_TURNED)
def test_a_fear_turned_is_never_read_as_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


FOUND_ABLE = [
    pytest.param("Sorry, can't.\n\nEdit: turns out I can after all! See you there.", id="edit"),
    pytest.param("Can't, sorry.\n\nUpdate: turns out we can now!", id="update-we"),
    pytest.param("Turns out I can after all!", id="alone"),
    pytest.param("Oh, turns out I can. See you Thursday.", id="oh-turns-out"),
]


@pytest.mark.parametrize("text", FOUND_ABLE)
def test_being_able_found_out_after_a_no_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


STILL_NO = [
    pytest.param("I was worried I'd have to miss it, and I do. Sorry.", id="en-and-i-do"),
    pytest.param("I was worried I'd have to miss it – and sadly I was right.", id="en-right"),
    pytest.param("Turns out I can't after all.", id="en-turns-out-cant"),
    pytest.param("dachte erst passt, aber nö doch nicht", id="de-dachte-erst-passt"),
    pytest.param("I'm in!\n\nEdit: turns out I can't after all, sorry.", id="en-edit-cant"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_fear_come_true_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
