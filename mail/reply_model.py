"""A small statistical reader for the replies the rules cannot place.

A multinomial logistic regression over the member's normalised own words
(words, marked when a negation is near; word pairs; letter groups of the
folded words, which survive typos and dialect spellings), trained by
``scripts/train_reply_model.py`` on the project's labelled tuning corpus and
shipped as ``reply_model.json``. It learns four classes, yes, no, maybe and
"no answer" (topics only, questions, out-of-office text), so a reply without
an answer is not forced into one. Nothing is downloaded; the weights are read
on first use, in plain Python.

It is asked where the rules find nothing (``read_silent``): it may record a
yes or a no above the threshold that cross-validation on the corpus found
free of opposite answers (one for a yes, one for a no: either may be safe
lower), and only when the rules' own lexicons do not speak against it. Where
the rules weigh a yes or no against a maybe, it
may choose between the two (:mod:`mail.model_choice`). Where the rules record
a yes or no and the model is sure of the opposite (``doubt``), the reply goes
to a person: on strangers' words the rules err more often than the two
disagree.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, reduce
from operator import add
from pathlib import Path
from typing import Any

from mail.answer_guard import Reading, answer_risk
from mail.cues import cue, folded, lexicon
from mail.quoted_titles import without_quoted_titles
from mail.struck_out import struck_out
from mail.types import Answer

MODEL_FILE = Path(__file__).with_name("reply_model.json")
CLASSES = ("yes", "no", "maybe", "none")
# The model may set only these: "maybe" is the rules' job, a doubt stays with a person.
DECIDES = {"yes": Answer.YES, "no": Answer.NO}
MODEL_NOTE = "read by the model"
DISAGREE = "the rules and the trained reader disagree"
OFF = 1.01  # a threshold no probability reaches
SWITCH = "SOMEK_REPLY_MODEL"  # "off", or the path of another model file

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "‘": "'", "´": "'"})
_ELONGATED = re.compile(r"(\w)\1{2,}")  # "jaaa", "neeein": three or more of a letter
_TOKEN = re.compile(r"\+\d+|\w+(?:'\w+)?|[^\w\s]")
# Emoji presentation and skin tones vary by phone, not by meaning.
_NOISE = re.compile("[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]")
# Negation flips what the words around it mean; German puts it after the verb
# ("ich komme nicht"), English before ("can't come"): words this close are marked.
_NEGATIONS = frozenset((
    "nicht", "nich", "nit", "net", "kein", "keine", "keinen", "keiner", "nie", "niemals",
    "ohne", "not", "no", "never", "cannot", "can't", "won't", "don't", "didn't", "isn't",
    "wasn't", "couldn't", "wouldn't", "shouldn't", "aren't", "without", "cant", "wont",
    "dont", "nope", "nee", "noe",
))  # fmt: skip
_CLAUSE_END = frozenset(".,;:!?-–—()")
_SENTENCE_END = frozenset(".;!?")
_SCOPE = 2
# A closing line ends what the reply says; below it come names, firms and phone
# numbers, which tell who writes, not what they mean.
_CLOSING = re.compile(
    r"^\W*(?:(?:mit\s+)?(?:(?:freundlich|best|lieb|viel|herzlich|sonnig|schoen)(?:e|en)?\s+)?"
    r"gruess(?:e|en)?|gruss|lg|vg|mfg|bg|ciao|cheers|"
    r"(?:best|kind|warm)(?:est)?\s+(?:regards|wishes)|best|regards)\W*(?:\w+\W*){0,2}$"
    r"|^\W*(?:thanks|thx|danke|sent from .*|gesendet von .*|von meinem .*|outlook fuer .*|"
    r"get outlook .*|--)\W*$"
)
_THANKS = re.compile(r"^\W*(?:thanks|thx|danke)\W*$")
# an address is tried from the start of a word only: from every letter of a long word
# without "@" the search would run to its end each time
_LINK = re.compile(r"<?https?://\S+|(?<![^\s@])[^\s@]+@\S+")
_MAX_WORDS = 120  # a long reply is a letter, not an answer: its head says what it means
# The model decides only what is this short: in a letter the answer is one clause among
# many, and counting words reads the letter's subject instead (a photographer's story of
# SEO, read as a no at 0.93 in cross-validation, said yes at its very end). Reading only a
# letter's sentences that can carry an answer was measured: by source line its yes came
# out opposite at 0.76-0.78 and the safe threshold for a yes rose above the one found
# without them, so a letter stays with a person.
MAX_DECIDED = 40
# a shorter word one typo away is another word too often ("kam" is not "komm")
_MIN_TYPO = 4
# Letter groups of this size, within a word. Three letters tie more of a typo ("dsbei")
# to its word and, by writers, let the model decide more silent replies (19 of 150 at
# 0.77 against 15 of 130 at 0.83), but the model they train is less sure of the opposite
# of a wrong rule answer (an opposite yes of the eighth batch, 0.97 with four, 0.79 with
# three) and the second opinion lets it through. The file says which size it knows.
GRAM = 4
_SCALE = 100  # weights are written as whole hundredths
# Words that speak against the model's answer, from the rules' own lexicons: a yes beside
# a regret, a refusal, a plan that was, a condition or someone writing for the member; a
# no beside an accepting word. The model counts words; these say a person should read.
_AGAINST = {
    Answer.YES: (
        ("guard", "decline"), ("guard", "regret"), ("guard", "intention"),
        ("answer", "proxy"), ("answer", "stand_in"), ("answer", "condition"),
        ("answer", "maybe"), ("answer", "wish_past"), ("answer", "denial"),
    ),
    Answer.NO: (
        ("guard", "accept"), ("answer", "proxy"), ("answer", "stand_in"),
        ("answer", "condition"), ("answer", "maybe"), ("answer", "denial"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class ModelReading:
    answer: Answer
    confidence: float

    @property
    def note(self) -> str:
        """What the inbox detail and the review show: who decided, how sure."""
        return f"{MODEL_NOTE}, {self.confidence:.2f}"


def read_by_model(reason: str) -> bool:
    """Whether an analysis' answer, by its reason, came from the model and not the rules."""
    return reason.startswith(MODEL_NOTE)


