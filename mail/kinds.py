"""The kinds of mail somek sends, and what each kind carries besides its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type only: reading a reply need not load the calendar library
    from mail.ical import Method

# The kinds of mail there are templates for (the application's mail kinds are
# string enums with these values).
INVITATION = "invitation"
REMINDER = "reminder"
CHANGED = "changed"
CANCELLED = "cancelled"
ACKNOWLEDGEMENT = "acknowledgement"
WAITLISTED = "waitlisted"
PROMOTED = "promoted"
JOIN_CONFIRM = "join_confirm"
CONTRIBUTION_REQUEST = "contribution_request"
THANKS = "thanks"
KINDS: tuple[str, ...] = (
    INVITATION,
    REMINDER,
    CHANGED,
    CANCELLED,
    ACKNOWLEDGEMENT,
    WAITLISTED,
    PROMOTED,
    JOIN_CONFIRM,
    CONTRIBUTION_REQUEST,
    THANKS,
)

# Which kinds carry a calendar object, and with which iTIP method. A reminder
# carries none: a second REQUEST would ask people who already answered again.
CALENDAR_METHOD: dict[str, Method] = {
    INVITATION: "REQUEST",
    CHANGED: "REQUEST",
    PROMOTED: "REQUEST",
    CANCELLED: "CANCEL",
}

# RFC 3834: "auto-replied" answers a message, "auto-generated" is sent by a
# process on its own. Invitations and other organizer-sent mail carry neither,
# since some clients hide or deprioritise automatic mail.
AUTO_SUBMITTED: dict[str, str] = {
    REMINDER: "auto-generated",
    ACKNOWLEDGEMENT: "auto-replied",
    WAITLISTED: "auto-replied",
    PROMOTED: "auto-replied",
    JOIN_CONFIRM: "auto-replied",
}


def kind_value(kind: str) -> str:
    return str(kind)  # a StrEnum prints as its value


__all__ = [
    "AUTO_SUBMITTED",
    "CALENDAR_METHOD",
    "CONTRIBUTION_REQUEST",
    "JOIN_CONFIRM",
    "KINDS",
    "THANKS",
    "kind_value",
]
