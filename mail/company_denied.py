"""Company denied beside the member alone: "I won't come with my wife, she's away. Just
me.", "Ich komme nicht mit Begleitung, nur ich allein."

The negation denies whom the member comes with, not the coming, as a denied manner does
(``manner_denied``). Only where the member is said to come alone, in the sentence or the
one after it, without a negation there: "Ich komme nicht mit" alone is a plain no. Cues live in
``mail/lexicon/answer_company_denied.toml``.
"""

from __future__ import annotations

from mail.clause_signals import mask
from mail.clauses import sentences
from mail.cues import cue

__all__ = ["company_denied"]


def company_denied(spoken: str, sentence: str, after: str) -> tuple[str, list[str]]:
    """``spoken`` with a denied company blanked, and the phrases found; unchanged and none
    when the member is not said to come alone in ``sentence`` or the first of ``after``."""
    found = cue("answer", "company_denied").search(spoken)
    if found is None:
        return spoken, []
    rest = sentence[found.end() :]
    following = next(iter(sentences(after)), "")
    # the member alone said plainly: not "… und ich allein mag nicht", "just me staying home"
    said = [words for words in (rest, following) if cue("answer", "member_alone").search(words)]
    if not said or any(cue("answer", name).search(said[0]) for name in ("negation", "no")):
        return spoken, []
    return mask(cue("answer", "company_denied"), spoken)
