"""A suggested topic's title, cut clean from the words around it.

A title ends where the member goes on about it (a dash, a bracket, a new
sentence, or without punctuation their own clause: "… wie macht man das",
"… ich weiß"), loses the words that only lead into it ("mal was über", "a
session on", "als Thema") and is never a greeting, a pronoun or the evening's
arrangements (``mail/lexicon/topic_*.toml``: ``lead_in``, ``title_end``,
``not_a_title``).
"""

from __future__ import annotations

import re
import unicodedata

from mail.cues import cue, each

GREETING = re.compile(
    r"^(hallo|hi|hey|liebe\w*|hello|dear|moin|servus|guten (tag|morgen|abend))\b", re.IGNORECASE
)
STRIP_START = " \t\"'„“”«»‚‘’*_.,;:!?-–"
STRIP_END = " \t\"'„“”«»‚‘’*_.,;:!-–"


# A title ends where the member goes on about it: a dash, a bracket, a new sentence
# (after a title that is a question, a sentence of their own: "Wann sagen wir Nein? Wir
# kriegen …", not "Just say yes? Consent banners done right").
_TITLE_END = re.compile(
    r"\s[–—-]\s|\s\(|(?<=\w{4}[.!])\s+(?=\S)|(?<=[\"“”»][.!])\s+(?=\S)"
    # a short word ends a sentence before a capitalised one ("… at a zoo. People love …"),
    # not an abbreviation ("Threads vs. Bluesky")
    r"|(?:(?<=\W[a-zäöüß]{2}[.!])|(?<=\W[a-zäöüß]{3}[.!]))(?<!\bvs\.)(?<!\bca\.)(?<!\bbzw\.)"
    r"(?<!\betc\.)(?<!\busw\.)(?<!\bggf\.)(?<!\bvgl\.)(?<!\bsog\.)(?<!\bfig\.)(?<!\bbsp\.)"
    r"\s+(?=[A-ZÄÖÜ][a-zäöüß]+(?:['’][a-z]{1,2})?\s)"
    r"|(?<=\w[?])\s+(?=(?:ich|wir|bei|uns|unser\w*|mein\w*|das|es|da|man|ihr|du|we|i|our"
    r"|my|it|that|this|there|they|you)\b)"
    # or a long one of any start: "Wie messe ich Erfolg? Zusagen und Besucher sind bei uns …"
    r"|(?<=\w[?])\s+(?=(?:\S+\s+){5}\S)"
    # "…, da blickt keiner durch", "…, weil …", "…, since we're switching": a reason
    r"|,\s+(?=(?:da|weil|denn|zumal|obwohl|because|since|though|although"
    r"|bei\s+uns|wir|ich|we|i|unsere?|our|sie|er|they|he|she|bin|komme|komm"
    r"|kann\s+(?:leider|nicht|doch)|leider|sorry|unfortunately)\b)"
    # a tag question or a turn to the member's own matter: "…, oder?", "… lol but I'm …"
    r"|,\s+(?=(?:oder|gell|gelle|ne|nä|right|or|eh)\W*$)|,\s+(?=(?:der|die|das)\s+letzte\b)"
    r"|\s+(?=(?:lol|haha|hehe|xd|rofl)\b)|\s+(?=(?:but|aber)\s+(?:i|i\W?m|ich|we|wir|it|es|that|das)\b)"
    # a turn after a comma: "… on podcasts, but fine, I'll come", "…, aber egal"
    r"|,\s+(?=(?:but|aber)\s+(?:fine|okay|ok|anyway|whatever|egal|gut|naja|schon\s+gut)\b)"
    # a remark on how, when or whether after a comma: "…, gerne auch als Workshop", "…, am
    # besten mit einem Profi", "…, if that's not too niche", "…, e.g. rules and moderation"
    r"|,\s+(?=(?:gerne?|am\s+liebsten|am\s+besten|idealerweise|vorzugsweise|vor\s+allem"
    r"|besonders|insbesondere|speziell|gerade|vielleicht|eventuell|evtl|möglichst|und\s+zwar"
    r"|also|sprich|so\s+(?:eine?|ne)\s+art|sozusagen|z\.\s?b\.|zum\s+beispiel|falls|auch\s+wenn"
    r"|selbst\s+wenn|ob|ideally|preferably|especially|particularly|mainly|maybe|perhaps"
    r"|possibly|e\.g\.|eg|for\s+example|for\s+instance|such\s+as|i\.e\.|even\s+if|whether"
    r"|so\s+(?:ganz\s+)?grob|grob\s+gesagt|oder\s+so|ehrlich\s+gesagt|honestly|to\s+be\s+honest|tbh"
    r"|roughly|or\s+so|asking\s+for|frage\s+für|including|inklusive|inkl|einschließlich|samt"
    r"|(?:so\s+|nur\s+)?als\s+(?:idee|vorschlag|anregung)|just\s+an\s+idea|nur\s+so)(?!\w))"
    r"|,?\s+(?=(?:if|falls|wenn)\s+(?:that|it|this|anyone|anybody|someone|somebody|possible"
    r"|das|es|jemand|möglich|ihr|you|there)\b)"
    # several marks end it ("… und DSGVO!!! Bitte bitte."); so does a pictograph after a
    # word before the member's own clause ("… Kirchengemeinden 🙏 wir sind da verloren")
    r"|(?<=[!?][!?])\s+(?=\S)|(?<=\w)\s*[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s+(?=\w)"
    r"|(?<=\w[?])\s+(?=(?:ist|sind|war|hat|haben|gibt|geht|kommt|is|was|has|have)\b)"
    # without punctuation the answer or the closing runs on: "… für Schulen Bin dabei",
    # "… for bakeries and yes I'm coming", "… für Azubis LG Anna", "…, best, Sarah"
    r"|\s+(?=(?:(?:und|and)\s+)?(?:(?:ja|yes)\s+)?(?:bin\s+dabei|bin\s+am\s+start|ich\s+komme"
    r"|komme\s+(?:gern|gerne|auch|mit)|i\W?m\s+(?:coming|in)\b|i\W?ll\s+(?:be\s+there|come)"
    r"|count\s+me\s+in)\b)"
    r"|[\s,]+(?=(?:lg|vg|mfg|gru(?:ß|ss)|grü(?:ß|ss)e|(?:liebe|viele|beste|herzliche|schöne)\s+"
    r"grü(?:ß|ss)e|cheers|danke|thanks|thank\s+you|xoxo|bis\s+(?:bald|dann|später|morgen"
    r"|donnerstag|nächste\w*)|see\s+you|ciao|tschüs+|bye)\b[^\n]{0,40}$)"
    r"|,\s+(?=(?:best|regards|kind\s+regards|br)\b[^\n]{0,30}$)|\s+(?=[:;]-?[)(DP]\s)",
    re.IGNORECASE,
)


