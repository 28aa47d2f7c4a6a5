"""Absence notices without headers that say, as a person types it, that mail is read later.

"Mails les i danach", "Mails check ich erst danach wieder" beside an absence with a
return date are what a notice adds; beside words about the evening they stay a reply."""

from __future__ import annotations

import pytest

from mail.absence_notice import notice_reason


@pytest.mark.parametrize(
    "text",
    [
        "Servus! I bin bis 3. Februar beim Skifahren. Mails les i danach. Baba!",
        "Moin, bin bis 14.2. auf Mallorca, Mails check ich erst danach wieder.",
        "Bin bis 3. Februar im Urlaub, Nachrichten schau ich danach.",
    ],
)
def test_mail_read_later_beside_an_absence_is_a_notice(text: str) -> None:
    assert notice_reason(text) is not None


def test_mail_read_later_beside_an_answer_stays_a_reply() -> None:
    text = "Hi, ich bin bis Sonntag weg, komme aber am Donnerstag! Mails les ich danach."
    assert notice_reason(text) is None
