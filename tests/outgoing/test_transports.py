"""The factory picks the transport the settings name."""

from __future__ import annotations

from pathlib import Path

import pytest

from mail.maildir_out import MaildirTransport
from mail.outgoing import TransportError
from mail.smtp import SmtpTransport
from mail.transports import outgoing_transport
from somek_tui.config import Settings, SmtpSettings


def test_factory_chooses_smtp_for_smtp_settings() -> None:
    smtp = SmtpSettings(transport="smtp", host="smtp.example.org")

    transport = outgoing_transport(Settings(smtp=smtp))

    assert isinstance(transport, SmtpTransport)
    assert transport.settings is smtp


def test_factory_chooses_maildir_with_its_path(tmp_path: Path) -> None:
    smtp = SmtpSettings(transport="maildir", maildir=tmp_path / "outbox")

    transport = outgoing_transport(Settings(smtp=smtp))

    assert isinstance(transport, MaildirTransport)
    assert transport.path == tmp_path / "outbox"


def test_factory_rejects_an_unknown_transport() -> None:
    with pytest.raises(TransportError, match=r"unknown smtp\.transport"):
        outgoing_transport(Settings(smtp=SmtpSettings(transport="pigeon")))
