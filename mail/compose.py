"""Build the e-mail a member receives: rendered context, headers, calendar part.

One message per member (a single To), so every copy carries that member's
reply key, unsubscribe address and calendar ATTENDEE.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import lru_cache
from typing import Any

from mail.context import mail_context, remembered
from mail.ical import build_calendar
from mail.kinds import (
    AUTO_SUBMITTED,
    CALENDAR_METHOD,
    CONTRIBUTION_REQUEST,
    JOIN_CONFIRM,
    KINDS,
    THANKS,
    kind_value,
)
from mail.personal import render_personal
from mail.render import environment
from mail.reply_keys import (
    AddressTag,
    header_text,
    make_message_id,
    plus_address,
    reply_address,
    reply_key_from_address,
    unsubscribe_address,
)
from mail.settings import MailSettings
from mail.types import EventView, MemberView, TopicView

# --------------------------------------------------------------------------- message


@lru_cache(maxsize=8)
def _list_id(name: str, from_address: str) -> str:
    local, _, domain = from_address.rpartition("@")
    ident = re.sub(r"[^A-Za-z0-9-]", "-", local).strip("-") or "list"
    host = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    # The phrase stays unquoted: a quoted string cannot hold the encoded
    # words that a name such as "Köln" needs.
    phrase = re.sub(r"[()<>\[\]:;@\\,.\"]", "", header_text(name)).strip()
    if not phrase:
        return f"<{ident}.{host}>"
    return f"{_encoded(phrase, 'List-Id')} <{ident}.{host}>"


def _address(name: str, email: str) -> str:
    """``Name <addr>`` with the name RFC 2047-encoded when it is not ASCII."""
    return formataddr((header_text(name), email.strip()), charset="utf-8")


def _subject(text: str) -> str:
    return _encoded(header_text(text), "Subject")


def _encoded(text: str, name: str) -> str:
    """A header value as ASCII: RFC 2047 words where needed, folded at 78 columns."""
    charset = "us-ascii" if text.isascii() else "utf-8"
    return Header(text, charset, header_name=name).encode(linesep="\r\n")


def compose(
    kind: str,
    *,
    member: MemberView,
    event: EventView | None,
    settings: MailSettings,
    message_id: str,
    reply_key: str | None = None,
    unsubscribe_key: str | None = None,
    context_extra: Mapping[str, Any] | None = None,
    open_topics: Sequence[TopicView] = (),
    contributors: Sequence[tuple[str, str]] = (),
    theme_topics: Sequence[TopicView] = (),
    date: datetime | None = None,
    memo: dict[Any, Any] | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
) -> bytes:
    """The complete message for one member, as the bytes to send (CRLF lines).

    ``unsubscribe_key`` defaults to the member's own; ``memo`` is as for
    :func:`mail_context`. Raises :class:`~mail.render.TemplateProblem` when a
    template fails.
    """
    value = kind_value(kind)
    organizer = settings.organizer
    context = mail_context(
        value,
        member,
        event,
        settings,
        open_topics,
        contributors,
        context_extra,
        theme_topics=theme_topics,
        reply_key=reply_key,
        unsubscribe_key=unsubscribe_key,
        memo=memo,
    )
    language = context["language"]
    env = remembered(
        memo,
        ("environment", language),
        lambda: environment(language, settings.templates_override_dir),
    )
    rendered = render_personal(value, language, context, env=env, memo=memo)
    headers = [
        ("From", remembered(memo, ("from",), _address, organizer.name, organizer.from_address)),
        ("To", _address(member.name, member.email)),
        # the same for most members of a mailing: encoded once
        ("Subject", remembered(memo, ("subject", rendered.subject), _subject, rendered.subject)),
        ("Date", format_datetime((date or datetime.now(UTC)).astimezone(UTC))),
        ("Message-ID", header_text(message_id)),
    ]
    parent = _thread_ids([in_reply_to or ""])
    if parent:
        # an answer to a member's reply threads under it in their mail client
        headers.append(("In-Reply-To", parent[0]))
        headers.append(("References", "\r\n ".join(_thread_ids(references) or parent)))
    reply = reply_address(organizer.reply_to, reply_key)
    if reply:
        headers.append(("Reply-To", _address(organizer.name, reply)))
    if context["unsubscribe_mailto"]:
        # one line whatever its length: a folded URL would no longer be a URL
        headers.append(("List-Unsubscribe", f"<{header_text(context['unsubscribe_mailto'])}>"))
    headers.append(("List-Id", _list_id(organizer.name, organizer.from_address)))
    if value in AUTO_SUBMITTED:
        headers.append(("Auto-Submitted", AUTO_SUBMITTED[value]))
    headers.append(("X-Auto-Response-Suppress", "OOF, AutoReply"))
    headers.append(("X-Somek-Kind", value))
    parts = [_text_part(rendered.text, "plain"), _text_part(rendered.html, "html")]
    method = CALENDAR_METHOD.get(value)
    if method is not None and event is not None:
        ics = build_calendar(
            event,
            method=method,
            organizer_email=organizer.from_address,
            organizer_name=organizer.name,
            attendee_email=member.email,
            attendee_name=member.name,
            timezone=organizer.timezone,
            language=context["language"],
            stamp=date,
        )
        parts.append(_calendar_part(ics, method))
    return _serialise(headers, parts)


# The message always has the same shape (multipart/alternative of text, HTML
# and maybe a calendar), so it is written directly: built as an EmailMessage
# with the SMTP policy, one invitation took 43 ms against 7 ms this way
# (header parsing and refolding, pure-Python quoted-printable), which would
# cost a mailing most of its sending speed. The encoders are the stdlib's.
_Part = tuple[list[tuple[str, str]], str]


def _text_part(text: str, subtype: str) -> _Part:
    # quoted-printable keeps umlauts and long HTML lines safe on any relay;
    # binascii's encoder is the C one
    body = binascii.b2a_qp(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    headers = [
        ("Content-Type", f'text/{subtype}; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return headers, body.replace("\n", "\r\n")


def _calendar_part(ics: bytes, method: str) -> _Part:
    headers = [
        ("Content-Type", f'text/calendar; charset="utf-8"; method="{method}"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return headers, base64.encodebytes(ics).decode("ascii").replace("\n", "\r\n")


def _thread_ids(ids: Sequence[str]) -> list[str]:
    """Message-IDs fit for a header written as ASCII; anything else is left out."""
    return [
        found for found in map(header_text, ids) if found and found.isascii() and " " not in found
    ]


def _serialise(headers: list[tuple[str, str]], parts: list[_Part]) -> bytes:
    boundary = f"=_somek_{secrets.token_hex(12)}"
    lines = [f"{name}: {value}" for name, value in headers]
    lines += [
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
    ]
    for part_headers, body in parts:
        lines.append(f"--{boundary}")
        lines += [f"{name}: {value}" for name, value in part_headers]
        lines += ["", body.rstrip("\r\n")]
    lines += [f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("ascii")


__all__ = [
    "AUTO_SUBMITTED",
    "CALENDAR_METHOD",
    "CONTRIBUTION_REQUEST",
    "JOIN_CONFIRM",
    "KINDS",
    "THANKS",
    "AddressTag",
    "compose",
    "header_text",
    "kind_value",
    "mail_context",
    "make_message_id",
    "plus_address",
    "reply_address",
    "reply_key_from_address",
    "unsubscribe_address",
]