def normalise(text: str) -> str:
    """Lower case, umlauts and ß folded, elongations shortened, emoji variants removed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _ELONGATED.sub(r"\1", _NOISE.sub("", text))


def words(text: str) -> list[str]:
    """The reply's words up to its closing line, links and addresses left out."""
    kept: list[str] = []
    # "~~Can't make it~~ Scratch that, I CAN make it!": struck words were taken back
    for line in struck_out(normalise(text)).splitlines():
        if _CLOSING.match(line.strip()):
            if any(part.strip() for part in kept) or not _THANKS.match(line.strip()):
                break
            continue  # "Danke!" above the answer opens it, not closes it
        kept.append(_LINK.sub(" ", line))
    # which day or hour someone names says nothing about coming; "+1" does
    tokens = ["<n>" if t.isdigit() else t for t in _TOKEN.findall("\n".join(kept))]
    return tokens[:_MAX_WORDS]


def features(
    text: str, kinds: frozenset[str] = frozenset(), rules: str = "", gram: int = GRAM
) -> list[str]:
    """The features of one reply, each once: words (marked when negated), word pairs,
    length; with ``kinds``, letter groups ("grams"), the words of the first and last
    sentence ("position"), and what the rules read ("rules", given as ``rules``)."""
    tokens = words(text)
    negated = _negated(tokens)
    found = {f"{'~' if n else 'w:'}{t}" for t, n in zip(tokens, negated, strict=True)}
    found |= {f"b:{a} {b}" for a, b in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True)}
    size = len(tokens)
    found.add("n:short" if size <= 4 else "n:medium" if size <= 25 else "n:long")
    if "grams" in kinds:
        # a word said again adds no letter group: each (word, negated) is spelled out once
        for token, negative in dict.fromkeys(zip(tokens, negated, strict=True)):
            if not token[0].isalpha():
                continue
            mark = "~g:" if negative else "g:"
            padded = f"<{token}>"
            found |= {mark + padded[i : i + gram] for i in range(max(1, len(padded) - gram + 1))}
    if "position" in kinds and tokens:
        ends = [i for i, t in enumerate(tokens) if t in _SENTENCE_END]
        first = tokens[: ends[0]] if ends else tokens
        last = tokens[ends[-2] + 1 : ends[-1]] if len(ends) >= 2 else []
        found |= {f"f:{t}" for t in first if t[0].isalnum()}
        found |= {f"l:{t}" for t in last if t[0].isalnum()}
    if "rules" in kinds:
        found.add(f"r:{rules or 'none'}")
    return sorted(found)


