"""Topic suggestions and votes by number in a member's own words.

Suggestions are taken only from clear forms ("Thema: …", a bullet list under
such a line, "Wie wäre es mal mit …?" next to a word like "Thema"), because a
wrong topic costs the organizer more than a missed one. The text without the
topic and vote phrases comes back too, so their words ("Wie sage ich nein?")
are not read as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A topic line may also follow a sentence on the same line ("Bin raus. Thema: …").
_HEADER = re.compile(
    r"^(?P<before>.*?[.!?]\s+)?\s*(?:[-*•]\s*)?\**(?:mein(?:e)?\s+)?(themenvorschl(?:a|ä)ge?|themenideen?|themenwunsch"
    r"|thema|themen|topic suggestions?|topic ideas?|topics?|vorschlag|vorschläge)\**\s*[:：]\**"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+(?P<item>.+)$")
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
_HOW_ABOUT = re.compile(
    r"\b(?:wie\s+wäre\s+es\s+(?:denn\s+)?(?:mal\s+)?mit|how about|what about)\s+"
    r"(?P<title>[^?!\n]{3,120})\?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:einem|einen|einer|dem|der|a|an|the)\s+)?(?:vortrag|abend|thema|themenabend|session"
    r"|runde|diskussion|talk|workshop|topic|discussion|evening)\s+(?:über|zu|zum|zur|on|about"
    r"|around|of)?\s*",
    re.IGNORECASE,
)
_TOPIC_CUE = re.compile(
    r"\b(thema|themen\w*|topic\w*|vortrag|talk|session|idee|idea|vorschlag|suggest\w*)\b",
    re.IGNORECASE,
)
_STRIP_CHARS = " \t\"'„“”«»‚‘’*_.,;:!?-–"


@dataclass
class TopicText:
    titles: list[str]
    votes: list[int]
    rest: str  # the text without topic and vote phrases


def clean_title(raw: str) -> str:
    title = " ".join(raw.split()).strip(_STRIP_CHARS)
    return title[:200]


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
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index])
        if not header:
            rest.append(lines[index])
            index += 1
            continue
        if header.group("before"):
            rest.append(header.group("before"))
        inline = clean_title(header.group("rest"))
        listed, end = _listed_topics(lines, index + 1)
        if not inline and not listed and end < len(lines) and lines[end].strip():
            listed, end = [clean_title(lines[end])], end + 1
        titles += [t for t in [inline, *listed] if len(t) >= 3]
        index = end
    return titles, rest


def _how_about(text: str) -> tuple[list[str], str]:
    titles: list[str] = []

    def take(match: re.Match[str]) -> str:
        raw = match.group("title")
        title = clean_title(_LEAD_IN.sub("", raw))
        if title and (title != clean_title(raw) or _TOPIC_CUE.search(text)):
            titles.append(title)
            return ""
        return match.group(0)

    return titles, _HOW_ABOUT.sub(take, text)


def _votes(text: str) -> tuple[list[int], str]:
    votes: list[int] = []

    def take(match: re.Match[str]) -> str:
        numbers = next(group for group in match.groups() if group)
        votes.extend(int(n) for n in re.findall(r"\d{1,2}", numbers) if int(n) > 0)
        return ""

    rest = _VOTES.sub(take, text)
    return list(dict.fromkeys(votes)), rest


def extract_topics(text: str) -> TopicText:
    """Suggested topic titles and voted topic numbers, plus the remaining text."""
    headed, lines = _headed_topics(text.splitlines())
    asked, rest = _how_about("\n".join(lines))
    votes, rest = _votes(rest)
    titles = list(dict.fromkeys(headed + asked))
    return TopicText(titles=titles, votes=votes, rest=rest.strip())
