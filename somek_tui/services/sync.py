"""``somek sync``: read the inbox, record what replies say, move them out of the way.

One pass, one process, one connection; safe to repeat and safe to kill at any point:

1. Only one sync runs at a time (``<db>.sync.lock``, never waited for).
2. The inbox is read in its fetch batches (``imap.batch_size``). Each reply
   in a batch is read (pure functions in ``mail/``), matched and decided, and
   the whole batch's effects (inbox entries, review items, answers, topics,
   status changes, queued notices) are written in **one** transaction.
3. Only then is the batch moved, on the same connection: handled mail to
   ``imap.processed_folder``, mail for review to ``imap.review_folder``, so
   the next pass never reads either again.
4. The folder's last UID is saved with the next batch's transaction (or at
   the end): a kill before that only means the next pass meets messages it
   already knows, and moves them (see :mod:`somek_tui.services.sync_record`).
5. After the last batch the queued acknowledgements and notices go out,
   together with any a killed run left queued.

Kill points for the tests: :mod:`somek_tui.services.sync_stops`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from mail.inbox_factory import open_inbox
from mail.incoming import FetchedMessage, InboxError, InboxSource
from somek_tui.models import InboxOutcome, InvalidInput, MailKind, Member, MemberStatus, OutboxState
from somek_tui.services.retention import archive_old_records
from somek_tui.services.sync_lock import SyncLock, SyncLockHeld
from somek_tui.services.sync_stops import STOP_ENV, STOP_EXIT, checkpoint, stopping_at
from somek_tui.services.sync_summary import SyncSummary
from somek_tui.workspace import Workspace

if TYPE_CHECKING:
    from somek_tui.services.sync_record import Recorded, Recorder
    from somek_tui.store import Transaction

# Reading, deciding, recording and sending are imported when there is mail to
# handle: a cron pass over an empty inbox starts in about the time it takes to
# import imapclient.

Progress = Callable[[int], None]  # messages handled so far
NOTICE_KINDS = (MailKind.ACKNOWLEDGEMENT, MailKind.WAITLISTED, MailKind.PROMOTED)
T = TypeVar("T")


class SyncBusy(InvalidInput):
    """Another ``somek sync`` holds the lock."""


def sync_lock(ws: Workspace) -> SyncLock:
    return SyncLock(ws.store.path.with_name(ws.store.path.name + ".sync.lock"))


def run_sync(
    ws: Workspace,
    *,
    dry_run: bool = False,
    verbose_lines: list[str] | None = None,
    progress: Progress | None = None,
    inbox: InboxSource | None = None,
) -> SyncSummary:
    """One pass over the inbox. Raises :class:`SyncBusy` or an ``InboxError``.

    ``inbox``: an inbox already open (``sync --watch`` reads and waits on one
    connection); else the pass opens its own and closes it.
    """
    summary = SyncSummary(dry_run=dry_run)
    lock = sync_lock(ws)
    try:
        lock.acquire()
    except SyncLockHeld:
        raise SyncBusy(f"another somek sync is running ({lock.lock_file})") from None

    def emit(text: str) -> None:
        summary.lines.append(text)
        if verbose_lines is not None:
            verbose_lines.append(text)

    try:
        if dry_run:
            _preview(ws, summary, emit, progress)
            return summary
        _expire(ws, summary)
        with (
            contextlib.nullcontext(inbox) if inbox is not None else open_inbox(ws.settings) as open_
        ):
            _record_inbox(ws, open_, summary, emit, progress)
        checkpoint("delivering")
        _deliver_notices(ws, summary)
        archive_old_records(ws)
    finally:
        lock.release()
    return summary


def _record_inbox(
    ws: Workspace,
    inbox: InboxSource,
    summary: SyncSummary,
    emit: Callable[[str], None],
    progress: Progress | None,
) -> None:
    settings = ws.settings
    state_key = _state_key(ws)
    review_folder = settings.imap.review_folder
    handled = 0
    after, renumbered = _start(ws, inbox, state_key)
    recorder = None
    moved_up_to: dict[str, int] | None = None  # saved with the next transaction
    for batch in _batches(inbox.fetch(after_uid=after), settings.imap.batch_size):
        from somek_tui.services.sync_record import Recorder

        recorder = recorder or Recorder(settings, renumbered=renumbered)
        recorded = _record_batch(ws, recorder, batch, state_key, moved_up_to)
        moved_up_to = None
        checkpoint("recorded")
        _move(inbox, recorded)
        uids = [fetched.uid for fetched in batch if fetched.uid is not None]
        if uids and inbox.uidvalidity is not None:
            moved_up_to = {"uidvalidity": inbox.uidvalidity, "last_uid": max(uids)}
        for item in recorded:
            if item.resumed and item.outcome is InboxOutcome.REVIEW and not review_folder:
                continue  # left in the inbox for review on purpose: nothing new
            if item.resumed:
                summary.resumed += 1
            else:
                summary.count(item.outcome)
            emit(item.line)
        handled += len(batch)
        if progress is not None:
            progress(handled)
    if moved_up_to is not None:
        with ws.store.transaction() as tx:
            _save_uid(tx, state_key, moved_up_to)


def _record_batch(
    ws: Workspace,
    recorder: Recorder,
    batch: list[FetchedMessage],
    state_key: str,
    moved_up_to: dict[str, int] | None,
) -> list[Recorded]:
    """Read a batch and record it in one transaction (with the UID the last batch moved).

    A function of its own so the batch's transaction, with its copies of the
    changed tables, is gone before the next batch is fetched and read.
    """
    from mail.analysis import analyse

    read = [(fetched, analyse(fetched.raw)) for fetched in batch]
    checkpoint("analysed")
    with ws.store.transaction() as tx:
        _save_uid(tx, state_key, moved_up_to)
        now = ws.now()
        return [recorder.record(tx, fetched, found, now) for fetched, found in read]


def _move(inbox: InboxSource, recorded: list[Recorded]) -> None:
    """Move a recorded batch out of the inbox: handled mail and mail for review apart."""
    done = [r.ref for r in recorded if r.outcome is not InboxOutcome.REVIEW]
    review = [r.ref for r in recorded if r.outcome is InboxOutcome.REVIEW]
    if stopping_at("moving") and len(done) > 1:
        # a kill test stops halfway through a move
        inbox.move_processed(done[: len(done) // 2])
        checkpoint("moving")
        done = done[len(done) // 2 :]
    if done:
        inbox.move_processed(done)
    if review:
        inbox.move_review(review)
    checkpoint("moved")


def _state_key(ws: Workspace) -> str:
    imap = ws.settings.imap
    who = imap.credentials.username if imap.transport == "imap" else str(imap.maildir)
    return f"sync:{imap.transport}:{who}@{imap.host}/{imap.folder}"


def _start(ws: Workspace, inbox: InboxSource, state_key: str) -> tuple[int | None, bool]:
    """The UID to read after, and whether the folder was renumbered since the last pass."""
    validity = inbox.uidvalidity
    if validity is None:
        return None, False
    state = ws.store.read().state(state_key) or {}
    if state.get("uidvalidity") == validity:
        last = state.get("last_uid")
        return (int(last) if last is not None else None), False
    # a new UIDVALIDITY (or a first run): read everything, the Message-ID decides
    return None, state.get("uidvalidity") is not None


def _save_uid(tx: Transaction, state_key: str, moved_up_to: dict[str, int] | None) -> None:
    if moved_up_to is not None:
        tx.set_state(state_key, moved_up_to)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _expire(ws: Workspace, summary: SyncSummary) -> None:
    """Erase join requests nobody confirmed in time, before any reply is read."""
    if not ws.store.read().count_members(MemberStatus.PENDING.value):
        return
    from somek_tui.services.joining import expire_pending

    with ws.store.transaction() as tx:
        gone = expire_pending(tx, now=ws.now(), days=ws.settings.series.join_request_days)
    summary.expired += len(gone)
    for member in gone:
        summary.lines.append(f"{member.email}: join request expired unconfirmed, erased")


def _deliver_notices(ws: Workspace, summary: SyncSummary) -> None:
    """Send queued acknowledgements and notices, including a killed run's leftovers.

    A notice to someone who may no longer be mailed (who answered, then
    unsubscribed) is dropped: nothing the organizer needs to hear about.
    """
    view = ws.store.read()
    queued = [r for r in view.outbox(states=[OutboxState.QUEUED]) if r.kind in NOTICE_KINDS]
    unwanted = [r for r in queued if not _mailable(view.member(r.member_id))]
    if unwanted:
        with ws.store.transaction() as tx:
            for record in unwanted:
                tx.delete(record)
    ids = [r.id for r in queued if r not in unwanted]
    if not ids:
        return
    import asyncio

    from somek_tui.services.outbox import deliver

    try:
        # each notice is reported before its delivery is logged: a kill test stops there
        sent = asyncio.run(deliver(ws, ids, progress=lambda _done, _total: checkpoint("sent")))
    except Exception as exc:
        summary.errors.append(f"sending acknowledgements failed: {exc}")
        return
    summary.sent += sent.sent
    for address, error in sent.failures:
        summary.errors.append(f"could not send to {address}: {error}")


def _mailable(member: Member | None) -> bool:
    return member is not None and member.mailable


def _preview(
    ws: Workspace, summary: SyncSummary, emit: Callable[[str], None], progress: Progress | None
) -> None:
    """``--dry-run``: what a pass would record, from the current data; nothing changes."""
    from mail.analysis import analyse
    from somek_tui.services.classify import Decision
    from somek_tui.services.sync_record import Recorder, line, same_copy

    view = ws.store.read()
    now = ws.now()
    recorder = Recorder(ws.settings, renumbered=False)
    handled = 0
    with open_inbox(ws.settings) as inbox:
        after, _ = _start(ws, inbox, _state_key(ws))
        for fetched in inbox.fetch(after_uid=after):
            analysis = analyse(fetched.raw)
            mid = analysis.message_id
            entry = view.inbox_entry(mid)
            if entry is not None and same_copy(entry, fetched):
                summary.resumed += 1
                emit(f"{mid}: already recorded, would be moved")
            else:
                if entry is not None or mid in recorder.seen:
                    decision = Decision(InboxOutcome.DUPLICATE, reason="seen before")
                else:
                    decision = recorder.decide(view, analysis, now)
                summary.count(decision.outcome)
                emit(line(analysis, decision, dry_run=True))
            recorder.seen.add(mid)
            handled += 1
            if progress is not None:
                progress(handled)


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


__all__ = [
    "STOP_ENV",
    "STOP_EXIT",
    "InboxError",
    "SyncBusy",
    "SyncSummary",
    "check_imap",
    "run_sync",
    "sync_lock",
]
