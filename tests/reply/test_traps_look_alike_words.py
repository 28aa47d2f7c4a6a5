"""Words that look like a cue but are words of their own keep their meaning: "Da müsst
ihr mich schon raustragen" (you would have to carry me out) is a yes and no request to
leave the list; Dutch and Low German "niet" negates: "Ik kom niet" is a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


def test_being_carried_out_is_no_request_to_leave_the_list() -> None:
    assert not analyse(_mail("Da müsst ihr mich schon raustragen.")).unsubscribe


def test_being_carried_out_is_a_yes() -> None:
    assert analyse(_mail("Da müsst ihr mich schon raustragen.")).answer is Answer.YES


@pytest.mark.parametrize("text", ["Ik kom niet.", "Ik kom niet, sorry.", "Kom ik niet, helaas."])
def test_niet_negates_the_coming(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_typed_slip_in_austragen_still_leaves_the_list() -> None:
    assert analyse(_mail("Bitte austrgen.")).unsubscribe
