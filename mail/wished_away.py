"""A wish to the others beside an evening of one's own elsewhere: a no said politely.

"Viel Spaß euch allen! Ich bin an dem Abend bei einer Beerdigung in Trier", "Have a
brilliant evening, everyone! I'm stuck at the port that night", "Great topic! Shame
I'll be on a ferry to Orkney". The member wishes the others a good evening, or praises
it, and says where they are instead; no word says "no", yet a careful organizer reads
one. Read only where the rules found no answer at all, and only where the first person
names the other engagement right after the wish (in the rest of its sentence or the
next one) as a conflict: with the day, a must, a regret, a trip or a turn; or hopes to
come another time ("Viel Spaß euch, vielleicht nächstes Mal!"). Cues:
``mail/lexicon/answer_wished_away.toml``.
"""

from __future__ import annotations

from mail.clauses import sentences
from mail.cues import cue, folded

# "… next time!", "nächstes Mal wieder!", "next time then": what may follow the later time
_TRAILING = 2


def _closing(words: str, end: int) -> bool:
    return len(words[end:].split()) <= _TRAILING


def _negated(words: str) -> bool:
    return bool(cue("answer", "negation").search(words))


def wished_away(text: str) -> str:
    """The wish and the engagement elsewhere that make ``text`` a no, or ""."""
    said = [folded("answer", s).lower() for s in sentences(text)]
    for at, sentence in enumerate(said):
        wish = cue("answer", "wish_others").search(sentence)
        if wish is None or sentence.endswith("?"):
            continue
        following = said[at + 1] if at + 1 < len(said) else ""
        for words in (sentence[wish.end() :], following):
            if words.endswith("?"):
                continue
            # "Ich wünsche euch einen tollen Abend, ojalá next time!", "Have fun! Maybe
            # next time.": the member hopes to come another time, not this one; said in
            # the closing words, not "Nächstes Mal bringe ich Kuchen mit"
            later = cue("answer", "next_time").search(words)
            if later is not None and _closing(words, later.end()) and not _negated(words):
                return f"{wish.group(0)} … {later.group(0)}"
            elsewhere = cue("answer", "engaged_elsewhere").search(words)
            # at the evening's own place or helping there is no conflict: a day, a must,
            # a regret, a trip or a turn says the engagement keeps the member away
            if elsewhere is not None and cue("answer", "elsewhere_marker").search(words):
                return f"{wish.group(0)} … {elsewhere.group(0)}"
    return ""
