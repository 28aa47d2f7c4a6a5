"""Join requests in the review queue: confirm one, and send the double opt-in mail.

The inbox screen builds on this; ``current_item`` is the review item it has
selected.
"""

from __future__ import annotations

from textual import work

from somek_tui.i18n import _
from somek_tui.models import ReviewItem
from somek_tui.screens.base import SectionScreen
from somek_tui.screens.confirm import ConfirmScreen


class JoinRequests(SectionScreen):
    """The ``j`` action of a screen that lists review items."""

    def current_item(self) -> ReviewItem | None:
        raise NotImplementedError

    def action_join_confirm(self) -> None:
        from somek_tui.services.joining import JOIN_REQUEST_REASON

        item = self.current_item()
        if item is None:
            self.notify(_("Nothing to review."), severity="warning")
            return
        if item.reason != JOIN_REQUEST_REASON:
            self.notify(
                _("{sender} is not asking to join.").format(sender=item.sender),
                severity="warning",
                markup=False,
            )
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._invite(item)

        self.app.push_screen(
            ConfirmScreen(
                _("Confirm {sender}'s join request?").format(sender=item.sender),
                _(
                    "{sender} is stored as pending and gets one mail to confirm by replying "
                    "(double opt-in); unconfirmed, the request expires."
                ).format(sender=item.sender),
                yes=_("Send confirmation"),
            ),
            confirmed,
        )

    def _invite(self, item: ReviewItem) -> None:
        from somek_tui.services.joining import invite_to_join

        organizer = self.ws.settings.organizer
        asked = self.write(
            lambda tx: invite_to_join(
                tx,
                item.sender,
                default_language=organizer.language,
                review_id=item.id,
                domain=organizer.domain,
                now=self.ws.now(),
            )
        )
        if asked is not None:
            self.send_join(asked.outgoing.id, asked.member.email)

    @work(exclusive=True, group="join")
    async def send_join(self, outbox_id: str, address: str) -> None:
        from somek_tui.services.joining import send_join_confirmations

        try:
            summary = await send_join_confirmations(self.ws, [outbox_id])
        except Exception as exc:  # a server problem: j on a new request, or the CLI, resends
            self.notify(
                _("The confirmation to {address} was not sent: {exc}").format(
                    address=address, exc=exc
                ),
                severity="error",
                markup=False,
            )
            return
        self.reload()
        if summary.sent:
            self.notify(
                _("Join confirmation sent to {address}.").format(address=address), markup=False
            )
        else:
            error = summary.failures[0][1] if summary.failures else _("unknown error")
            self.notify(
                _("The confirmation to {address} was not sent: {error}").format(
                    address=address, error=error
                ),
                severity="error",
                markup=False,
            )
