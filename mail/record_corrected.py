"""The organizer's record quoted and corrected: the answer is the one the member gave.

"Bei mir steht Absage, ich hatte aber zugesagt! Bitte ändern", "You've marked me as
coming, but I said no": the record shown ("Absage", "coming") is the organizer's
words, and "ich hatte zugesagt" reads like a report of what was said before. Read
word by word, the record became the answer, or the two stood against each other.
Where the mail shows the record and the member says what they answered, that answer
is the one to record, unless something changed since ("…, kann jetzt aber doch").
The cues are ``record_*`` in ``mail/lexicon/answer_record_corrected.toml``.
"""

from __future__ import annotations

from mail.answer_signals import Reading, read_sentence
from mail.clause_signals import Signal
from mail.cues import cue
from mail.types import Answer

__all__ = ["record_corrected"]

_SAID = (
    ("record_said_maybe", Answer.MAYBE),
    ("record_said_no", Answer.NO),
    ("record_said_yes", Answer.YES),
)


def record_corrected(sentence: str, mail: str) -> list[Signal] | None:
    """The signals a sentence of a record correction stands for; None for any other.

    ``sentence`` and ``mail`` are lower case in the folded spelling of the answer cues.
    The sentence naming the answer given stands for that answer; the one only showing
    the record, or asking to put it right, stands for nothing.
    """
    if not cue("answer", "record_shown").search(mail):
        return None
    said = [
        (found, answer) for name, answer in _SAID if (found := cue("answer", name).search(mail))
    ]
    if not said:
        return None
    found, answer = min(said, key=lambda pair: pair[0].start())
    after = mail[found.end() :]
    if cue("answer", "record_changed_since").search(after):
        return None  # "…, ich hatte abgesagt. Jetzt kann ich aber doch": read as it stands
    rest = Reading()
    read_sentence(after, "", rest, False)
    if any(s.answer is not answer and not s.weak for s in rest.signals):
        return None  # "ich hatte zugesagt, muss aber absagen": an answer since, read as it is
    if found.group(0) in sentence:
        return [Signal(answer, found.group(0))]
    if cue("answer", "record_shown").search(sentence):
        return []
    if cue("answer", "record_fix_request").search(sentence):
        return []  # "Ich bitte um Korrektur": asked of the organizer, no answer of its own
    return None
