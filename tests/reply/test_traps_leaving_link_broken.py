"""A broken unsubscribe link is no wish to stay: "der Abmeldelink funktioniert nicht".

"Der Link zum Abmelden funktioniert nicht, bitte tragt mich manuell aus" has a "nicht"
beside the leaving word, but it is the link's: the member asks to leave. A denial of
the leaving itself ("bitte nicht austragen – der Link funktioniert eh nicht") still
keeps the member.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der Link zum Abmelden funktioniert nicht, bitte tragt mich manuell aus.",
            id="de-funktioniert-nicht",
        ),
        pytest.param(
            "The unsubscribe link doesn't work, please remove me from the list.",
            id="en-doesnt-work",
        ),
        pytest.param(
            "Abmelden geht bei euch nicht, der Link ist kaputt. Bitte austragen!",
            id="de-link-kaputt",
        ),
        pytest.param("Unsubscribe link not working - please take me off.", id="en-not-working"),
    ],
)
def test_a_broken_way_out_beside_a_leaving_still_leaves(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bitte nicht austragen – der Link funktioniert bei mir nicht, ich wollte nur die"
            " Erinnerung abstellen.",
            id="de-nicht-austragen",
        ),
        pytest.param(
            "Don't unsubscribe me, the link didn't work anyway and I'm coming.",
            id="en-dont-unsubscribe",
        ),
    ],
)
def test_a_leaving_denied_beside_a_broken_link_keeps_the_member(text: str) -> None:
    assert not read_intent(text).unsubscribe
