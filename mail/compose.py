"""Build the e-mail a member receives: context, rendering, headers, calendar part.

One message per member (a single To), so every copy carries that member's
reply key, unsubscribe address and calendar ATTENDEE.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import lru_cache
from typing import Any, Literal, TypeGuard

from mail.addresses import parse_addresses
from mail.dates import format_date, format_time, format_when
from mail.ical import Method, build_calendar, event_location
from mail.render import environment, language_folder, render_mail
from mail.settings import MailSettings
from mail.types import TALK, Answer, EventView, MemberView, TopicView, VenueView, venue_text

# The kinds of mail there are templates for (the application's mail kinds are
# string enums with these values).
INVITATION = "invitation"
REMINDER = "reminder"
CHANGED = "changed"
CANCELLED = "cancelled"
ACKNOWLEDGEMENT = "acknowledgement"
WAITLISTED = "waitlisted"
PROMOTED = "promoted"
JOIN_CONFIRM = "join_confirm"
CONTRIBUTION_REQUEST = "contribution_request"
THANKS = "thanks"
KINDS: tuple[str, ...] = (
    INVITATION,
    REMINDER,
    CHANGED,
    CANCELLED,
    ACKNOWLEDGEMENT,
    WAITLISTED,
    PROMOTED,
    JOIN_CONFIRM,
    CONTRIBUTION_REQUEST,
    THANKS,
)

# Which kinds carry a calendar object, and with which iTIP method. A reminder
# carries none: a second REQUEST would ask people who already answered again.
CALENDAR_METHOD: dict[str, Method] = {
    INVITATION: "REQUEST",
    CHANGED: "REQUEST",
    PROMOTED: "REQUEST",
    CANCELLED: "CANCEL",
}

# RFC 3834: "auto-replied" answers a message, "auto-generated" is sent by a
# process on its own. Invitations and other organizer-sent mail carry neither,
# since some clients hide or deprioritise automatic mail.
AUTO_SUBMITTED: dict[str, str] = {
    REMINDER: "auto-generated",
    ACKNOWLEDGEMENT: "auto-replied",
    WAITLISTED: "auto-replied",
    PROMOTED: "auto-replied",
    JOIN_CONFIRM: "auto-replied",
}

UNSUBSCRIBE_TAG = "unsubscribe-"


def kind_value(kind: str) -> str:
    return str(kind)  # a StrEnum prints as its value


# --------------------------------------------------------------------------- addresses


_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")


def header_text(text: str) -> str:
    """One line with no control characters: nothing in it can start a new header."""
    return " ".join(_UNSAFE.sub(" ", text or "").split())


def make_message_id(domain: str) -> str:
    """A fresh ``<random@domain>``."""
    host = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{secrets.token_hex(16)}@{host}>"


def plus_address(from_address: str, tag: str) -> str:
    """``local+tag@domain`` for the organizer's address."""
    local, _, domain = from_address.rpartition("@")
    return f"{local}+{tag}@{domain}"


def unsubscribe_address(from_address: str, key: str, reply_to: str = "") -> str:
    """Where mail unsubscribes the member whose key it carries, whatever it says.

    With a reply pattern the address follows it (the organizer has made sure
    mail to it arrives); otherwise it is a plus-address of the organizer's.
    """
    tag = f"{UNSUBSCRIBE_TAG}{key}"
    if "{key}" in reply_to:
        return reply_to.replace("{key}", tag)
    return plus_address(from_address, tag)


def reply_address(reply_to: str, reply_key: str | None) -> str | None:
    """The Reply-To for one message: the configured pattern with ``{key}`` filled in."""
    if "{key}" in reply_to:
        return reply_to.replace("{key}", reply_key) if reply_key else None
    return reply_to or None


@dataclass(frozen=True)
class AddressTag:
    kind: Literal["reply", "unsubscribe"]
    key: str


