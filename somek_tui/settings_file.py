"""The settings file's shape, its checks, and its errors in the organizer's words.

The file's shape is a set of msgspec Structs: msgspec checks every type,
choice and range and names the key; the few rules that span keys follow in
:func:`from_toml`, and :func:`_explain` turns msgspec's messages into
``[smtp] port: expected an integer``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

from mail.settings import (
    ConfigError,
    Credentials,
    ImapSettings,
    OrganizerSettings,
    SmtpSettings,
    is_loopback,
)
from somek_tui.i18n import N_, _
from somek_tui.settings_models import ReplySettings, SeriesSettings, Settings, StoreSettings

_Port = Annotated[int, msgspec.Meta(ge=1, le=65535)]
_AtLeastOne = Annotated[int, msgspec.Meta(ge=1)]
_NotNegative = Annotated[int, msgspec.Meta(ge=0)]
_Security = Literal["tls", "starttls", "none"]
_Auth = Literal["password", "xoauth2"]
_Language = Literal["de", "en"]


class _Table(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class _Organizer(_Table, rename={"from_address": "from"}):
    name: str = OrganizerSettings.name
    from_address: str = OrganizerSettings.from_address
    reply_to: str = ""
    language: _Language = "de"
    timezone: str = OrganizerSettings.timezone
    ui_language: _Language | None = None


class _Login(_Table):
    username: str = ""
    password_env: str = ""
    password_command: str = ""
    auth: _Auth = "password"
    security: _Security = "tls"
    host: str = "localhost"
    port: _Port = 993
    timeout: float = 30.0
    maildir: str = ""


class _Smtp(_Login):
    transport: Literal["smtp", "maildir"] | None = None  # None: "smtp" if the table is there
    security: _Security = "starttls"
    port: _Port = 587
    maildir: str = "outbox"
    max_connections: _AtLeastOne = 2
    rate_per_minute: _NotNegative = 0
    retries: _NotNegative = 4
    return_path: str = ""


class _Imap(_Login):
    transport: Literal["imap", "maildir"] | None = None  # None: "imap" if the table is there
    security: _Security = "tls"
    port: _Port = 993
    maildir: str = "inbox"
    folder: str = "INBOX"
    processed_folder: str = "Somek/Processed"
    review_folder: str = "Somek/Review"
    batch_size: _AtLeastOne = 100
    trusted_authserv_id: str = ""


class _Replies(_Table):
    acknowledge: bool = True


class _Series(_Table):
    rrule: str = SeriesSettings.rrule
    start_time: str = SeriesSettings.start_time
    duration_minutes: int = SeriesSettings.duration_minutes
    first_kind: str = SeriesSettings.first_kind
    join_request_days: int = SeriesSettings.join_request_days


class _Store(_Table):
    keep_months: _AtLeastOne = StoreSettings.keep_months


class _File(_Table):
    organizer: _Organizer = msgspec.field(default_factory=_Organizer)
    smtp: _Smtp = msgspec.field(default_factory=_Smtp)
    imap: _Imap = msgspec.field(default_factory=_Imap)
    replies: _Replies = msgspec.field(default_factory=_Replies)
    series: _Series = msgspec.field(default_factory=_Series)
    store: _Store = msgspec.field(default_factory=_Store)


def from_toml(raw: dict[str, Any]) -> Settings:
    """Settings from a parsed TOML document; :class:`ConfigError` names the bad key."""
    try:
        # strict: "587" is no port; an integer still fills a float ("timeout = 30")
        file = msgspec.convert(raw, _File)
    except msgspec.ValidationError as exc:
        raise ConfigError(_explain(str(exc))) from None
    org = file.organizer
    try:
        ZoneInfo(org.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            _("[organizer] timezone: {zone!r} is unknown").format(zone=org.timezone)
        ) from None
    if "@" not in org.from_address:
        raise ConfigError(_("[organizer] from: expected an e-mail address"))
    if org.reply_to and "@" not in org.reply_to:
        raise ConfigError(_("[organizer] reply_to: expected an e-mail address"))
    smtp_transport = file.smtp.transport or ("smtp" if "smtp" in raw else "maildir")
    imap_transport = file.imap.transport or ("imap" if "imap" in raw else "maildir")
    smtp = file.smtp
    imap = file.imap
    if smtp_transport == "smtp":
        _check_plain_text("smtp", smtp)
    if imap_transport == "imap":
        _check_plain_text("imap", imap)
    if smtp.return_path and "@" not in smtp.return_path:
        raise ConfigError(_("[smtp] return_path: expected an e-mail address"))
    return Settings(
        organizer=OrganizerSettings(
            name=org.name,
            from_address=org.from_address,
            reply_to=org.reply_to,
            language=org.language,
            timezone=org.timezone,
            ui_language=org.ui_language,
            return_path=smtp.return_path,
        ),
        smtp=SmtpSettings(
            transport=smtp_transport,
            host=smtp.host,
            port=smtp.port,
            security=smtp.security,
            credentials=_credentials("smtp", smtp),
            maildir=Path(smtp.maildir),
            max_connections=smtp.max_connections,
            rate_per_minute=smtp.rate_per_minute,
            timeout=smtp.timeout,
            retries=smtp.retries,
        ),
        imap=ImapSettings(
            transport=imap_transport,
            host=imap.host,
            port=imap.port,
            security=imap.security,
            credentials=_credentials("imap", imap),
            folder=imap.folder,
            processed_folder=imap.processed_folder,
            review_folder=imap.review_folder,
            maildir=Path(imap.maildir),
            batch_size=imap.batch_size,
            timeout=imap.timeout,
            trusted_authserv_id=imap.trusted_authserv_id.strip(),
        ),
        replies=ReplySettings(acknowledge=file.replies.acknowledge),
        series=SeriesSettings(**msgspec.structs.asdict(file.series)),
        store=StoreSettings(keep_months=file.store.keep_months),
    )


def _check_plain_text(section: str, table: _Login) -> None:
    if table.security == "none" and not is_loopback(table.host):
        raise ConfigError(
            _(
                '[{section}] security: "none" is only allowed to a loopback host, not {host!r}'
            ).format(section=section, host=table.host)
        )


def _credentials(section: str, table: _Login) -> Credentials:
    credentials = Credentials(
        username=table.username,
        password_env=table.password_env,
        password_command=table.password_command,
        auth=table.auth,
    )
    if credentials.xoauth2 and not (credentials.username and credentials.password_command):
        # Access tokens expire within the hour, so only a command can keep one fresh.
        raise ConfigError(
            _(
                '[{section}] auth: "xoauth2" needs username and '
                "password_command (a helper that prints the access token)"
            ).format(section=section)
        )
    return credentials


_TYPE_NAMES = {
    "int": N_("an integer"),
    "float": N_("a number"),
    "str": N_("a string"),
    "bool": N_("true or false"),
    "object": N_("a table"),
    "array": N_("a list"),
    "null": N_("nothing"),
}
_AT = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$")
_EXPECTED = re.compile(r"^Expected `(?P<want>[^`]+)`(?:, got `(?P<got>[^`]+)`)?(?P<rest>.*)$")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<key>[^`]+)`$")
_CHOICE = re.compile(r"^Invalid enum value (?P<value>.+)$")
_BOUND = re.compile(r"^ (?P<op>>=|<=) (?P<limit>-?\d+)$")


def _explain(error: str) -> str:
    """msgspec's ``Expected `int`, got `str` - at `$.smtp.port``` as ``[smtp] port: ...``."""
    found = _AT.match(error)
    what, path = (found["what"], found["path"] or "") if found else (error, "")
    keys = [key for key in path.split(".") if key]
    unknown = _UNKNOWN.match(what)
    if unknown:
        keys.append(unknown["key"])
        if len(keys) == 1:
            return _("unknown section [{name}]").format(name=keys[0])
        return _("unknown setting {name}").format(name=".".join(keys))
    where = (
        f"[{keys[0]}] {'.'.join(keys[1:])}:" if len(keys) > 1 else f"[{keys[0]}]:" if keys else ""
    )
    expected = _EXPECTED.match(what)
    if expected:
        bound = _BOUND.match(expected["rest"])
        if bound:
            side = (
                _("must be at least {limit}")
                if bound["op"] == ">="
                else _("must be at most {limit}")
            )
            message = side.format(limit=bound["limit"])
        else:
            message = _("expected {type}").format(type=_type_name(expected["want"]))
            if expected["got"]:
                message = _("expected {type}, got {other}").format(
                    type=_type_name(expected["want"]), other=_type_name(expected["got"])
                )
    elif (choice := _CHOICE.match(what)) is not None:
        message = _("{value} is not one of {choices}").format(
            value=choice["value"], choices=", ".join(_choices(keys))
        )
    else:
        message = what[:1].lower() + what[1:]
    return f"{where} {message}".strip()


def _type_name(name: str) -> str:
    return _(_TYPE_NAMES[name]) if name in _TYPE_NAMES else name


def _choices(keys: list[str]) -> list[str]:
    """The allowed values of a choice setting, for the message."""
    table = {"organizer": _Organizer, "smtp": _Smtp, "imap": _Imap}.get(keys[0] if keys else "")
    if table is None or len(keys) != 2:
        return []
    field_name = "from_address" if keys[1] == "from" else keys[1]
    hint = get_type_hints(table, include_extras=True).get(field_name)
    return [repr(arg) for arg in _literal_args(hint)]


def _literal_args(hint: Any) -> list[Any]:
    if get_origin(hint) is Literal:
        return list(get_args(hint))
    return [value for arg in get_args(hint) for value in _literal_args(arg)]
