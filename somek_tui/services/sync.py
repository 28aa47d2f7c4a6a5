"""``somek sync``: read the inbox, record what replies say, move them out of the way.

One pass, safe to repeat and safe to kill at any point:

* Only one sync runs at a time (``<db>.sync.lock``, never waited for).
* Messages are handled in the inbox's fetch batches. For each batch every
  message is analysed (in a big inbox by a helper process reading ahead) and
  decided, then all its effects (inbox entries, review items, answers,
  topics, status changes, queued acknowledgements) are written in **one**
  transaction, appended to the journal as one all-or-nothing group and folded
  into ``db.json`` at the end of the pass; only then are the handled messages moved to
  ``imap.processed_folder`` and the review ones handed to ``move_review``
  (review items stay in the inbox unless ``imap.review_folder`` is set), and
  only after that does the folder's last UID advance (written with a later
  batch, or at the end). Recorded batches move together in groups of about
  ``MOVE_GROUP`` messages (and at the end of the pass); in a pass of more
  than one group they move on a second IMAP connection, on a thread, while
  the first reads on and the next batches are recorded.
* A message whose Message-ID is already in the inbox log is never applied
  again: the same copy (a run killed between recording and moving) is just
  moved; another copy is logged once as ``duplicate`` under
  ``"<message-id>#<copy>"``. After a UIDVALIDITY change the whole folder is
  read again and the Message-ID decides what is new.
* Acknowledgements, waitlist and promotion notices are queued with the batch
  and delivered after the last batch, together with any a killed run left queued.
  A pass tells each member, per event, what holds after the last of their
  messages in it: a notice still queued from earlier in the pass is brought
  up to date rather than joined by a second one, and withdrawn when the new
  state needs none (a waitlisted member who then declines hears nothing).

The environment variable ``SOMEK_SYNC_STOP_AT`` (``point`` or ``point:n``)
ends the process at a named point, for the kill-and-rerun tests: ``analysed``,
``recorded``, ``moving``, ``moved``, ``delivering``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from mail.analysis import Analysis, analyse, analyse_all
from mail.inbox_factory import open_inbox
from mail.inbox_thread import InboxThread
from mail.incoming import FetchedMessage, InboxError, InboxSource
from somek_tui.models import (
    Event,
    InboxEntry,
    InboxOutcome,
    InvalidInput,
    MailKind,
    Member,
    OutboxState,
    OutgoingMessage,
    ReviewItem,
)
from somek_tui.services.classify import RECORDING, Decision, Effects, apply_decision, decide
from somek_tui.services.joining import expire_pending
from somek_tui.services.matching import match_reply
from somek_tui.services.outbox import deliver, queue_message
from somek_tui.services.work_ahead import WorkAhead
from somek_tui.store import Reader, Transaction
from somek_tui.workspace import Workspace

log = logging.getLogger("somek.sync")

# Recorded messages are moved in groups of about this many: a server spends
# much of a MOVE on the command itself (a local Dovecot moves 5,000 messages
# in commands of 500 in about 60% of the time it takes in commands of 100).
MOVE_GROUP = 500

STOP_ENV = "SOMEK_SYNC_STOP_AT"
STOP_EXIT = 75
NOTICE_KINDS = (MailKind.ACKNOWLEDGEMENT, MailKind.WAITLISTED, MailKind.PROMOTED)
IGNORED = (InboxOutcome.AUTO_REPLY, InboxOutcome.BOUNCE, InboxOutcome.DUPLICATE)
# A helper process reads replies once this many have come in: a usual cron
# pass (a few replies) never pays for a second interpreter.
ANALYSE_HELPER_FROM = 100

Progress = Callable[[int], None]  # messages handled so far
T = TypeVar("T")


class SyncBusy(InvalidInput):
    """Another ``somek sync`` holds the lock."""


@dataclass
class SyncSummary:
    answers: int = 0
    topics: int = 0
    review: int = 0
    ignored: int = 0  # auto-replies, bounces, duplicates
    unsubscribed: int = 0
    resumed: int = 0  # recorded by an earlier, interrupted run; only moved now
    sent: int = 0  # acknowledgements and notices delivered
    expired: int = 0  # join requests erased unconfirmed
    errors: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    dry_run: bool = False

    def count(self, outcome: InboxOutcome) -> None:
        if outcome in (InboxOutcome.ANSWER, InboxOutcome.ANSWER_TOPIC):
            self.answers += 1
        if outcome in (InboxOutcome.TOPIC, InboxOutcome.ANSWER_TOPIC):
            self.topics += 1
        if outcome is InboxOutcome.REVIEW:
            self.review += 1
        elif outcome is InboxOutcome.UNSUBSCRIBE:
            self.unsubscribed += 1
        elif outcome in IGNORED:
            self.ignored += 1

    def line(self) -> str:
        parts = [
            _plural(self.answers, "answer"),
            _plural(self.topics, "topic"),
            f"{self.review} for review",
            f"{self.ignored} ignored",
        ]
        if self.unsubscribed:
            parts.append(f"{self.unsubscribed} unsubscribed")
        if self.resumed:
            parts.append(f"{self.resumed} finished from an earlier run")
        if self.sent:
            parts.append(f"{self.sent} sent")
        if self.expired:
            parts.append(f"{self.expired} join requests expired")
        text = ", ".join(parts)
        return f"dry run: would record {text}" if self.dry_run else text

    def as_dict(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "topics": self.topics,
            "review": self.review,
            "ignored": self.ignored,
            "unsubscribed": self.unsubscribed,
            "resumed": self.resumed,
            "sent": self.sent,
            "expired": self.expired,
            "errors": list(self.errors),
            "messages": list(self.lines),
            "dry_run": self.dry_run,
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------- kill points

_stops: Counter[str] = Counter()


def _checkpoint(name: str) -> None:
    wanted = os.environ.get(STOP_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _stops[name] += 1
    if _stops[name] >= int(nth or 1):
        os._exit(STOP_EXIT)


# --------------------------------------------------------------------------- entry points


def sync_lock(ws: Workspace) -> FileLock:
    path = ws.store.path.with_name(ws.store.path.name + ".sync.lock")
    return FileLock(str(path), timeout=0)


def run_sync(
    ws: Workspace,
    *,
    dry_run: bool = False,
    verbose_lines: list[str] | None = None,
    progress: Progress | None = None,
) -> SyncSummary:
    """One pass over the inbox. Raises :class:`SyncBusy` or an ``InboxError``."""
    summary = SyncSummary(dry_run=dry_run)
    lock = sync_lock(ws)
    try:
        lock.acquire()
    except Timeout:
        raise SyncBusy(f"another somek sync is running ({lock.lock_file})") from None
    try:
        if not dry_run:
            _expire(ws, summary)
        _Pass(ws, summary, dry_run, verbose_lines, progress).run()
        if not dry_run:
            _checkpoint("delivering")
            _deliver_notices(ws, summary)
            # the pass's journal lines go into db.json once, with the notices'
            # (sending folds too; this is for a pass with nothing to send)
            ws.store.fold_journal()
    finally:
        lock.release()
    return summary


def _expire(ws: Workspace, summary: SyncSummary) -> None:
    """Erase join requests nobody confirmed in time, before any reply is read."""
    with ws.store.transaction() as tx:
        gone = expire_pending(tx, now=ws.now(), days=ws.settings.series.join_request_days)
    summary.expired += len(gone)
    for member in gone:
        summary.lines.append(f"{member.email}: join request expired unconfirmed, erased")


def check_imap(ws: Workspace) -> str:
    """Connect, log in and select the folder; a line saying what was found."""
    imap = ws.settings.imap
    with open_inbox(ws.settings) as inbox:
        if imap.transport == "maildir":
            count = sum(1 for _ in inbox.fetch(after_uid=None))
            return f"Maildir {imap.maildir}: {count} messages waiting"
        return (
            f"{imap.host}:{imap.port}: logged in as {imap.credentials.username}, "
            f"{imap.folder} selected (UIDVALIDITY {inbox.uidvalidity})"
        )


def _deliver_notices(ws: Workspace, summary: SyncSummary) -> None:
    """Send queued acknowledgements and notices, including a killed run's leftovers."""
    view = ws.store.read()
    ids = [r.id for r in view.outbox(states=[OutboxState.QUEUED]) if r.kind in NOTICE_KINDS]
    if not ids:
        return
    try:
        sent = asyncio.run(deliver(ws, ids))
    except Exception as exc:
        summary.errors.append(f"sending acknowledgements failed: {exc}")
        return
    summary.sent += sent.sent
    for address, error in sent.failures:
        summary.errors.append(f"could not send to {address}: {error}")


