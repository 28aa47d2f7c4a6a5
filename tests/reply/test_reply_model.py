"""The small trained reader: asked only where the rules are silent, decides only when sure."""

from __future__ import annotations

import dataclasses
import json
import socket
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.workspace import NOW
from sync.conftest import World, world  # noqa: F401  (the fixture, shared with sync tests)
from sync.replies import answer_to

from mail.analysis import analyse
from mail.reply_model import (
    CLASSES,
    MODEL_FILE,
    Model,
    answerable,
    bears_answer,
    contradicted,
    features,
    load_model,
    normalise,
    read_silent,
)
from mail.types import Answer
from somek_tui.models import AnswerSource, InboxOutcome, MailKind, Rsvp
from somek_tui.services.classify import Decision, apply_decision, decide
from somek_tui.services.matching import match_reply
from somek_tui.services.rsvps import set_answer

# A model with made-up words, so that no rule can know them: only the model reads them.
TINY = {
    "classes": list(CLASSES),
    "threshold": 0.9,
    "scale": 100,
    "bias": [0, 0, 0, 100],
    "weights": {
        "w:wuppdich": [900, 0, 0, 0],  # yes, surely
        "w:pfui": [0, 900, 0, 0],  # no, surely
        "w:hmpf": [0, 220, 0, 0],  # leans no, not sure
        "w:schwupps": [0, 0, 900, 0],  # maybe, surely
        "w:abwesend": [0, 0, 0, 900],  # no answer at all
    },
}


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(TINY), encoding="utf-8")
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(path))
    return path


def mail(body: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "stammtisch+k1@example.org"
    message["Subject"] = "Re: Einladung"
    message["Message-ID"] = "<reply-1@example.org>"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


def test_the_model_answers_a_reply_where_no_rule_fires(tiny: Path) -> None:
    result = analyse(mail("Wuppdich, geht!\n\nLG Anna"))
    assert result.answer is Answer.YES
    assert result.answer_problem == ""
    assert result.reason == "read by the model, 0.99"


def test_the_model_reads_a_no_as_well(tiny: Path) -> None:
    assert analyse(mail("Pfui, geht.")).answer is Answer.NO


def test_the_model_never_overrides_a_rule(tiny: Path) -> None:
    result = analyse(mail("Ich komme leider nicht. Wuppdich!"))
    assert result.answer is Answer.NO
    assert result.reason == ""


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        pytest.param("Ich komme leider nicht. Wuppdich!", "no", id="the rules' no"),
        pytest.param("Ich komme gerne. Pfui!", "yes", id="the rules' yes"),
    ],
)
def test_when_the_model_is_sure_of_the_opposite_a_person_reads_the_reply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, rules: str
) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**TINY, "second": 0.9}), encoding="utf-8")
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(path))
    result = analyse(mail(body))
    assert result.answer is None
    assert result.answer_problem.startswith(
        f"the rules and the trained reader disagree: the rules read {rules}"
    )


def test_the_model_is_not_asked_when_the_rules_found_a_problem(tiny: Path) -> None:
    result = analyse(mail("Darf ich jemanden mitbringen? Wuppdich!"))
    assert result.answer is None
    assert result.answer_problem


def test_below_the_threshold_the_reply_stays_in_review(tiny: Path) -> None:
    result = analyse(mail("Hmpf. Das ist so eine Sache mit dem Donnerstag."))
    assert result.answer is None
    assert result.answer_problem == "no answer found in the reply"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Schwupps.", id="a sure maybe is left to a person"),
        pytest.param("Abwesend.", id="the model sees no answer"),
        pytest.param("Mit freundlichen Grüßen\nWuppdich GmbH", id="only a signature"),
        pytest.param("Wuppdich, leider.", id="a regret beside the yes"),
        pytest.param("Wuppdich, sorry", id="an apology beside the yes"),
        pytest.param("Hier schreibt das Sekretariat: wuppdich", id="someone writes for them"),
    ],
)
def test_the_model_records_only_a_sure_uncontradicted_yes_or_no(tiny: Path, body: str) -> None:
    result = analyse(mail(body))
    assert result.answer is None
    assert result.reason == ""


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Wuppdich, leider", Answer.YES, id="leider"),
        pytest.param("Sadly wuppdich", Answer.YES, id="sadly"),
        pytest.param("Hier schreibt das Sekretariat: wuppdich", Answer.YES, id="proxy"),
        pytest.param("Wuppdich, wenn nichts dazwischen kommt", Answer.YES, id="condition"),
        pytest.param("Pfui, bin dabei", Answer.NO, id="accepting words"),
        pytest.param("Pfui, count me in", Answer.NO, id="accepting words en"),
    ],
)
def test_the_rules_lexicons_speak_against_the_model(text: str, answer: Answer) -> None:
    assert contradicted(text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Wuppdich, bis Donnerstag!", Answer.YES, id="a plain yes"),
        pytest.param("Pfui, diesmal raus.", Answer.NO, id="a plain no"),
    ],
)
def test_plain_words_leave_the_model_free(text: str, answer: Answer) -> None:
    assert contradicted(text, answer) == ""


