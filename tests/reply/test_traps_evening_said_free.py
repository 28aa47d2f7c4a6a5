"""The evening said to be free, or planned in firmly: "Hab an dem Abend nix vor", "Plane
fest mit euch", "Ich hab's mir fest eingetragen". A yes; "nichts" and "nix" deny
only what else there might be. Something named after all ("…, außer zu arbeiten",
"…, aber leider muss ich doch arbeiten") is never read as a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hab nix anderes vor.", id="nix-anderes-vor"),
        pytest.param("Hab an dem Abend nix vor.", id="an-dem-abend-nix-vor"),
        pytest.param("Plane fest mit euch.", id="plane-fest"),
        pytest.param("Ich hab's mir fest eingetragen.", id="fest-eingetragen"),
    ],
)
def test_the_evening_said_free_or_planned_in_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hab nichts vor, außer zu arbeiten.", id="ausser-arbeiten"),
        pytest.param("Ich hab nichts vor, aber keine Lust.", id="keine-lust"),
        pytest.param(
            "Hab's fest eingetragen, aber leider muss ich doch arbeiten.", id="doch-arbeiten"
        ),
        pytest.param("I'm not going anywhere else, I'm staying home.", id="staying-home"),
    ],
)
def test_something_named_after_all_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