# --------------------------------------------------------------------------- one pass


@dataclass
class _Planned:
    """What became of one message in a batch."""

    ref: str
    outcome: InboxOutcome
    line: str
    resumed: bool = False

    @property
    def to_review(self) -> bool:
        return self.outcome is InboxOutcome.REVIEW


class _MessageFailed(Exception):
    def __init__(self, index: int, reason: str) -> None:
        super().__init__(reason)
        self.index = index
        self.reason = reason


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _same_copy(entry: InboxEntry, fetched: FetchedMessage) -> bool:
    if fetched.maildir_key is not None:
        return entry.maildir_key == fetched.maildir_key
    return (entry.uidvalidity, entry.uid) == (fetched.uidvalidity, fetched.uid)


def _copy_name(fetched: FetchedMessage) -> str:
    if fetched.maildir_key is not None:
        return fetched.maildir_key
    return f"{fetched.uidvalidity}:{fetched.uid}"


# (UIDVALIDITY, highest UID) of moved messages; None for a Maildir or no UIDs
_Moved = tuple[int, int] | None


def _move(planned: list[_Planned], last_uid: int | None, inbox: InboxSource) -> _Moved:
    """Move recorded messages; the UID they reached, for an inbox with UIDs."""
    done = [p.ref for p in planned if not p.to_review]
    review = [p.ref for p in planned if p.to_review]
    if done:
        if (os.environ.get(STOP_ENV) or "").startswith("moving") and len(done) > 1:
            half = len(done) // 2
            inbox.move_processed(done[:half])
            _checkpoint("moving")
            inbox.move_processed(done[half:])
        else:
            inbox.move_processed(done)
    if review:
        inbox.move_review(review)
    _checkpoint("moved")
    if last_uid is None or inbox.uidvalidity is None:
        return None
    return (inbox.uidvalidity, last_uid)


