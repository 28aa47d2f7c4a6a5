"""A thumbs up written out and said alone is a yes: "Daumen hoch!", "Thumbs up!". Before,
they went to review with no answer. Like any yes-word they give way
to a refusal after them ("Daumen hoch, aber ich kann leider nicht"), and a thumbs up for
the topic is no answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Daumen hoch!", id="daumen-hoch"),
    pytest.param("Thumbs up!", id="thumbs-up"),
    pytest.param("Two thumbs up.", id="two-thumbs-up"),
    pytest.param("Daumen hoch, bis Donnerstag!", id="daumen-hoch-bis-donnerstag"),
]

NEVER_YES = [
    pytest.param("Daumen hoch, aber ich kann leider nicht.", id="daumen-hoch-aber"),
    pytest.param("Thumbs up for the topic, but I can't come.", id="thumbs-up-but"),
    pytest.param("Daumen hoch fürs Thema!", id="fuers-thema"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_thumbs_up_said_alone_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NEVER_YES)
def test_a_thumbs_up_turned_or_for_the_topic_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
