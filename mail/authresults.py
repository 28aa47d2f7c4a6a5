"""``Authentication-Results`` headers (RFC 8601) read into what the receiving server found.

Anyone can write such a header into a mail before sending it, so only headers
whose authserv-id is one the organizer names as their own receiving server
count; the others are ignored. Within a counted header, a failing result
cannot be hidden by a forged header next to it: each counted header is judged
on its own and one failing header is enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# "method[/version] = result": the start of each resinfo after the authserv-id
_RESULT = re.compile(r"\s*([A-Za-z0-9_.-]+)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z0-9_-]+)")


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str  # lower-cased
    results: dict[str, list[str]] = field(default_factory=dict)  # method -> results, lower-cased

    def passed(self, method: str) -> bool:
        return "pass" in self.results.get(method, [])

    def failed_sender_checks(self) -> str:
        """Why this header says the From cannot be trusted ("" when it does not say so)."""
        if "fail" in self.results.get("dmarc", []):
            return "dmarc=fail"
        if self.passed("dmarc"):
            return ""
        spf = self.results.get("spf", [])
        if spf and not self.passed("spf") and not self.passed("dkim"):
            dkim = self.results.get("dkim", ["none"])
            return f"spf={spf[0]} and dkim={dkim[0]}"
        return ""


def _without_comments(value: str) -> str:
    """The header with ``(comments)`` removed and quoted strings kept, as RFC 5322 reads it."""
    out: list[str] = []
    depth = 0
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
        elif quoted:
            quoted = ch != '"'
            out.append(ch)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            quoted = ch == '"'
            out.append(ch)
    return "".join(out)


def _split(value: str) -> list[str]:
    """Split on ``;`` outside quoted strings."""
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def parse_authentication_results(value: str) -> AuthResults | None:
    """One header value; None when it has no authserv-id."""
    parts = _split(_without_comments(value))
    head = parts[0].split()
    if not head:
        return None
    authserv_id = head[0].strip('"').lower()
    results: dict[str, list[str]] = {}
    for part in parts[1:]:
        found = _RESULT.match(part)
        if found is None:
            continue  # "none", or a resinfo this reader does not know
        method, result = found.group(1).lower(), found.group(2).lower()
        results.setdefault(method, []).append(result)
    return AuthResults(authserv_id, results)


def sender_not_authenticated(values: Iterable[str], trusted_authserv_id: str) -> str:
    """Why the trusted server says the From is not the sender's ("" when it does not).

    ``values`` are the message's ``Authentication-Results`` headers; with no
    trusted authserv-id configured nothing is judged.
    """
    trusted = trusted_authserv_id.strip().lower()
    if not trusted:
        return ""
    for value in values:
        parsed = parse_authentication_results(value)
        if parsed is None or parsed.authserv_id != trusted:
            continue
        failed = parsed.failed_sender_checks()
        if failed:
            return failed
    return ""


__all__ = ["AuthResults", "parse_authentication_results", "sender_not_authenticated"]
