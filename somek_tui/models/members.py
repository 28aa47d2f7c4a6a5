"""Members and what they agreed to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from somek_tui.models.base import Moment, Record, email_key, new_key, now_utc
from somek_tui.models.kinds import ConsentHow, Language, MemberStatus


@dataclass
class ConsentEntry(Record):
    at: Moment
    how: ConsentHow
    source: str | None = None  # the wording, file name or Message-ID it came from


@dataclass
class Member(Record):
    id: str
    email: str
    name: str = ""
    language: Language = Language.DE
    status: MemberStatus = MemberStatus.ACTIVE
    consent: list[ConsentEntry] = field(default_factory=list)
    bounce_count: int = 0
    soft_bounces: int = 0
    unsubscribe_key: str = field(default_factory=new_key)
    created: Moment = field(default_factory=now_utc)
    # addresses the organizer confirmed as this member's too: they match like ``email``
    other_addresses: list[str] = field(default_factory=list)
    organization: str = ""  # the company or office (Firma), as an import gave it

    @property
    def display_name(self) -> str:
        return self.name or self.email

    @property
    def mailable(self) -> bool:
        return self.status is MemberStatus.ACTIVE

    @property
    def key(self) -> str:
        return email_key(self.email)

    def has_address(self, address: str) -> bool:
        key = email_key(address)
        return bool(key) and (key == self.key or key in map(email_key, self.other_addresses))


class MemberSummary(NamedTuple):
    """What a list of members shows, read without building the whole record.

    Ten thousand full records (consent log, timestamps) take far longer to
    build than the table that lists them needs.
    """

    id: str
    email: str
    name: str
    language: Language
    status: MemberStatus

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> MemberSummary:
        # lookups, not enum calls: summaries are made by the ten thousand
        return cls(
            doc["id"],
            doc["email"],
            doc.get("name", ""),
            _LANGUAGES.get(doc.get("language", "de"), Language.DE),
            _STATUSES.get(doc.get("status", "active")) or MemberStatus(doc["status"]),
        )


_LANGUAGES = {language.value: language for language in Language}
_STATUSES = {status.value: status for status in MemberStatus}
