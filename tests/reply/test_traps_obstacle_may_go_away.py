"""An obstacle named, then a coming offered if it goes away, is a doubt: "Ich hätte
riesig Lust, aber ich habe eine Abendprüfung. Wenn die verschoben wird, bin ich da."
The evening itself moved is no obstacle lifted ("Falls der Stammtisch verschoben wird,
bin ich dabei" says the evening as it stands does not suit), nor is a coming next
time."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich hätte riesig Lust, aber ich habe eine Abendprüfung. Wenn die verschoben"
            " wird, bin ich da.",
            id="de-abendpruefung",
        ),
        pytest.param(
            "Kann nicht, ich hab Spätschicht. Falls die verlegt wird, komme ich.", id="de-schicht"
        ),
        pytest.param("Can't, I have a shift. If it gets moved, I'm in.", id="en-shift"),
        pytest.param(
            "Ich habe leider einen Elternabend. Sollte der ausfallen, bin ich dabei.",
            id="de-elternabend",
        ),
        pytest.param(
            "I have a work dinner that night. If it's cancelled I'll come.", id="en-dinner"
        ),
        pytest.param(
            "Kann nicht, ich hab einen Arzttermin. Falls mein Termin verlegt wird, komme ich.",
            id="de-mein-termin",
        ),
    ],
)
def test_a_coming_offered_if_the_obstacle_goes_away_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich kann leider nicht, Abendprüfung. Falls der Stammtisch verschoben wird, bin"
            " ich dabei.",
            id="de-stammtisch-verschoben",
        ),
        pytest.param(
            "Ich kann nicht, Prüfung. Wenn die verschoben wird, komme ich nächstes Mal.",
            id="de-naechstes-mal",
        ),
    ],
)
def test_the_evening_moved_or_a_later_evening_lifts_no_obstacle(text: str) -> None:
    assert read_intent(text).answer is not Answer.MAYBE
    assert analyse(_mail(text)).answer is not Answer.YES