def test_the_model_does_not_read_an_auto_reply(tiny: Path) -> None:
    result = analyse(mail("Wuppdich, geht!", Auto_Submitted="auto-replied"))
    assert result.kind == "auto_reply"
    assert result.answer is None


def _decide(world: World, body: str, kind: MailKind) -> tuple[Decision, list[Rsvp]]:  # noqa: F811
    """Anna's reply with ``body`` to the mail she got, sent as a ``kind`` mail."""
    with world.ws.store.transaction() as tx:
        record = tx.outgoing_by_message_id(world.sent["anna@example.org"].message_id)
        assert record is not None
        tx.put(dataclasses.replace(record, kind=kind))
    analysis = analyse(answer_to(world.sent["anna@example.org"], body))
    organizer = world.ws.settings.organizer
    with world.ws.store.transaction() as tx:
        found = match_reply(analysis, tx, organizer, NOW)
        decision = decide(analysis, found, tx, organizer, NOW)
        apply_decision(tx, decision, message_id=analysis.message_id, wording=analysis.text, now=NOW)
    return decision, world.ws.store.read().rsvps()


@pytest.mark.parametrize("kind", [MailKind.THANKS, MailKind.ACKNOWLEDGEMENT])
def test_a_reply_to_a_mail_that_asked_nothing_gets_no_answer_from_the_model(
    tiny: Path,
    world: World,  # noqa: F811
    kind: MailKind,
) -> None:
    decision, rsvps = _decide(world, "Wuppdich, geht!", kind)
    assert decision.outcome is InboxOutcome.REVIEW
    assert decision.reason.startswith("no answer found")
    assert rsvps == []


def test_the_model_never_corrects_the_answer_an_acknowledgement_confirmed(
    tiny: Path,
    world: World,  # noqa: F811
) -> None:
    anna = world.member("anna@example.org")
    with world.ws.store.transaction() as tx:
        set_answer(
            tx, event=world.event, member=anna, answer=Answer.YES,
            source=AnswerSource.ORGANIZER, message_id=None, now=NOW,
        )  # fmt: skip
    decision, rsvps = _decide(world, "Pfui, geht.", MailKind.ACKNOWLEDGEMENT)
    assert decision.outcome is InboxOutcome.REVIEW
    assert [r.answer for r in rsvps] == [Answer.YES]


@pytest.mark.parametrize("kind", [MailKind.INVITATION, MailKind.REMINDER])
def test_the_inbox_says_the_model_read_the_answer(
    tiny: Path,
    world: World,  # noqa: F811
    kind: MailKind,
) -> None:
    decision, rsvps = _decide(world, "Wuppdich, geht!", kind)
    assert decision.outcome is InboxOutcome.ANSWER
    assert decision.reason == "read by the model, 0.99"
    assert [r.answer for r in rsvps] == [Answer.YES]


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        pytest.param("Hi, ich kommt am Donnerstag gerne vorbei", Answer.YES, id="a typo"),
        pytest.param("Am 28. in Hamburg, sorry.", Answer.NO, id="away, sorry"),
        pytest.param(
            "Weder am Donnerstag noch am Freitag, leider – Umzug.", Answer.NO, id="neither, nor"
        ),
        pytest.param("Sorry, I'm stuck in Hamburg that Thursday.", Answer.NO, id="stuck"),
    ],
)
def test_the_shipped_model_reads_a_short_reply_the_rules_miss(
    monkeypatch: pytest.MonkeyPatch, body: str, answer: Answer
) -> None:
    monkeypatch.setenv("SOMEK_REPLY_MODEL", "off")
    assert analyse(mail(body)).answer is None
    monkeypatch.delenv("SOMEK_REPLY_MODEL")
    result = analyse(mail(body))
    assert result.answer is answer
    assert result.reason.startswith("read by the model, 0.")


