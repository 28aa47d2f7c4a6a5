"""Missing the evening called hard is a yes: "Da kann ich schlecht fehlen", "Das kann ich
unmöglich verpassen", "I can hardly miss that one". The "kann ich schlecht" in it is no
refusal. A plain "kann schlecht" and a turn after it ("…, aber leider bin ich krank")
are never read as a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param(
        "Na, dann sehen wir uns ja, wenn ihr schon extra das SEO-Thema nehmt. "
        "Da kann ich schlecht fehlen.",
        id="de-seo-thema",
    ),
    pytest.param("Da kann ich ja schlecht fehlen.", id="de-ja-schlecht-fehlen"),
    pytest.param("Das kann ich unmöglich verpassen.", id="de-unmoeglich-verpassen"),
    pytest.param("Das Thema kann ich kaum verpassen!", id="de-kaum-verpassen"),
    pytest.param("Da kann ich doch schlecht zuhause bleiben.", id="de-zuhause-bleiben"),
    pytest.param("Den kann ich schwerlich auslassen.", id="de-schwerlich-auslassen"),
    pytest.param("I can hardly miss that one.", id="en-hardly-miss"),
    pytest.param("Well, I can hardly skip it when it's my topic.", id="en-hardly-skip"),
]

NOT_A_YES = [
    pytest.param("Da kann ich schlecht fehlen, aber leider bin ich krank.", id="de-aber-krank"),
    pytest.param("Ich kann schlecht, da bin ich in Bonn.", id="de-kann-schlecht"),
    pytest.param("Kann schlecht.", id="de-bare"),
    pytest.param("I can hardly miss it, but sadly I'm in Rome that week.", id="en-but-rome"),
]


@pytest.mark.parametrize("text", YES)
def test_missing_the_evening_called_hard_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_A_YES)
def test_a_hard_evening_or_a_turn_after_it_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
