"""Stored English reasons and settings errors are shown in the organizer's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mail.settings import ConfigError
from somek_tui.i18n import current_language, set_language
from somek_tui.support.errors import describe
from somek_tui.support.reasons import shown


@pytest.fixture
def german() -> Iterator[None]:
    before = current_language()
    set_language("de")
    yield
    set_language(before)


@pytest.mark.usefixtures("german")
def test_a_fixed_reason_is_shown_in_german() -> None:
    assert shown("no clear answer") == "keine klare Antwort"


@pytest.mark.usefixtures("german")
def test_the_detail_after_the_colon_stays_as_the_member_wrote_it() -> None:
    assert (
        shown("asks instead of answering: 'Ist das am Donnerstag?'")
        == "fragt, statt zu antworten: 'Ist das am Donnerstag?'"
    )


@pytest.mark.usefixtures("german")
def test_variable_parts_inside_a_reason_are_kept() -> None:
    assert shown("an answer for event e7, which is over") == (
        "eine Antwort für Abend e7, der vorbei ist"
    )


@pytest.mark.usefixtures("german")
def test_an_unknown_reason_is_shown_as_stored() -> None:
    assert shown("something new from a later version") == "something new from a later version"


def test_in_english_the_stored_text_is_shown_unchanged() -> None:
    assert shown("guest numbers disagree: ['+2']") == "guest numbers disagree: ['+2']"


@pytest.mark.usefixtures("german")
def test_a_credentials_error_from_the_mail_code_reads_in_german() -> None:
    error = ConfigError("the password variable SOMEK_SMTP_PASSWORD is not set")
    assert describe(error) == "die Passwortvariable SOMEK_SMTP_PASSWORD ist nicht gesetzt"


@pytest.mark.usefixtures("german")
def test_the_requested_role_inside_a_reason_is_translated_too() -> None:
    assert shown("takes on the talk (recorded); the reply also asks: 'Beamer?'") == (
        "übernimmt: Vortrag (erfasst); die Antwort fragt außerdem: 'Beamer?'"
    )


@pytest.mark.usefixtures("german")
def test_a_mail_not_sent_names_the_members_status_in_german() -> None:
    assert shown("not sent: member is unsubscribed") == "nicht gesendet: Mitglied ist abgemeldet"
    assert shown("not sent: member removed") == "nicht gesendet: Mitglied entfernt"