def reply_key_from_address(address: str, from_address: str) -> AddressTag | None:
    """Read the tag back from an address a member wrote to.

    ``from_address`` is either the plain organizer address (tags are
    ``local+TAG@domain``) or a reply pattern with ``{key}`` such as
    ``stammtisch+{key}@example.org``. The domain compares case-insensitively,
    and so does the local part, since many mail servers lowercase it.
    """
    text = (address or "").strip()
    pairs = parse_addresses([text])
    addr = pairs[0][1] if pairs and pairs[0][1] else text
    addr = addr.strip().strip("<>")
    pattern = from_address if "{key}" in from_address else None
    if pattern is None:
        local, _, domain = from_address.rpartition("@")
        pattern = f"{local}+{{key}}@{domain}"
    prefix, _, suffix = pattern.partition("{key}")
    folded = addr.casefold()
    if len(addr) <= len(prefix) + len(suffix):
        return None
    if not (folded.startswith(prefix.casefold()) and folded.endswith(suffix.casefold())):
        return None
    tag = addr[len(prefix) : len(addr) - len(suffix)]
    if not tag or any(ch in tag for ch in "@+ <>\"'"):
        return None
    if tag.casefold().startswith(UNSUBSCRIBE_TAG):
        key = tag[len(UNSUBSCRIBE_TAG) :]
        return AddressTag("unsubscribe", key) if key else None
    return AddressTag("reply", tag)


# --------------------------------------------------------------------------- context


def _event_dict(
    event: EventView,
    settings: MailSettings,
    language: str,
    contributors: Sequence[tuple[str, str]] = (),
    theme_topics: Sequence[TopicView] = (),
) -> dict[str, Any]:
    zone = settings.organizer.tz
    start = event.start.astimezone(zone)
    end = event.end.astimezone(zone) if event.end is not None else None
    host = event.host
    return {
        "id": event.id,
        "title": header_text(event.title),
        "kind": str(event.kind),
        "is_talk": event.kind == TALK,
        "status": str(event.status),
        "start": start,
        "end": end,
        "when": format_when(start, end, language),
        "date": format_date(start, language),
        "time": format_time(start, language),
        "end_time": format_time(end, language) if end is not None else "",
        "venue": venue_text(event.venue),
        "venue_name": event.venue.name,
        "venue_address": event.venue.address,
        "location": event_location(event),
        "description": event.description.strip(),
        "capacity": event.capacity,
        "host": (
            {"organisation": host.organisation, "address": host.address}
            if host is not None and host.organisation
            else None
        ),
        # only who has said yes is announced; an asked speaker may still decline
        "speakers": [
            {"name": s.name, "talk_title": s.talk_title} for s in event.speakers if s.confirmed
        ],
        "contributors": [{"name": n, "subject": s} for n, s in contributors],
        "theme": [t.title for t in theme_topics],
    }


def _topics_list(open_topics: Sequence[TopicView]) -> list[dict[str, Any]]:
    return [
        {
            "number": number,
            "title": topic.title,
            "description": topic.description,
            "votes": topic.vote_count,
        }
        for number, topic in enumerate(open_topics, start=1)
    ]


def _remembered(memo: dict[Any, Any] | None, key: tuple[Any, ...], make: Any, *args: Any) -> Any:
    if memo is None:
        return make(*args)
    if key not in memo:
        memo[key] = make(*args)
    return memo[key]


def _answer_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):  # a recorded answer
        return {
            "value": Answer(value.answer).value,
            "guests": value.guests,
            "waitlisted": value.waitlisted,
        }
    answer = value.get("answer", value.get("value", Answer.YES))
    return {
        "value": Answer(answer).value,
        "guests": int(value.get("guests", 0)),
        "waitlisted": bool(value.get("waitlisted", False)),
    }


def _previous(
    extra: Mapping[str, Any], event: EventView | None, settings: MailSettings, language: str
) -> dict[str, Any] | None:
    before = extra.get("previous")
    if before is None or event is None:
        return None
    zone = settings.organizer.tz
    start = before.get("start") or event.start
    # Without an old end, assume the evening kept its length.
    end = (
        before["end"]
        if "end" in before
        else (start + (event.end - event.start) if event.end is not None else None)
    )
    venue = before.get("venue", event.venue)
    before_text = venue_text(venue) if _is_venue(venue) else str(venue or "")
    return {
        "when": format_when(start.astimezone(zone), end and end.astimezone(zone), language),
        "venue": before_text,
        "time_changed": start != event.start or end != event.end,
        "venue_changed": before_text != venue_text(event.venue),
    }