def _clause_end(title: str) -> str:
    """Without punctuation (dictated, typed in a hurry) a title ends where a clause of the
    member's own begins: "… streamen wie macht man das", "… vereine ich weiß klingt komisch"."""
    for found in cue("topic", "title_end").finditer(title):
        # after a comma one word is title enough: "Barrierefreiheit, das fehlt total"
        if len(title[: found.start()].split()) >= 2 or found.group(0).startswith(","):
            return title[: found.start()]
    return title


# A short sentence after a title is the member's answer ("Bin dabei!", "Can't make it
# then."); a longer one most often tells why the subject matters ("Unsere Studis sind da,
# wir als Uni noch nicht"), where "da" is no answer.
_SHORT_AFTER = 5
_NEXT_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


# The member's own short clause after a comma behind a title: about coming, not the subject.
_ANSWER_TURN = re.compile(
    r"(?:(?:und|and|aber|but|übrigens|btw)\s+)?"
    r"(?:ich\s+(?:komme|komm|bin|kann|werde|schaffe)|bin|komme|komm|kann\s+(?:leider|nicht)"
    r"|i\W?m\s+(?:in|coming|there|out)|i\W?ll\s+(?:be|come)|i\s+(?:will|can\W?t|cannot|am)"
    r"|see\s+you|count\s+me|bis\s+(?:donnerstag|dann|bald)|leider|sorry|unfortunately)\b"
    r"[^.!?\n]{0,40}[.!]*$",
    re.IGNORECASE,
)


def said_after(raw: str) -> str:
    """The member's own short sentence after a title that ended with its sentence ("Idee:
    Podcasts am Handy. Bin dabei!" goes on with "Bin dabei!"); nothing after a dash or a
    bracket, which go on about the title itself, nor a question or a longer sentence."""
    joined = " ".join(raw.split())
    end = _TITLE_END.search(joined)
    if end is None:
        return ""
    if end.group(0).strip() == ",":
        # "Thema: X, ich komme übrigens", "Topic idea: X, see you Thursday": the clause
        # after the comma is the member's answer when it says so
        turn = _ANSWER_TURN.match(joined[end.end() :])
        return turn.group(0).strip() if turn else ""
    if end.group(0).strip():
        return ""
    sentence = _NEXT_SENTENCE.match(joined[end.end() :])
    said = sentence.group(0).strip() if sentence else ""
    if not said or said.endswith("?") or len(said.split()) > _SHORT_AFTER:
        return ""
    return said


def _without_symbols(title: str) -> str:
    """Without the emoji and pictographs around it ("💡 Social Listening 🙌")."""
    symbol = {"So", "Sk", "Cf", "Mn"}
    start, end = 0, len(title)
    while start < end and (unicodedata.category(title[start]) in symbol or title[start] == " "):
        start += 1
    while end > start and (unicodedata.category(title[end - 1]) in symbol or title[end - 1] == " "):
        end -= 1
    return title[start:end]


def clean_title(raw: str) -> str:
    """One line, no quotation marks or trailing full stop; a closing "?" belongs to it."""
    title = _TITLE_END.split(" ".join(raw.split()), maxsplit=1)[0]
    title = _clause_end(title)
    title = cue("topic", "wish_participle").sub("", title)  # "… X gehört"
    title = _without_symbols(title).lstrip(STRIP_START).rstrip(STRIP_END)
    possible = cue("topic", "lead_in").possible(title)
    for pattern in each("topic", "lead_in"):
        if pattern.pattern in possible:
            cut = pattern.sub("", title)
            if cut != title:
                title, possible = cut, cue("topic", "lead_in").possible(cut)
    title = title.lstrip(STRIP_START).rstrip(STRIP_END)
    if title.startswith("#") and title[1:2].isalpha():
        title = title[1:]  # "#Datenschutz wäre mal ein Thema": the tag's words are the title
    if title.endswith("?") and title.count("?") > 1:
        title = title.rstrip("?") + "?"
    return title[:200]


def usable(title: str) -> bool:
    """Long enough, and neither a greeting nor a word that is never a topic."""
    return (
        len(title) >= 3
        and not GREETING.match(title)
        and not cue("topic", "not_a_title").match(title)
    )
