"""Missing the evening not wanted, or a record of evenings kept, is a yes.

"Das möchte ich nicht verpassen", "Will's nicht verpassen", "Das darf ich nicht
verpassen!"; "I haven't missed one yet and I won't start now", "Hab noch keinen
verpasst und fang jetzt nicht damit an", "Hab bisher keinen ausgelassen, werd ich auch
diesmal nicht". The negation in them refuses nothing. A turn after them ("kann aber
leider nicht", "but this one I can't make") still declines.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Das möchte ich nicht verpassen.",
        "Ich möchte es nicht verpassen.",
        "Möcht ich nicht verpassen!",
        "Will's nicht verpassen.",
        "Das darf ich nicht verpassen!",
        "Ich möcht's nicht verpassen und komm vorbei.",
    ],
)
def test_not_wanting_to_miss_it_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "I haven't missed one yet and I won't start now.",
        "Never missed one, not going to start now.",
        "Haven't missed a single one, and I'm not about to.",
        "I've been to every single one so far, not breaking the streak now.",
        "Hab noch keinen verpasst und fang jetzt nicht damit an.",
        "Ich hab noch nie einen Stammtisch verpasst, und das bleibt so.",
        "Hab bisher keinen ausgelassen, werd ich auch diesmal nicht.",
    ],
)
def test_a_record_of_evenings_kept_and_not_broken_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(plain_reply(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte es nicht verpassen, kann aber leider nicht.",
        "Will's nicht verpassen, aber es geht leider nicht, Dienst.",
        "Ich hab noch keinen verpasst, aber diesmal muss ich leider passen.",
        "I haven't missed one yet, but this one I can't make.",
        "I've never missed one, but this time I have to.",
    ],
)
def test_a_turn_after_it_is_never_recorded_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(plain_reply(text)).answer is not Answer.YES
