"""What the inbox shows of one reply waiting for review: who, why, and their words."""

from __future__ import annotations

from textual.content import Content

from somek_tui.i18n import _
from somek_tui.models import ReviewItem
from somek_tui.services.matching import UNKNOWN_ADDRESS
from somek_tui.support.plain import as_written, lines, shown
from somek_tui.support.reasons import shown as reason_shown


def review_text(item: ReviewItem, member: str) -> Content:
    """The item's message as the review pane shows it; ``member`` labels the member it names."""
    words = item.text.strip()
    parts = [
        shown(_("[b]From[/b] $sender"), sender=item.sender),
        shown(_("[b]Subject[/b] $subject"), subject=item.subject),
        shown(
            _("[b]Member[/b] $member  [b]Event[/b] $event"),
            member=member,
            event=item.event_id or _("— (assign one with a)"),
        ),
        shown("[$warning]$reason[/]", reason=reason_shown(item.reason)),
        *_alias_hint(item, member),
        as_written(""),
        as_written(words) if words else shown(_("[$text-muted](no text of their own)[/]")),
    ]
    if item.quoted.strip():
        parts += [as_written(""), shown("[dim italic]$quoted[/]", quoted=item.quoted.strip())]
    return lines(parts)


def _alias_hint(item: ReviewItem, member: str) -> list[Content]:
    """A reply key used from an unknown address: say what ``o`` would remember."""
    if not item.reason.startswith(UNKNOWN_ADDRESS):
        return []
    return [
        shown(
            _("[b]o[/b] remembers $sender as $member's other address"),
            sender=item.sender,
            member=member,
        )
    ]
