"""One mail as plain data, and its rendering.

Kept apart from the outbox: rendering needs no store and no transports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mail.compose import compose
from somek_tui.config import Settings
from somek_tui.models import Event, Member, OutgoingMessage, Topic


@dataclass(frozen=True)
class RenderJob:
    """Everything one mail is made of, as plain data.

    ``run`` names the mailing the job belongs to: jobs of one run come from
    one state of the database, so they may share a memo (see compose).
    """

    settings: Settings
    member: Member
    event: Event | None
    record: OutgoingMessage
    context: dict[str, Any]
    open_topics: list[Topic]
    contributors: list[tuple[str, str]]
    theme_topics: list[Topic]
    date: datetime
    run: str = ""


def render_job(job: RenderJob, memo: dict[Any, Any] | None = None) -> bytes:
    """The bytes of one mail; ``memo`` shared by the jobs of one run (see compose)."""
    context = dict(job.context)
    # a notice answering a member's reply carries what threads it under that reply
    in_reply_to = context.pop("in_reply_to", None)
    references = context.pop("references", ())
    return compose(
        job.record.kind,
        member=job.member,
        event=job.event,
        settings=job.settings,
        message_id=job.record.message_id,
        reply_key=job.record.reply_key,
        context_extra=context,
        open_topics=job.open_topics,
        contributors=job.contributors,
        theme_topics=job.theme_topics,
        date=job.date,
        memo=memo,
        in_reply_to=in_reply_to,
        references=references,
    )


__all__ = ["RenderJob", "render_job"]
