"""Suggestions tagged the way people post: "#Themenwunsch #Podcasts", "#topicidea Bluesky".

A hashtag that is a topic label ("#Themenwunsch", "#Themenidee", "#topicidea") marks
the hashtag beside it ("#Barrierefreiheit #Themenidee") or the words after it up to the
end of the sentence ("Bin dabei #Themenvorschlag Canva für Vereine") as the title. A
hashtag without such a label is no suggestion: "#SoMeKöln" signs a post.
"""

from __future__ import annotations

import re

from mail.topic_titles import clean_title, usable

_LABEL = (
    r"#(?:themen?[_-]?(?:wunsch|wünsche|idee|ideen|vorschlag|vorschläge)|themawunsch"
    r"|topic[_-]?(?:ideas?|suggestions?|wish(?:es)?|requests?)|vorschlag|idee)"
)
_TAG = r"#(?P<{}>[^\W\d_][\w-]{{2,40}})"
# "#Barrierefreiheit #Themenidee", "#Themenwunsch #Podcasts": a label beside one tag
_BESIDE = re.compile(
    rf"(?:(?<!\S){_LABEL}\s+{_TAG.format('after')}(?=[\s.!]|$)(?!\s+[^\W\d_])"
    rf"|(?<!\S){_TAG.format('before')}\s+{_LABEL}(?![\w-]))",
    re.IGNORECASE,
)
# "#Themenvorschlag Canva für Vereine", "#topicidea: Bluesky for libraries"
_BEFORE_WORDS = re.compile(
    rf"(?<!\S){_LABEL}(?![\w-])\s*:?\s+(?P<words>[^\s#][^.!?\n#]{{2,80}})", re.IGNORECASE
)
# "BarrierefreiePosts": the words of a tag written together
_WORD_START = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])")


def _tag_title(tag: str) -> str:
    return _WORD_START.sub(" ", tag.replace("_", " "))


def hashtag_topics(text: str) -> tuple[list[str], str]:
    """Titles tagged with a topic label, and the text without the tagging."""
    if "#" not in text:
        return [], text
    titles: list[str] = []

    def beside(match: re.Match[str]) -> str:
        tag = match.group("after") or match.group("before")
        title = _tag_title(tag)
        if re.fullmatch(_LABEL, f"#{tag}", re.IGNORECASE) or not usable(title):
            return match.group(0)
        titles.append(title)
        return ""

    def before(match: re.Match[str]) -> str:
        title = clean_title(match.group("words"))
        if not usable(title):
            return match.group(0)
        titles.append(title)
        return ""

    text = _BESIDE.sub(beside, text)
    text = _BEFORE_WORDS.sub(before, text)
    return list(dict.fromkeys(titles)), text