def _negated(tokens: list[str]) -> list[bool]:
    """Which words stand within reach of an odd number of negations in the same clause:
    two cancel ("ich kann nicht nicht kommen", "I can't not come" are a yes)."""
    reached = [0] * len(tokens)
    for at, token in enumerate(tokens):
        if token not in _NEGATIONS:
            continue
        for step in (-1, 1):
            for n in range(1, _SCOPE + 1):
                near = at + step * n
                if not 0 <= near < len(tokens) or tokens[near] in _CLAUSE_END:
                    break
                reached[near] += 1
    return [count % 2 == 1 for count in reached]


def contradicted(text: str, answer: Answer) -> str:
    """What in the words speaks against ``answer`` as the rules' lexicons see it, or ""."""
    risk = answer_risk(Reading(text=text, answer=answer))
    if risk:
        return risk
    spelled = cue("guard", "harmless").sub(" ", folded("answer", text).lower())
    for kind, name in _AGAINST.get(answer, ()):
        found = cue(kind, name).search(spelled)
        if found:
            return f"{name}: {found.group(0)!r}"
    return ""


def bears_answer(text: str) -> bool:
    """Has the reply a word that can carry an answer ("komme", "sorry", "klar", "👍")?

    The model counts words; on a reply without such a word ("I won't be late this
    time") it would read the mood of the words as a yes or a no.
    """
    return cue("answer", "bearing").search(folded("answer", text).lower()) is not None


def _one_typo(word: str, known: str) -> bool:
    """Within one typo: a letter missing, added or changed, or two neighbours swapped."""
    if abs(len(word) - len(known)) > 1 or word == known:
        return False
    if len(word) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == known[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == known[diff[0]])
    short, long_ = sorted((word, known), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@cache
def _bearing_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in lexicon("answer").get("bearing_words", ()))


@cache
def _near_bearing(word: str) -> bool:
    return any(_one_typo(word, known) for known in _bearing_words())


def typed_near(text: str) -> bool:
    """Has the reply a word one typo from a word that carries an answer ("dsbei",
    "kommr", "jawollo")? Phones and thumbs misspell the one word that answers."""
    return any(len(t) >= _MIN_TYPO and t.isalpha() and _near_bearing(t) for t in words(text))


def answerable(text: str) -> bool:
    """Whether the model may decide this reply at all, whatever it reads: not empty, not a
    letter, and with a word that can carry an answer. The trainer's cross-validation asks
    the same, so the threshold it finds is the one that holds here."""
    if not 0 < len(words(text)) <= MAX_DECIDED:
        return False  # a greeting or a signature alone says nothing; a letter is for a person
    if cue("answer", "refers_back").search(folded("answer", text).lower()):
        return False  # "Still on!": it means what was said before, which the model never saw
    # "Letzten Donnerstag war super!": the mood of the words, no answer; "Tom schreibt:
    # „Bin dabei!“": another's words, or a talk's title, quoted
    spoken = without_quoted_titles(text)
    return bears_answer(spoken) or typed_near(spoken)


