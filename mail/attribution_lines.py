"""Attribution lines: where a client says whose mail is quoted below.

"On … wrote:", "Am … schrieb …:", "Le … a écrit :", wrapped over several
lines, framed in dashes, date first, without a colon, or sharing its line with
the member's last words. The cue words per language are data in
``mail/lexicon/attribution.toml``; this module holds how sure a line is one.
"""

from __future__ import annotations

import re
from functools import cache

from mail.attribution_cues import cues as _cues
from mail.prefilter import WordIndex, needs
from mail.tails import ends_with

QUOTED_LINE = re.compile(r"^\s*>")
DECORATION = " \t-_=*"
_ADDRESS_COLON = re.compile(r"(?:<\s*[^<>\s]+@[^<>\s]+\s*>|\S+@\S+)[)\]]*\s*:$")
# "* Anna <a@b.org> [2027-01-08 09:14]:", the attribution mutt users often set
_ADDRESS_DATED = re.compile(
    r"^\*?\s*[^<>.!?:]{0,80}<\s*[^<>\s]+@[^<>\s]+\s*>\s*\[\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[^\[\]]*\]\s*:$"
)
_DATE_FIRST = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*<\s*\S+@\S+\s*>$")
# The member's "ich" or "we" in an attribution's head that also holds a finished sentence:
# the lines are the member's
_OWN_VOICE = re.compile(r"(?<!\w)(?:ich|wir|i|we)(?!\w)", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
DIGIT = re.compile(r"\d")
_DATE_START = re.compile(r"^\d{1,4}(?:[./:-]\d|\.?\s)")  # "15. marts", "2014-10-17", "4 dec."
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
_ABBREVIATION = re.compile(r"(?<!\w)\w{1,4}\.(?=\s)")
# The attribution's writer is someone else; "ich"/"I" next to the verb is the member.
_OWN_VOICE_BEFORE = re.compile(r"(?<!\w)(?:ich|i|wir|we|je|io|yo)\s*$", re.IGNORECASE)
_OWN_VOICE_AFTER = re.compile(r"(?:ich|wir)(?!\w)", re.IGNORECASE)
# Words before an attribution's opener that belong to it: the sender ("Anna <a@b> schrieb am
# …:", "Anna hat am … geschrieben:").
_SENDER_BEFORE = re.compile(r"(?<!\w)(?:hat|has|heeft|ha)\s*$", re.IGNORECASE)
_MAX_ATTRIBUTION = 400
_SHORT_PIECE = 20
_NAME_ONLY = re.compile(r"[^\W\d_][\w .'#-]*")  # no address, no comma: nothing follows
_NAME_TAIL = 4  # words of a sender's name after the verb of an attribution without a colon

NONE, WEAK, STRONG = 0, 1, 2


@cache
def _verb_words() -> WordIndex:
    verb = _cues().verb
    index = WordIndex()
    index.add(needs(verb.pattern, verb.flags))
    return index


def _verb(core: str) -> re.Match[str] | None:
    """``cues.verb.search(core)``, run only where one of the verbs is written.

    Most lines a candidate joins (greetings, signatures, the member's words)
    hold no attribution verb; the plain look for the verbs the pattern needs
    is exact (see :mod:`mail.prefilter`) and far quicker than the pattern tried
    at every position.
    """
    if not _verb_words().present(core):
        return None
    return _cues().verb.search(core)


def _attribution_strength(candidate: str) -> int:
    """How sure we are that ``candidate`` (one or more joined lines) is an attribution."""
    stripped = candidate.strip()
    core = stripped.strip(DECORATION)
    if not core or len(core) > _MAX_ATTRIBUTION:
        return NONE
    dashed = stripped.startswith("--") and stripped.endswith("--")
    cues = _cues()
    verb = _verb(core)
    evidence = bool(DIGIT.search(core) or "@" in core)
    if verb is not None:
        tail = verb.group("tail").strip()
        # "schrieb am Fr., 8. Jan. 2027, 09:14:": abbreviated days and months end no sentence
        if _SENTENCE_END.search(_ABBREVIATION.sub("", tail)):
            return NONE
        if tail and not tail.endswith(":") and not dashed:
            # "Am 08.01.27 um 09:14 schrieb Stammtisch" lost its colon: the sender's name
            # alone after a dated opener, and only above a quote
            named = len(tail.split()) <= _NAME_TAIL and bool(_NAME_ONLY.fullmatch(tail))
            dated = bool(cues.opener.match(core) and _TIME.search(core[: verb.start()]))
            return WEAK if named and dated and not _OWN_VOICE_AFTER.match(tail) else NONE
        before = core[: verb.start()]
        if _OWN_VOICE.search(before) and _SENTENCE_END.search(_ABBREVIATION.sub("", before)):
            # "den 28. schaffe ich nicht, schon zugesagt. nächstes mal …" above "Anna
            # schrieb …:" is the member's paragraph, not a wrapped attribution
            return NONE
        if _OWN_VOICE_BEFORE.search(before) or _OWN_VOICE_AFTER.match(tail):
            # "…, schrieb ich ja schon:", "as I wrote:": the member quoting themself
            return NONE
        if dashed or (evidence and (tail or cues.opener.match(core) or "@" in before)):
            return STRONG
        # "Wie Anna schon schrieb:" counts only when a quote follows.
        return WEAK if tail else NONE
    if _ADDRESS_COLON.search(core) and DIGIT.search(core.split("@")[0]):
        return STRONG
    if _ADDRESS_DATED.search(core):
        return STRONG
    if _DATE_FIRST.match(core):
        return WEAK
    return NONE


def _candidate_lines(lines: list[str], index: int) -> list[tuple[int, str]]:
    """Joined texts of lines starting at ``index``, with how many lines each spans."""
    first = lines[index].strip()
    if not first or QUOTED_LINE.match(first) or len(first) > _MAX_ATTRIBUTION:
        return []
    # Polymail and some phones break a long attribution with a blank line, or
    # even put "> wrote:" on a line of its own.
    may_gap = bool(_cues().opener.match(first) and DIGIT.search(first))
    joined, out, gaps = first, [(1, first)], 0
    for extra in range(index + 1, min(index + 6, len(lines))):
        piece = lines[extra].strip()
        if not piece:
            if not may_gap or gaps:
                break
            gaps += 1
            continue
        if QUOTED_LINE.match(piece) and not (may_gap and len(piece) <= _SHORT_PIECE):
            break
        joined = f"{joined} {piece}"
        out.append((extra - index + 1, joined))
        if len(out) == 4:
            break
    return out


def attribution_at(lines: list[str], index: int) -> tuple[int, int]:
    """The span and strength of an attribution starting at ``index`` (0, NONE if none)."""
    weak: tuple[int, int] | None = None
    for span, text in _candidate_lines(lines, index):
        if span > 1 and not DIGIT.search(lines[index]):
            # A wrapped attribution's first line carries the date; "Am Samstag"
            # or "reply" above one is the member's own line.
            break
        strength = _attribution_strength(text)
        if strength == WEAK and span == 1 and weak is None:
            # "Am … schrieb Stammtisch" may go on with "<st@example.org>:" below
            weak = span, strength
            continue
        if strength:
            if span > 1 and _later_start(lines, index, span, strength):
                # "Am Samstag komme ich." above "Am … schrieb …:" is the member's line.
                return 0, NONE
            if strength == WEAK and weak is not None:
                break
            return span, strength
    return weak or (0, NONE)


def _later_start(lines: list[str], index: int, span: int, strength: int) -> bool:
    """Whether the attribution really starts below ``index``, which is the member's line."""
    ends_sentence = lines[index].rstrip().endswith((".", "!", "?"))
    for start in range(index + 1, index + span):
        piece = lines[start].strip()
        looks_like_start = bool(_cues().opener.match(piece) or _DATE_START.match(piece))
        if not (ends_sentence or looks_like_start):
            continue
        for sub_span, text in _candidate_lines(lines, start):
            if start + sub_span > index + span:
                break
            if _attribution_strength(text) >= strength:
                return True
    return False


# The end of a sentence, not of a date's day ("28."), a time or an abbreviation ("Fri.",
# "Jan."): "!" or "?", or a full stop after a word in lower case, of five letters or more,
# or an English ordinal ("the 28th.").
_FINISHED = re.compile(
    r"(?:[!?]|(?<![\w.])(?:[a-zäöüß]\w*|[^\W\d]{5,}|\d{1,2}(?:st|nd|rd|th))\.)[\"')]?\s*$"
)


def embedded_attribution(lines: list[str], index: int) -> str | None:
    """The member's words before an attribution that starts inside the line, if any.

    "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" keeps "reply".
    The last place an attribution can start is tried first: "Klar, am 28. bin ich
    da! Am Fr., 8. Jan. 2027 … schrieb …:" keeps the whole sentence, and a line
    that itself opens like one ("Am 28. kann ich nicht. Am Fr., …") keeps a
    finished sentence before it.
    """
    line = lines[index]
    if QUOTED_LINE.match(line):
        return None
    opens = bool(_cues().opener.match(line.strip()))
    # Every place is tried, so each test looks at the line once, not once per place:
    # a line of a thousand "am" stays linear.
    digit = DIGIT.search(line)
    first_digit = digit.start() if digit else len(line)
    first_at = line.find("@")
    if first_at < 0:
        first_at = len(line)
    for found in reversed(list(_cues().embedded.finditer(line))):
        words = line[: found.start()].rstrip(DECORATION)
        finished = ends_with(_FINISHED, words)
        if opens and not finished:
            continue
        if (
            not words.strip()
            or (first_digit < len(words) and not finished)
            or first_at < len(words)
            or ends_with(_SENDER_BEFORE, words)
        ):
            # A date before "AM"/"am" is the attribution's own start, not the member's words;
            # so is its sender, "Anna <a@b> schrieb am …:". A finished sentence with a date
            # in it ("Sorry, the 28th doesn't work for me.") is the member's.
            continue
        if _cues().verb.search(words.rsplit(None, 1)[-1]):
            continue
        rest = [line[found.end() :].lstrip(DECORATION), *lines[index + 1 :]]
        for _, text in _candidate_lines(rest, 0):
            if _attribution_strength(text) == STRONG and ("@" in text or _TIME.search(text)):
                return words
    return None
