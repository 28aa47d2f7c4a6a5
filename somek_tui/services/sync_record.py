"""Recording one reply inside a sync batch's transaction.

A message whose Message-ID is already in the inbox log is never applied
again: the same copy (a run killed between recording and moving) is just
moved; another copy is logged once as ``duplicate`` under
``"<message-id>#<copy>"``. After a UIDVALIDITY change the whole folder is
read again and the Message-ID decides what is new. A message whose effects
cannot be recorded goes to review on its own; the rest of its batch is not
touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mail.analysis import Analysis
from mail.incoming import FetchedMessage
from somek_tui.config import Settings
from somek_tui.models import InboxEntry, InboxOutcome, ReviewItem
from somek_tui.services.classify import Decision, apply_decision, decide
from somek_tui.services.matching import match_reply
from somek_tui.services.sync_notices import PassNotices
from somek_tui.store import Reader, Transaction


@dataclass
class Recorded:
    """What became of one message; ``ref`` is what the inbox moves."""

    ref: str
    outcome: InboxOutcome
    line: str
    resumed: bool = False  # recorded by an earlier run, only moved now


class Recorder:
    """Records the messages of one pass, remembering what the pass has met."""

    def __init__(self, settings: Settings, *, renumbered: bool) -> None:
        self.settings = settings
        self.renumbered = renumbered  # the folder's UIDVALIDITY changed since the last pass
        self.seen: set[str] = set()  # Message-IDs met in this pass
        self.notices = PassNotices(settings)

    def record(
        self, tx: Transaction, fetched: FetchedMessage, analysis: Analysis, now: datetime
    ) -> Recorded:
        mid = analysis.message_id
        entry = tx.inbox_entry(mid)
        if entry is not None:
            return self._known(tx, fetched, analysis, entry, now)
        self.seen.add(mid)
        decision = self.decide(tx, analysis, now)
        try:
            with tx.savepoint(), self.notices.attempt():
                effects = apply_decision(
                    tx, decision, message_id=mid, wording=wording(analysis, decision),
                    now=now, decided_here=True,
                )  # fmt: skip
                self.notices.after(tx, analysis, decision, effects, now)
        except Exception as exc:  # one message that cannot be recorded must not stop the pass
            decision = Decision(
                InboxOutcome.REVIEW, reason=f"could not record: {type(exc).__name__}: {exc}"
            )
        self._log(tx, fetched, analysis, decision, now, key=mid)
        return Recorded(fetched.ref, decision.outcome, line(analysis, decision))

    def decide(self, view: Reader, analysis: Analysis, now: datetime) -> Decision:
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
    ) -> Recorded:
        mid = analysis.message_id
        if same_copy(entry, fetched):
            said = f"{mid}: already recorded as {entry.outcome}"
            return Recorded(fetched.ref, entry.outcome, said, resumed=True)
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
            said = f"{mid}: seen before ({entry.outcome})"
            return Recorded(fetched.ref, entry.outcome, said, resumed=True)
        key = f"{mid}#{copy_name(fetched)}"
        copy = tx.inbox_entry(key)
        if copy is not None:
            return Recorded(fetched.ref, copy.outcome, f"{key}: already recorded", resumed=True)
        decision = Decision(InboxOutcome.DUPLICATE, reason=f"another copy of {mid}")
        if entry.member_id:
            decision.member = tx.member(entry.member_id)
        self._log(tx, fetched, analysis, decision, now, key=key)
        return Recorded(fetched.ref, decision.outcome, line(analysis, decision))

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
        if decision.outcome is InboxOutcome.REVIEW or decision.note:
            # everything settling needs is kept here: the message itself leaves the inbox;
            # a note (a stand-in named) asks the organizer beside the recorded answer
            tx.put(
                ReviewItem(
                    id=tx.next_id("review"),
                    message_id=key,
                    sender=analysis.sender,
                    subject=analysis.subject,
                    reason=decision.reason
                    if decision.outcome is InboxOutcome.REVIEW
                    else decision.note,
                    text=analysis.text,
                    quoted=analysis.quoted,
                    member_id=member.id if member else None,
                    event_id=event_id,
                    created=now,
                )
            )


def line(analysis: Analysis, decision: Decision, *, dry_run: bool = False) -> str:
    """One message and its outcome, for ``--verbose``."""
    who = decision.member.email if decision.member else analysis.sender or "unknown sender"
    what = decision.outcome.value
    if decision.answer is not None:
        what += f" {decision.answer.value}"
        if decision.guests:
            what += f" +{decision.guests}"
    if decision.reason:
        what += f" ({decision.reason})"
    if decision.note:
        what += f"; for review: {decision.note}"
    prefix = "would record " if dry_run else ""
    return f"{analysis.message_id} from {who}: {prefix}{what}"


def wording(analysis: Analysis, decision: Decision) -> str:
    """The words the consent log quotes; for bare mail to the unsubscribe address, the subject."""
    if analysis.text.strip() or decision.outcome is not InboxOutcome.UNSUBSCRIBE:
        return analysis.text
    return f"(subject) {analysis.subject}" if analysis.subject else ""


def same_copy(entry: InboxEntry, fetched: FetchedMessage) -> bool:
    if fetched.maildir_key is not None:
        return entry.maildir_key == fetched.maildir_key
    return (entry.uidvalidity, entry.uid) == (fetched.uidvalidity, fetched.uid)


def copy_name(fetched: FetchedMessage) -> str:
    if fetched.maildir_key is not None:
        return fetched.maildir_key
    return f"{fetched.uidvalidity}:{fetched.uid}"
