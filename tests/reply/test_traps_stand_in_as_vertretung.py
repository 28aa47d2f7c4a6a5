"""Someone coming as the member's "Vertretung": "Meine Kollegin kommt in Vertretung für
mich", "Herr Klein kommt als meine Vertretung". The member does not come; the one named
is news for the organizer, never the member's yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meine Kollegin kommt in Vertretung für mich.", id="de-in-vertretung"),
        pytest.param("Herr Klein kommt als meine Vertretung.", id="de-als-meine-vertretung"),
        pytest.param("Frau Roth geht in Vertretung von mir hin.", id="de-vertretung-von-mir"),
    ],
)
def test_someone_coming_as_the_members_stand_in_is_the_members_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