@dataclass
class Model:
    classes: tuple[str, ...]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float  # record a yes or no from here on
    kinds: frozenset[str] = field(default_factory=frozenset)
    second: float = OFF  # from here on, sure of the opposite of the rules: a person reads
    choice: float = OFF  # from here on, it chooses between the rules' candidates
    # a threshold of its own for a yes or a no (else ``threshold``): one may be safe lower
    per_class: dict[str, float] = field(default_factory=dict)
    gram: int = GRAM  # the size of the letter groups its weights know

    def probabilities(self, text: str, rules: str = "") -> dict[str, float]:
        found = (self.weights.get(name) for name in features(text, self.kinds, rules, self.gram))
        rows = [row for row in found if row is not None]
        # each class's weights added up in the features' order, as one row after another
        # would: the same sums, without a new list per feature
        columns = zip(*rows, strict=True) if rows else ((),) * len(self.bias)
        scores = [reduce(add, c, start) for start, c in zip(self.bias, columns, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def read(self, text: str) -> ModelReading | None:
        """A yes or no the model is sure of; None when it is not, or sees no answer."""
        if not answerable(text):
            return None
        probabilities = self.probabilities(text)
        best = max(probabilities, key=lambda c: probabilities[c])
        confidence = probabilities[best]
        if best not in DECIDES or confidence < self.per_class.get(best, self.threshold):
            return None
        if contradicted(text, DECIDES[best]):
            return None
        return ModelReading(DECIDES[best], math.floor(confidence * 100) / 100)

    def to_json(self) -> dict[str, Any]:
        """Weights as whole hundredths: the file stays small, the decisions the same."""
        return {
            "classes": list(self.classes),
            "threshold": self.threshold,
            "second": self.second,
            "choice": self.choice,
            "per_class": dict(sorted(self.per_class.items())),
            "kinds": sorted(self.kinds),
            "gram": self.gram,
            "scale": _SCALE,
            "bias": [round(b * _SCALE) for b in self.bias],
            "weights": {k: [round(w * _SCALE) for w in v] for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        scale = float(data.get("scale", 1))
        return cls(
            classes=tuple(data["classes"]),
            bias=[b / scale for b in data["bias"]],
            weights={k: [w / scale for w in v] for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            kinds=frozenset(data.get("kinds", ())),
            second=float(data.get("second", OFF)),
            choice=float(data.get("choice", OFF)),  # files from before it chose
            per_class={k: float(v) for k, v in data.get("per_class", {}).items()},
            gram=int(data.get("gram", 4)),  # files from before the size was written
        )


@cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    """The model in ``path`` (by default the one in the package), read once; None if it
    is missing or damaged, and the rules then decide alone."""
    try:
        return Model.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_model() -> Model | None:
    """The model to ask: ``SOMEK_REPLY_MODEL=off`` leaves the rules alone (to compare),
    a path there reads another model file."""
    setting = os.environ.get(SWITCH, "").strip()
    if setting.lower() in ("off", "0", "no"):
        return None
    return load_model(Path(setting)) if setting else load_model()


def read_silent(text: str) -> ModelReading | None:
    """The model's reading of a reply where the rules found nothing, if it is sure."""
    model = current_model()
    return model.read(text) if model is not None else None


def doubt(text: str, answer: Answer | None) -> str:
    """Why a person should read a reply the rules answered yes or no, when the model is
    sure of the opposite ("" if it is not): the rules read strangers' words wrong more
    often than the two disagree, and an opposite answer recorded is the worst mistake."""
    model = current_model()
    if model is None or answer is None or answer not in DECIDES.values():
        return ""
    other = "no" if answer is Answer.YES else "yes"
    sure = model.probabilities(text)[other]
    if sure < model.second:
        return ""
    return f"{DISAGREE}: the rules read {answer.value}, the model {other} ({sure:.2f})"
