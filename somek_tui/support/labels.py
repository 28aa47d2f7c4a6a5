"""Stored values (answers, states, kinds) in the words the organizer reads.

The database keeps the English values; only what is shown is translated.
"""

from __future__ import annotations

from somek_tui.i18n import N_, _

VALUES = frozenset(
    {
        # answers and where they came from
        N_("yes"), N_("no"), N_("maybe"), N_("waitlist"),
        N_("email"), N_("calendar"), N_("organizer"),
        # events
        N_("talk"), N_("roundtable"), N_("draft"), N_("announced"), N_("cancelled"), N_("done"),
        # members
        N_("active"), N_("unsubscribed"), N_("bouncing"), N_("pending"),
        # topics
        N_("proposed"), N_("shortlisted"), N_("scheduled"), N_("merged"),
        # the outbox
        N_("queued"), N_("sending"), N_("sent"), N_("failed"),
        # what sync made of a message
        N_("answer"), N_("topic"), N_("answer+topic"), N_("auto_reply"), N_("bounce"),
        N_("unsubscribe"), N_("review"), N_("duplicate"), N_("dismissed"),
        # mail kinds
        N_("invitation"), N_("reminder"), N_("changed"), N_("acknowledgement"),
        N_("waitlisted"), N_("promoted"), N_("join_confirm"), N_("contribution_request"),
        N_("thanks"),
        # filters and sort orders of the attendee list
        N_("all"), N_("name"), N_("updated"),
    }
)  # fmt: skip


def label(value: str) -> str:
    """``value`` as shown: translated when it is one of the stored words, else as it is."""
    return _(value) if value in VALUES else value
