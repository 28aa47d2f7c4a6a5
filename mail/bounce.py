"""Delivery failures: which addresses failed, for good or for now.

Invitations go out with a VERP envelope sender (``mail.reply_keys.return_path``),
so a bounce usually names its member by the key in the address it came back
to; the application matches that first. What the report itself says is read
by ``flufl.bounce`` (GNU Mailman's detectors: RFC 3464 DSNs, Exchange,
Exim, qmail, Postfix, Yahoo and a dozen more), with a free-text reading only
as the last resort for reports none of them knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from mail.addresses import parse_addresses
from mail.budget import MAX_STATUS_CHARS
from mail.decode import header_text, part_text
from mail.header_text import address_text


@dataclass
class BounceInfo:
    recipients: list[str]  # lower-cased failed addresses
    permanent: bool
    diagnostic: str
    original_message_id: str | None


# A match may only start where a run of address characters starts, and that run
# is taken whole: otherwise every position of a long word is tried again.
_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]++@[\w-]+(?:\.[\w-]+)+")
_MESSAGE_ID = re.compile(r"^message-id:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_SMTP_CODE = re.compile(r"\b([45])\d\d\b")
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|returned mail|mail delivery (failed|failure|subsystem)|delivery status notification"
    r"|failure notice|unzustellbar|nicht zustellbar|delivery (has )?failed|warning: message"
    r"|zustellung fehlgeschlagen|mail system error|zustellungsstatus|fehler bei der zustellung"
    r"|(nachricht|e-mail|mail) (konnte )?nicht zugestellt|message not delivered|non remis"
    r"|non distribuable|could not be delivered"
    r"|onbestelbaar|niet bezorgd|non recapitabile|no se puede entregar|no entregado",
    re.IGNORECASE,
)
_TRANSIENT_WORDS = re.compile(
    r"\bdelayed\b|\bwill (retry|continue trying|keep trying)\b|\bstill trying\b|verzögert"
    r"|wird weiter versucht|weiterhin versuchen",
    re.IGNORECASE,
)
# Where a free-text bounce starts quoting the returned message.
_RETURNED_MARKER = re.compile(
    r"^(-{2,}+.*(original message|copy of the message|returned message|ursprüngliche nachricht)"
    r"|.*this is a copy of the message|received: )",
    re.IGNORECASE | re.MULTILINE,
)


def _is_report(message: Message) -> bool:
    return message.get_content_type() == "multipart/report" or any(
        part.get_content_type() == "message/delivery-status" for part in message.walk()
    )


# A person answering or passing on a bounce: no mail system puts "Re:" or "Fwd:" first.
_PERSONS_PREFIX = re.compile(r"^\s*(?:re|aw|antw|sv|odp|fwd?|wg|tr|rv)\s*:", re.IGNORECASE)


def _looks_like_bounce(message: Message) -> bool:
    sender = " ".join(addr for _, addr in parse_addresses([address_text(message, "From") or ""]))
    if _DAEMON.match(sender):
        return True
    subject = header_text(message, "Subject") or ""
    # "Re: Mail delivery failed" is a member telling of one; "Unzustellbar: Re: …" is one
    return bool(_BOUNCE_SUBJECT.search(subject)) and not _PERSONS_PREFIX.match(subject)


def _status_fields(message: Message) -> list[dict[str, str]]:
    """Each per-recipient block of a ``message/delivery-status`` part as a dict."""
    blocks: list[dict[str, str]] = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            for block in payload:
                if isinstance(block, Message):
                    blocks.append({k.lower(): str(v) for k, v in block.items()})
        else:
            text = part_text(part, MAX_STATUS_CHARS)
            for chunk in re.split(r"\n\s*\n", text):
                fields = HeaderParser().parsestr(chunk.strip() + "\n")
                blocks.append({k.lower(): str(v) for k, v in fields.items()})
    return blocks


def _address_of(value: str) -> str:
    # "rfc822; anna@example.org" → "anna@example.org"
    found = _ADDRESS.search(value.split(";", 1)[-1])
    return found.group(0).lower() if found else ""


def _report_bounce(message: Message) -> tuple[list[str], bool, str]:
    recipients: list[str] = []
    permanent = False
    diagnostic = ""
    for block in _status_fields(message):
        address = _address_of(block.get("final-recipient", "")) or _address_of(
            block.get("original-recipient", "")
        )
        if not address:
            continue
        recipients.append(address)
        action = block.get("action", "").strip().lower()
        status = _STATUS.search(block.get("status", ""))
        status_class = status.group(1) if status else ""
        transient = action == "delayed" or (action != "failed" and status_class == "4")
        permanent = permanent or not transient
        code = block.get("diagnostic-code", "").split(";", 1)[-1]
        diagnostic = diagnostic or " ".join(code.split()) or block.get("status", "").strip()
    return list(dict.fromkeys(recipients)), permanent, diagnostic


def _own_addresses(message: Message) -> set[str]:
    values = [address_text(message, name) or "" for name in ("From", "To", "Cc", "Delivered-To")]
    return {addr.lower() for _, addr in parse_addresses(values) if addr}


def _free_text_bounce(message: Message, text: str) -> tuple[list[str], bool, str]:
    marker = _RETURNED_MARKER.search(text)
    report = text[: marker.start()] if marker else text
    own = _own_addresses(message)
    recipients = [
        addr.lower()
        for addr in _ADDRESS.findall(report)
        if addr.lower() not in own and not _DAEMON.match(addr)
    ]
    status = _STATUS.search(report)
    code = _SMTP_CODE.search(report)
    if status:
        permanent = status.group(1) == "5"
    elif code:
        permanent = code.group(1) == "5"
    else:
        permanent = not _TRANSIENT_WORDS.search(report)
    lines = [
        ln.strip() for ln in report.splitlines() if _STATUS.search(ln) or _SMTP_CODE.search(ln)
    ]
    diagnostic = lines[0] if lines else ""
    return list(dict.fromkeys(recipients)), permanent, diagnostic


def _original_message_id(message: Message, text: str) -> str | None:
    own = (header_text(message, "Message-ID") or "").strip()
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            value = (header_text(inner, "Message-ID") or "") if isinstance(inner, Message) else ""
            value = value.strip()
            if value:
                return value
        elif content_type == "text/rfc822-headers":
            found = _MESSAGE_ID.search(part_text(part, MAX_STATUS_CHARS))
            if found:
                return found.group(1)
    for found in _MESSAGE_ID.finditer(text):
        if found.group(1) != own:
            return found.group(1)
    return None


def _known_failures(message: Message) -> tuple[list[str], bool] | None:
    """The failed addresses flufl.bounce's detectors find, and whether any is permanent."""
    # its detectors take a tenth of a second to import, and few mails are bounces
    from flufl.bounce import all_failures

    try:
        temporary, permanent = all_failures(message)
    except Exception:  # a detector tripping over a malformed report is no verdict
        return None
    own = _own_addresses(message)
    found = [
        address.decode("utf-8", "replace").strip().lower()
        for address in sorted(permanent) + sorted(temporary - permanent)
    ]
    recipients = [a for a in dict.fromkeys(found) if "@" in a and a not in own]
    return (recipients, bool(permanent)) if recipients else None


def read_bounce(message: Message, text: str) -> BounceInfo | None:
    """The delivery failure this message reports, or None when it is not a bounce."""
    report = _is_report(message)
    if not report and not _looks_like_bounce(message):
        return None
    known = _known_failures(message)
    if known is not None:
        recipients, permanent = known
        diagnostic = _report_bounce(message)[2] if report else _free_text_bounce(message, text)[2]
    elif report and (structured := _report_bounce(message))[0]:
        recipients, permanent, diagnostic = structured
    else:
        recipients, permanent, diagnostic = _free_text_bounce(message, text)
    if not recipients:
        return None
    return BounceInfo(recipients, permanent, diagnostic, _original_message_id(message, text))
