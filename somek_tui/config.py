"""The TOML settings file (see the contract), loaded into typed dataclasses.

Passwords are never part of these objects' data: a transport asks
:meth:`Credentials.password` at connect time, which reads the variable named by
``password_env`` (or runs ``password_command``).
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import subprocess
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SECURITY_CHOICES = ("tls", "starttls", "none")
AUTH_CHOICES = ("password", "xoauth2")


class ConfigError(ValueError):
    """The settings file is missing, unreadable or has a bad value."""


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
    ui_language: str = ""  # the app's and CLI's language; "" follows ``language``

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


@dataclass(frozen=True)
class ReplySettings:
    acknowledge: bool = True


@dataclass(frozen=True)
class SeriesSettings:
    rrule: str = "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH"
    start_time: str = "19:00"
    duration_minutes: int = 180
    first_kind: str = "talk"
    join_request_days: int = 14


@dataclass(frozen=True)
class Settings:
    organizer: OrganizerSettings = field(default_factory=OrganizerSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    replies: ReplySettings = field(default_factory=ReplySettings)
    series: SeriesSettings = field(default_factory=SeriesSettings)
    source: Path | None = None  # the file these came from, None for defaults
    base_dir: Path = Path(".")  # where relative Maildir paths point (the database's folder)

    @property
    def templates_override_dir(self) -> Path:
        return self.base_dir / "templates"

    def redacted(self) -> dict[str, Any]:
        """What a person may see: everything but secrets (there are none stored)."""

        def section(obj: Any) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for f in fields(obj):
                value = getattr(obj, f.name)
                if isinstance(value, Credentials):
                    out["username"] = value.username
                    out["password_env"] = value.password_env
                    out["password_command"] = "(set)" if value.password_command else ""
                    out["auth"] = value.auth
                else:
                    out[f.name] = str(value) if isinstance(value, Path) else value
            return out

        return {
            "organizer": section(self.organizer),
            "smtp": section(self.smtp),
            "imap": section(self.imap),
            "replies": section(self.replies),
            "series": section(self.series),
            "source": str(self.source) if self.source else None,
        }


# --------------------------------------------------------------------------- loading


def resolve_config_path(explicit: str | None, env: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if env is None else env
    if explicit:
        return Path(explicit)
    if env.get("SOMEK_CONFIG"):
        return Path(env["SOMEK_CONFIG"])
    local = Path("somek.toml")
    return local if local.is_file() else None


def load_settings(path: Path | None, *, db_path: Path) -> Settings:
    """Read the settings file, or built-in defaults when ``path`` is None."""
    base_dir = db_path.resolve().parent
    if path is None:
        return _finish(Settings(), base_dir=base_dir, source=None)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"settings file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from None
    try:
        settings = _from_raw(raw)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return _finish(settings, base_dir=base_dir, source=path)


def _finish(settings: Settings, *, base_dir: Path, source: Path | None) -> Settings:
    smtp = settings.smtp
    imap = settings.imap
    smtp = _replace(smtp, maildir=_under(base_dir, smtp.maildir))
    imap = _replace(imap, maildir=_under(base_dir, imap.maildir))
    return Settings(
        organizer=settings.organizer,
        smtp=smtp,
        imap=imap,
        replies=settings.replies,
        series=settings.series,
        source=source,
        base_dir=base_dir,
    )


def _under(base: Path, path: Path) -> Path:
    path = path.expanduser()
    return path if path.is_absolute() else base / path


def _replace(obj: Any, **changes: Any) -> Any:
    values = {f.name: getattr(obj, f.name) for f in fields(obj)}
    values.update(changes)
    return type(obj)(**values)


_ORGANIZER_KEYS = {"name", "from", "reply_to", "language", "timezone", "ui_language"}
_SMTP_KEYS = {
    "transport", "host", "port", "security", "username", "password_env", "password_command",
    "auth", "maildir", "max_connections", "rate_per_minute", "timeout", "retries",
}  # fmt: skip
_IMAP_KEYS = {
    "transport", "host", "port", "security", "username", "password_env", "password_command",
    "auth", "folder", "processed_folder", "review_folder", "maildir", "batch_size", "timeout",
    "trusted_authserv_id",
}  # fmt: skip


def _section(raw: dict[str, Any], name: str, allowed: set[str]) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{name}] must be a table")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ConfigError(f"unknown setting {name}.{unknown[0]}")
    return value


def _typed(section: str, data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    if key not in data:
        return default
    value = data[key]
    if kind is int and isinstance(value, bool):
        raise ConfigError(f"{section}.{key} must be a whole number")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind):
        raise ConfigError(f"{section}.{key} must be {kind.__name__}, not {value!r}")
    return value


def _from_raw(raw: dict[str, Any]) -> Settings:
    unknown = sorted(set(raw) - {"organizer", "smtp", "imap", "replies", "series"})
    if unknown:
        raise ConfigError(f"unknown section [{unknown[0]}]")
    org = _section(raw, "organizer", _ORGANIZER_KEYS)
    d = OrganizerSettings()
    organizer = OrganizerSettings(
        name=_typed("organizer", org, "name", str, d.name),
        from_address=_typed("organizer", org, "from", str, d.from_address),
        reply_to=_typed("organizer", org, "reply_to", str, d.reply_to),
        language=_typed("organizer", org, "language", str, d.language),
        timezone=_typed("organizer", org, "timezone", str, d.timezone),
        ui_language=_typed("organizer", org, "ui_language", str, d.ui_language),
    )
    if organizer.language not in ("de", "en"):
        raise ConfigError("organizer.language must be 'de' or 'en'")
    if organizer.ui_language not in ("", "de", "en"):
        raise ConfigError("organizer.ui_language must be 'de' or 'en'")
    try:
        ZoneInfo(organizer.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"organizer.timezone {organizer.timezone!r} is unknown") from None
    if "@" not in organizer.from_address:
        raise ConfigError("organizer.from must be an e-mail address")
    if organizer.reply_to and "@" not in organizer.reply_to:
        raise ConfigError("organizer.reply_to must be an e-mail address")
    smtp = _smtp(_section(raw, "smtp", _SMTP_KEYS), has_section="smtp" in raw)
    imap = _imap(_section(raw, "imap", _IMAP_KEYS), has_section="imap" in raw)
    rep = _section(raw, "replies", {"acknowledge"})
    replies = ReplySettings(acknowledge=_typed("replies", rep, "acknowledge", bool, True))
    ser = _section(raw, "series", {f.name for f in fields(SeriesSettings)})
    sd = SeriesSettings()
    series = SeriesSettings(
        rrule=_typed("series", ser, "rrule", str, sd.rrule),
        start_time=_typed("series", ser, "start_time", str, sd.start_time),
        duration_minutes=_typed("series", ser, "duration_minutes", int, sd.duration_minutes),
        first_kind=_typed("series", ser, "first_kind", str, sd.first_kind),
        join_request_days=_typed("series", ser, "join_request_days", int, sd.join_request_days),
    )
    return Settings(organizer=organizer, smtp=smtp, imap=imap, replies=replies, series=series)


def _credentials(section: str, data: dict[str, Any]) -> Credentials:
    credentials = Credentials(
        username=_typed(section, data, "username", str, ""),
        password_env=_typed(section, data, "password_env", str, ""),
        password_command=_typed(section, data, "password_command", str, ""),
        auth=_typed(section, data, "auth", str, "password"),
    )
    if credentials.auth not in AUTH_CHOICES:
        raise ConfigError(f"{section}.auth must be one of {', '.join(AUTH_CHOICES)}")
    if credentials.xoauth2 and not (credentials.username and credentials.password_command):
        # Access tokens expire within the hour, so only a command can keep one fresh.
        raise ConfigError(
            f'{section}.auth = "xoauth2" needs {section}.username and '
            f"{section}.password_command (a helper that prints the access token)"
        )
    return credentials


def _check_transport(section: str, data: dict[str, Any], default: str) -> str:
    transport = _typed(section, data, "transport", str, default)
    expected = ("smtp", "maildir") if section == "smtp" else ("imap", "maildir")
    if transport not in expected:
        raise ConfigError(f"{section}.transport must be one of {', '.join(expected)}")
    return transport


def _check_security(section: str, security: str, host: str, port: int) -> None:
    if security not in SECURITY_CHOICES:
        raise ConfigError(f"{section}.security must be one of {', '.join(SECURITY_CHOICES)}")
    if security == "none" and not is_loopback(host):
        raise ConfigError(
            f'{section}.security = "none" is only allowed to a loopback host, not {host!r}'
        )
    if not 0 < port < 65536:
        raise ConfigError(f"{section}.port {port} is out of range")


def _smtp(data: dict[str, Any], *, has_section: bool) -> SmtpSettings:
    d = SmtpSettings()
    transport = _check_transport("smtp", data, "smtp" if has_section else "maildir")
    settings = SmtpSettings(
        transport=transport,
        host=_typed("smtp", data, "host", str, d.host),
        port=_typed("smtp", data, "port", int, d.port),
        security=_typed("smtp", data, "security", str, d.security),
        credentials=_credentials("smtp", data),
        maildir=Path(_typed("smtp", data, "maildir", str, str(d.maildir))),
        max_connections=_typed("smtp", data, "max_connections", int, d.max_connections),
        rate_per_minute=_typed("smtp", data, "rate_per_minute", int, d.rate_per_minute),
        timeout=_typed("smtp", data, "timeout", float, d.timeout),
        retries=_typed("smtp", data, "retries", int, d.retries),
    )
    if transport == "smtp":
        _check_security("smtp", settings.security, settings.host, settings.port)
    if settings.max_connections < 1:
        raise ConfigError("smtp.max_connections must be at least 1")
    if settings.rate_per_minute < 0:
        raise ConfigError("smtp.rate_per_minute must not be negative")
    return settings


def _imap(data: dict[str, Any], *, has_section: bool) -> ImapSettings:
    d = ImapSettings()
    transport = _check_transport("imap", data, "imap" if has_section else "maildir")
    settings = ImapSettings(
        transport=transport,
        host=_typed("imap", data, "host", str, d.host),
        port=_typed("imap", data, "port", int, d.port),
        security=_typed("imap", data, "security", str, d.security),
        credentials=_credentials("imap", data),
        folder=_typed("imap", data, "folder", str, d.folder),
        processed_folder=_typed("imap", data, "processed_folder", str, d.processed_folder),
        review_folder=_typed("imap", data, "review_folder", str, d.review_folder),
        maildir=Path(_typed("imap", data, "maildir", str, str(d.maildir))),
        batch_size=_typed("imap", data, "batch_size", int, d.batch_size),
        timeout=_typed("imap", data, "timeout", float, d.timeout),
        trusted_authserv_id=_typed(
            "imap", data, "trusted_authserv_id", str, d.trusted_authserv_id
        ).strip(),
    )
    if transport == "imap":
        _check_security("imap", settings.security, settings.host, settings.port)
    if settings.batch_size < 1:
        raise ConfigError("imap.batch_size must be at least 1")
    return settings
