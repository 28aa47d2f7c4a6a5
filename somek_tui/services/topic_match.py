"""Which open topic a member means when they name it in their own words.

People rarely copy a title: "das SEO-Thema", "KMU" for "Social Media in KMU",
"+1 für die barrierefreien Posts" for "Barrierefreie Posts". Both sides are
reduced to word stems (case, umlauts, ß, hyphens and the common German and
English endings folded; filler words like "Thema" or "für" dropped), and a
mention names a topic when all its stems are among the topic's. Only one
topic may fit: a mention that fits two names neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from mail.cues import lexicon
from somek_tui.models import Topic

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a"})
# Words that say "a topic" or join a title, never what it is about.
_FILLER_WORDS = """
a an and as at by das dem den der des die ein eine einem einen einer for fuer im in
mit of on or oder the to topic topics thema themas themen talk vortrag und von vom
zu zum zur idee idea abend evening session nr number nummer bitte please ueber about
one ones thing dings ding
"""
_FILLER = frozenset(_FILLER_WORDS.split())
# Endings that inflect a word without changing what it names, longest first.
_ENDINGS = ("ern", "en", "er", "es", "em", "e", "n", "s")
_MIN_STEM = 3
# A shorter stem that starts a longer one names the same thing ("barrierefrei…heit"),
# when it is long enough not to start unrelated words ("post" → "postfach").
_MIN_PREFIX = 5


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= max(_MIN_STEM, 4):
            return word[: -len(ending)]
    return word


@cache
def _same_word() -> dict[str, str]:
    pairs = (entry.split("=", 1) for entry in lexicon("topic").get("same_word", ()))
    return {word.strip(): stem.strip() for word, stem in pairs}


@lru_cache(maxsize=8192)  # each reply is held against every open topic's title
def stems(text: str) -> frozenset[str]:
    """The content words of a title or mention, folded to comparable stems."""
    words = re.findall(r"[a-z0-9]+", text.lower().translate(_FOLD))
    same = _same_word()
    return frozenset(same.get(w) or _stem(w) for w in words if w not in _FILLER and len(w) >= 2)


def _joined(text: str) -> str:
    """A compound written with a hyphen, as the one word the lexicon knows ("Alt-Texte" is
    "alttexte"); only where a vote is read, so suggestions keep their own words."""
    same = _same_word()

    def join(match: re.Match[str]) -> str:
        word = (match.group(1) + match.group(2)).lower().translate(_FOLD)
        return word if word in same else match.group(0)

    return _HYPHENED.sub(join, text)


_HYPHENED = re.compile(r"\b(\w+)-(\w+)\b")


def _derived(a: str, b: str) -> bool:
    """Near, or the same word with an ending that makes a noun of it ("Barrierefreiheit",
    "Kennzeichnung"): close enough for a vote, too loose to merge two suggestions."""
    short, long = sorted((a, b), key=len)
    if len(short) >= _MIN_PREFIX and long.startswith(short) and len(short) >= 0.6 * len(long):
        return True
    return _near(a, b)


def _near(a: str, b: str) -> bool:
    """Equal, or one typo apart in a long word ("Mastdon", "Barrierfreie")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# the same clauses (greetings, signature lines) are held against the same shown topics
@lru_cache(maxsize=1024)
def _covered(
    mention: frozenset[str], title: frozenset[str], near: Callable[[str, str], bool] = _near
) -> bool:
    return bool(mention) and all(any(near(m, t) for t in title) for m in mention)


@cache
def choosing_words() -> frozenset[str]:
    """The stems of words that only choose or rate ("bitte", "super", "gets my vote")."""
    return stems(" ".join(lexicon("topic").get("choice_words", ())))


@cache
def field_words() -> frozenset[str]:
    """The stems of words that name the club's whole field ("Social Media", "online")."""
    return stems(" ".join(lexicon("topic").get("field_words", ())))


@cache
def generic_words() -> frozenset[str]:
    """The stems of words many of the club's topics hold ("Posts", "Vereine", "Bilder")."""
    return stems(" ".join(lexicon("topic").get("generic_words", ())))


def names_it(said: frozenset[str] | str, topic: Topic) -> bool:
    """Does ``said`` hold a word of the topic that only this topic would have: "die Posts"
    says what every topic of the club is made of, "barrierefrei" which one it is."""
    if isinstance(said, str):
        said = stems(_joined(said))
    own = stems(topic.title) - generic_words() - field_words()
    return any(_derived(word, t) for word in said for t in own)


def matching_topic(mention: str, topics: Sequence[Topic]) -> Topic | None:
    """The one open topic ``mention`` names, or None when none or several fit."""
    return _fitting(stems(mention), topics)


def listed_topic(title: str, shown: Sequence[Topic]) -> Topic | None:
    """The topic of the list the member was shown that a suggestion names, also by a noun
    made of its word ("Bei den Themen: die Barrierefreiheit")."""
    return _fitting(stems(title), shown, _derived)


