"""Typed queries over one state of the database, and the changes of a transaction.

Pure: a :class:`View` reads documents from a mapping, a :class:`Transaction`
collects changes on top of one; :mod:`somek_tui.store` loads and writes them.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, NamedTuple

import msgspec
import orjson

from somek_tui.dbfile import ID_PREFIX, META, Data, document, documents, some_fields
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


def _rsvp_key(event_id: str, member_id: str) -> str:
    return f"{event_id}:{member_id}"


def record_key(record: Record) -> tuple[str, str]:
    """The table a record lives in and its key there."""
    if isinstance(record, Rsvp):
        return "rsvps", _rsvp_key(record.event_id, record.member_id)
    if isinstance(record, InboxEntry):
        return "inbox", record.message_id
    for table, cls in TABLES.items():
        if isinstance(record, cls):
            return table, record.id  # type: ignore[attr-defined]
    raise TypeError(f"not a stored record: {record!r}")


class Reader:
    """Typed queries over one consistent state of the database.

    Subclasses supply :meth:`_doc`, :meth:`_docs` and :meth:`_index`.
    """

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        raise NotImplementedError

    def _index(self, name: str) -> dict[str, str]:
        raise NotImplementedError

    def _load(self, table: str, key: str | None) -> Any:
        if key is None:
            return None
        doc = self._doc(table, key)
        return None if doc is None else TABLES[table].from_dict(doc)

    def _all(self, table: str) -> list[Any]:
        cls = TABLES[table]
        return [cls.from_dict(doc) for doc in self._docs(table)]

    # meta ----------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        return dict(self._doc(META, META) or {})

    def state(self, key: str, default: Any = None) -> Any:
        return self.meta().get("state", {}).get(key, default)

    # members -------------------------------------------------------------------
    def members(self) -> list[Member]:
        return self._all("members")

    def member_summaries(self) -> list[MemberSummary]:
        return [MemberSummary.from_fields(*_member_tuple(doc)) for doc in self._docs("members")]

    def _answer_fields(self) -> list[tuple[str, str, str, str]]:
        """(member, event, answer, updated at) of every answer."""
        return [_answer_tuple(doc) for doc in self._docs("rsvps")]

    def count_members(self, status: str) -> int:
        """How many members have ``status``, without building every record."""
        return sum(doc.get("status") == status for doc in self._docs("members"))

    def member(self, member_id: str) -> Member | None:
        return self._load("members", member_id)

    def member_by_email(self, address: str) -> Member | None:
        return self._load("members", self._index("member_email").get(email_key(address)))

    def member_by_address(self, address: str) -> Member | None:
        """The member whose address, or one of whose other addresses, this is."""
        found = self.member_by_email(address)
        if found is None:
            key = self._index("member_other_address").get(email_key(address))
            found = self._load("members", key)
        return found

    def member_by_unsubscribe_key(self, key: str) -> Member | None:
        return self._load("members", self._index("unsubscribe_key").get(key.casefold()))

    # events --------------------------------------------------------------------
    def events(self) -> list[Event]:
        return sorted(self._all("events"), key=lambda e: e.start)

    def event(self, event_id: str) -> Event | None:
        return self._load("events", event_id)

    def event_by_uid(self, uid: str) -> Event | None:
        return self._load("events", self._index("event_uid").get(uid))

    # topics --------------------------------------------------------------------
    def topics(self) -> list[Topic]:
        return self._all("topics")

    def topic(self, topic_id: str) -> Topic | None:
        return self._load("topics", topic_id)

    def topic_by_title(self, title: str) -> Topic | None:
        return self._load("topics", self._index("topic_title").get(topic_key(title)))

    # answers -------------------------------------------------------------------
    def _answer_docs(self, event_id: str) -> Iterable[dict[str, Any]]:
        """The answers to one event, as documents."""
        return [doc for doc in self._docs("rsvps") if doc["event_id"] == event_id]

    def rsvps(self, *, event_id: str | None = None, member_id: str | None = None) -> list[Rsvp]:
        docs = self._docs("rsvps") if event_id is None else self._answer_docs(event_id)
        return [
            Rsvp.from_dict(doc)
            for doc in docs
            if (event_id is None or doc["event_id"] == event_id)
            and (member_id is None or doc["member_id"] == member_id)
        ]

    def latest_answers(self) -> dict[str, LatestAnswer]:
        """Each member's most recent answer to any event, without parsing whole answers."""
        latest: dict[str, tuple[str, str, str, str]] = {}
        for answer in self._answer_fields():
            seen = latest.get(answer[0])
            if seen is None or _later(answer[3], seen[3]):
                latest[answer[0]] = answer
        return {
            member_id: LatestAnswer(event_id, value, datetime.fromisoformat(at))
            for member_id, event_id, value, at in latest.values()
        }

    def rsvp(self, event_id: str, member_id: str) -> Rsvp | None:
        return self._load("rsvps", _rsvp_key(event_id, member_id))

    def places_taken(self, event_id: str) -> int:
        """Places confirmed yes-answers take (members and guests), without parsing."""
        return sum(_party(doc) for doc in self._answer_docs(event_id))

    def waitlist_in_order(self, event_id: str) -> list[Waiting]:
        """Who waits for a place, first come first, without parsing whole answers."""
        return sorted(_waiting_entry(doc) for doc in self._waitlist_docs(event_id).values())

    def _waitlist_docs(self, event_id: str) -> dict[str, dict[str, Any]]:
        return {_key_of("rsvps", doc): doc for doc in self._answer_docs(event_id) if _waiting(doc)}

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
        return [
            OutgoingMessage.from_dict(doc)
            for doc in self._docs("outbox")
            if (event_id is None or doc.get("event_id") == event_id)
            and (kind is None or doc["kind"] == str(kind))
            and (wanted is None or doc["state"] in wanted)
            and (member_id is None or doc["member_id"] == member_id)
        ]

    def outgoing(self, outbox_id: str) -> OutgoingMessage | None:
        return self._load("outbox", outbox_id)

    def outgoing_by_reply_key(self, key: str) -> OutgoingMessage | None:
        return self._load("outbox", self._index("reply_key").get(key.casefold()))

    def outgoing_by_message_id(self, message_id: str) -> OutgoingMessage | None:
        return self._load("outbox", self._index("out_message_id").get(message_id.strip()))

    # inbox and review -----------------------------------------------------------
    def inbox(self) -> list[InboxEntry]:
        return sorted(self._all("inbox"), key=lambda e: e.processed_at)

    def inbox_entry(self, message_id: str) -> InboxEntry | None:
        return self._load("inbox", message_id)

    def review_items(self, *, include_resolved: bool = False) -> list[ReviewItem]:
        items = [r for r in self._all("review") if include_resolved or not r.resolved]
        return sorted(items, key=lambda r: r.created)

    def review_item(self, item_id: str) -> ReviewItem | None:
        return self._load("review", item_id)

    def examples(self) -> list[Example]:
        """Settled replies remembered as precedents, oldest first."""
        return sorted(self._all("examples"), key=lambda x: x.created)

    def example(self, example_id: str) -> Example | None:
        return self._load("examples", example_id)


