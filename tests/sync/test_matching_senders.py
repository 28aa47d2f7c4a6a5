"""Whose answer a reply is when key and sender disagree, or the sender is in doubt."""

from __future__ import annotations

from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to, reply

from mail.analysis import analyse
from somek_tui.services.matching import (
    UNKNOWN_ADDRESS,
    VIA_REPLY_KEY,
    VIA_SENDER,
    Match,
    match_reply,
)

TRUSTED = "mx.example.org"


def match(world: World, raw: bytes, trusted: str = TRUSTED) -> Match:
    return match_reply(
        analyse(raw),
        world.ws.store.read(),
        world.ws.settings.organizer,
        NOW,
        trusted_authserv_id=trusted,
    )


def email_of(found: Match) -> str | None:
    return found.member.email if found.member is not None else None


def give_other_address(world: World, member: str, address: str) -> None:
    with world.ws.store.transaction() as tx:
        found = tx.member_by_email(member)
        assert found is not None
        found.other_addresses.append(address)
        tx.put(found)


def test_a_key_used_from_another_members_address_goes_to_review(world: World) -> None:
    # Jörg got Anna's invitation forwarded and answered it
    raw = answer_to(world.sent["anna@example.org"], "Ja, ich komme.", sender="joerg@example.org")
    found = match(world, raw)
    assert (email_of(found), found.via) == ("anna@example.org", VIA_REPLY_KEY)
    assert "another member's address" in found.problem and "joerg@example.org" in found.problem


def test_a_key_used_from_an_unknown_address_asks_whether_it_is_the_members(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Ja.", sender="anna.privat@example.net")
    found = match(world, raw)
    assert email_of(found) == "anna@example.org"
    assert found.problem.startswith(UNKNOWN_ADDRESS)
    assert "anna.privat@example.net" in found.problem


def test_a_key_used_from_the_members_other_address_matches(world: World) -> None:
    give_other_address(world, "anna@example.org", "Anna.Privat@example.net")
    raw = answer_to(world.sent["anna@example.org"], "Ja.", sender="anna.privat@example.net")
    found = match(world, raw)
    assert (email_of(found), found.via, found.problem) == ("anna@example.org", VIA_REPLY_KEY, "")


def test_the_other_address_alone_matches_the_member(world: World) -> None:
    give_other_address(world, "anna@example.org", "anna.privat@example.net")
    found = match(world, reply("Ich komme!", sender="anna.privat@example.net"))
    assert (email_of(found), found.via, found.problem) == ("anna@example.org", VIA_SENDER, "")
    assert found.event is not None and found.event.id == world.event.id


def test_a_from_with_two_addresses_goes_to_review(world: World) -> None:
    raw = reply("Ja, ich komme.", sender="anna@example.org, mallory@example.net")
    found = match(world, raw)
    assert email_of(found) == "anna@example.org"
    assert "the From names 2 addresses" in found.problem


def test_a_from_with_two_addresses_and_the_key_goes_to_review(world: World) -> None:
    raw = answer_to(
        world.sent["anna@example.org"], "Ja.", sender="anna@example.org, joerg@example.org"
    )
    assert "the From names 2 addresses" in match(world, raw).problem


def auth(result: str, server: str = TRUSTED) -> dict[str, str]:
    return {"Authentication-Results": f"{server}; {result}"}


def test_a_members_address_failing_dmarc_at_the_trusted_server_goes_to_review(
    world: World,
) -> None:
    raw = reply(
        "Ja, ich komme.",
        sender="anna@example.org",
        headers=auth("spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=example.org"),
    )
    found = match(world, raw)
    assert email_of(found) == "anna@example.org"
    assert "dmarc=fail" in found.problem and "forged" in found.problem


def test_failing_spf_and_dkim_at_the_trusted_server_go_to_review(world: World) -> None:
    raw = reply("Ja.", sender="anna@example.org", headers=auth("spf=fail; dkim=fail"))
    assert "spf=fail and dkim=fail" in match(world, raw).problem