def test_without_a_word_that_can_answer_the_model_stays_silent(tiny: Path) -> None:
    result = analyse(mail("Wuppdich! Und danke für den Link."))
    assert result.answer is None
    assert result.reason == ""


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("I won't be late this time.", id="a promise about being late"),
        pytest.param("Letzten Donnerstag war super, danke!", id="thanks for a past evening"),
        pytest.param("Wetter soll gut werden am Donnerstag!", id="the weather"),
    ],
)
def test_the_shipped_model_does_not_guess_on_words_that_answer_nothing(body: str) -> None:
    result = analyse(mail(body))
    assert result.answer is None
    assert result.reason == ""


@pytest.mark.parametrize(
    "text",
    [
        "jo", "nö", "Donnerstag passt", "bin raus", "I'm in", "count me in", "can't make it",
        "Thursday works", "wäre gern dabei", "hätte Lust", "I'd love to", "sorry Leute",
        "leider", "see you!", "bis dann", "👍", "+1", "rain check", "verhindert",
    ],
)  # fmt: skip
def test_words_that_can_carry_an_answer(text: str) -> None:
    assert bears_answer(text)


def test_a_letter_is_left_to_a_person(tiny: Path) -> None:
    letter = "Wuppdich, geht! " + " ".join(["Das war eine lange Woche."] * 10)
    result = analyse(mail(letter))
    assert result.answer is None
    assert result.answer_problem == "no answer found in the reply"


def test_switched_off_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOMEK_REPLY_MODEL", "off")
    assert read_silent("Wuppdich, geht!") is None


def test_a_missing_model_file_leaves_the_rules_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(tmp_path / "nowhere.json"))
    assert read_silent("Ich bin natürlich wieder am Start.") is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        pytest.param("JAAA!!", "ja!!", id="elongation and caps"),
        pytest.param("Neeein", "nein", id="held letters"),
        pytest.param("Grüße, schön", "gruesse, schoen", id="umlauts"),
        pytest.param("Ich weiß", "ich weiss", id="sharp s"),
        pytest.param("👍🏽", "👍", id="skin tone"),
        pytest.param("I can’t", "i can't", id="typographic apostrophe"),
    ],
)
def test_words_are_read_in_one_spelling(written: str, read: str) -> None:
    assert normalise(written) == read


def test_letter_groups_tie_a_typo_to_its_word() -> None:
    typo = set(features("kommme gernee", frozenset({"grams"})))
    right = set(features("komme gerne", frozenset({"grams"})))
    assert {"g:<kom", "g:<ger", "g:gern", "g:erne"} <= typo & right


def test_a_model_file_is_read_with_the_letter_groups_it_was_trained_on() -> None:
    """A file from before the size was written knows four-letter groups."""
    four = Model.from_json({**TINY, "kinds": ["grams"], "weights": {"g:kom": [900, 0, 0, 0]}})
    three = Model.from_json(
        {**TINY, "kinds": ["grams"], "gram": 3, "weights": {"g:kom": [900, 0, 0, 0]}}
    )
    assert four.probabilities("komme")["yes"] < 0.5 < three.probabilities("komme")["yes"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bin dsbei", id="a letter changed"),
        pytest.param("Ich kommr!", id="the last letter changed"),
        pytest.param("Jawollo!", id="a letter added"),
        pytest.param("leidr nicht", id="a letter missing"),
        pytest.param("Ich bin dabie", id="two letters swapped"),
        pytest.param("Soryy, klapt nicht", id="two typos in two words"),
        pytest.param("Leider keine Zeit am 28.", id="no time"),
    ],
)
def test_a_typo_of_a_word_that_answers_still_lets_the_model_read(text: str) -> None:
    assert answerable(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Cheers for the nudge, still on!", id="still on"),
        pytest.param("Still on!", id="still on alone"),
        pytest.param("Wie gehabt.", id="wie gehabt"),
        pytest.param("Nach wie vor, ja.", id="nach wie vor"),
        pytest.param("As discussed 👍", id="as discussed"),
    ],
)
def test_words_that_point_at_an_earlier_answer_are_not_the_models_to_read(text: str) -> None:
    # what they mean depends on the answer before, which the model never sees
    assert not answerable(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kam gestern gut an", id="a short word near komm"),
        pytest.param("Die Kommode ist verkauft", id="a longer word that only starts alike"),
        pytest.param("Danke für die Folien vom letzten Mal", id="no such word"),
    ],
)
def test_words_merely_alike_open_no_way_for_the_model(text: str) -> None:
    assert not answerable(text)


