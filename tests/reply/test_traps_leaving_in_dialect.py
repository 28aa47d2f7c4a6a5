"""Leaving the list in Bavarian and Austrian: "bitte tragts mi aus".

"Tragts mi aus", "nehmts mi aus'm Verteiler", "löschts mi" ask to leave as "tragt mich
aus" does; denied ("tragts mi net aus") they keep the member, and with one evening
named, said as spoken ("fürn Donnerstag", "fürs Treffen"), they decline that evening only.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Servus, bitte tragts mi aus, i bin zruck in Graz.", id="tragts-mi-aus"),
        pytest.param("Nehmts mi bitte aus'm Verteiler, danke.", id="nehmts-mi"),
        pytest.param("Löschts mi aus da Listn, i mog nimmer.", id="loeschts-mi"),
        pytest.param("Bitte tragts mi aus, i zieh weg.", id="tragts-zieh-weg"),
    ],
)
def test_a_dialect_leaving_unsubscribes(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Streichts mi halt fürn Donnerstag, bin krank.", id="fuern-donnerstag"),
        pytest.param("Streicht mich fürn Donnerstag bitte.", id="streicht-fuern"),
        pytest.param("Tragts mi fürs Treffen aus, i hab Dienst.", id="fuers-treffen"),
        pytest.param("Tragts mi bitte net aus, i kumm nur diesmal ned.", id="net-aus"),
    ],
)
def test_a_dialect_leaving_for_one_evening_declines_it(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer in (Answer.NO, None)
