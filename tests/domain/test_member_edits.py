"""Editing a member: what may change, and that a status change is kept on record."""

from __future__ import annotations

import pytest
from support.workspace import NOW, populate

from somek_tui.models import ConsentHow, MemberStatus
from somek_tui.services.members import DuplicateMember, edit_member
from somek_tui.store import Store


def test_a_status_change_is_logged_as_a_consent_step(store: Store) -> None:
    members, _ = populate(store, members=1)
    with store.transaction() as tx:
        edit_member(
            tx,
            members[0].id,
            email=members[0].email,
            name="Anna S.",
            language="en",
            status="unsubscribed",
            now=NOW,
        )
    anna = store.read().member(members[0].id)
    assert anna is not None
    assert (anna.name, anna.language.value, anna.status) == (
        "Anna S.",
        "en",
        MemberStatus.UNSUBSCRIBED,
    )
    assert anna.consent[-1].how is ConsentHow.UNSUBSCRIBED


def test_an_edit_to_another_members_address_is_refused(store: Store) -> None:
    members, _ = populate(store, members=2)
    with pytest.raises(DuplicateMember), store.transaction() as tx:
        edit_member(
            tx,
            members[0].id,
            email=members[1].email.upper(),
            name="",
            language="de",
            status="active",
            now=NOW,
        )
    assert store.read().member(members[0].id).email == members[0].email  # type: ignore[union-attr]
