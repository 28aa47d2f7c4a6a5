"""The model's class scores are its weights added feature by feature, in the features' order."""

from __future__ import annotations

import math

import pytest

from mail.reply_model import Model, features, load_model


def _by_hand(model: Model, text: str) -> dict[str, float]:
    scores = list(model.bias)
    for name in features(text, model.kinds, "", model.gram):
        row = model.weights.get(name)
        if row is not None:
            scores = [s + w for s, w in zip(scores, row, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {c: e / sum(exps) for c, e in zip(model.classes, exps, strict=True)}


@pytest.mark.parametrize(
    "text",
    [
        "Ja, ich komme gern.",
        "Leider nein, diesmal nicht. Nein, wirklich nicht.",
        "Count me in!! count me in",
        "kann nich, sry",
        "Hmm, vielleicht. Mal sehen, ob es klappt.",
        "qqqq zzzz",
        "",
    ],
)
def test_the_probabilities_are_the_weights_summed_in_order(text: str) -> None:
    model = load_model()
    assert model is not None
    assert model.probabilities(text) == _by_hand(model, text)
