"""An evening's people from its detail screen: host, speakers, contributors, asking by mail.

Mixed into :class:`~somek_tui.screens.event_detail.EventDetailScreen`, which
holds the bindings; every change goes through the events and contributions
services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from somek_tui.i18n import _
from somek_tui.models import Event, EventKind
from somek_tui.screens.choose import ChooseScreen
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.people_form import Field, FormValues, PeopleFormScreen
from somek_tui.services.event_people import set_contributor, set_host, set_speaker
from somek_tui.support.year import ask_role, confirmed_word

if TYPE_CHECKING:
    from somek_tui.screens.base import SectionScreen

    _Base = SectionScreen
else:
    _Base = object


class EventPeopleActions(_Base):
    """Needs ``event_id`` and ``_current()`` from the screen it is mixed into."""

    event_id: str

    if TYPE_CHECKING:

        def _current(self) -> Event | None: ...

    # people ------------------------------------------------------------------------
    def _event_of_kind(self, kind: EventKind, what: str) -> Event | None:
        event = self._current()
        if event is not None and event.kind is not kind:
            other = _("expert talks") if kind is EventKind.TALK else _("theme evenings")
            self.notify(
                _("{what} is only for {other}.").format(what=what, other=other),
                severity="warning",
                markup=False,
            )
            return None
        return event

    def _member_options(self) -> list[tuple[str, str]]:
        members = sorted(self.ws.store.read().members(), key=lambda m: m.display_name.casefold())
        return [(m.id, f"{m.display_name} <{m.email}>") for m in members if m.mailable]

    def _saved(self, note: str | None) -> None:
        self.reload()
        if note:
            self.notify(note, markup=False)

    def action_host(self) -> None:
        event = self._event_of_kind(EventKind.TALK, _("A host"))
        if event is None:
            return
        host = event.host

        def save(values: FormValues) -> str:
            with self.ws.store.transaction() as tx:
                changed = set_host(
                    tx,
                    self.event_id,
                    organisation=values.text["organisation"],
                    address=values.text["address"],
                    contact=values.text["contact"],
                    confirmed=values.confirmed,
                )
            assert changed.host is not None
            return _("Host: {organisation} ({state})").format(
                organisation=changed.host.organisation, state=confirmed_word(changed.host.confirmed)
            )

        fields = [
            Field(
                "organisation", _("Organisation"), host.organisation if host else "", "Domblick PR"
            ),
            Field("address", _("Address"), host.address if host else "", "Am Hof 20, Köln"),
            Field("contact", _("Contact"), host.contact if host else "", "Jana Becker"),
        ]
        confirmed = host.confirmed if host else False
        self.app.push_screen(
            PeopleFormScreen(
                _("Host of {id}").format(id=event.id), fields, save, confirmed=confirmed
            ),
            self._saved,
        )

    def action_speaker(self) -> None:
        event = self._event_of_kind(EventKind.TALK, _("A speaker"))
        if event is None:
            return

        def save(values: FormValues) -> str:
            with self.ws.store.transaction() as tx:
                set_speaker(
                    tx,
                    self.event_id,
                    name=values.text["name"],
                    talk_title=values.text["talk"] or None,
                    email=values.text["email"] or None,
                    confirmed=values.confirmed,
                )
            return _("Speaker {name} ({state})").format(
                name=values.text["name"], state=confirmed_word(values.confirmed)
            )

        speaker = event.speakers[0] if len(event.speakers) == 1 else None
        fields = [
            Field("name", _("Name (the same name again updates)"), "", "Jana Becker"),
            Field("talk", _("Talk title"), "", "TikTok für B2B"),
            Field("email", _("E-mail"), "", "jana@domblick.example"),
        ]
        if speaker is not None:
            fields = [
                Field("name", fields[0].label, speaker.name, fields[0].hint),
                Field("talk", _("Talk title"), speaker.talk_title, fields[1].hint),
                Field("email", _("E-mail"), speaker.email or "", fields[2].hint),
            ]
        self.app.push_screen(
            PeopleFormScreen(
                _("Speaker at {id}").format(id=event.id),
                fields,
                save,
                confirmed=speaker.confirmed if speaker else False,
            ),
            self._saved,
        )

    def action_contributor(self) -> None:
        event = self._event_of_kind(EventKind.ROUNDTABLE, _("A prepared contribution"))
        if event is None:
            return

        def chosen(member_id: str | None) -> None:
            if member_id:
                self._contributor_form(event, member_id)

        self.app.push_screen(
            ChooseScreen(_("Who prepares a contribution?"), self._member_options()), chosen
        )

    def _contributor_form(self, event: Event, member_id: str) -> None:
        current = next((c for c in event.contributors if c.member_id == member_id), None)
        member = self.ws.store.read().member(member_id)
        name = member.display_name if member else member_id

        def save(values: FormValues) -> str:
            with self.ws.store.transaction() as tx:
                set_contributor(
                    tx,
                    self.event_id,
                    member_id,
                    subject=values.text["subject"],
                    confirmed=values.confirmed,
                )
            return _("Contributor {name} ({state})").format(
                name=name, state=confirmed_word(values.confirmed)
            )

        fields = [
            Field("subject", _("Subject"), current.subject if current else "", "Community-Regeln")
        ]
        self.app.push_screen(
            PeopleFormScreen(
                _("{name} prepares for {id}").format(name=name, id=event.id),
                fields,
                save,
                confirmed=current.confirmed if current else False,
            ),
            self._saved,
        )

    # asking by mail ----------------------------------------------------------------
    def action_ask(self) -> None:
        event = self._current()
        if event is None:
            return
        role = ask_role(event.kind)
        what = _("give the talk") if role == "talk" else _("prepare a contribution")

        def chosen(member_id: str | None) -> None:
            if member_id:
                self._ask_form(member_id, role, what)

        self.app.push_screen(
            ChooseScreen(_("Ask whom to {what}?").format(what=what), self._member_options()), chosen
        )

    def _ask_form(self, member_id: str, role: str, what: str) -> None:
        member = self.ws.store.read().member(member_id)
        if member is None:
            return
        label = _("Talk title") if role == "talk" else _("Theme of the contribution")

        def entered(values: FormValues) -> str:
            return values.text["subject"]  # may be empty: the mail then names no subject

        def subject_given(subject: str | None) -> None:
            if subject is None:
                return

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self._send_ask(member_id, role, subject)

            about = _(" on “{subject}”").format(subject=subject) if subject else ""
            self.app.push_screen(
                ConfirmScreen(
                    _("Ask {display_name} by mail?").format(display_name=member.display_name),
                    _(
                        "A request to {what}{about} goes to {email}; they are put on the evening "
                        "unconfirmed until they reply."
                    ).format(what=what, about=about, email=member.email),
                    yes=_("Send request"),
                ),
                confirmed,
            )

        self.app.push_screen(
            PeopleFormScreen(
                _("Ask {display_name} to {what}").format(
                    display_name=member.display_name, what=what
                ),
                [Field("subject", label, "", _("may stay empty"))],
                entered,
                action=_("Next"),
            ),
            subject_given,
        )

    def _send_ask(self, member_id: str, role: str, subject: str) -> None:
        from somek_tui.services.contributions import ask, parse_role

        record = self.write(
            lambda tx: ask(
                tx,
                self.event_id,
                member_id,
                parse_role(role),
                subject=subject,
                now=self.ws.now(),
                domain=self.ws.settings.organizer.domain,
            )
        )
        if record is not None:
            self.deliver_ask(record.id, record.recipient)

    @work(exclusive=True, group="ask")
    async def deliver_ask(self, record_id: str, recipient: str) -> None:
        from somek_tui.services.outbox import deliver

        try:
            summary = await deliver(self.ws, [record_id])
        except Exception as exc:  # a server problem must end in a message, not a crash
            self.notify(
                _("The request was not sent: {exc} (retry from the outbox)").format(exc=exc),
                severity="error",
                markup=False,
            )
            return
        self.reload()
        if summary.sent:
            self.notify(_("Request sent to {recipient}.").format(recipient=recipient), markup=False)
        else:
            error = summary.failures[0][1] if summary.failures else "unknown error"
            self.notify(
                _("The request to {recipient} was not sent: {error}").format(
                    recipient=recipient, error=error
                ),
                severity="error",
                markup=False,
            )