class _Pass:
    def __init__(
        self,
        ws: Workspace,
        summary: SyncSummary,
        dry_run: bool,
        verbose_lines: list[str] | None,
        progress: Progress | None,
    ) -> None:
        self.ws = ws
        self.settings = ws.settings
        self.summary = summary
        self.dry_run = dry_run
        self.verbose_lines = verbose_lines
        self.progress = progress
        imap = ws.settings.imap
        who = imap.credentials.username if imap.transport == "imap" else str(imap.maildir)
        self.state_key = f"sync:{imap.transport}:{who}@{imap.host}/{imap.folder}"
        self.renumbered = False
        self.pending_uid: tuple[int, int] | None = None  # (uidvalidity, last uid) moved
        self.seen: set[str] = set()  # Message-IDs met in this pass
        # member id -> the event (or None) their acknowledgement in this pass is about
        self.acknowledged: dict[str, str | None] = {}
        # (member id, event id or None) -> the notice queued for them in this pass
        self.notices: dict[tuple[str, str | None], str] = {}
        self.handled = 0
        self.movers = contextlib.ExitStack()
        self.mover: InboxThread[_Moved] | None = None
        self.unmoved: list[_Planned] = []  # recorded, to be moved with the next group
        self.unmoved_uid: int | None = None
        self.mover_tried = False

    # -- the loop ---------------------------------------------------------------

    def run(self) -> None:
        with open_inbox(self.settings) as inbox, contextlib.ExitStack() as movers:
            self.movers = movers
            after = self._start(inbox)
            size = max(1, self.settings.imap.batch_size)
            # reading a reply is pure CPU work: in a big inbox a helper process
            # reads ahead while this one records and moves
            analysed = WorkAhead(
                ((fetched, fetched.raw) for fetched in inbox.fetch(after_uid=after)),
                remote=analyse_all,
                here=analyse,
                start_after=ANALYSE_HELPER_FROM,
                chunk=50,
                ahead=2 * size,
                wait_for_started=True,
            )
            try:
                for batch in _batches(analysed, size):
                    self._batch(inbox, batch)
                self._move_recorded(self.mover, inbox)
            finally:
                analysed.close()
                if self.mover is not None:
                    self.mover.close()  # what was recorded is moved even when the pass fails
            if self.mover is not None:
                self._moved(self.mover.finish())
        if self.pending_uid is not None and not self.dry_run:
            with self.ws.store.transaction(journaled=True) as tx:
                self._fold_uid(tx)

    def _move_behind(self, inbox: InboxSource) -> InboxThread[_Moved] | None:
        """A second connection that moves while this one reads on, opened on first need.

        Moving waits for the server; behind, the wait overlaps with recording
        the next batches. Without one (a Maildir, a refused login) this
        connection moves, in turn.
        """
        if self.mover is not None or self.mover_tried or inbox.uidvalidity is None:
            return self.mover
        self.mover_tried = True  # one try per pass
        second = open_inbox(self.settings)
        try:
            self.movers.enter_context(second)
        except InboxError as exc:
            log.info("moving on the reading connection: a second one failed: %s", exc)
            return None
        if second.uidvalidity != inbox.uidvalidity:
            return None  # renumbered between the two logins: the next pass sorts it out
        self.mover = self.movers.enter_context(InboxThread[_Moved](second, name="somek-move"))
        return self.mover

    def _start(self, inbox: InboxSource) -> int | None:
        validity = inbox.uidvalidity
        if validity is None:
            return None
        state = self.ws.store.read().state(self.state_key) or {}
        if state.get("uidvalidity") == validity:
            last = state.get("last_uid")
            return int(last) if last is not None else None
        # a new UIDVALIDITY (or a first run): read everything, the Message-ID decides
        self.renumbered = state.get("uidvalidity") is not None
        return None

    def _fold_uid(self, tx: Transaction) -> None:
        if self.pending_uid is None:
            return
        validity, last = self.pending_uid
        tx.set_state(self.state_key, {"uidvalidity": validity, "last_uid": last})
        self.pending_uid = None

    def _emit(self, line: str) -> None:
        self.summary.lines.append(line)
        if self.verbose_lines is not None:
            self.verbose_lines.append(line)

    # -- a batch ----------------------------------------------------------------

    def _batch(
        self, inbox: InboxSource, read: list[tuple[FetchedMessage, Analysis | Exception]]
    ) -> None:
        analysed: list[tuple[FetchedMessage, Analysis]] = []
        for fetched, analysis in read:
            if isinstance(analysis, Exception):
                raise analysis  # analyse() never raises: this is a bug, not a message
            analysed.append((fetched, analysis))
        batch = [fetched for fetched, _ in analysed]
        _checkpoint("analysed")
        if self.dry_run:
            self._preview(analysed)
            return
        if self.mover is not None:
            self._moved(self.mover.completed())
        forced: dict[int, str] = {}
        while True:
            seen_before = set(self.seen)
            acked_before = dict(self.acknowledged)
            notices_before = dict(self.notices)
            try:
                # appended to the journal: rewriting db.json for every batch
                # would cost more with each batch; the pass folds it at the end
                with self.ws.store.transaction(journaled=True) as tx:
                    self._fold_uid(tx)
                    now = self.ws.now()
                    planned = [
                        self._record(tx, index, fetched, analysis, forced, now)
                        for index, (fetched, analysis) in enumerate(analysed)
                    ]
                break
            except _MessageFailed as failed:
                # nothing of the batch was written; again, with that message for review
                forced[failed.index] = failed.reason
                self.seen, self.acknowledged = seen_before, acked_before
                self.notices = notices_before
        _checkpoint("recorded")
        self.unmoved += planned
        uids = [f.uid for f in batch if f.uid is not None]
        if uids:
            self.unmoved_uid = max(uids)
        if len(self.unmoved) >= MOVE_GROUP or os.environ.get(STOP_ENV):
            # (a run stopped at named points moves each batch on its own)
            self._move_recorded(self._move_behind(inbox) if self.handled else None, inbox)
        for item in planned:
            if item.resumed:
                self.summary.resumed += 1
            else:
                self.summary.count(item.outcome)
            self._emit(item.line)
        self.handled += len(batch)
        if self.progress is not None:
            self.progress(self.handled)

    def _move_recorded(self, mover: InboxThread[_Moved] | None, inbox: InboxSource) -> None:
        """Move what was recorded and is not moved yet: behind, on ``mover``, or here."""
        if not self.unmoved:
            return
        move = partial(_move, self.unmoved, self.unmoved_uid)
        self.unmoved, self.unmoved_uid = [], None
        if mover is None:
            self._moved([move(inbox)])
        else:
            mover.submit(move)

    def _moved(self, done: list[_Moved]) -> None:
        """The folder's last UID is remembered only once what precedes it has moved."""
        for moved in done:
            if moved is not None:
                self.pending_uid = moved

    # -- one message ------------------------------------------------------------

    def _record(
        self,
        tx: Transaction,
        index: int,
        fetched: FetchedMessage,
        analysis: Analysis,
        forced: dict[int, str],
        now: datetime,
    ) -> _Planned:
        mid = analysis.message_id
        entry = tx.inbox_entry(mid)
        if entry is not None:
            return self._known(tx, fetched, analysis, entry, now)
        self.seen.add(mid)
        if index in forced:
            decision = Decision(InboxOutcome.REVIEW, reason=forced[index])
        else:
            decision = self._decide(tx, analysis, now)
        try:
            effects = apply_decision(
                tx,
                decision,
                message_id=mid,
                wording=_wording(analysis, decision),
                now=now,
                decided_here=True,
            )
            self._notify(tx, decision, effects, now)
        except Exception as exc:
            raise _MessageFailed(index, f"could not record: {type(exc).__name__}: {exc}") from exc
        self._log(tx, fetched, analysis, decision, now, key=mid)
        return _Planned(fetched.ref, decision.outcome, self._line(analysis, decision))

    def _decide(self, view: Reader, analysis: Analysis, now: datetime) -> Decision:
        try:
            trusted = self.settings.imap.trusted_authserv_id
            match = match_reply(
                analysis, view, self.settings.organizer, now, trusted_authserv_id=trusted
            )
            return decide(analysis, match, view, self.settings.organizer, now)
        except Exception as exc:  # one odd message must not stop the pass
            return Decision(
                InboxOutcome.REVIEW, reason=f"could not handle: {type(exc).__name__}: {exc}"
            )

    def _known(
        self,
        tx: Transaction,
        fetched: FetchedMessage,
        analysis: Analysis,
        entry: InboxEntry,
        now: datetime,
    ) -> _Planned:
        mid = analysis.message_id
        if _same_copy(entry, fetched):
            return _Planned(
                fetched.ref, entry.outcome, f"{mid}: already recorded as {entry.outcome}",
                resumed=True,
            )  # fmt: skip
        renumbered = (
            self.renumbered
            and mid not in self.seen
            and fetched.uidvalidity is not None
            and entry.uidvalidity is not None
            and entry.uidvalidity != fetched.uidvalidity
        )
        self.seen.add(mid)
        if renumbered:
            # the same message under the folder's new UIDVALIDITY
            entry.uidvalidity, entry.uid = fetched.uidvalidity, fetched.uid
            tx.put(entry)
            return _Planned(
                fetched.ref, entry.outcome, f"{mid}: seen before ({entry.outcome})", resumed=True
            )
        key = f"{mid}#{_copy_name(fetched)}"
        copy = tx.inbox_entry(key)
        if copy is not None:
            return _Planned(fetched.ref, copy.outcome, f"{key}: already recorded", resumed=True)
        decision = Decision(
            InboxOutcome.DUPLICATE,
            reason=f"another copy of {mid}",
        )
        if entry.member_id:
            decision.member = tx.member(entry.member_id)
        self._log(tx, fetched, analysis, decision, now, key=key)
        return _Planned(fetched.ref, decision.outcome, self._line(analysis, decision))

    def _log(
        self,
        tx: Transaction,
        fetched: FetchedMessage,
        analysis: Analysis,
        decision: Decision,
        now: datetime,
        *,
        key: str,
    ) -> None:
        member = decision.member
        event_id = decision.event.id if decision.event is not None else None
        tx.put(
            InboxEntry(
                message_id=key,
                outcome=decision.outcome,
                reason=decision.reason,
                member_id=member.id if member else None,
                member_email=member.email if member else None,
                event_id=event_id,
                reply_text=analysis.text,
                sender=analysis.sender,
                subject=analysis.subject,
                folder=self.settings.imap.folder,
                uidvalidity=fetched.uidvalidity,
                uid=fetched.uid,
                maildir_key=fetched.maildir_key,
                received_at=fetched.internal_date or analysis.date,
                processed_at=now,
            )
        )
        if decision.outcome is InboxOutcome.REVIEW:
            tx.put(
                ReviewItem(
                    id=tx.next_id("review"),
                    message_id=key,
                    sender=analysis.sender,
                    subject=analysis.subject,
                    reason=decision.reason,
                    text=analysis.text,
                    quoted=analysis.quoted,
                    member_id=member.id if member else None,
                    event_id=event_id,
                    created=now,
                )
            )

    def _line(self, analysis: Analysis, decision: Decision) -> str:
        who = decision.member.email if decision.member else analysis.sender or "unknown sender"
        what = decision.outcome.value
        if decision.answer is not None:
            what += f" {decision.answer.value}"
            if decision.guests:
                what += f" +{decision.guests}"
        if decision.reason:
            what += f" ({decision.reason})"
        prefix = "would record " if self.dry_run else ""
        return f"{analysis.message_id} from {who}: {prefix}{what}"

    # -- notices ------------------------------------------------------------------

    def _notify(self, tx: Transaction, decision: Decision, effects: Effects, now: datetime) -> None:
        """Queue the acknowledgement (at most one per member and pass) and promotions.

        What a pass tells a member about an event is what holds after the last
        of their messages in it: a notice still queued from earlier in the
        pass is brought up to date instead of a second one being queued, and
        withdrawn when the new state needs none.
        """
        answer = effects.answer
        event = decision.event
        if answer is not None and event is not None:
            for promoted in answer.promoted:
                other = tx.member(promoted.member_id)
                if other is not None and other.mailable:
                    waited = self._withdraw_notice(tx, other.id, event.id)
                    told = _merged_context(waited, {"rsvp": _rsvp_context(promoted)})
                    self._queue_notice(tx, other, MailKind.PROMOTED, event, told, now)
        earlier: dict[str, Any] = {}
        if answer is not None and answer.changed and event is not None:
            # what this pass told the member about their earlier answer no longer holds
            earlier = self._withdraw_notice(tx, answer.rsvp.member_id, event.id)
        if decision.outcome not in RECORDING or decision.member is None:
            return
        if decision.join or decision.commitment is not None:
            return  # no RSVP to acknowledge; the organizer follows up in person
        about = event.id if event is not None else None
        if self.acknowledged.get(decision.member.id, about) != about:
            return  # acknowledged about another event in this pass already
        waitlisted = answer is not None and answer.changed and answer.waitlisted
        if not (self.settings.replies.acknowledge or waitlisted):
            return
        # read last, and as recorded by this message (it may have unsubscribed)
        member = tx.member(decision.member.id)
        if member is None or not member.mailable:
            return
        extra: dict[str, Any] = {
            "noted_topics": [t.title for t in effects.topics],
            "noted_votes": [t.title for t in effects.voted],
        }
        if answer is not None:
            extra["rsvp"] = _rsvp_context(answer.rsvp)
        kind = MailKind.WAITLISTED if waitlisted else MailKind.ACKNOWLEDGEMENT
        self._queue_notice(tx, member, kind, event, _merged_context(earlier, extra), now)
        self.acknowledged[member.id] = about

    def _queue_notice(
        self,
        tx: Transaction,
        member: Member,
        kind: MailKind,
        event: Event | None,
        extra: dict[str, Any],
        now: datetime,
    ) -> None:
        key = (member.id, event.id if event is not None else None)
        queued = self._queued_notice(tx, key)
        if queued is None:
            record = queue_message(
                tx, member=member, kind=kind, event=event, now=now,
                domain=self.settings.organizer.domain, extra=extra,
            )  # fmt: skip
            self.notices[key] = record.id
            return
        # the answer is as the queued notice says (a change withdraws it first):
        # it stays that kind of notice and takes in what this message noted
        queued.context = _merged_context(queued.context, extra)
        tx.put(queued)

    def _withdraw_notice(self, tx: Transaction, member_id: str, event_id: str) -> dict[str, Any]:
        """Take back this pass's queued notice to a member about an event; what it said."""
        queued = self._queued_notice(tx, (member_id, event_id))
        if queued is None:
            return {}
        tx.delete(queued)
        del self.notices[(member_id, event_id)]
        return queued.context

    def _queued_notice(
        self, tx: Transaction, key: tuple[str, str | None]
    ) -> OutgoingMessage | None:
        """This pass's notice to a member about an event, if it is still waiting to go out."""
        outbox_id = self.notices.get(key)
        record = tx.outgoing(outbox_id) if outbox_id is not None else None
        if record is None or record.state is not OutboxState.QUEUED:
            self.notices.pop(key, None)
            return None
        return record

    # -- dry run --------------------------------------------------------------------

    def _preview(self, analysed: list[tuple[FetchedMessage, Analysis]]) -> None:
        view = self.ws.store.read()
        now = self.ws.now()
        for fetched, analysis in analysed:
            entry = view.inbox_entry(analysis.message_id)
            if entry is not None or analysis.message_id in self.seen:
                if entry is not None and _same_copy(entry, fetched):
                    self.summary.resumed += 1
                    self._emit(f"{analysis.message_id}: already recorded, would be moved")
                    continue
                decision = Decision(InboxOutcome.DUPLICATE, reason="seen before")
            else:
                decision = self._decide(view, analysis, now)
            self.seen.add(analysis.message_id)
            self.summary.count(decision.outcome)
            self._emit(self._line(analysis, decision))
        self.handled += len(analysed)
        if self.progress is not None:
            self.progress(self.handled)


def _wording(analysis: Analysis, decision: Decision) -> str:
    """The words the consent log quotes; for bare mail to the unsubscribe address, the subject."""
    if analysis.text.strip() or decision.outcome is not InboxOutcome.UNSUBSCRIBE:
        return analysis.text
    return f"(subject) {analysis.subject}" if analysis.subject else ""


def _merged_context(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """``new``, keeping the topics and votes ``old`` noted (and its answer if ``new`` has none)."""
    merged = {**old, **new}
    for name in ("noted_topics", "noted_votes"):
        earlier = list(old.get(name, []))
        merged[name] = earlier + [title for title in new.get(name, []) if title not in earlier]
    return merged


def _rsvp_context(rsvp: Any) -> dict[str, Any]:
    return {"answer": rsvp.answer.value, "guests": rsvp.guests, "waitlisted": rsvp.waitlisted}


__all__ = ["STOP_ENV", "InboxError", "SyncBusy", "SyncSummary", "check_imap", "run_sync"]
