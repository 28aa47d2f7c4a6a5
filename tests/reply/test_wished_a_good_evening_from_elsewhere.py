"""A good evening wished to the others, with one's own occasion that day, is a no.

"Alles Gute für den Abend, ich hab an dem Tag Hochzeitstag", "Euch einen tollen Abend!
Ich bin auf dem Segeltörn", "Trinkt eins für mich mit, ich hab an dem Abend Chorprobe",
"Have a great evening, I'm at my daughter's recital" went to review. The wish with the
member there after all ("danach komme ich", "then I'll come", "ich hab frei und komme")
is no no.
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
        "Alles Gute für den Abend, ich hab an dem Tag Hochzeitstag.",
        "Euch einen tollen Abend! Ich bin auf dem Segeltörn.",
        "Trinkt eins für mich mit, ich hab an dem Abend Chorprobe.",
        "Einen schönen Abend euch, ich hab da Dienst.",
        "Euch einen schönen Abend, ich bin bei meiner Schwester auf der Hochzeit.",
        "Have a great evening, I'm at my daughter's recital.",
        "Enjoy the evening! I'm at my son's football match that night.",
    ],
)
def test_a_good_evening_wished_from_ones_own_occasion_is_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Enjoy the evening, I'm at my daughter's recital until 7 and then I'll come.",
        "Euch einen tollen Abend! Ich hab an dem Tag frei und komme.",
        "Alles Gute euch, ich hab Probe bis 19 Uhr, danach komme ich.",
        "Viel Spaß euch, ich bin auch da!",
    ],
)
def test_a_good_evening_wished_by_one_who_comes_is_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(plain_reply(text)).answer is not Answer.NO
