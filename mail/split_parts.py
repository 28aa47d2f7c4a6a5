"""An answer split over two parts of the evening: the part that is the evening decides.

"Count me in for the pizza, out for the evening" is a no; "Count me out for the
pizza, in for the evening", "Für den Vortrag ja, fürs Essen nein" are a yes: the
dinner, the drinks, the pizza are a side part, and leaving one out qualifies a
yes (as "Ich komme, aber nicht zum Essen" does). Where only the talk is out and a
side part is in ("Zum Essen komme ich, zum Vortrag nicht"), whether that is
coming is for a person. The parts are ``split_*`` in
``mail/lexicon/answer_split_parts.toml``.
"""

from __future__ import annotations

import re

from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["split_answer"]

_ARTICLE = r"(?:(?:the|den|das|die|dem|der|a|an)\s+)?"
_TO = r"\b(?:for|to|with|at|zum|zur|für|fuer|fürs|fuers|beim|bei|bis\s+zum)\s+" + _ARTICLE
_YES = (
    r"in|yes|ja|dabei|da|komme\s+ich|bin\s+ich\s+(?:da|dabei)|i'?m\s+in|i'?ll\s+come"
    r"|i'?m\s+coming"
)
_NO = r"out|no|nein|nicht|not|raus|nope|ohne\s+mich|leider\s+nicht|eher\s+nicht"
# "in for the pizza", "nein zum Essen"; "für den Vortrag ja", "zum Essen komme ich"
_BEFORE = re.compile(rf"\b(?P<said>{_YES}|{_NO})\s+{_TO}(?P<part>[\w-]+)")
# the word that opens the next part is not this part's: "in for the pizza, out for …"
_AFTER = re.compile(
    rf"{_TO}(?P<part>[\w-]+)(?:\s+danach|\s+after(?:wards)?)?\s*,?\s+(?P<said>{_YES}|{_NO})\b"
    rf"(?!\s+{_TO})"
)
_SAID_YES = re.compile(rf"^(?:{_YES})$")


def _kind(part: str) -> str:
    for name in ("whole", "talk", "side"):
        if cue("answer", f"split_{name}").search(part):
            return name
    return ""


def _parts(sentence: str) -> dict[str, Answer]:
    found: dict[str, Answer] = {}
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(sentence):
            kind = _kind(match.group("part"))
            said = Answer.YES if _SAID_YES.match(match.group("said")) else Answer.NO
            if kind and found.setdefault(kind, said) is not said:
                return {}  # one part said both ways: nothing to go by
    return found


def split_answer(signals: list[Signal], sentence: str) -> list[Signal]:
    """The sentence's signals, or the answer its split over the parts of the evening gives.

    ``sentence`` is folded and lower-cased. Only where it names two parts, one said
    yes and the other no.
    """
    parts = _parts(sentence)
    if len(parts) != 2 or len(set(parts.values())) != 2:
        return signals
    shown = f"{sentence.strip()} (split over the parts of the evening)"
    if "whole" in parts:
        return [Signal(parts["whole"], shown)]
    if parts.get("talk") is Answer.YES:
        return [Signal(Answer.YES, shown)]  # the talk without the side part
    # the side part without the talk: coming, or not? a person reads it
    return [Signal(Answer.YES, f"{shown}: side part"), Signal(Answer.NO, f"{shown}: talk")]
