"""The TOML settings file: the contract's example loads, bad values are named in one line."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from somek_tui.config import ConfigError, from_toml

CONTRACT_EXAMPLE = """
[organizer]
name = "#SoMe Stammtisch Köln"
from = "stammtisch@example.org"
reply_to = "stammtisch+{key}@example.org"
language = "de"
timezone = "Europe/Berlin"

[smtp]
transport = "smtp"
host = "smtp.example.org"
port = 587
security = "starttls"
username = "stammtisch@example.org"
password_env = "SOMEK_SMTP_PASSWORD"
maildir = "outbox"

[imap]
transport = "imap"
host = "imap.example.org"
port = 993
security = "tls"
username = "stammtisch@example.org"
password_env = "SOMEK_IMAP_PASSWORD"
folder = "INBOX"
processed_folder = "Somek/Processed"
maildir = "inbox"
"""


def test_the_contract_example_loads_with_every_value() -> None:
    settings = from_toml(tomllib.loads(CONTRACT_EXAMPLE))

    assert settings.organizer.from_address == "stammtisch@example.org"
    assert settings.organizer.reply_to == "stammtisch+{key}@example.org"
    assert settings.organizer.ui_language is None
    assert (settings.smtp.transport, settings.smtp.port, settings.smtp.security) == (
        "smtp",
        587,
        "starttls",
    )
    assert settings.smtp.credentials.password_env == "SOMEK_SMTP_PASSWORD"
    assert settings.imap.processed_folder == "Somek/Processed"
    assert settings.imap.maildir == Path("inbox")


def test_an_integer_fills_a_number_setting() -> None:
    assert from_toml({"smtp": {"timeout": 30}}).smtp.timeout == 30.0


def test_the_screens_language_may_differ_from_the_mail_language() -> None:
    settings = from_toml({"organizer": {"language": "de", "ui_language": "en"}})

    assert settings.organizer.ui_language == "en"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"smtp": {"port": "587"}}, "[smtp] port: expected an integer, got a string"),
        ({"imap": {"port": 70000}}, "[imap] port: must be at most 65535"),
        ({"smtp": {"max_connections": 0}}, "[smtp] max_connections: must be at least 1"),
        ({"organizer": {"language": "fr"}}, "[organizer] language: 'fr' is not one of 'de', 'en'"),
        ({"organizer": {"ui_language": "fr"}}, "[organizer] ui_language: 'fr' is not one of"),
        ({"smtp": "yes"}, "[smtp]: expected a table, got a string"),
        ({"replies": {"acknowledge": "no"}}, "[replies] acknowledge: expected true or false"),
        ({"imap": {"hots": "x"}}, "unknown setting imap.hots"),
        ({"mail": {}}, "unknown section [mail]"),
        ({"organizer": {"timezone": "Mars/Base"}}, "[organizer] timezone: 'Mars/Base' is unknown"),
        ({"smtp": {"return_path": "bounces"}}, "[smtp] return_path: expected an e-mail address"),
    ],
)
def test_a_bad_value_is_named_by_table_and_key_in_one_line(raw: dict, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        from_toml(raw)

    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_mail_code_imports_nothing_of_the_application() -> None:
    code = (
        "import sys, mail.compose, mail.transports, mail.inbox_factory, mail.analysis, mail.ical\n"
        "app = ('somek_tui', 'textual', 'tinydb')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in app))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert done.stdout.strip() == "[]"
