"""Suggestions the member takes back in the next breath.

"Ein Abend über Newsletter? Gähn.", "Topic for another day: Excel macros?
Haha, just kidding.", "Vorschlag von Peter: Podcasts. Ich finde das eher
langweilig." name a subject only to wave it away: the sentence right after
the suggestion is a joke marker or a refusal on its own ("Nee, lieber nicht",
"just kidding", "🙄"), or a short sentence pointing back at it that finds it
dull. Such a title is no topic, and the waving away is no answer to the
evening either. The words live in ``mail/lexicon/topic_*.toml``
(``dismissed``, ``found_dull``).
"""

from __future__ import annotations

import re

from mail.cues import cue

# the rest of the sentence a title stands in, and the sentence after it
_REST_OF_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]*")
_NEXT_SENTENCE = re.compile(r"\s*([^.!?\n]+[.!?]*)")
# laughter and winks around a dismissal: "Haha, just kidding 😅"
_LAUGH = r"(?:haha\w*|hehe\w*|hihi\w*|lol|ha|xd|[;:]-?[)pd]|[😀😁😂😃😄😅😆😉😊😜😝🤣🙃🤪])"
_MARK = r"[\s.,;:!?…\-–—_\"'()*~]"
_PADDING = re.compile(rf"^(?:{_MARK}|{_LAUGH}(?!\w))*|(?:{_MARK}|(?<!\w){_LAUGH})*$", re.IGNORECASE)
# a sentence that points back at the suggestion ("Ich finde das eher langweilig")
_POINTS_BACK = re.compile(
    r"\b(?:das|dies|sowas|so\s+was|davon|darauf|dafür|that|this|it|which)\b", re.IGNORECASE
)
# "…, aber wichtig", "but still useful": the member keeps it after all
_KEPT_AFTER_ALL = re.compile(
    r"\b(?:aber|doch|trotzdem|dennoch|but|though|still|anyway|nevertheless)\b", re.IGNORECASE
)
_POINTING_WORDS = 12
# "We're very boring online and we know it", "Unsere Posts sind total langweilig": the
# member finds their own doings dull, which is why they ask; the suggestion stays
_OWN_DULLNESS = re.compile(
    r"\b(?:we\W?re|we\s+are|we\s+look|our\s+\w+\s+(?:is|are|looks?|feels?)|wir\s+(?:sind|wirken)"
    r"|unser\w*\s+\w+\s+(?:ist|sind|wirk\w*))\s+(?:\w+\s+){0,3}?"
    r"(?:boring|dull|tedious|langweilig\w*|öde|fad|trocken)\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|\s[–—-]\s)\s*")


def _waved_away(sentence: str) -> str:
    """The words of ``sentence`` that wave the suggestion away: its opening clauses when
    they are a dismissal of their own ("Haha, just kidding, I'm in" keeps "I'm in"), or
    the whole of a short judgement of what came before; "" when it does neither."""
    dismissal = cue("topic", "dismissed")
    said, found, start = "", False, 0
    for end in [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]:
        bare = _PADDING.sub("", sentence[start:end].strip())
        if bare and not dismissal.fullmatch(bare):
            break
        found, said = found or bool(bare), sentence[:end]
        start = end
    if found:
        return said
    if (
        len(sentence.split()) <= _POINTING_WORDS
        and _POINTS_BACK.search(sentence)
        and cue("topic", "found_dull").search(sentence)
        and not _KEPT_AFTER_ALL.search(sentence)
        and not _OWN_DULLNESS.search(sentence)
    ):
        return sentence
    return ""


def _after(text: str, title: str) -> tuple[str, str]:
    """The rest of the sentence ``title`` was suggested in ("Excel-Tabellen 😴") and the
    sentence after it; both empty if the title is not found as written."""
    at = text.lower().find(title.lower())
    if at < 0:
        return "", ""
    end = at + len(title)
    same = ""
    if not title.endswith(("?", "!", ".")):
        found = _REST_OF_SENTENCE.match(text, end)
        same, end = (found.group(0), found.end()) if found else ("", end)
    following = _NEXT_SENTENCE.match(text, end)
    return same, following.group(1) if following else ""


def without_dismissed(text: str, titles: list[str], rest: str) -> tuple[list[str], str]:
    """``titles`` without those waved away right after, and ``rest`` without the
    words that waved them away."""
    if not titles:
        return titles, rest
    kept: list[str] = []
    for title in titles:
        same, following = _after(text, title)
        waved = _waved_away(same) or (_waved_away(following) if following else "")
        if waved:
            rest = rest.replace(waved, "", 1)
            continue
        kept.append(title)
    return kept, rest
