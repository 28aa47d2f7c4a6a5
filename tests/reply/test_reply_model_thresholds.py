"""A yes and a no may each have a threshold of their own, found by cross-validation."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from mail.analysis import analyse
from mail.reply_model import CLASSES, Model
from mail.types import Answer

# Made-up words no rule knows, each leaning one way, none sure: p = 0.66 (shown as 0.65).
LEANING = {
    "classes": list(CLASSES),
    "threshold": 0.9,
    "scale": 100,
    "bias": [0, 0, 0, 100],
    "weights": {
        "w:hmpf": [0, 220, 0, 0],  # leans no
        "w:naja": [220, 0, 0, 0],  # leans yes
    },
}


def use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **changes: object) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**LEANING, **changes}), encoding="utf-8")
    monkeypatch.setenv("SOMEK_REPLY_MODEL", str(path))


def mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "stammtisch+k1@example.org"
    message["Subject"] = "Re: Einladung"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize("body", ["Hmpf, geht.", "hmpf … geht"])
def test_a_no_is_decided_from_its_own_lower_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    use(tmp_path, monkeypatch, per_class={"no": 0.6})
    result = analyse(mail(body))
    assert result.answer is Answer.NO
    assert result.reason == "read by the model, 0.65"


def test_a_yes_keeps_the_common_threshold_when_only_the_no_has_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(tmp_path, monkeypatch, per_class={"no": 0.6})
    result = analyse(mail("Naja, geht."))
    assert result.answer is None
    assert result.answer_problem == "no answer found in the reply"


def test_a_yes_is_decided_from_its_own_lower_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(tmp_path, monkeypatch, per_class={"yes": 0.6, "no": 0.95})
    assert analyse(mail("Naja, geht.")).answer is Answer.YES
    assert analyse(mail("Hmpf, geht.")).answer is None


def test_a_model_file_without_thresholds_per_answer_uses_the_common_one() -> None:
    model = Model.from_json(LEANING)
    assert model.per_class == {}
    assert model.read("Hmpf, geht.") is None


def test_the_thresholds_per_answer_survive_writing_the_file() -> None:
    model = Model.from_json({**LEANING, "per_class": {"yes": 0.77, "no": 0.83}})
    assert Model.from_json(model.to_json()).per_class == {"no": 0.83, "yes": 0.77}
