"""``invite``, ``remind``, ``notify``, ``preview`` and ``outbox`` on the command line.

With no settings file mail goes to a Maildir next to the database, so these
run with no server at all, as a newcomer would first try them.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from icalendar import Calendar
from support.cli import assert_clean_error, run_somek
from support.workspace import NOW, populate

from somek_tui.models import Answer, AnswerSource, Speaker
from somek_tui.services.rsvps import set_answer
from somek_tui.store import Store


def outbox_files(db: Path) -> list[Path]:
    folder = db.parent / "outbox" / "new"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_invite_writes_one_mail_per_member_into_the_outbox_maildir(db_path: Path) -> None:
    populate(Store.open(db_path), members=3)
    run = run_somek("invite", "e1", db=db_path)
    assert run.code == 0, run.err
    assert run.err.strip() == "3 sent, 0 skipped, 0 failed"
    assert run.out == ""  # quiet: the summary goes to stderr
    assert len(outbox_files(db_path)) == 3


def test_invite_dry_run_prints_and_records_nothing(db_path: Path) -> None:
    populate(Store.open(db_path), members=2)
    before = db_path.read_bytes()
    run = run_somek("invite", "e1", "--dry-run", db=db_path)
    assert run.code == 0
    assert "To: anna@example.org" in run.out
    assert "Hallo Anna Schmitz" in run.out
    assert db_path.read_bytes() == before
    assert outbox_files(db_path) == []


def test_invite_only_the_named_members(db_path: Path) -> None:
    populate(Store.open(db_path), members=3)
    run_somek("invite", "e1", "--member", "joerg@example.org", db=db_path)
    assert len(outbox_files(db_path)) == 1
    run = run_somek("invite", "e1", db=db_path)
    assert run.err.strip() == "2 sent, 1 skipped, 0 failed"


def test_invite_of_an_unknown_event_is_a_clear_error(db_path: Path) -> None:
    populate(Store.open(db_path), members=1)
    assert_clean_error(run_somek("invite", "e42", db=db_path), contains="no event 'e42'")


def test_invite_of_a_draft_asks_to_announce_it_first(db_path: Path) -> None:
    populate(Store.open(db_path), members=1)
    run_somek(
        "event", "add", "--title", "Entwurf", "--start", "2027-03-25 19:00", "--draft", db=db_path
    )
    assert_clean_error(run_somek("invite", "e2", db=db_path), contains="draft")


def test_remind_goes_only_to_yes_and_maybe(db_path: Path) -> None:
    store = Store.open(db_path)
    members, event = populate(store, members=4)
    run_somek("invite", "e1", db=db_path)
    with store.transaction() as tx:
        for member, answer in zip(members, [Answer.YES, Answer.MAYBE, Answer.NO], strict=False):
            set_answer(
                tx,
                event=event,
                member=member,
                answer=answer,
                source=AnswerSource.EMAIL,
                message_id=None,
                now=NOW,
            )
    run = run_somek("remind", "e1", db=db_path)
    assert run.err.strip() == "2 sent, 0 skipped, 0 failed"
    reminders = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in outbox_files(db_path)
    ]
    reminders = [m for m in reminders if m["X-Somek-Kind"] == "reminder"]
    assert sorted(str(m["To"].addresses[0].addr_spec) for m in reminders) == [
        "anna@example.org",
        "joerg@example.org",
    ]
    assert all(m["Auto-Submitted"] == "auto-generated" for m in reminders)
    assert run_somek("remind", "e1", db=db_path).err.strip().startswith("0 sent")


def test_notify_after_a_change_sends_a_calendar_update_with_a_higher_sequence(
    db_path: Path,
) -> None:
    populate(Store.open(db_path), members=2)
    run_somek("invite", "e1", db=db_path)
    run_somek("event", "edit", "e1", "--venue", "Stadtbibliothek", db=db_path)
    assert run_somek("notify", "e1", db=db_path).err.strip() == "2 sent, 0 skipped, 0 failed"
    assert run_somek("notify", "e1", db=db_path).err.strip().startswith("0 sent")
    updates = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in outbox_files(db_path)
    ]
    changed = [m for m in updates if m["X-Somek-Kind"] == "changed"]
    assert len(changed) == 2
    ics = next(p for p in changed[0].iter_parts() if p.get_content_type() == "text/calendar")
    vevent = next(iter(Calendar.from_ical(ics.get_payload(decode=True)).walk("VEVENT")))
    assert int(vevent["SEQUENCE"]) == 1
    assert "Stadtbibliothek" in str(vevent["LOCATION"])


def test_notify_after_cancelling_sends_a_calendar_cancel(db_path: Path) -> None:
    populate(Store.open(db_path), members=1)
    run_somek("invite", "e1", db=db_path)
    run_somek("event", "cancel", "e1", db=db_path)
    run_somek("notify", "e1", db=db_path)
    cancel = next(
        m
        for m in (
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in outbox_files(db_path)
        )
        if m["X-Somek-Kind"] == "cancelled"
    )
    ics = next(p for p in cancel.iter_parts() if p.get_content_type() == "text/calendar")
    assert Calendar.from_ical(ics.get_payload(decode=True))["METHOD"] == "CANCEL"


def test_preview_shows_text_and_calendar_and_records_nothing(db_path: Path) -> None:
    populate(Store.open(db_path), members=3)
    before = db_path.read_bytes()
    run = run_somek("preview", "e1", "--member", "emily@example.org", db=db_path)
    assert run.code == 0, run.err
    assert "Hi Emily Clarke" in run.out
    assert "METHOD: REQUEST" in run.out
    assert db_path.read_bytes() == before


def test_preview_writes_an_eml_a_mail_client_can_open(db_path: Path, tmp_path: Path) -> None:
    populate(Store.open(db_path), members=1)
    target = tmp_path / "invitation.eml"
    assert run_somek("preview", "e1", "--eml", str(target), db=db_path).code == 0
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("Einladung")


def test_outbox_lists_failed_mail_and_retry_sends_it(db_path: Path) -> None:
    store = Store.open(db_path)
    populate(store, members=2)
    run_somek("invite", "e1", db=db_path)
    with store.transaction() as tx:
        record = tx.outbox()[0]
        record.state = record.state.FAILED
        record.last_error = "421 try later"
        tx.put(record)
    listed = json.loads(run_somek("outbox", "--json", db=db_path).out)
    assert [(r["to"], r["state"], r["last_error"]) for r in listed] == [
        ("anna@example.org", "failed", "421 try later")
    ]
    run = run_somek("outbox", "retry", db=db_path)
    assert run.err.strip() == "1 sent, 0 skipped, 0 failed"
    assert json.loads(run_somek("outbox", "--json", db=db_path).out) == []


def test_a_template_error_in_an_override_is_a_clear_error(db_path: Path) -> None:
    populate(Store.open(db_path), members=1)
    override = db_path.parent / "templates" / "de"
    override.mkdir(parents=True)
    (override / "invitation.subject.j2").write_text("{{ no_such_thing }}", encoding="utf-8")
    run = run_somek("preview", "e1", db=db_path)
    assert_clean_error(run, contains="invitation.subject.j2")


def test_the_invitation_names_only_speakers_and_contributors_who_said_yes(db_path: Path) -> None:
    store = Store.open(db_path)
    _, event = populate(store, members=3, kind="talk")
    with store.transaction() as tx:
        talk = tx.event(event.id)
        assert talk is not None
        talk.speakers = [
            Speaker(name="Dr. Miriam Albers", talk_title="Reichweite", confirmed=True),
            Speaker(name="Noch Offen", talk_title="Vielleicht", confirmed=False),
        ]
        tx.put(talk)
    text = run_somek("preview", "e1", db=db_path).out
    assert "Dr. Miriam Albers" in text
    assert "Noch Offen" not in text


def test_a_newly_confirmed_speaker_is_news_for_notify(db_path: Path) -> None:
    populate(Store.open(db_path), members=2, kind="talk")
    run_somek("invite", "e1", db=db_path)
    run_somek("event", "speaker", "e1", "--name", "Noch Offen", db=db_path)  # not confirmed yet
    assert run_somek("notify", "e1", db=db_path).err.strip().startswith("0 sent")
    run_somek("event", "speaker", "e1", "--name", "Noch Offen", "--confirmed", db=db_path)
    assert run_somek("notify", "e1", db=db_path).err.strip() == "2 sent, 0 skipped, 0 failed"
    changed = [
        m
        for m in (
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in outbox_files(db_path)
        )
        if m["X-Somek-Kind"] == "changed"
    ]
    ics = next(p for p in changed[0].iter_parts() if p.get_content_type() == "text/calendar")
    vevent = next(iter(Calendar.from_ical(ics.get_payload(decode=True)).walk("VEVENT")))
    assert "Noch Offen" in str(vevent["DESCRIPTION"])
