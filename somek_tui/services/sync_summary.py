"""What one ``somek sync`` pass did, counted and said in one line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from somek_tui.i18n import _, ngettext
from somek_tui.models import InboxOutcome

IGNORED = (InboxOutcome.AUTO_REPLY, InboxOutcome.BOUNCE, InboxOutcome.DUPLICATE)


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

    @property
    def happened(self) -> bool:
        """Did the pass see or do anything at all? (cron stays silent when not)"""
        return bool(self.lines or self.sent or self.expired or self.resumed or self.errors)

    def line(self) -> str:
        parts = [
            ngettext("{n} answer", "{n} answers", self.answers).format(n=self.answers),
            ngettext("{n} topic", "{n} topics", self.topics).format(n=self.topics),
            _("{n} for review").format(n=self.review),
            _("{n} ignored").format(n=self.ignored),
        ]
        if self.unsubscribed:
            parts.append(_("{n} unsubscribed").format(n=self.unsubscribed))
        if self.resumed:
            parts.append(_("{n} finished from an earlier run").format(n=self.resumed))
        if self.sent:
            parts.append(_("{n} sent").format(n=self.sent))
        if self.expired:
            parts.append(
                ngettext(
                    "{n} join request expired", "{n} join requests expired", self.expired
                ).format(n=self.expired)
            )
        text = ", ".join(parts)
        return _("dry run: would record {text}").format(text=text) if self.dry_run else text

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
