"""The trained reader chooses between a yes or no and a maybe the rules weighed, when sure;
a yes against a no, and anything outside the rules' candidates, stays with a person."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from mail.analysis import analyse
from mail.model_choice import choosable, rivals
from mail.reply_model import CLASSES, Model
from mail.types import Answer

# Made-up words no rule knows: only the model reads them, beside the rules' own words.
CHOOSING = {
    "classes": list(CLASSES),
    "threshold": 0.9,
    "choice": 0.9,
    "scale": 100,
    "bias": [0, 0, 0, 100],
    "weights": {
        "w:wuppdich": [900, 0, 0, 0],  # yes, surely
        "w:pfui": [0, 900, 0, 0],  # no, surely
        "w:hmpf": [0, 220, 0, 0],  # leans no, not sure
        "w:schwupps": [0, 0, 900, 0],  # maybe, surely
    },
}


def use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **changes: object) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**CHOOSING, **changes}), encoding="utf-8")
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(path))


@pytest.fixture
def choosing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use(tmp_path, monkeypatch)


def mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "stammtisch+k1@example.org"
    message["Subject"] = "Re: Einladung"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(body)
    return message.as_bytes()


def test_the_rules_candidates_are_read_from_their_reason() -> None:
    reason = "contradictory answer signals: no (\"can't\"); no ('i  make it'); maybe ('maybe')"
    assert rivals(reason) == {Answer.NO, Answer.MAYBE}


def test_another_reason_names_no_candidates() -> None:
    assert rivals("a yes-word followed by a 'but': 'ja, aber (maybe)'") == frozenset()


@pytest.mark.parametrize(
    ("candidates", "allowed"),
    [
        pytest.param({Answer.YES, Answer.MAYBE}, True, id="yes or maybe"),
        pytest.param({Answer.NO, Answer.MAYBE}, True, id="no or maybe"),
        pytest.param({Answer.YES, Answer.NO}, False, id="yes against no"),
        pytest.param({Answer.YES, Answer.NO, Answer.MAYBE}, False, id="all three"),
        pytest.param({Answer.MAYBE}, False, id="nothing to choose"),
    ],
)
def test_only_a_polar_answer_against_a_doubt_is_the_models_to_choose(
    candidates: set[Answer], allowed: bool
) -> None:
    assert choosable(frozenset(candidates)) is allowed


@pytest.mark.parametrize(
    "body",
    [
        "Ich komme gern. Vielleicht wird es aber knapp. Wuppdich!",
        "Bin dabei! Weiß aber noch nicht sicher. Wuppdich",
        "Zusage! Eventuell komme ich später, mal sehen. Wuppdich",
    ],
)
def test_the_model_chooses_the_yes_of_a_yes_against_a_maybe(choosing: None, body: str) -> None:
    result = analyse(mail(body))
    assert result.answer is Answer.YES
    assert result.answer_problem == ""
    assert result.reason.startswith("read by the model")


@pytest.mark.parametrize(
    "body",
    [
        "Ich kann leider nicht. Vielleicht klappt es doch. Schwupps",
        "Leider nein, aber vielleicht doch. Schwupps",
    ],
)
def test_the_model_chooses_the_maybe_of_a_no_against_a_maybe(choosing: None, body: str) -> None:
    assert analyse(mail(body)).answer is Answer.MAYBE


def test_the_model_chooses_the_no_of_a_no_against_a_maybe(choosing: None) -> None:
    result = analyse(mail("I can't make it, maybe I can. Pfui"))
    assert result.answer is Answer.NO
    assert result.guests == 0


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ich komme gern. Vielleicht wird es aber knapp. Pfui!", id="a no for yes"),
        pytest.param("Leider nein, aber vielleicht doch. Wuppdich", id="a yes for no"),
    ],
)
def test_the_model_never_chooses_outside_the_rules_candidates(choosing: None, body: str) -> None:
    result = analyse(mail(body))
    assert result.answer is None
    assert result.answer_problem.startswith("contradictory answer signals")


@pytest.mark.parametrize(
    "body",
    [
        "Ja ich komme. Nein, ich kann nicht. Wuppdich",
        "Ja ich komme. Nein, ich kann nicht. Pfui",
    ],
)
def test_a_yes_against_a_no_never_goes_to_the_model(choosing: None, body: str) -> None:
    result = analyse(mail(body))
    assert result.answer is None
    assert result.answer_problem.startswith("contradictory answer signals")


def test_unsure_the_model_leaves_the_contradiction_to_a_person(choosing: None) -> None:
    result = analyse(mail("Leider nein, aber vielleicht doch. Hmpf"))
    assert result.answer is None
    assert result.answer_problem.startswith("contradictory answer signals")


def test_a_model_file_from_before_choosing_chooses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = {k: v for k, v in CHOOSING.items() if k != "choice"}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(older), encoding="utf-8")
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(path))
    assert Model.from_json(older).choice > 1
    assert analyse(mail("Ich komme gern. Vielleicht wird es aber knapp. Wuppdich!")).answer is None


@pytest.mark.parametrize(
    "body",
    [
        "Ich komme gern mit meinem Mann. Vielleicht wird es knapp. Wuppdich",
        "Wir kommen zu zweit! Weiß aber noch nicht sicher. Wuppdich",
        "Count me in, plus one! Not 100% sure yet. Wuppdich",
        "Bin dabei und bring meine Freundin mit. Weiß aber noch nicht sicher. Wuppdich",
    ],
)
def test_a_reply_naming_guests_is_left_to_a_person(choosing: None, body: str) -> None:
    """Beside disagreeing signals the rules count no guests: a yes would drop them."""
    result = analyse(mail(body))
    assert result.answer is None
    assert result.answer_problem


@pytest.mark.parametrize(
    "body",
    [
        "Yes, but should my flight be late I can't make it. Pfui",
        "Ok, but should my train be late I can't make it. Pfui",
    ],
)
def test_a_weak_yes_beside_a_no_against_a_maybe_is_a_yes_against_a_no(
    choosing: None, body: str
) -> None:
    """The bare "Yes" counts only alone, so the rules weigh the no against a maybe; it
    was said all the same, and a no chosen would be the opposite answer."""
    result = analyse(mail(body))
    assert result.answer is None
    assert result.answer_problem.startswith("contradictory answer signals")
