"""What the transports and the composer need to know: plain, frozen settings.

The application reads its TOML file into these (``somek_tui.config``); the
mail code only ever sees the finished objects. Passwords are never part of
their data: a transport asks :meth:`Credentials.password` at connect time,
which reads the variable named by ``password_env`` (or runs
``password_command``).
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

__all__ = [
    "AUTH_CHOICES",
    "SECURITY_CHOICES",
    "ConfigError",
    "Credentials",
    "ImapSettings",
    "MailSettings",
    "OrganizerSettings",
    "SmtpSettings",
    "is_loopback",
]

SECURITY_CHOICES = ("tls", "starttls", "none")
AUTH_CHOICES = ("password", "xoauth2")


class ConfigError(ValueError):
    """The settings are missing, unreadable or have a bad value."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Credentials:
    username: str = ""
    password_env: str = ""
    password_command: str = ""
    # "xoauth2": the secret is an OAuth 2 access token, sent with the XOAUTH2
    # mechanism (Microsoft 365, Google Workspace) instead of a password.
    auth: str = "password"

    @property
    def xoauth2(self) -> bool:
        return self.auth == "xoauth2"

    @property
    def configured(self) -> bool:
        return bool(self.username and (self.password_env or self.password_command))

    def password(self) -> str:
        """Read the secret now; it is never stored on this object."""
        if self.password_command:
            try:
                done = subprocess.run(
                    shlex.split(self.password_command),
                    capture_output=True,
                    text=True,
                    timeout=30,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise ConfigError(f"password_command failed: {exc}") from None
            if done.returncode != 0:
                raise ConfigError(f"password_command exited with {done.returncode}")
            return done.stdout.rstrip("\n")
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(f"the password variable {self.password_env} is not set")
            return value
        raise ConfigError("no password_env or password_command is configured")

    def __repr__(self) -> str:  # never print a secret, even by accident
        return (
            f"Credentials(username={self.username!r}, password_env={self.password_env!r}, "
            f"auth={self.auth!r})"
        )


@dataclass(frozen=True)
class OrganizerSettings:
    name: str = "#SoMe Stammtisch"
    from_address: str = "stammtisch@example.org"
    reply_to: str = ""
    language: str = "de"
    timezone: str = "Europe/Berlin"
    ui_language: str | None = None  # the screens' language; None: ``language``
    # [smtp] return_path: the envelope sender pattern ("" derives it from reply_to).
    # Kept here with the organizer's other addresses because reading a bounce
    # needs it as much as sending does.
    return_path: str = ""

    @property
    def interface_language(self) -> str:
        return self.ui_language or self.language

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def domain(self) -> str:
        return self.from_address.rpartition("@")[2] or "localhost"


@dataclass(frozen=True)
class SmtpSettings:
    transport: str = "maildir"
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    credentials: Credentials = field(default_factory=Credentials)
    maildir: Path = Path("outbox")
    max_connections: int = 2
    rate_per_minute: int = 0  # 0: no limit
    timeout: float = 30.0
    retries: int = 4


@dataclass(frozen=True)
class ImapSettings:
    transport: str = "maildir"
    host: str = "localhost"
    port: int = 993
    security: str = "tls"
    credentials: Credentials = field(default_factory=Credentials)
    folder: str = "INBOX"
    processed_folder: str = "Somek/Processed"
    review_folder: str = "Somek/Review"  # "" leaves mail for review in the inbox
    maildir: Path = Path("inbox")
    batch_size: int = 100
    timeout: float = 30.0
    # the receiving server whose Authentication-Results headers count ("" trusts none)
    trusted_authserv_id: str = ""


class MailSettings(Protocol):
    """The part of the application's settings the mail code reads."""

    @property
    def organizer(self) -> OrganizerSettings: ...

    @property
    def smtp(self) -> SmtpSettings: ...

    @property
    def imap(self) -> ImapSettings: ...

    @property
    def templates_override_dir(self) -> Path: ...
