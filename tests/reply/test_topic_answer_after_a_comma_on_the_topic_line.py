"""An answer after a comma on the topic line is the member's answer, not the title.

"Thema: Krisenkommunikation auf Instagram, ich komme übrigens" suggests
"Krisenkommunikation auf Instagram" and says yes; the clause after the comma
speaks of coming, so it is read as the answer and cut from the title.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]


@pytest.mark.parametrize(
    ("text", "title", "answer"),
    [
        pytest.param(
            "Thema: Krisenkommunikation auf Instagram, ich komme übrigens.",
            "Krisenkommunikation auf Instagram",
            "yes",
            id="de-ich-komme-uebrigens",
        ),
        pytest.param(
            "Themenvorschlag: Barrierefreie Videos, bin aber am Donnerstag dabei.",
            "Barrierefreie Videos",
            "yes",
            id="de-bin-aber-dabei",
        ),
        pytest.param(
            "Thema: Social Media für Imker, ich bin übrigens dabei",
            "Social Media für Imker",
            "yes",
            id="de-ich-bin-dabei",
        ),
        pytest.param(
            "Vorschlag: Bildrechte bei Vereinsfotos, leider bin ich am Donnerstag verhindert.",
            "Bildrechte bei Vereinsfotos",
            "no",
            id="de-leider-verhindert",
        ),
        pytest.param(
            "Topic idea: Community guidelines for Discord, see you Thursday.",
            "Community guidelines for Discord",
            "yes",
            id="en-see-you",
        ),
        pytest.param(
            "Suggestion: LinkedIn carousels, I'll be there.",
            "LinkedIn carousels",
            "yes",
            id="en-ill-be-there",
        ),
        pytest.param(
            "Idea: Reels for bakeries, sorry I can't make it this time.",
            "Reels for bakeries",
            "no",
            id="en-sorry-cant",
        ),
    ],
)
def test_the_clause_after_the_comma_is_read_as_the_answer(
    text: str, title: str, answer: str
) -> None:
    reply = analyse(plain_reply(text))
    assert [_lower_first(t) for t in reply.topics] == [_lower_first(title)]
    assert reply.answer is not None and reply.answer.value == answer


def test_a_remark_on_the_subject_after_the_comma_is_no_answer() -> None:
    # "wir haben da viele Fragen" says why the subject matters, nothing of coming
    found = extract_topics("Thema: Podcasts für Chöre, wir haben da viele Fragen.")
    assert found.titles == ["Podcasts für Chöre"]
    assert "Fragen" not in found.rest


def test_the_answer_stays_in_the_text_left_for_reading() -> None:
    found = extract_topics("Thema: Podcasts für Chöre, kann leider nicht kommen")
    assert found.titles == ["Podcasts für Chöre"]
    assert found.rest == "kann leider nicht kommen"
