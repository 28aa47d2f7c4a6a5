"""Signs that an answer was written by no person now: a notice's shape, quoted lines.

The answer guard (:mod:`mail.answer_guard`) withdraws an answer that an
automatic absence notice or a quoted or forwarded message gave; these are the
two tests, on the member's own words in the folded spelling the answer cues use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mail.cues import Cue, cue, folded

__all__ = ["absence_notice_shape", "first_match", "guard", "quoted_only"]

_QUOTE_MARK = re.compile(r"^\s*(?:>|\|)")
# Where a quoted or forwarded message starts inside what was kept as own words:
# a separator, a header block line, or an attribution ending in "wrote:".
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:original|forwarded|urspr\w*|weitergeleitet)|"
    r"(?:begin forwarded|anfang der weitergeleiteten)|"
    r"\*?(?:from|von|sent|gesendet|subject|betreff|date|datum)\*?:\s+\S)|"
    r"(?:wrote|schrieb|schreibt|a [ée]crit)\s*:\s*$",
    re.IGNORECASE,
)


def guard(name: str) -> Cue:
    """A cue of the guard lexicons (``mail/lexicon/guard_*.toml``)."""
    return cue("guard", name)


def first_match(pattern: re.Pattern[str] | Cue, text: str) -> str:
    """The first match of ``pattern`` in ``text``, stripped, or ""."""
    match = pattern.search(text)
    return match.group(0).strip() if match else ""


def absence_notice_shape(words: str) -> str:
    """The shape of an automatic absence notice, or "".

    Away, and mail unread or a return date or someone else to ask, with none
    of the words a person uses to answer the evening ("leider", "this time").
    """
    lowered = words.lower()
    named = guard("automatic").search(lowered)
    if named and not guard("negation").search(lowered[max(0, named.start() - 12) : named.start()]):
        return repr(named.group(0))
    away = first_match(guard("absence"), lowered)
    # "Ich bin die Assistentin von Herrn Roth. Er ist bis März in Elternzeit": an absence
    # told by whoever writes for the member is a person's answer, not a notice
    if not away or guard("personal").search(lowered) or cue("answer", "proxy_told").search(lowered):
        return ""
    sign = (
        first_match(guard("mail_access"), lowered)
        or first_match(guard("referral"), lowered)
        or first_match(guard("return_date"), lowered)
    )
    return f"{away!r} … {sign!r}" if sign else ""


def quoted_only(text: str, evidence: Sequence[str]) -> bool:
    """Every evidence phrase sits in a line that looks quoted or forwarded."""
    inside = False
    quoted: list[str] = []
    own: list[str] = []
    for line in folded("answer", text).lower().splitlines():
        inside = inside or bool(_FORWARD.search(line))
        (quoted if inside or _QUOTE_MARK.match(line) else own).append(line)
    if not quoted:
        return False
    kept = "\n".join(own)
    return bool(evidence) and not any(p in kept for p in evidence)
