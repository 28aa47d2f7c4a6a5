"""Southern German "nimmer" / "nimma" and Swiss "nümme" ("nicht mehr", in an answer simply
"not"): "Schaff ich nimmer, bin z'spät aus'm G'schäft", "I kumm nimma". Unknown as a
negation, the verb of coming beside it said yes: the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NIMMER = [
    pytest.param("Schaff ich nimmer, bin zu spät aus dem Geschäft.", id="schaff-ich-nimmer"),
    pytest.param("I schaff's nimmer bis acht, sorry.", id="schaffs-nimmer-bis-acht"),
    pytest.param("I kumm nimma, mei Schicht geht bis zehne.", id="kumm-nimma"),
    pytest.param("Ich chume nümme, bin z'müed.", id="swiss-chume-nuemme"),
    pytest.param("Des klappt nimmer am Donnerstag.", id="klappt-nimmer"),
    pytest.param("Bin nimmer dabei diesmal, zu viel los.", id="bin-nimmer-dabei"),
]


@pytest.mark.parametrize("text", NIMMER)
def test_nimmer_is_a_negation(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", NIMMER)
def test_nimmer_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, vergess ich nimmer.", id="komme-vergess-nimmer"),
        pytest.param("Nimmermüde wie immer: bin dabei!", id="nimmermuede-dabei"),
    ],
)
def test_nimmer_beside_another_verb_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
