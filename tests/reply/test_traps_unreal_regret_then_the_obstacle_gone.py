"""An unreal regret, then the obstacle gone and a plain yes: "Had it not been for the flu I
would have come, but now I'm fine and will be there", "Ohne die Grippe wäre ich
gekommen. Aber jetzt bin ich wieder fit und komme." What could have been is the story;
the coming said after the turn to now is the answer. A turn to now that names another
obstacle, a later evening or a coming still in the subjunctive keeps the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Had it not been for the flu I would have come, but now I'm fine and will be there.",
            id="flu-but-now-fine",
        ),
        pytest.param(
            "If it weren't for my exam I'd come – but the exam got moved, so I'm in!",
            id="exam-got-moved",
        ),
        pytest.param(
            "Wäre die Prüfung nicht gewesen, hätte ich sowieso zugesagt – jetzt ist sie "
            "verschoben, also komme ich.",
            id="pruefung-jetzt-verschoben",
        ),
        pytest.param(
            "Ohne die Grippe wäre ich gekommen, aber jetzt bin ich wieder fit und komme.",
            id="grippe-aber-jetzt-fit",
        ),
        pytest.param(
            "Ohne die Grippe wäre ich gekommen. Aber jetzt bin ich wieder fit und komme.",
            id="grippe-next-sentence",
        ),
        pytest.param(
            "Wenn ich nicht arbeiten müsste, wäre ich dabei. Aber jetzt habe ich frei "
            "bekommen, also bin ich dabei!",
            id="frei-bekommen",
        ),
        pytest.param(
            "I'd have come if it weren't for the kids. But now my mum is babysitting, so "
            "count me in.",
            id="mum-babysitting",
        ),
        pytest.param(
            "Hätte ich nicht die Prüfung, käme ich. Die wurde aber verschoben – ich bin dabei!",
            id="die-wurde-aber-verschoben",
        ),
    ],
)
def test_a_yes_after_the_obstacle_of_an_unreal_regret_is_gone_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich wäre gern gekommen, aber jetzt bin ich krank.", id="jetzt-krank"),
        pytest.param("I would have come, but now I have to work.", id="now-work"),
        pytest.param("If I weren't working I'd come, but now I'll come next time.", id="next-time"),
        pytest.param(
            "Without the kids I'd come – but now the babysitter cancelled, so I can't.",
            id="babysitter-cancelled",
        ),
        pytest.param(
            "Wenn ich nicht arbeiten müsste, wäre ich dabei. Aber jetzt würde ich eh zu spät "
            "kommen.",
            id="still-subjunctive",
        ),
    ],
)
def test_a_turn_to_now_without_a_plain_yes_keeps_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
