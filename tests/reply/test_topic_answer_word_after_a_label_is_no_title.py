"""An answer word after a label is the answer, never a suggested title.

"Wir haben das Reels-Thema umgesetzt. Donnerstag: dabei." answers the evening; the
words stay in the text the answer is read from. A title that starts with such a word
("Thema: Dabei sein ist alles") is still one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Danke für die Fotos! Wir haben das Reels-Thema direkt im Verein umgesetzt. "
            "Donnerstag: dabei.",
            "dabei",
            id="de-dabei",
        ),
        pytest.param(
            "Wir haben das KI-Thema im Verein ausprobiert. Am 28.: dabei!",
            "dabei",
            id="de-am-28-dabei",
        ),
        pytest.param(
            "Das KI-Thema hat uns sehr geholfen. Nächstes Mal: bin wieder dabei!",
            "dabei",
            id="de-bin-wieder-dabei",
        ),
        pytest.param(
            "We tried the newsletter topic at work. Next one: I'm in.", "in", id="en-im-in"
        ),
        pytest.param("Die Themenidee vom letzten Mal war toll. Am 28.: ja", "ja", id="de-ja"),
        pytest.param("Great topic last time. Thursday: yes", "yes", id="en-yes"),
    ],
)
def test_an_answer_after_a_label_stays_the_answer(text: str, said: str) -> None:
    read = extract_topics(text)
    assert read.titles == []
    assert said in read.rest


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Thema: Dabei sein ist alles", "Dabei sein ist alles", id="de-title"),
        pytest.param(
            "Topic idea: Yes-men in online communities",
            "Yes-men in online communities",
            id="en-title",
        ),
    ],
)
def test_a_title_starting_with_an_answer_word_stays(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
