"""An obstacle said to hold only nominally, then turned: "Eigentlich kann ich nicht, aber
ich komme", "Technically I can't, but I'll come", and the member's own engagement given
up for the evening ("für SEO lasse ich das gern mal ausfallen", "I'll skip the gym for
this"). A yes; a plan turned down ("Eigentlich wollte ich kommen, aber …") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Eigentlich kann ich nicht, aber ich komme.", id="eigentlich-kann-nicht"),
        pytest.param("Technically I can't, but I'll come.", id="technically"),
        pytest.param("Eigentlich hab ich keine Zeit, aber ich bin dabei!", id="keine-zeit"),
        pytest.param(
            "Hallo, danke für die Einladung! Eigentlich passt mir der Donnerstag gar nicht, "
            "weil ich da immer Sport habe, aber für SEO lasse ich das gern mal ausfallen. "
            "Bis dann!",
            id="sport-ausfallen-lassen",
        ),
        pytest.param("Für euch lasse ich mein Training ausfallen.", id="training-fuer-euch"),
        pytest.param("I'll skip the gym for this.", id="skip-the-gym"),
    ],
)
def test_a_nominal_obstacle_turned_or_an_own_engagement_given_up_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Eigentlich wollte ich kommen, aber es geht leider doch nicht.", id="plan"),
        pytest.param("Eigentlich ja, aber ich kann nicht.", id="eigentlich-ja"),
        pytest.param("Ich lasse den Stammtisch ausfallen, sorry.", id="stammtisch-ausfallen"),
        pytest.param("Für SEO lasse ich das nicht ausfallen, sorry.", id="nicht-ausfallen"),
    ],
)
def test_a_plan_or_the_evening_given_up_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
