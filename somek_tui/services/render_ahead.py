"""Rendering a big mailing in a helper process while this one sends.

Rendering an invitation (templates, calendar, MIME) costs about as much CPU
as sending it. See :mod:`somek_tui.services.work_ahead` for how the helper
works ahead without ever holding the sender up.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from somek_tui.services.mail_jobs import RenderJob, render_job
from somek_tui.services.work_ahead import WorkAhead

T = TypeVar("T")

# Below this many messages a helper's start-up (a fresh interpreter importing
# the templates and calendar code) costs more than it saves.
HELPER_FROM = 200
CHUNK = 16  # jobs per hand-over: one wake-up and one pickle of the shared parts
AHEAD = 64  # jobs handed to the helper before their turn; bounds memory


def render_ahead(
    jobs: Iterable[tuple[T, RenderJob]],
    *,
    memo: dict[Any, Any],
    helper: bool,
    patience: float = 0.0,
) -> WorkAhead[T, RenderJob, bytes]:
    """``(item, bytes or exception)`` for each job, in order; ``helper``: start one now.

    ``memo`` is shared by the jobs rendered here (see compose); jobs of one
    run share their event parts, so a chunk pickles them once.
    """
    return WorkAhead(
        jobs,
        remote=_render_in_helper,
        here=lambda job: render_job(job, memo),
        start_after=0 if helper else -1,
        chunk=CHUNK,
        ahead=AHEAD,
        patience=patience,
    )


# The helper's memo is valid for one run only (jobs made from one state of
# the database); a job of another run starts it afresh.
_HELPER_MEMO: dict[Any, Any] = {}
_HELPER_RUN: list[str] = []


def _render_in_helper(jobs: list[RenderJob]) -> list[bytes]:
    out = []
    for job in jobs:
        if [job.run] != _HELPER_RUN:
            _HELPER_MEMO.clear()
            _HELPER_RUN[:] = [job.run]
        out.append(render_job(job, _HELPER_MEMO))
    return out
