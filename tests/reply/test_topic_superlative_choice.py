"""A superlative choice among the listed topics keeps only the subject.

"Von den Themen würde mich Barrierefreiheit am meisten interessieren" names
"Barrierefreiheit", which the open topics are matched against; "am meisten"
is how much, not part of a title.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Mich würde am meisten KI-Bilder kennzeichnen interessieren.",
            "KI-Bilder kennzeichnen",
            id="de-am-meisten-vorne",
        ),
        pytest.param(
            "Von den Themen würde mich Barrierefreiheit am meisten interessieren.",
            "Barrierefreiheit",
            id="de-am-meisten-hinten",
        ),
        pytest.param(
            "Uns würde Podcasts für Vereine am ehesten interessieren.",
            "Podcasts für Vereine",
            id="de-am-ehesten",
        ),
    ],
)
def test_the_superlative_is_no_part_of_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_an_including_remark_is_cut_off() -> None:
    text = "Suggestion from our choir: streaming concerts on YouTube, including the legal stuff."
    assert extract_topics(text).titles == ["streaming concerts on YouTube"]
