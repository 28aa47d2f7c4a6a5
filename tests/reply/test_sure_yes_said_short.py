"""A short yes with its certainty in front is a yes: "Garantiert dabei", "Fix dabei",
"Bombensicher dabei", "Zu 100 % dabei", the inverted "Da bin ich, promise!", "It's a
date!", "Gebucht!". Before, they went to review with no answer. "Da bin ich wieder",
"Da bin ich raus", "Da bin ich in Berlin" and a doubted certainty are never a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Garantiert dabei.", id="garantiert-dabei"),
    pytest.param("Fix dabei!", id="fix-dabei"),
    pytest.param("Bombensicher dabei.", id="bombensicher-dabei"),
    pytest.param("Zu 100 % dabei.", id="zu-100-prozent-dabei"),
    pytest.param("Da bin ich, promise!", id="da-bin-ich-promise"),
    pytest.param("Da bin ich, versprochen.", id="da-bin-ich-versprochen"),
    pytest.param("It's a date!", id="its-a-date"),
    pytest.param("Gebucht!", id="gebucht"),
]

NEVER_YES = [
    pytest.param("Da bin ich wieder! Leider kann ich nicht.", id="da-bin-ich-wieder"),
    pytest.param("Da bin ich raus.", id="da-bin-ich-raus"),
    pytest.param("Da bin ich in Berlin.", id="da-bin-ich-in-berlin"),
    pytest.param("Nicht garantiert dabei, mal sehen.", id="nicht-garantiert"),
    pytest.param("Gebucht? Nein, ich kann nicht.", id="gebucht-asked"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_sure_short_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_sure_short_yes_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NEVER_YES)
def test_a_place_a_return_or_a_doubt_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