def _index_keys(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """An index key function gives one key, several (a tuple) or none."""
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


_INDEXES: dict[str, tuple[str, Callable[[dict[str, Any]], str | tuple[str, ...] | None]]] = {
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
    """A waitlisted answer; ordered first come first (a tuple: sorted by the thousand)."""

    since: datetime
    member_id: str
    party_if_confirmed: int


def _waiting(doc: dict[str, Any] | None) -> bool:
    return doc is not None and doc.get("answer") == "yes" and bool(doc.get("waitlisted"))


class _AnswerFields(msgspec.Struct):
    member_id: str
    event_id: str
    answer: str
    updated_at: str


class _MemberFields(msgspec.Struct):
    id: str
    email: str
    name: str = ""
    language: str | None = None
    status: str = "active"


_ANSWER = msgspec.json.Decoder(_AnswerFields)
_MEMBER = msgspec.json.Decoder(_MemberFields)


def _answer_tuple(doc: dict[str, Any]) -> tuple[str, str, str, str]:
    return doc["member_id"], doc["event_id"], doc["answer"], doc["updated_at"]


def _member_tuple(doc: dict[str, Any]) -> tuple[Any, ...]:
    return (
        doc["id"],
        doc["email"],
        doc.get("name", ""),
        doc.get("language"),
        doc.get("status", "active"),
    )


def _later(a: str, b: str) -> bool:
    """Is ISO timestamp ``a`` after ``b``?"""
    if len(a) == len(b) and a[-6:] == b[-6:]:
        return a > b  # same layout and offset: the text orders like the time
    return datetime.fromisoformat(a) > datetime.fromisoformat(b)


def _waiting_entry(doc: dict[str, Any]) -> Waiting:
    return Waiting(
        datetime.fromisoformat(doc["updated_at"]), doc["member_id"], 1 + int(doc.get("guests") or 0)
    )


def _party(doc: dict[str, Any] | None) -> int:
    if doc is None or doc.get("answer") != "yes" or doc.get("waitlisted"):
        return 0
    return 1 + int(doc.get("guests") or 0)


def _key_of(table: str, doc: dict[str, Any]) -> str:
    if table == "rsvps":
        return _rsvp_key(doc["event_id"], doc["member_id"])
    if table == "inbox":
        return str(doc["message_id"])
    return str(doc["id"])


class View(Reader):
    """A read-only snapshot; cheap to take, never changes under the caller."""

    def __init__(self, data: Data) -> None:
        self._data = data
        self._indexes: dict[str, dict[str, str]] = {}
        self._parsed: dict[str, list[Any]] = {}
        self._answers: dict[tuple[str | None, str | None], list[Rsvp]] = {}

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        return document(table, self._data.get(table, {}), key)

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        return documents(table, self._data.get(table, {})).values()

    def _answer_docs(self, event_id: str) -> Iterable[dict[str, Any]]:
        # an answer's key starts with its event's id: only that event's
        # documents are parsed, which is what the dashboard needs at start
        table = self._data.get("rsvps", {})
        prefix = f"{event_id}:"
        docs = (document("rsvps", table, key) for key in list(table) if key.startswith(prefix))
        return [doc for doc in docs if doc is not None and doc["event_id"] == event_id]

    def member_summaries(self) -> list[MemberSummary]:
        rows = some_fields("members", self._data.get("members", {}), _MEMBER, _member_tuple)
        return [MemberSummary.from_fields(*row) for row in rows]

    def _answer_fields(self) -> list[tuple[str, str, str, str]]:
        return some_fields("rsvps", self._data.get("rsvps", {}), _ANSWER, _answer_tuple)

    def count_members(self, status: str) -> int:
        # A line the file holds unparsed can only have that status if it holds
        # the quoted word (somek writes statuses as plain ASCII strings): only
        # those lines are parsed, to make sure
        table = self._data.get("members", {})
        word = orjson.dumps(status).decode()
        return sum(
            (document("members", table, key) or {}).get("status") == status
            for key, doc in list(table.items())
            if type(doc) is not str or word in doc
        )

    def _index(self, name: str) -> dict[str, str]:
        if name not in self._indexes:
            table, key_fn = _INDEXES[name]
            index: dict[str, str] = {}
            for key, doc in documents(table, self._data.get(table, {})).items():
                for value in _index_keys(key_fn(doc)):
                    index.setdefault(value, key)
            self._indexes[name] = index
        return self._indexes[name]

    def _all(self, table: str) -> list[Any]:
        # parsed once per snapshot: the UI lists the same tables again and again
        if table not in self._parsed:
            self._parsed[table] = super()._all(table)
        return list(self._parsed[table])

    def rsvps(self, *, event_id: str | None = None, member_id: str | None = None) -> list[Rsvp]:
        # a snapshot never changes: the dashboard and detail screens ask for the
        # same event's answers several times per refresh
        key = (event_id, member_id)
        if key not in self._answers:
            self._answers[key] = super().rsvps(event_id=event_id, member_id=member_id)
        return list(self._answers[key])

    def counts(self) -> dict[str, int]:
        return {name: len(self._data.get(name, {})) for name in TABLES}


class Carried(NamedTuple):
    """What a transaction worked out about its data, for the next one on the result."""

    indexes: dict[str, dict[str, str]]
    places: dict[str, int]
    waiting: dict[str, dict[str, dict[str, Any]]]
    queue: dict[str, list[Waiting]]


class Transaction(View):
    """A :class:`View` plus changes; the store writes them once at the end."""

    def __init__(self, data: Data) -> None:
        super().__init__(data)
        self._changes: dict[str, dict[str, dict[str, Any] | None]] = {}
        self._places: dict[str, int] = {}
        self._waiting: dict[str, dict[str, dict[str, Any]]] = {}
        self._queue: dict[str, list[Waiting]] = {}
        # (table, key, was already changed, document before) while a savepoint is open
        self._undo: list[tuple[str, str, bool, dict[str, Any] | None]] | None = None

    def _waitlist_docs(self, event_id: str) -> dict[str, dict[str, Any]]:
        # like places_taken: found once, then kept current by _set
        if event_id not in self._waiting:
            self._waiting[event_id] = super()._waitlist_docs(event_id)
        return self._waiting[event_id]

    def waitlist_in_order(self, event_id: str) -> list[Waiting]:
        # sorted once, then kept in order by _set: promotions ask after every answer
        if event_id not in self._queue:
            self._queue[event_id] = super().waitlist_in_order(event_id)
        return list(self._queue[event_id])

    def places_taken(self, event_id: str) -> int:
        # counted once, then kept current by _set: a sync recording thousands of
        # answers must not rescan the table for each one
        if event_id not in self._places:
            self._places[event_id] = super().places_taken(event_id)
        return self._places[event_id]

    def _doc(self, table: str, key: str) -> dict[str, Any] | None:
        changed = self._changes.get(table)
        if changed is not None and key in changed:
            return changed[key]
        return super()._doc(table, key)

    def _docs(self, table: str) -> Iterable[dict[str, Any]]:
        changed = self._changes.get(table)
        if not changed:
            return super()._docs(table)
        base = documents(table, self._data.get(table, {}))
        merged = {k: v for k, v in base.items() if k not in changed}
        merged.update({k: v for k, v in changed.items() if v is not None})
        return merged.values()

    def _answer_docs(self, event_id: str) -> Iterable[dict[str, Any]]:
        changed = self._changes.get("rsvps")
        if not changed:
            return super()._answer_docs(event_id)
        docs = {_key_of("rsvps", doc): doc for doc in super()._answer_docs(event_id)}
        for key, doc in changed.items():
            if doc is None:
                docs.pop(key, None)
            elif doc["event_id"] == event_id:
                docs[key] = doc
        return list(docs.values())

    def _set(self, table: str, key: str, doc: dict[str, Any] | None) -> None:
        old = self._doc(table, key)
        if self._undo is not None:
            self._undo.append((table, key, key in self._changes.get(table, {}), old))
        if table == "rsvps":
            event_id = (doc or old or {}).get("event_id")
            if event_id in self._places:
                self._places[event_id] += _party(doc) - _party(old)
            if event_id in self._waiting:
                if _waiting(doc):
                    self._waiting[event_id][key] = doc  # type: ignore[assignment]
                else:
                    self._waiting[event_id].pop(key, None)
            queue = self._queue.get(event_id)  # type: ignore[arg-type]
            if queue is not None:
                if old is not None and _waiting(old):
                    entry = _waiting_entry(old)
                    at = bisect.bisect_left(queue, entry)
                    if at < len(queue) and queue[at] == entry:
                        del queue[at]
                if doc is not None and _waiting(doc):
                    bisect.insort(queue, _waiting_entry(doc))
        self._changes.setdefault(table, {})[key] = doc
        for name, (index_table, key_fn) in _INDEXES.items():
            if index_table != table or name not in self._indexes:
                continue
            index = self._indexes[name]
            for value in _index_keys(key_fn(old)) if old is not None else ():
                if index.get(value) == key:
                    del index[value]
            for value in _index_keys(key_fn(doc)) if doc is not None else ():
                index.setdefault(value, key)

    def _all(self, table: str) -> list[Any]:
        # fresh objects: callers change and put them back
        return Reader._all(self, table)

    def rsvps(self, *, event_id: str | None = None, member_id: str | None = None) -> list[Rsvp]:
        return Reader.rsvps(self, event_id=event_id, member_id=member_id)

    def count_members(self, status: str) -> int:
        return Reader.count_members(self, status)  # with this transaction's changes

    def member_summaries(self) -> list[MemberSummary]:
        return Reader.member_summaries(self)

    def _answer_fields(self) -> list[tuple[str, str, str, str]]:
        return Reader._answer_fields(self)

    @property
    def changed(self) -> bool:
        return any(self._changes.values())

    def carry(self) -> Carried:
        """What this transaction worked out (indexes, places, waitlists), kept current.

        After the transaction is written, it describes the data the changes led to;
        :meth:`adopt` hands it to the next transaction on exactly that data.
        """
        return Carried(self._indexes, self._places, self._waiting, self._queue)

    def adopt(self, carried: Carried) -> None:
        """Start from ``carried`` instead of working it out again; before any change."""
        self._indexes, self._places, self._waiting, self._queue = carried

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """Changes made inside are taken back if it raises; the transaction goes on.

        Undone change by change through ``_set``, so the running counts and
        indexes stay true; costs nothing while nothing fails.
        """
        outer: list[tuple[str, str, bool, dict[str, Any] | None]] | None = self._undo
        undo: list[tuple[str, str, bool, dict[str, Any] | None]] = []
        self._undo = undo
        try:
            yield
        except BaseException:
            self._undo = None
            for table, key, had, old in reversed(undo):
                self._set(table, key, old)
                if not had:
                    del self._changes[table][key]
            self._undo = outer
            raise
        self._undo = outer
        if outer is not None:
            outer.extend(undo)

    # writing ---------------------------------------------------------------------
    def put(self, record: Record) -> None:
        table, key = record_key(record)
        self._set(table, key, record.to_dict())

    def put_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.put(record)

    def delete(self, record: Record) -> None:
        table, key = record_key(record)
        self._set(table, key, None)

    def next_id(self, table: str) -> str:
        """A short, never reused id such as ``m24``."""
        meta = self.meta()
        counters = dict(meta.get("counters", {}))
        number = int(counters.get(table, 0)) + 1
        counters[table] = number
        meta["counters"] = counters
        self._set(META, META, meta)
        return f"{ID_PREFIX[table]}{number}"

    def set_state(self, key: str, value: Any) -> None:
        meta = self.meta()
        state = dict(meta.get("state", {}))
        state[key] = value
        meta["state"] = state
        self._set(META, META, meta)

    def changes(self) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
        """Every change as (table, key, new document or None for a deletion)."""
        for table_name, changes in self._changes.items():
            for key, doc in changes.items():
                yield table_name, key, doc

    def changed_tables(self) -> Iterator[tuple[str, list[str], list[tuple[str, dict[str, Any]]]]]:
        """Per table: the keys whose old documents go, and the documents that come."""
        for table_name, changes in self._changes.items():
            if not changes:
                continue
            existing = self._data.get(table_name, {})
            gone = [key for key in changes if key in existing]
            docs = [(key, doc) for key, doc in changes.items() if doc is not None]
            yield table_name, gone, docs
