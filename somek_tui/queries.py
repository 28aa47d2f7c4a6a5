"""Typed queries over one state of the database.

Pure: a :class:`View` reads the documents of the tables TinyDB's storage
holds (:mod:`somek_tui.transaction` changes them, :mod:`somek_tui.store`
loads and writes them). Records are converted by msgspec
as they are asked for; a document that does not fit its record is reported
with the file, the table and the key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NamedTuple

import msgspec

from somek_tui.dbfile import META, Data, StoreCorrupt
from somek_tui.i18n import _
from somek_tui.models import (
    Event,
    Example,
    InboxEntry,
    Member,
    MemberSummary,
    OutgoingMessage,
    Record,
    ReviewItem,
    Rsvp,
    Topic,
    email_key,
    topic_key,
)

TABLES: dict[str, type[Record]] = {
    "members": Member,
    "events": Event,
    "topics": Topic,
    "rsvps": Rsvp,
    "outbox": OutgoingMessage,
    "inbox": InboxEntry,
    "review": ReviewItem,
    "examples": Example,
}

Doc = dict[str, Any]


def record_key(record: Record) -> tuple[str, str]:
    """The table a record lives in and its key there."""
    if isinstance(record, Rsvp):
        return "rsvps", f"{record.event_id}:{record.member_id}"
    if isinstance(record, InboxEntry):
        return "inbox", record.message_id
    for table, cls in TABLES.items():
        if isinstance(record, cls):
            return table, record.id  # type: ignore[attr-defined]
    raise TypeError(f"not a stored record: {record!r}")


def one_or_more(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


# name: (table, the key or keys a document is found by)
INDEXES: dict[str, tuple[str, Callable[[Doc], str | tuple[str, ...] | None]]] = {
    "member_email": ("members", lambda d: email_key(d["email"])),
    "member_other_address": (
        "members",
        lambda d: tuple(email_key(a) for a in d.get("other_addresses") or ()),
    ),
    "unsubscribe_key": ("members", lambda d: (d.get("unsubscribe_key") or "").casefold() or None),
    "event_uid": ("events", lambda d: d.get("uid") or None),
    "topic_title": ("topics", lambda d: None if d.get("merged_into") else topic_key(d["title"])),
    "reply_key": ("outbox", lambda d: (d.get("reply_key") or "").casefold() or None),
    "out_message_id": ("outbox", lambda d: d.get("message_id")),
}


class LatestAnswer(NamedTuple):
    """A member's most recent answer (a tuple: one is made per member)."""

    event_id: str
    answer: str
    at: datetime


class Waiting(NamedTuple):
    """A waitlisted answer; ordered first come first."""

    since: datetime
    member_id: str
    party_if_confirmed: int


def is_waiting(doc: Doc | None) -> bool:
    return doc is not None and doc.get("answer") == "yes" and bool(doc.get("waitlisted"))


def waiting_entry(doc: Doc) -> Waiting:
    return Waiting(
        datetime.fromisoformat(doc["updated_at"]), doc["member_id"], 1 + int(doc.get("guests") or 0)
    )


def party(doc: Doc | None) -> int:
    if doc is None or doc.get("answer") != "yes" or doc.get("waitlisted"):
        return 0
    return 1 + int(doc.get("guests") or 0)