@pytest.mark.parametrize(
    ("body", "opposite"),
    [
        pytest.param(
            "Ich kann nicht nicht kommen, wenn es um SEO geht.", Answer.NO, id="nicht nicht"
        ),
        pytest.param("I can't not come to this one!", Answer.NO, id="can't not"),
        pytest.param("Kein Weg führt mich am 28. in die Südstadt.", Answer.YES, id="no road leads"),
        pytest.param("Nix hält mich davon ab, zu kommen!", Answer.NO, id="nothing stops me"),
        pytest.param("Not a chance I'd skip it. See you!", Answer.NO, id="not a chance I skip"),
        pytest.param("Wild horses couldn't keep me away", Answer.NO, id="wild horses"),
        pytest.param("Would have loved to, but I'm in Leeds.", Answer.YES, id="would have loved"),
        pytest.param("Wäre gern dabei gewesen, sorry.", Answer.YES, id="wäre gewesen"),
        pytest.param("I'd say no to everything else, but not to this.", Answer.NO, id="no to else"),
        pytest.param("Bin nicht verhindert, komme!", Answer.NO, id="not prevented"),
        pytest.param("Don't count me out, I'm coming.", Answer.NO, id="don't count me out"),
        pytest.param("Ich würde niemals nein sagen. Bin da.", Answer.NO, id="never say no"),
    ],
)
def test_the_shipped_model_never_reads_a_trap_as_its_opposite(body: str, opposite: Answer) -> None:
    """Negations that cancel, a wish that was, a no to something else: the answer is
    right or left for review, never the opposite."""
    assert analyse(mail(body)).answer is not opposite


@pytest.mark.parametrize(
    ("text", "opposite"),
    [
        pytest.param(
            "Ich sage ab, ich würde aber trotzdem gern kommen", Answer.YES, id="declines, would"
        ),
        pytest.param("Anna ist krank, ihr Mann käme aber gern", Answer.YES, id="her husband"),
        pytest.param(
            "Ich freu mich nicht – ich freu mich riesig!", Answer.NO, id="not glad but thrilled"
        ),
        pytest.param("If there's still room I'd come along", Answer.YES, id="if there's room"),
        pytest.param("Bin nicht dsbei, sorry", Answer.YES, id="a typo under a negation"),
    ],
)
def test_asked_alone_the_shipped_model_never_reads_a_trap_as_its_opposite(
    text: str, opposite: Answer
) -> None:
    """Where the rules would read these, the model must not: a wish beside a refusal,
    someone else's wish, a negation taken back, an open condition."""
    reading = read_silent(text)
    assert reading is None or reading.answer is not opposite


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        pytest.param("Ich kann nicht kommen", True, id="one negation, German"),
        pytest.param("I can't come", True, id="one negation, English"),
        pytest.param("Ich kann nicht nicht kommen", False, id="two cancel, German"),
        pytest.param("I can't not come", False, id="two cancel, English"),
        pytest.param("komme nicht, nein, nicht ohne", True, id="another clause counts apart"),
    ],
)
def test_two_negations_cancel_in_what_the_model_reads(text: str, negated: bool) -> None:
    found = features(text)
    coming = next(t for t in ("come", "kommen", "komme") if f"w:{t}" in found or f"~{t}" in found)
    assert (f"~{coming}" in found) is negated


def test_the_shipped_model_loads_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model must not reach the network")

    monkeypatch.setattr(socket, "socket", no_network)
    load_model.cache_clear()
    model = load_model()
    assert isinstance(model, Model)
    assert model.classes == CLASSES
    assert 0.7 <= model.threshold < 1.0  # sure, yet below certainty
    assert sum(model.probabilities("Ich komme gerne").values()) == pytest.approx(1.0)
    assert MODEL_FILE.stat().st_size < 256 * 1024  # small enough to ship
