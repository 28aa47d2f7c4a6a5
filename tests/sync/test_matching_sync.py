"""``somek sync`` on a Maildir inbox: doubtful senders go to review, nothing is recorded."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from support.cli import Run, run_somek
from support.workspace import NOW, write_config
from sync.conftest import World, build_world
from sync.replies import answer_to, reply

_names = itertools.count()
NOW_ISO = NOW.isoformat()


class Somek:
    """The real command on one world, with ``trusted_authserv_id`` set."""

    def __init__(self, world: World, base: Path) -> None:
        self.world = world
        self.inbox = Path(world.ws.settings.imap.maildir)
        self.config = write_config(
            base / "somek.toml",
            f'[imap]\ntransport = "maildir"\nmaildir = "{self.inbox}"\n'
            'trusted_authserv_id = "mx.example.org"\n'
            f'[smtp]\ntransport = "maildir"\nmaildir = "{world.outbox}"\n',
        )

    def __call__(self, *args: str, code: int = 0) -> Run:
        done = run_somek(
            *args, db=self.world.ws.store.path, config=self.config, env={"SOMEK_NOW": NOW_ISO}
        )
        assert done.code == code, done.err
        return done

    def drop(self, raw: bytes) -> None:
        for sub in ("new", "cur", "tmp"):
            (self.inbox / sub).mkdir(parents=True, exist_ok=True)
        (self.inbox / "new" / f"1700000000.M{next(_names)}P1.test").write_bytes(raw)

    def export(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self("export", "--json").out)
        return data

    def answers_of(self, address: str) -> list[dict[str, Any]]:
        return [r for r in self.export()["rsvps"] if r["member_email"] == address]


@pytest.fixture
def somek(tmp_path: Path) -> Somek:
    return Somek(build_world(tmp_path), tmp_path)


def only_review(somek: Somek) -> dict[str, Any]:
    review = somek.export()["review"]
    assert len(review) == 1, review
    item: dict[str, Any] = review[0]
    return item


def test_a_forwarded_invitation_answered_by_another_member_records_nothing(
    somek: Somek,
) -> None:
    sent = somek.world.sent["anna@example.org"]
    somek.drop(answer_to(sent, "Ja, ich komme.", sender="joerg@example.org"))
    somek("sync")
    assert "another member's address, joerg@example.org" in only_review(somek)["reason"]
    assert somek.answers_of("anna@example.org") == []
    assert somek.answers_of("joerg@example.org") == []


def test_a_from_with_two_addresses_records_nothing(somek: Somek) -> None:
    somek.drop(reply("Ja, ich komme.", sender="anna@example.org, mallory@example.net"))
    somek("sync")
    assert "the From names 2 addresses" in only_review(somek)["reason"]
    assert somek.answers_of("anna@example.org") == []


def test_a_forged_member_address_failing_dmarc_at_the_trusted_server_records_nothing(
    somek: Somek,
) -> None:
    somek.drop(
        reply(
            "Ja, ich komme mit zwei Gästen.",
            sender="anna@example.org",
            headers={
                # the forger's own header first, then the one the receiving server added
                "Authentication-Results": "mx.example.org; dmarc=pass",
                "X-Note": "forged",
            },
        ).replace(
            b"X-Note: forged",
            b"Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=evil.example;"
            b" dmarc=fail header.from=example.org",
        )
    )
    somek("sync")
    assert "dmarc=fail" in only_review(somek)["reason"]
    assert somek.answers_of("anna@example.org") == []


def test_a_key_from_an_unknown_address_is_settled_as_the_members_other_address(
    somek: Somek,
) -> None:
    sent = somek.world.sent["anna@example.org"]
    somek.drop(answer_to(sent, "Ja, ich komme.", sender="anna.privat@example.net"))
    somek("sync")
    item = only_review(somek)
    assert "anna.privat@example.net" in item["reason"] and "anna@example.org" in item["reason"]
    assert somek.answers_of("anna@example.org") == []

    review = json.loads(somek("review", "list", "--json").out)
    somek("review", "alias", review[0]["id"])
    person = json.loads(somek("member", "export", "anna@example.org").out)
    assert person["member"]["other_addresses"] == ["anna.privat@example.net"]
    # the item stays open for what the mail said
    somek("review", "settle", review[0]["id"], "yes")
    answers = somek.answers_of("anna@example.org")
    assert [(r["answer"], r["source"]) for r in answers] == [("yes", "organizer")]

    # her next mail from there, even without the key, is hers
    somek.drop(reply("Doch nicht, leider.", sender="anna.privat@example.net"))
    somek("sync")
    assert [r["answer"] for r in somek.answers_of("anna@example.org")] == ["no"]


def test_removing_a_member_erases_their_other_address(somek: Somek) -> None:
    sent = somek.world.sent["anna@example.org"]
    somek.drop(answer_to(sent, "Ja, ich komme.", sender="anna.privat@example.net"))
    somek("sync")
    somek("review", "alias", only_review(somek)["message_id"])
    somek("member", "remove", "anna@example.org")
    assert "anna.privat@example.net" not in somek("export", "--json").out
    somek.drop(reply("Ja!", sender="anna.privat@example.net"))
    somek("sync")
    assert "anna.privat@example.net is not a member" in only_review(somek)["reason"]


def test_an_address_of_another_member_is_not_taken_as_an_other_address(somek: Somek) -> None:
    sent = somek.world.sent["anna@example.org"]
    somek.drop(answer_to(sent, "Ja, ich komme.", sender="joerg@example.org"))
    somek("sync")
    done = somek("review", "alias", only_review(somek)["id"], code=1)
    assert done.err == (
        "somek: joerg@example.org is already a member's address: nothing to remember\n"
    )
    assert done.err.count("\n") == 1
    person = json.loads(somek("member", "export", "anna@example.org").out)
    assert person["member"]["other_addresses"] == []
