"""The settings (see the contract): where they come from, and one place to import them.

The models are in ``settings_models`` (the transport and organizer ones in
``mail.settings``); the TOML file is checked and converted in ``settings_file``.
Passwords are never part of the settings' data: a transport asks
:meth:`Credentials.password` at connect time, which reads the variable named
by ``password_env`` (or runs ``password_command``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

# the transport and organizer settings belong to the mail code; they are
# re-exported here so the application keeps one place to import settings from
from mail.settings import (
    AUTH_CHOICES,
    SECURITY_CHOICES,
    ConfigError,
    Credentials,
    ImapSettings,
    OrganizerSettings,
    SmtpSettings,
    is_loopback,
)
from somek_tui.i18n import _
from somek_tui.settings_file import from_toml
from somek_tui.settings_models import ReplySettings, SeriesSettings, Settings, StoreSettings

__all__ = [
    "AUTH_CHOICES",
    "SECURITY_CHOICES",
    "ConfigError",
    "Credentials",
    "ImapSettings",
    "OrganizerSettings",
    "ReplySettings",
    "SeriesSettings",
    "Settings",
    "SmtpSettings",
    "StoreSettings",
    "from_toml",
    "is_loopback",
    "load_settings",
    "resolve_config_path",
]


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
        raise ConfigError(_("settings file {path} does not exist").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            _("cannot read settings file {path}: {exc}").format(path=path, exc=exc)
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            _("settings file {path} is not valid TOML: {exc}").format(path=path, exc=exc)
        ) from None
    try:
        settings = from_toml(raw)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return _finish(settings, base_dir=base_dir, source=path)


def _finish(settings: Settings, *, base_dir: Path, source: Path | None) -> Settings:
    return replace(
        settings,
        smtp=replace(settings.smtp, maildir=_under(base_dir, settings.smtp.maildir)),
        imap=replace(settings.imap, maildir=_under(base_dir, settings.imap.maildir)),
        source=source,
        base_dir=base_dir,
    )


def _under(base: Path, path: Path) -> Path:
    path = path.expanduser()
    return path if path.is_absolute() else base / path