def containing_topic(title: str, shown: Sequence[Topic]) -> Topic | None:
    """The one listed topic a suggestion names in more words of its own: it holds all the
    topic's words ("Mastodon und andere Alternativen für Vereine"), and no word of another
    listed topic ("KI-Bilder kennzeichnen für Vereine" says something new)."""
    said = stems(_joined(title)) - choosing_words()
    fits = [t for t in _candidates(said, shown) if _covered(stems(t.title), said, _derived)]
    if len(fits) != 1:
        return None
    others = [t for t in _candidates(said, shown) if t is not fits[0]]
    return None if any(_shared(said, stems(t.title)) for t in others) else fits[0]


def chosen_topic(clause: str, topics: Sequence[Topic], whole: str = "") -> Topic | None:
    """The one open topic a clause chooses: its words name it once the words that
    only choose are set aside ("Mastodon, ganz klar", "the accessibility one pls").

    A short everyday word never chooses on its own ("Ja" is no vote for
    "Ja-Sager-Kultur"); a word of four letters or more does, or an acronym
    written as one ("das mit der KI"), also as a part of ``whole`` ("KI und LinkedIn").
    """
    said = stems(_joined(clause)) - choosing_words()
    if not _candidates(said, topics) or not distinctive(whole or clause, said, clause):
        return None
    found = _fitting(said, topics, _derived) or _overlapping(said, topics, own_words=1)
    return found if found is not None and names_it(said, found) else None


def distinctive(phrase: str, said: frozenset[str] | None = None, part: str = "") -> bool:
    """Does the phrase (or its ``part`` being read) hold a word that can name a topic by
    itself: four letters or more, or an acronym ("KI")? "Ja +1" names no "Ja-Sager-Kultur"."""
    said = stems(part or phrase) if said is None else said
    if any(len(word) >= 4 for word in said) or _acronym(phrase, part or phrase):
        return True
    # a long word that names a short one: "Künstliche Intelligenz" for "KI"
    words = re.findall(r"[a-z0-9]+", (part or phrase).lower().translate(_FOLD))
    return any(len(word) >= 4 and _same_word().get(word) in said for word in words)


def _acronym(clause: str, part: str) -> bool:
    if clause.isupper():
        return False  # "JA!!": shouted, not an acronym
    return any(re.fullmatch(r"[A-ZÄÖÜ]{2,5}", word) for word in re.findall(r"\w+", part))


def _fitting(
    said: frozenset[str], topics: Sequence[Topic], near: Callable[[str, str], bool] = _near
) -> Topic | None:
    if not said:
        return None
    fits = [
        t for t in _candidates(said, topics, every=True) if _covered(said, stems(t.title), near)
    ]
    if len(fits) > 1:
        # the exact title wins over topics that merely contain its words
        fits = [t for t in fits if stems(t.title) == said] or fits
    if said <= field_words():
        # "Social Media allgemein" names the field, not a topic in it
        fits = [t for t in fits if stems(t.title) == said]
    return fits[0] if len(fits) == 1 else None


def named_topic(mention: str, topics: Sequence[Topic]) -> Topic | None:
    """The open topic a vote names, also inside a longer phrase ("Barrierefreie Posts –
    das wäre wichtig"): the mention fits the title, or the title's words all appear in it.
    A vote may name the thing by a noun made of the title's word ("Barrierefreiheit")."""
    # "die Sache mit den KI-Bildern", "das Thema mit den Alt-Texten"
    said = stems(_joined(mention)) - choosing_words() or stems(mention)
    found = _fitting(said, topics, _derived)
    if found is not None:
        return found
    fits = [t for t in _candidates(said, topics) if _covered(stems(t.title), said, _derived)]
    return fits[0] if len(fits) == 1 else _overlapping(said, topics)


# A vote that says it is one may name a topic in more words of its own ("die Sache mit
# den KI-generierten Fotos"): most of its words are the topic's, and none is another
# topic's ("Mastodon und KI-Bilder" names two, read part by part).
_MIN_SHARED = 2


def overlapping_topic(mention: str, topics: Sequence[Topic]) -> Topic | None:
    """The one open topic all but one of a mention's words name, well ahead of any other
    ("Barrierefreie Posts hatten wir schon" says two words of its own: none)."""
    said = stems(mention) - choosing_words()
    return _overlapping(said, topics, own_words=1)


# every clause of a reply is held against every open topic's title
@lru_cache(maxsize=8192)
def _shared(said: frozenset[str], title: frozenset[str]) -> int:
    return sum(any(_derived(word, t) for t in title) for word in said)