def _is_venue(value: object) -> TypeGuard[VenueView]:
    return hasattr(value, "name") and hasattr(value, "address")


def mail_context(
    kind: str,
    member: MemberView,
    event: EventView | None,
    settings: MailSettings,
    open_topics: Sequence[TopicView] = (),
    contributors: Sequence[tuple[str, str]] = (),
    extra: Mapping[str, Any] | None = None,
    *,
    theme_topics: Sequence[TopicView] = (),
    reply_key: str | None = None,
    unsubscribe_key: str | None = None,
    memo: dict[Any, Any] | None = None,
) -> dict[str, Any]:
    """Everything the packaged templates use; keys are listed in the README.

    ``open_topics`` are numbered in the order given, starting at 1; the inbox
    must resolve "+1 für Thema 3" against the same order. ``extra`` may carry
    ``rsvp`` (an Rsvp or dict), ``previous`` (``start``/``end``/``venue`` before
    a change), ``reason``, ``next_event`` (an Event), ``request`` (``role``:
    "talk" or "contribution", ``subject``), ``noted_topics``, ``noted_votes``,
    ``waitlist_position`` and ``note``; other keys pass through unchanged.

    ``memo`` is for a mailing: one dict shared by every message of it, which
    then computes the parts that are the same for everyone (the event with
    its dates in words, the open topics) once per language. Only share it
    between messages made from the same records.
    """
    extra = dict(extra or {})
    language, _ = _remembered(
        memo, ("language", str(member.language)), language_folder, str(member.language)
    )
    organizer = settings.organizer
    value = kind_value(kind)
    unsub_key = unsubscribe_key if unsubscribe_key is not None else member.unsubscribe_key
    unsubscribe = (
        unsubscribe_address(organizer.from_address, unsub_key, organizer.reply_to)
        if unsub_key
        else ""
    )
    next_event = extra.pop("next_event", None)
    request = dict(extra.pop("request", None) or {})
    context: dict[str, Any] = {
        "kind": value,
        "language": language,
        "organizer": {"name": organizer.name, "email": organizer.from_address},
        "member": {"name": header_text(member.name), "email": member.email},
        "reply_address": reply_address(organizer.reply_to, reply_key) or organizer.from_address,
        "unsubscribe_address": unsubscribe,
        "unsubscribe_mailto": f"mailto:{unsubscribe}?subject=unsubscribe" if unsubscribe else "",
        "calendar": value in CALENDAR_METHOD and event is not None,
        "event": (
            _remembered(
                memo,
                ("event", event.id, language),
                _event_dict,
                event,
                settings,
                language,
                contributors,
                theme_topics,
            )
            if event is not None
            else None
        ),
        "open_topics": _remembered(
            memo, ("topics", *(t.id for t in open_topics)), _topics_list, open_topics
        ),
        "answer": _answer_dict(extra.pop("rsvp", None)),
        "waitlist_position": extra.pop("waitlist_position", None),
        "noted_topics": list(extra.pop("noted_topics", [])),
        "noted_votes": list(extra.pop("noted_votes", [])),
        "previous": _previous(extra, event, settings, language),
        "reason": str(extra.pop("reason", "") or ""),
        "next_event": (
            _event_dict(next_event, settings, language) if next_event is not None else None
        ),
        "request": {
            "role": request.get("role", "contribution"),
            "subject": request.get("subject", ""),
        },
        "note": str(extra.pop("note", "") or "").strip(),
    }
    extra.pop("previous", None)
    for key, item in extra.items():
        context.setdefault(key, item)
    return context


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
    env = _remembered(
        memo,
        ("environment", context["language"]),
        environment,
        context["language"],
        settings.templates_override_dir,
    )
    rendered = render_mail(value, context["language"], context, env=env)
    headers = [
        ("From", _remembered(memo, ("from",), _address, organizer.name, organizer.from_address)),
        ("To", _address(member.name, member.email)),
        ("Subject", _encoded(header_text(rendered.subject), "Subject")),
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
# and maybe a calendar), so it is written directly: the stdlib generator's
# walk and header refolding cost more than rendering the templates.
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
