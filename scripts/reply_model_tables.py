"""The cross-validation tables of ``train_reply_model.py``, and the safe thresholds they give.

Each prediction is one tuning reply read by a model that never saw its source
line or its group of writers. The tables count what the product would let the
model decide at each threshold: on silent replies, on all replies, as a second
opinion against the rules, and choosing between the rules' own candidates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mail.model_choice import guarded
from mail.reply_model import DECIDES
from mail.types import Answer

THRESHOLDS = [round(0.50 + 0.02 * n, 3) for n in range(25)]
OFF = 1.01  # a threshold no probability reaches

Prediction = tuple["Example", dict[str, float], bool]  # probabilities, vetoed


@dataclass
class Example:
    text: str
    label: str
    severe_if: list[str]
    group: str
    silent: bool  # the rules found no answer and no problem: the model would be asked
    rules: str  # the answer the rules record ("" for none)
    # the polar answer and the maybe the rules weighed against each other, where the model
    # would be asked to choose (empty: it is not)
    rivals: frozenset[str] = frozenset()


def writers(group: str) -> str:
    """The batch of the corpus a source line belongs to: one group of writers."""
    found = re.match(r"source/(fresh\d*)_", group)
    return found.group(1) if found else "first"


def top_class(p: dict[str, float]) -> str:
    return max(p, key=lambda c: p[c])


def silent_count(
    predictions: Iterable[Prediction], threshold: float | Mapping[str, float]
) -> tuple[int, ...]:
    """Decided, right, wrong, opposite at ``threshold``, or at one threshold per class
    (a class not named is not decided)."""
    decided = right = wrong = opposite = 0
    for e, p, vetoed in predictions:
        best = top_class(p)
        if best not in DECIDES or vetoed:
            continue
        bar = threshold.get(best, OFF) if isinstance(threshold, Mapping) else threshold
        if p[best] < bar:
            continue
        decided += 1
        right += best == e.label
        wrong += best != e.label
        opposite += best != e.label and best in e.severe_if
    return decided, right, wrong, opposite


def _choice_count(predictions: Iterable[Prediction], threshold: float) -> tuple[int, ...]:
    """Among the replies where the model would choose between the rules' candidates:
    decided, right, wrong, opposite at ``threshold``."""
    decided = right = wrong = opposite = 0
    for e, p, _ in predictions:
        best = top_class(p)
        if best not in e.rivals or p[best] < threshold or guarded(e.text, Answer(best)):
            continue
        decided += 1
        right += best == e.label
        wrong += best != e.label
        opposite += best != e.label and best in e.severe_if
    return decided, right, wrong, opposite


def _second_count(predictions: Iterable[Prediction], threshold: float) -> tuple[int, ...]:
    """Flagged, of them right (the cost) and wrong (caught), and opposite answers caught."""
    flagged = cost = caught = opposite = 0
    for e, p, _ in predictions:
        other = {"yes": "no", "no": "yes"}.get(e.rules)
        if other is None or p[other] < threshold:
            continue
        flagged += 1
        cost += e.rules == e.label
        caught += e.rules != e.label
        opposite += e.rules != e.label and e.rules in e.severe_if
    return flagged, cost, caught, opposite


def report(predictions: list[Prediction]) -> tuple[float, float, float]:
    """Print the tables; the lowest safe thresholds (``OFF`` if none): for silent use
    (no silent reply wrong, no opposite answer), for no opposite answer alone, and for
    a second opinion."""
    silent = [x for x in predictions if x[0].silent]
    answered = [x for x in predictions if x[0].rules in ("yes", "no")]
    rules_wrong = sum(e.rules != e.label for e, _, _ in answered)
    rules_opposite = sum(e.rules != e.label and e.rules in e.severe_if for e, _, _ in answered)
    accuracy = sum(top_class(p) == e.label for e, p, _ in predictions) / len(predictions)
    print(f"examples {len(predictions)}: silent {len(silent)}, rules answer yes/no {len(answered)}"
          f" (of them wrong {rules_wrong}, opposite {rules_opposite})")  # fmt: skip
    print(f"cross-validated accuracy (top class, all examples): {accuracy:.3f}")
    head = f"{'dec':>5} {'ok':>5} {'wrong':>5} {'opp':>4}"
    print(f"{'':>6} | {'silent replies':^22} {'cover':>5} | {'all replies':^22} | "
          f"{'second opinion':^23}")  # fmt: skip
    print(
        f"{'thresh':>6} | {head} {'':>5} | {head} | {'flag':>5} {'cost':>5} {'catch':>5} {'opp':>5}"
    )
    safe_silent = safe_opposite = safe_second = OFF
    silent_ok = opposite_ok = second_ok = True
    for threshold in reversed(THRESHOLDS):
        quiet = silent_count(silent, threshold)
        every = silent_count(predictions, threshold)
        second = _second_count(answered, threshold)
        silent_ok = silent_ok and quiet[2] == 0 and every[3] == 0
        opposite_ok = opposite_ok and every[3] == 0
        second_ok = second_ok and second[1] * 100 <= second[0]
        safe_silent = threshold if silent_ok else safe_silent
        safe_opposite = threshold if opposite_ok else safe_opposite
        safe_second = threshold if second_ok and second[0] else safe_second
    for threshold in THRESHOLDS:
        quiet = silent_count(silent, threshold)
        every = silent_count(predictions, threshold)
        second = _second_count(answered, threshold)
        cover = quiet[0] / len(silent) if silent else 0.0
        print(f"{threshold:>6.3f} | {quiet[0]:>5} {quiet[1]:>5} {quiet[2]:>5} {quiet[3]:>4} "
              f"{cover:>5.2f} | {every[0]:>5} {every[1]:>5} {every[2]:>5} {every[3]:>4} | "
              f"{second[0]:>5} {second[1]:>5} {second[2]:>5} {second[3]:>5}")  # fmt: skip
    return safe_silent, safe_opposite, safe_second


def report_choice(predictions: list[Prediction]) -> tuple[float, float]:
    """Print the table of choosing between the rules' candidates; the lowest thresholds
    (``OFF`` if none) from which on no choice is wrong, and no choice is the opposite."""
    asked = [x for x in predictions if x[0].rivals]
    labels: dict[str, int] = defaultdict(int)
    for e, _, _ in asked:
        labels[e.label] += 1
    told = ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
    print(f"choosing between the rules' candidates: {len(asked)} replies (labels: {told})")
    print(f"{'thresh':>6} | {'dec':>5} {'ok':>5} {'wrong':>5} {'opp':>4}")
    safe = safe_opposite = OFF
    right_ok = opposite_ok = True
    for threshold in reversed(THRESHOLDS):
        count = _choice_count(asked, threshold)
        right_ok = right_ok and count[2] == 0
        opposite_ok = opposite_ok and count[3] == 0
        safe = threshold if right_ok else safe
        safe_opposite = threshold if opposite_ok else safe_opposite
    for threshold in THRESHOLDS:
        count = _choice_count(asked, threshold)
        print(f"{threshold:>6.3f} | {count[0]:>5} {count[1]:>5} {count[2]:>5} {count[3]:>4}")
    return safe, safe_opposite


def safe_for(predictions: list[Prediction], answer: str, silent_too: bool) -> float:
    """The lowest threshold from which on the model's ``answer`` is never the opposite
    answer, and, ``silent_too``, never wrong on a silent reply (``OFF`` if none): a no
    may be safe where a yes is not, or the other way round."""
    silent = [x for x in predictions if x[0].silent]
    safe = OFF
    for threshold in reversed(THRESHOLDS):
        only = {answer: threshold}
        every = silent_count(predictions, only)
        if every[3] or (silent_too and silent_count(silent, only)[2]):
            break
        safe = threshold
    return safe


def report_newest(predictions: list[Prediction], threshold: Mapping[str, float]) -> None:
    """The newest group of writers, read by the model that never saw it: the best
    estimate of a club's own voices, at the threshold shipped."""
    newest = max({writers(e.group) for e, _, _ in predictions}, key=batch)
    mine = [x for x in predictions if writers(x[0].group) == newest]
    silent = [x for x in mine if x[0].silent]
    answers = sum(e.label in DECIDES for e, _, _ in silent)
    quiet, every = silent_count(silent, threshold), silent_count(mine, threshold)
    print(f"{newest} by a model that never saw it, at {threshold}: silent {len(silent)} "
          f"(answers {answers}): decided {quiet[0]}, right {quiet[1]}, wrong {quiet[2]}, "
          f"opposite {quiet[3]}; all {len(mine)}: decided {every[0]}, wrong {every[2]}, "
          f"opposite {every[3]}")  # fmt: skip


def batch(group: str) -> int:
    """fresh2 → 2, fresh → 1, first → 0: the order the batches were written in."""
    digits = group.removeprefix("fresh")
    return 0 if group == "first" else int(digits) if digits else 1