def _overlapping(
    said: frozenset[str], topics: Sequence[Topic], own_words: int | None = None
) -> Topic | None:
    ranked = sorted(
        ((_shared(said, stems(t.title)), t) for t in _candidates(said, topics)), key=lambda p: -p[0]
    )
    if not ranked:
        return None
    best, topic = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    if best < _MIN_SHARED or 2 * best < len(said) or runner_up:
        return None
    if not _shared(said - field_words(), stems(topic.title)):
        return None  # only "Social Media" in common: the field, not this topic
    if own_words is not None and len(said) - best > own_words:
        return None
    return topic


# Every reply is held against every open topic, and most of its clauses ("Viele Grüße",
# "Ja, ich komme") share no word with any title. An index of the titles' word forms
# finds the few topics a clause could name; only those are compared word by word. Two
# keys per word cover what _near and _derived accept: its first three letters (the same
# word, a longer word made of it, a typo after them) and its last three (a typo in the
# first three letters of a word of six or more leaves the last three as they were).
_TITLES_BY_KEY: dict[str, set[str]] = {}
_INDEXED: set[str] = set()
_LISTS_KEPT = 64


@dataclass(frozen=True)
class _Listed:
    """One list of topics as the index reads it: its open titles and where they stand."""

    topics: Sequence[Topic]
    wanted: frozenset[str]  # the titles of its open topics
    places: dict[str, tuple[int, ...]]  # an open title -> its places in the list


# the topic lists already indexed, by identity: a reply's clauses reuse its lists, and
# with hundreds of suggestions a list is read once per reply, not once per clause
_LISTS_SEEN: dict[int, _Listed] = {}


def _keys(word: str) -> tuple[str, str]:
    return "<" + word[:3], ">" + word[-3:]


def _listed(topics: Sequence[Topic]) -> _Listed:
    seen = _LISTS_SEEN.get(id(topics))
    if seen is not None and seen.topics is topics:
        return seen
    places: dict[str, list[int]] = {}
    for place, topic in enumerate(topics):
        if topic.title not in _INDEXED:
            _INDEXED.add(topic.title)
            for word in stems(topic.title):
                for key in _keys(word):
                    _TITLES_BY_KEY.setdefault(key, set()).add(topic.title)
        if topic.is_open:
            places.setdefault(topic.title, []).append(place)
    listed = _Listed(topics, frozenset(places), {t: tuple(p) for t, p in places.items()})
    if len(_LISTS_SEEN) >= _LISTS_KEPT:
        _LISTS_SEEN.clear()
    _LISTS_SEEN[id(topics)] = listed
    return listed


def _candidates(said: frozenset[str], topics: Sequence[Topic], every: bool = False) -> list[Topic]:
    """The open topics with a title word that may be one of ``said`` (with ``every``: one
    for each of them), never fewer than the comparison word by word would find, in the
    order given."""
    listed = _listed(topics)
    # the index holds every title met so far: only those of ``topics`` are taken from it,
    # so a reply costs no more when hundreds of suggestions have come in before it
    wanted = listed.wanted
    per_word = [
        set().union(*(wanted & _TITLES_BY_KEY.get(k, set()) for k in _keys(w))) for w in said
    ]
    if every:
        titles = set.intersection(*per_word) if per_word else set()
    else:
        titles = set().union(*per_word)
    if not titles:
        return []
    return [topics[place] for place in sorted(p for t in titles for p in listed.places[t])]


def could_name(text: str, topics: Sequence[Topic]) -> bool:
    """Might any word of ``text`` name one of ``topics``? When not, none of its clauses
    does, and they need not be read one by one."""
    wanted = _listed(topics).wanted
    for word in set(re.findall(r"[a-z0-9]+", _joined(text).lower().translate(_FOLD))):
        for key in _word_keys(word):
            if key in _TITLES_BY_KEY and not wanted.isdisjoint(_TITLES_BY_KEY[key]):
                return True
    return False


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, ...]:
    """The index keys of one word of a reply, as :func:`stems` would fold it."""
    if word in _FILLER or len(word) < 2:
        return ()
    return _keys(_same_word().get(word) or _stem(word))


def described_topic(description: str, topics: Sequence[Topic]) -> Topic | None:
    """The one topic a description points at ("bei dem es um Alt-Texte und Untertitel
    geht", "about tagging AI pictures"): it holds a word only that topic has, and no
    other topic has a word of it. Its other words may be the member's own."""
    said = stems(_joined(description)) - choosing_words()
    if not said or not distinctive(description, said):
        return None
    ranked = sorted(
        ((_shared(said, _own(t)), t) for t in _candidates(said, topics)), key=lambda p: -p[0]
    )
    if not ranked or ranked[0][0] == 0:
        return None
    if len(ranked) > 1 and ranked[1][0] > 0:
        return None  # two topics fit: a person decides
    return ranked[0][1]


def _own(topic: Topic) -> frozenset[str]:
    """The words of a title that only it would have: not the club's field, not a post."""
    return stems(topic.title) - generic_words() - field_words()
