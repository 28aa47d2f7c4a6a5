"""``somek sync`` learns from settled reviews: the same words are decided the same way."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest
from sync.conftest import build_world
from sync.replies import answer_to
from sync.test_matching_sync import Somek

UNCLEAR = "Do sin mer widder 🍻"  # Kölsch for "here we are again": the reader finds no answer


@pytest.fixture
def somek(tmp_path: Path) -> Somek:
    return Somek(build_world(tmp_path), tmp_path)


def answer(somek: Somek, address: str, words: str) -> None:
    somek.drop(answer_to(somek.world.sent[address], words, sender=address))
    somek("sync")


def open_review(somek: Somek) -> list[dict[str, Any]]:
    return [r for r in somek.export()["review"] if not r["resolved"]]


def settle_first_as_yes(somek: Somek, *extra: str) -> str:
    """Anna's unclear reply goes to review; the organizer settles it as yes."""
    answer(somek, "anna@example.org", UNCLEAR)
    (item,) = open_review(somek)
    somek("review", "settle", item["id"], "yes", *extra)
    return str(item["id"])


def acknowledgement_to(somek: Somek, address: str) -> str:
    """The plain text of the newest acknowledgement sent to ``address``."""
    texts = []
    for path in sorted((somek.world.outbox / "new").iterdir(), key=lambda p: p.stat().st_mtime):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = msg.get_body(("plain",)) if address in str(msg["To"]) else None
        if body is not None:
            texts.append(str(body.get_content()))
    assert texts, f"nothing sent to {address}"
    return texts[-1]


def test_the_same_words_from_another_member_are_recorded_like_the_settled_reply(
    somek: Somek,
) -> None:
    settle_first_as_yes(somek, "--guests", "1")
    answer(somek, "joerg@example.org", UNCLEAR)
    assert open_review(somek) == []
    (rsvp,) = somek.answers_of("joerg@example.org")
    assert (rsvp["answer"], rsvp["guests"]) == ("yes", 1)
    assert "wie eine frühere mit denselben Worten" in acknowledgement_to(somek, "joerg@example.org")


def test_nearly_the_same_words_are_recorded_like_the_settled_reply(somek: Somek) -> None:
    settle_first_as_yes(somek)
    answer(somek, "joerg@example.org", "do sin mer widda")
    assert open_review(somek) == []
    assert [r["answer"] for r in somek.answers_of("joerg@example.org")] == ["yes"]


def test_different_words_still_go_to_review(somek: Somek) -> None:
    settle_first_as_yes(somek)
    answer(somek, "joerg@example.org", "Wird gemacht, Chef 🫡")
    assert len(open_review(somek)) == 1
    assert somek.answers_of("joerg@example.org") == []


def test_an_acknowledgement_of_a_plain_answer_does_not_mention_an_earlier_reply(
    somek: Somek,
) -> None:
    settle_first_as_yes(somek)
    answer(somek, "joerg@example.org", "Ja, ich komme.")
    assert [r["answer"] for r in somek.answers_of("joerg@example.org")] == ["yes"]
    assert "frühere" not in acknowledgement_to(somek, "joerg@example.org")


def test_examples_are_listed_counted_and_forgotten_on_request(somek: Somek) -> None:
    settle_first_as_yes(somek)
    answer(somek, "joerg@example.org", UNCLEAR)
    (example,) = json.loads(somek("review", "examples", "--json").out)
    assert example["words"] == "do sin mer widder"
    assert (example["decision"], example["uses"]) == ("yes", 1)
    assert "Anna" not in json.dumps(example) and "anna@" not in json.dumps(example)
    somek("review", "forget", example["id"])
    assert json.loads(somek("review", "examples", "--json").out) == []
    answer(somek, "mehmet@example.org", UNCLEAR)
    assert len(open_review(somek)) == 1


def test_forgetting_an_unknown_example_is_one_line(somek: Somek) -> None:
    done = somek("review", "forget", "x99", code=1)
    assert done.err.strip().startswith("somek: no example")
    assert "Traceback" not in done.err


def test_erasing_the_member_whose_reply_taught_an_example_removes_it(somek: Somek) -> None:
    settle_first_as_yes(somek)
    exported = json.loads(somek("member", "export", "anna@example.org").out)
    assert [x["words"] for x in exported["examples"]] == ["do sin mer widder"]
    somek("member", "remove", "anna@example.org")
    assert json.loads(somek("review", "examples", "--json").out) == []
    answer(somek, "joerg@example.org", UNCLEAR)
    assert len(open_review(somek)) == 1


def test_a_settled_review_shows_its_final_outcome_in_the_export(somek: Somek) -> None:
    settle_first_as_yes(somek)
    answer(somek, "joerg@example.org", "Wird gemacht, Chef 🫡")
    (item,) = open_review(somek)
    somek("review", "settle", item["id"], "dismiss")
    outcomes = {e["member_email"]: (e["outcome"], e["reason"]) for e in somek.export()["inbox"]}
    assert outcomes["anna@example.org"][0] == "answer"
    assert outcomes["anna@example.org"][1].startswith("settled: recorded yes")
    assert outcomes["joerg@example.org"] == ("dismissed", "settled: dismissed")
    (example,) = somek.export()["examples"]
    assert (example["words"], example["answer"]) == ("do sin mer widder", "yes")
