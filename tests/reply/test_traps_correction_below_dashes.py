"""A "--" line with the member's own answer under it ("Super, ich komme!\n--\nSorry, muss
doch arbeiten") sets a correction apart; it is no signature, so the first answer is
never recorded alone. A real signature under "-- " (a name, a title, a number) stays cut."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CORRECTED = [
    pytest.param("Super, ich komme!\n\n--\nSorry, muss doch arbeiten", id="de-muss-doch-arbeiten"),
    pytest.param(
        "Bin dabei!\n--\nLeider kann ich doch nicht, Spätschicht.", id="de-kann-doch-nicht"
    ),
    pytest.param("Count me in!\n--\nSorry, I can't make it after all.", id="en-after-all"),
    pytest.param(
        "Yes, coming!\n-- \nUnfortunately I have to cancel, my kid is sick.", id="en-cancel"
    ),
]


@pytest.mark.parametrize("text", CORRECTED)
def test_a_correction_below_dashes_is_never_left_as_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


SIGNED = [
    pytest.param("Super, ich komme!\n-- \nLisa Koch\nTel. 0221 123456", id="de-name-phone"),
    pytest.param("Ich komme gern!\n-- \nLisa Koch\nVorstand Stammtisch e.V.", id="de-title"),
    pytest.param("Yes, I'm in!\n-- \nLisa Koch | Senior Engineer", id="en-title-bar"),
    pytest.param("Bin dabei!\n-- \nIch bin Lisa und ich kann alles.", id="de-motto"),
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_signature_below_dashes_stays_cut(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
