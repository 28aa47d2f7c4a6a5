"""Build the e-mail a member receives: rendered context, headers, calendar part.

One message per member (a single To), so every copy carries that member's
reply key, unsubscribe address and calendar ATTENDEE.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
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
from mail.render import environment, render_mail
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

# SMTP policy: CRLF lines, RFC 2047 words for non-ASCII header text. Bodies
# are encoded with lines of at most 76 characters when they are set; headers
# are written with RFC 5322's hard limit, because the 78-column fold turns a
# long List-Unsubscribe URL into encoded words no client reads as a URL.
_POLICY = email.policy.SMTP
_WRITE = email.policy.SMTP.clone(max_line_length=998)


@lru_cache(maxsize=8)
def _list_id(name: str, from_address: str) -> str:
    local, _, domain = from_address.rpartition("@")
    ident = re.sub(r"[^A-Za-z0-9-]", "-", local).strip("-") or "list"
    host = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    # The phrase stays unquoted: a quoted string cannot hold the encoded
    # words that a name such as "Köln" needs.
    phrase = re.sub(r"[()<>\[\]:;@\\,.\"]", "", header_text(name)).strip()
    return f"{phrase} <{ident}.{host}>" if phrase else f"<{ident}.{host}>"


def _address(name: str, email_address: str) -> Address | str:
    """``Name <addr>``; the policy encodes a name that is not ASCII."""
    try:
        return Address(display_name=header_text(name), addr_spec=email_address.strip())
    except (ValueError, IndexError, HeaderParseError):
        # an address the parser cannot take whole still goes out as written
        return formataddr((header_text(name), email_address.strip()), charset="utf-8")


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
    env = remembered(
        memo,
        ("environment", context["language"]),
        environment,
        context["language"],
        settings.templates_override_dir,
    )
    rendered = render_mail(value, context["language"], context, env=env)
    message = EmailMessage(policy=_POLICY)
    message["From"] = remembered(memo, ("from",), _address, organizer.name, organizer.from_address)
    message["To"] = _address(member.name, member.email)
    message["Subject"] = header_text(rendered.subject)
    message["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(UTC))
    message["Message-ID"] = header_text(message_id)
    parent = _thread_ids([in_reply_to or ""])
    if parent:
        # an answer to a member's reply threads under it in their mail client
        message["In-Reply-To"] = parent[0]
        message["References"] = " ".join(_thread_ids(references) or parent)
    reply = reply_address(organizer.reply_to, reply_key)
    if reply:
        message["Reply-To"] = _address(organizer.name, reply)
    if context["unsubscribe_mailto"]:
        message["List-Unsubscribe"] = f"<{header_text(context['unsubscribe_mailto'])}>"
    message["List-Id"] = remembered(
        memo, ("list-id",), _list_id, organizer.name, organizer.from_address
    )
    if value in AUTO_SUBMITTED:
        message["Auto-Submitted"] = AUTO_SUBMITTED[value]
    message["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    message["X-Somek-Kind"] = value
    # quoted-printable keeps umlauts and long HTML lines safe on any relay
    message.set_content(_lf(rendered.text), subtype="plain", cte="quoted-printable")
    message.add_alternative(_lf(rendered.html), subtype="html", cte="quoted-printable")
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
        message.add_alternative(
            ics, maintype="text", subtype="calendar", cte="base64",
            params={"charset": "utf-8", "method": method},
        )  # fmt: skip
    return message.as_bytes(policy=_WRITE)


def _lf(text: str) -> str:
    # the policy writes CRLF itself; a CR left in the text would double it
    return text.replace("\r\n", "\n")


def _thread_ids(ids: Sequence[str]) -> list[str]:
    """Message-IDs fit for a header written as ASCII; anything else is left out."""
    return [
        found for found in map(header_text, ids) if found and found.isascii() and " " not in found
    ]


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
