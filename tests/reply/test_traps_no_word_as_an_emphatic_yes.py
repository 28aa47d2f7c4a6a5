"""Spoken German's emphatic yes opened by a no-word: "Nee, klar!", "Nö, logo bin ich
dabei", "Nee, na klar". The no-word answers nothing where a certainty word follows it
and the sentence says no no of its own; "Nee, klar ist das blöd, aber ich kann nicht"
and "Nee, sicher nicht" stay a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nee, klar!", id="nee-klar"),
        pytest.param("Nö, logo bin ich dabei", id="noe-logo-dabei"),
        pytest.param("Nee, na klar!", id="nee-na-klar"),
        pytest.param("Nö, logo!", id="noe-logo"),
        pytest.param("Nee, logisch. Bis Donnerstag!", id="nee-logisch"),
        pytest.param("Nö, klaro, wir sehen uns.", id="noe-klaro"),
        pytest.param("Nee, selbstverständlich bin ich da.", id="nee-selbstverstaendlich"),
    ],
)
def test_a_no_word_before_a_certainty_word_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nee, klar ist das schade, aber ich kann nicht.", id="klar-ist-schade"),
        pytest.param("Nee, sicher nicht.", id="sicher-nicht"),
        pytest.param("Nein, natürlich nicht.", id="natuerlich-nicht"),
        pytest.param("Nee, klar, ich kann leider nicht.", id="klar-leider-nicht"),
        pytest.param("Nee, klar kann ich nicht, bin im Urlaub.", id="klar-kann-nicht"),
    ],
)
def test_a_no_said_after_the_certainty_word_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
