"""Topic suggestions and votes by number in a member's own words.

Suggestions are taken from the forms people use: a cue before a colon
("Thema: …", "Themenvorschlag für einen der nächsten Abende: …", "topic idea:
…", "Round-Table-Idee: …") with the line or a list below it (bullets,
numbers, letters), and prose with a cue ("would love a talk about …", "ich
fände einen Abend über … spannend"). The cues live in
``mail/lexicon/topic_*.toml``. A wrong topic costs the organizer more than a
missed one, so a title needs such a cue. The text without the topic and vote
phrases comes back too, so their words ("Wie sage ich nein?") are not read
as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.cues import cue, lexicon

_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-hA-H][.)])\s+(?P<item>.+)$")
_NUMLIST = (
    r"\d{1,2}(?:\s*(?:,|und|and|&|\+|/|sowie|or|oder)\s*(?:thema\s*|topic\s*|nr\.?\s*)?\d{1,2})*"
)
_SUBJECT = (
    r"(?:das\s+|die\s+|the\s+)?"
    r"(?:thema|themen|topics?|vorschlag|vorschläge|idee|idea|nr\.?|nummer|numbers?|#)"
)
_VOTES = re.compile(
    "|".join(
        (
            rf"\+\s?1\s*(?:für|fuer|for|zu|to|on)?\s*{_SUBJECT}\s*#?\s*(?P<a>{_NUMLIST})",
            rf"\b(?:ich\s+)?stimme\s+(?:für|fuer)\s+(?:{_SUBJECT}\s*#?\s*)?(?P<b>{_NUMLIST})",
            rf"\b(?:i\s+)?vote\s+(?:for\s+)?(?:{_SUBJECT}\s*#?\s*)?(?P<c>{_NUMLIST})",
            rf"\b{_SUBJECT}\s*#?\s*(?P<d>{_NUMLIST})\s+(?:fände|finde|fänd)\s+ich\s+"
            r"(?:auch\s+|echt\s+|sehr\s+|richtig\s+|besonders\s+)?(?:gut|super|spannend|interessant|toll|klasse|prima)",
            rf"\b{_SUBJECT}\s*#?\s*(?P<e>{_NUMLIST})\s+(?:gefällt mir|klingt gut|wäre toll"
            r"|wäre super|sounds (?:good|great|interesting)|would be great)",
            rf"\b(?:ich\s+)?(?:bin|wäre)\s+für\s+{_SUBJECT}\s*#?\s*(?P<f>{_NUMLIST})",
        )
    ),
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(hallo|hi|hey|liebe\w*|hello|dear|moin|servus|guten (tag|morgen|abend))\b", re.IGNORECASE
)
_STRIP_START = " \t\"'„“”«»‚‘’*_.,;:!?-–"
_STRIP_END = " \t\"'„“”«»‚‘’*_.,;:!-–"


@dataclass
class TopicText:
    titles: list[str]
    votes: list[int]
    rest: str  # the text without topic and vote phrases


def _header() -> re.Pattern[str]:
    # One line: optional text before (a sentence or a bullet), a few words with a
    # topic cue, a colon, the rest. "Bin raus. Thema: …" keeps "Bin raus." as text.
    cues = "|".join(f"(?:{p})" for p in lexicon("topic").get("header", ()))
    return re.compile(
        r"^(?P<before>.*?[.!?]\s+)?\s*(?:[-*•]\s*)?\**(?:(?:mein|meine|my|a|an|ein|eine|noch|another|one|more)\s+){0,2}"
        rf"(?:{cues})(?:\s+[^:：\n]{{0,50}}?)?\**\s*[:：]\**\s*(?P<rest>.*)$",
        re.IGNORECASE,
    )


def clean_title(raw: str) -> str:
    """One line, no quotation marks or trailing full stop; a closing "?" belongs to it."""
    title = " ".join(raw.split()).lstrip(_STRIP_START).rstrip(_STRIP_END)
    for pattern in lexicon("topic").get("lead_in", ()):
        title = re.sub(pattern, "", title, flags=re.IGNORECASE)
    title = title.lstrip(_STRIP_START).rstrip(_STRIP_END)
    if title.endswith("?") and title.count("?") > 1:
        title = title.rstrip("?") + "?"
    return title[:200]


def _usable(title: str) -> bool:
    return (
        len(title) >= 3
        and not _GREETING.match(title)
        and not cue("topic", "not_a_title").match(title)
    )


def _listed_topics(lines: list[str], start: int) -> tuple[list[str], int]:
    """Bullets under a topic line (one blank line allowed), and where they end."""
    titles: list[str] = []
    index = start
    while index < len(lines):
        line = lines[index]
        bullet = _BULLET.match(line)
        if bullet:
            titles.append(clean_title(bullet.group("item")))
        elif line.strip() or titles or index > start:
            break
        index += 1
    return titles, index


def _headed_topics(lines: list[str]) -> tuple[list[str], list[str]]:
    titles: list[str] = []
    rest: list[str] = []
    header_line = _header()
    index = 0
    while index < len(lines):
        header = header_line.match(lines[index])
        if not header or re.match(r"^\s*(re|aw|wg|fw|fwd)\s*:", lines[index], re.IGNORECASE):
            rest.append(lines[index])
            index += 1
            continue
        if header.group("before"):
            rest.append(header.group("before"))
        inline = clean_title(header.group("rest"))
        listed, end = _listed_topics(lines, index + 1)
        if not inline and not listed and end < len(lines) and lines[end].strip():
            listed, end = [clean_title(lines[end])], end + 1
        titles += [t for t in [inline, *listed] if _usable(t)]
        index = end
    return titles, rest


def _prose_topics(text: str) -> tuple[list[str], str]:
    titles: list[str] = []

    def take(match: re.Match[str]) -> str:
        title = clean_title(match.group("title"))
        if not _usable(title):
            return match.group(0)
        titles.append(title)
        return ""

    def take_asked(match: re.Match[str]) -> str:
        # "Wie wäre es mit Pizza?" is no topic; "… mit einem Vortrag über X?" is
        raw = match.group("title")
        title = clean_title(raw)
        if _usable(title) and (title != _plain(raw) or cue("topic", "cue").search(whole)):
            titles.append(title)
            return ""
        return match.group(0)

    whole = text
    for pattern in lexicon("topic").get("prose", ()):
        text = re.sub(pattern, take, text, flags=re.IGNORECASE)
    for pattern in lexicon("topic").get("how_about", ()):
        text = re.sub(pattern, take_asked, text, flags=re.IGNORECASE)
    return titles, text


def _plain(raw: str) -> str:
    return " ".join(raw.split()).strip(_STRIP_START)[:200]


def _votes(text: str) -> tuple[list[int], str]:
    votes: list[int] = []

    def take(match: re.Match[str]) -> str:
        numbers = next(group for group in match.groups() if group)
        votes.extend(int(n) for n in re.findall(r"\d{1,2}", numbers) if int(n) > 0)
        return ""

    rest = _VOTES.sub(take, text)
    return list(dict.fromkeys(votes)), rest


def subject_topics(subject: str) -> list[str]:
    """A suggestion made in the subject alone ("Themenvorschlag: …"), reply prefixes removed."""
    bare = re.sub(r"^\s*((re|aw|wg|fw|fwd|antw)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    titles, _ = _headed_topics([bare])
    return titles


def extract_topics(text: str) -> TopicText:
    """Suggested topic titles and voted topic numbers, plus the remaining text."""
    headed, lines = _headed_topics(text.splitlines())
    asked, rest = _prose_topics("\n".join(lines))
    votes, rest = _votes(rest)
    titles = list(dict.fromkeys(headed + asked))
    return TopicText(titles=titles, votes=votes, rest=rest.strip())