class View:
    """One consistent state of the database; never changes under the caller."""

    def __init__(self, data: Data, source: str = "db.json") -> None:
        self._data = data
        self._source = source
        self._indexes: dict[str, dict[str, str]] = {}
        self._answers_by_event: dict[str, dict[str, Doc]] | None = None
        # places per event, kept up to date by each change: a sync of thousands of
        # answers to one evening would otherwise add up all of them for each one
        self._places: dict[str, int] = {}
        # who waits per event, by answer key: each freed place asks for the waitlist again
        self._waiting: dict[str, dict[str, Waiting]] = {}
        self._records: dict[str, list[Any]] = {}

    # documents and records -----------------------------------------------------
    def _table(self, name: str) -> dict[str, Doc]:
        return self._data.get(name, {})

    def _record(self, table: str, key: str | None) -> Any:
        doc = None if key is None else self._table(table).get(key)
        if doc is None:
            return None
        try:
            return TABLES[table].from_dict(doc)
        except msgspec.ValidationError as exc:
            raise self._damaged(table, key, exc) from None

    def _convert(self, table: str, docs: dict[str, Doc]) -> list[Any]:
        cls = TABLES[table]
        try:
            return msgspec.convert(list(docs.values()), list[cls])  # type: ignore[valid-type]
        except msgspec.ValidationError:
            # converted one by one only to name the record at fault
            return [self._record(table, key) for key in docs]

    def _damaged(self, table: str, key: str | None, exc: Exception) -> StoreCorrupt:
        return StoreCorrupt(
            _("{source}: the record {table}/{key} does not fit: {exc}").format(
                source=self._source, table=table, key=key, exc=exc
            )
        )

    def _all(self, table: str) -> list[Any]:
        # converted once per state: the UI lists the same tables again and again
        if table not in self._records:
            self._records[table] = self._convert(table, self._table(table))
        return list(self._records[table])

    def _index(self, name: str) -> dict[str, str]:
        if name not in self._indexes:
            table, keys_of = INDEXES[name]
            index: dict[str, str] = {}
            for key, doc in self._table(table).items():
                for value in one_or_more(keys_of(doc)):
                    index.setdefault(value, key)
            self._indexes[name] = index
        return self._indexes[name]

    def _event_answers(self, event_id: str) -> dict[str, Doc]:
        if self._answers_by_event is None:
            grouped: dict[str, dict[str, Doc]] = {}
            for key, doc in self._table("rsvps").items():
                grouped.setdefault(doc["event_id"], {})[key] = doc
            self._answers_by_event = grouped
        return self._answers_by_event.get(event_id, {})

    def documents(self, table: str) -> dict[str, Doc]:
        """A table's documents as stored, by key; not to be changed."""
        return self._table(table)

    def counts(self) -> dict[str, int]:
        return {name: len(self._table(name)) for name in TABLES}

    # meta ----------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        return dict(self._table(META).get(META) or {})

    def state(self, key: str, default: Any = None) -> Any:
        return self.meta().get("state", {}).get(key, default)

    # members -------------------------------------------------------------------
    def members(self) -> list[Member]:
        return self._all("members")

    def member_summaries(self) -> list[MemberSummary]:
        return [MemberSummary.from_doc(doc) for doc in self._table("members").values()]

    def count_members(self, status: str) -> int:
        return sum(doc.get("status", "active") == status for doc in self._table("members").values())

    def member(self, member_id: str) -> Member | None:
        return self._record("members", member_id)

    def member_by_email(self, address: str) -> Member | None:
        return self._record("members", self._index("member_email").get(email_key(address)))

    def member_by_address(self, address: str) -> Member | None:
        """The member whose address, or one of whose other addresses, this is."""
        found = self.member_by_email(address)
        if found is None:
            key = self._index("member_other_address").get(email_key(address))
            found = self._record("members", key)
        return found

    def member_by_unsubscribe_key(self, key: str) -> Member | None:
        return self._record("members", self._index("unsubscribe_key").get(key.casefold()))

    # events --------------------------------------------------------------------
    def events(self) -> list[Event]:
        return sorted(self._all("events"), key=lambda e: e.start)

    def event(self, event_id: str) -> Event | None:
        return self._record("events", event_id)

    def event_by_uid(self, uid: str) -> Event | None:
        return self._record("events", self._index("event_uid").get(uid))

    # topics --------------------------------------------------------------------
    def topics(self) -> list[Topic]:
        return self._all("topics")

    def topic(self, topic_id: str) -> Topic | None:
        return self._record("topics", topic_id)

    def topic_by_title(self, title: str) -> Topic | None:
        return self._record("topics", self._index("topic_title").get(topic_key(title)))

    # answers -------------------------------------------------------------------
    def rsvps(self, *, event_id: str | None = None, member_id: str | None = None) -> list[Rsvp]:
        docs = self._table("rsvps") if event_id is None else self._event_answers(event_id)
        if member_id is not None:
            docs = {k: d for k, d in docs.items() if d["member_id"] == member_id}
        return self._convert("rsvps", docs)

    def rsvp(self, event_id: str, member_id: str) -> Rsvp | None:
        return self._record("rsvps", f"{event_id}:{member_id}")

    def latest_answers(self) -> dict[str, LatestAnswer]:
        """Each member's most recent answer to any event."""
        latest: dict[str, LatestAnswer] = {}
        for doc in self._table("rsvps").values():
            at = datetime.fromisoformat(doc["updated_at"])
            seen = latest.get(doc["member_id"])
            if seen is None or at > seen.at:
                latest[doc["member_id"]] = LatestAnswer(doc["event_id"], doc["answer"], at)
        return latest

    def places_taken(self, event_id: str) -> int:
        """Places confirmed yes-answers take (members and guests)."""
        taken = self._places.get(event_id)
        if taken is None:
            taken = sum(party(doc) for doc in self._event_answers(event_id).values())
            self._places[event_id] = taken
        return taken

    def waitlist_in_order(self, event_id: str) -> list[Waiting]:
        """Who waits for a place, first come first."""
        waiting = self._waiting.get(event_id)
        if waiting is None:
            answers = self._event_answers(event_id).items()
            waiting = {key: waiting_entry(doc) for key, doc in answers if is_waiting(doc)}
            self._waiting[event_id] = waiting
        return sorted(waiting.values())

    # outbox --------------------------------------------------------------------
    def outbox(
        self,
        *,
        event_id: str | None = None,
        kind: str | None = None,
        states: Iterable[str] | None = None,
        member_id: str | None = None,
    ) -> list[OutgoingMessage]:
        wanted = None if states is None else {str(s) for s in states}
        docs = {
            key: doc
            for key, doc in self._table("outbox").items()
            if (event_id is None or doc.get("event_id") == event_id)
            and (kind is None or doc["kind"] == str(kind))
            and (wanted is None or doc.get("state", "queued") in wanted)
            and (member_id is None or doc["member_id"] == member_id)
        }
        return self._convert("outbox", docs)

    def outgoing(self, outbox_id: str) -> OutgoingMessage | None:
        return self._record("outbox", outbox_id)

    def outgoing_by_reply_key(self, key: str) -> OutgoingMessage | None:
        return self._record("outbox", self._index("reply_key").get(key.casefold()))

    def outgoing_by_message_id(self, message_id: str) -> OutgoingMessage | None:
        return self._record("outbox", self._index("out_message_id").get(message_id.strip()))

    # inbox and review -----------------------------------------------------------
    def inbox(self) -> list[InboxEntry]:
        return sorted(self._all("inbox"), key=lambda e: e.processed_at)

    def inbox_entry(self, message_id: str) -> InboxEntry | None:
        return self._record("inbox", message_id)

    def review_items(self, *, include_resolved: bool = False) -> list[ReviewItem]:
        items = [r for r in self._all("review") if include_resolved or not r.resolved]
        return sorted(items, key=lambda r: r.created)

    def review_item(self, item_id: str) -> ReviewItem | None:
        return self._record("review", item_id)

    def examples(self) -> list[Example]:
        """Settled replies remembered as precedents, oldest first."""
        return sorted(self._all("examples"), key=lambda x: x.created)

    def example(self, example_id: str) -> Example | None:
        return self._record("examples", example_id)


# the name services use for "a view or a transaction"
Reader = View
