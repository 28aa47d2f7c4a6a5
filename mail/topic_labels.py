"""Topic suggestions under a label: "Thema: …", "topic idea - …", a list below.

A label word before a colon (or a strong one without: "Themenvorschlag X")
makes the rest of the line, or the bulleted, numbered or lettered list below
it, topic titles; a list followed by "Das wären meine Ideen" is one too. A
label in a signature block is a job title, not a suggestion.
"""

from __future__ import annotations

import re
from functools import cache

from mail.cues import cue, lexicon
from mail.signature import is_afterthought, is_closing
from mail.topic_prose import prose_topics
from mail.topic_separated import separated_items
from mail.topic_titles import clean_title, said_after, usable

# list markers as people type them: dashes, dots, arrows, pointing hands, "(1)", "a."
_BULLET = re.compile(
    r"^\s*(?:[-*•·–→►▶➡👉✔✅]\ufe0f?|\d{1,2}[.)]|[a-hA-H][.)]|\((?:\d{1,2}|[a-hA-H])\))\s+"
    r"(?P<item>.+)$"
    # Roman numerals: "i. …", "ii) …", "IV. …"
    r"|^\s*(?:(?:i{1,3}|iv|vi{0,3}|ix|x)|(?:I{1,3}|IV|VI{0,3}|IX|X))[.)]\s+(?P<roman>.+)$"
)


# built once: compiling it is the dearest step of reading a topic line, and the
# re module's own cache of patterns is refilled by every message's MIME boundary
@cache
def header_pattern() -> re.Pattern[str]:
    # One line: optional text before (a sentence or a bullet), up to twelve words,
    # a topic cue, a few more words, a colon, the rest. "Bin raus. Thema: …"
    # keeps "Bin raus." as text. A hashtag may carry the cue: "#Themenwunsch: …"; a
    # ticked box may lead it: "[x] Themenvorschlag: …".
    cues = "|".join(f"(?:{p})" for p in lexicon("topic").get("header", ()))
    return re.compile(
        r"^(?P<before>.*?[.!?]\s+)?\s*(?:[-*•]\s*|\[[xX✓✔ ]?\]\s*)?(?:p\.?\s?s\.?\s*[:：]\s*)?\**"
        rf"(?P<lead>(?:[\w'’-]+,?\s+|[–—]\s+|[^\w\s:：.!?]{{1,4}}\s+){{0,12}}?)(?<![\w-])#?(?:{cues})(?![\w-])"
        r"(?P<after>(?:(?!\s[–—-]\s)[^:：\n\"„“”«»]){0,60}?)\**\s*[:：]\**\s*(?P<rest>.*)$",
        re.IGNORECASE,
    )


# Items run on in one line: "a) Podcasts b) Captions", "1) Threads 2) Bluesky".
_INLINE_ITEM = re.compile(
    r"(?:^|\s)(?:(?:[a-hA-H]|\d{1,2}|i{1,3}|iv|vi{0,3})\)|(?:[a-h]|i{1,3}|iv|vi{0,3})\."
    r"|\((?:[a-h]|\d{1,2}|i{1,3}|iv|vi{0,3})\))\s+"
)


# "1. WhatsApp-Kanäle 2. Bildrechte": numbers with a full stop run a list on only when they
# count up from one ("ab dem 1. Mai" is a date)
_NUMBERED = re.compile(r"(?:^|\s)(?P<n>[1-9])\.\s+(?=\S)")


def _numbered_items(text: str) -> list[str]:
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or [int(m.group("n")) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    if text[: marks[0].start()].strip():
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [clean_title(text[m.end() : end]) for m, end in zip(marks, ends, strict=True)]


def _inline_items(text: str) -> list[str]:
    """One title, or several when the line runs a lettered or numbered list on."""
    numbered = _numbered_items(text)
    if numbered:
        return numbered
    items = [item for item in _INLINE_ITEM.split(text) if item.strip()]
    if len(_INLINE_ITEM.findall(text)) < 2 or len(items) < 2:
        return [clean_title(text)]
    return [clean_title(item) for item in items]


# A label for several ("Themen, die mich interessieren würden:", "a few ideas:") may run
# them on in one line: "Fundraising online, Vereinswebsite, Pressearbeit".
_SEVERAL = re.compile(
    r"\b(\w*themen|\w*ideen|\w*vorschläge|\w*wünsche|anregungen|topics|ideas|suggestions|wishes"
    r"|zwei|drei|vier|two|three|four|ein\s+paar|a\s+few|some|several|mehrere|einige)\b",
    re.IGNORECASE,
)
_RUN_ON = re.compile(r"\s*[,;]\s*(?:(?:und|and|sowie|&)\s+)?|\s+(?:und|and|sowie|&)\s+", re.I)
_ITEM_WORDS = 5


# "Ich habe 2 Vorschläge: Reels und Podcasts": a label that counts its items
_COUNTED = re.compile(r"\b(?P<n>[2-4]|zwei|drei|vier|two|three|four)\b", re.IGNORECASE)
_COUNT = {"zwei": 2, "drei": 3, "vier": 4, "two": 2, "three": 3, "four": 4}


def _run_on(label: str, title: str) -> list[str]:
    """The title, or the short items it runs on after a label for several: three or
    more with commas, or as many as the label counts ("zwei Ideen: X und Y")."""
    if not _SEVERAL.search(label):
        return [title]
    separated = separated_items(title)
    if separated:
        return separated  # "Themen: X; Y", "Vorschläge: X / Y"
    items = [clean_title(item) for item in _RUN_ON.split(title) if item.strip()]
    if any(len(item.split()) > _ITEM_WORDS for item in items):
        return [title]
    counted = _COUNTED.search(label)
    said = counted.group("n").lower() if counted else ""
    if said and len(items) == (int(said) if said.isdigit() else _COUNT[said]):
        return items
    if "," not in title or len(items) < 2:
        return [title]
    return items


def _listed_topics(lines: list[str], start: int) -> tuple[list[str], int]:
    """Bullets under a topic line (one blank line allowed), and where they end."""
    titles: list[str] = []
    index = start
    while index < len(lines):
        line = lines[index]
        bullet = _BULLET.match(line)
        if bullet:
            several = len(_INLINE_ITEM.findall(line.strip())) >= 2
            item = bullet.group("item") or bullet.group("roman")
            titles += _inline_items(line.strip()) if several else [clean_title(item)]
        elif line.strip() or titles or index > start:
            break
        index += 1
    return titles, index


_POINTS_BACK = re.compile(r"^\W*(das|dies|diese|those|these|that'?s|that|so)\b", re.IGNORECASE)


def _named_after(lines: list[str], end: int) -> bool:
    """The line after a list says what it was: "Das wären meine Ideen", "those are my topics"."""
    following = next((line for line in lines[end:] if line.strip()), "")
    return (
        bool(_POINTS_BACK.match(following))
        and bool(cue("topic", "cue").search(following))
        and len(following.split()) <= 12
    )


_CLAUSE_BEFORE = re.compile(r"[,;–—](?=\s)")
# The words before a label that end in a clause break are the member's own clause.
# "+1 für die Nr. 2 und als neue Idee:", "… gets my vote, and I'd add:": so does the clause
# before an "und" or "and" that turns to the suggestion.
_SAID_BEFORE = re.compile(
    r"^.*(?:[,;–—]|[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?)(?=\s)|^.*\S\s+(?:und|and)(?=\s)",
    re.IGNORECASE,
)


# a pictograph ends a sentence or stands for a colon: "bin dabei 🙌 Themenidee 💡 X"
_PICTURE = "[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?"
_ARROW = re.compile(r"\s*(?:->|=>|→|⇒|➡️?)\s*(?=\w)")


# The label asked and answered at once: "Thema? Vielleicht Fotorecht.", "Topic? Maybe photo
# rights"; a verdict or a shrug after it ("Thema? Super!", "Topic? No idea") answers the
# invitation's own topic or names none.
_ASKED_LABEL = re.compile(
    r"^((?:[^\n]*?[.!]\s+)?(?:(?i:und|and)\s+)?(?i:thema|topic|themenwunsch|themenvorschlag"
    r"|themenidee|topic\s+idea|topic\s+wish|vorschlag|suggestion))\?\s+"
    r"(?!(?i:super|toll|gut|klasse|passt|finde?|fand|klingt|sounds|great|love|perfect|egal"
    r"|keine?|no|nothing|none|ja|yes|nein|nee|weiß|know|dunno|hmm+|mal\s+sehen|let\W?s\s+see)\b)"
    r"(?=\w)"
)


def _bare_header(line: str) -> str:
    """A line led by a strong topic word without a colon ("topic idea - X", "Themenvorschlag
    X") as if it had one; other lines as they are."""
    if ":" not in line:
        # an arrow stands for the colon: "Vorschlag -> Instagram für Bäckereien"
        line = _ARROW.sub(": ", line, count=1)
        # so does a label asked of oneself: "Ich komme. Thema? Vielleicht Fotorecht."
        line = _ASKED_LABEL.sub(r"\1: ", line, count=1)
    pattern = _bare_header_pattern()
    if pattern is None:
        return line
    found = pattern.match(line)
    return f"{found.group(1)}: {line[found.end() :]}" if found else _dictated(line)


# a label word after these turns the suggestion down: "hab keinen themenvorschlag"
_DENIED_BEFORE = re.compile(r"\b(?:kein\w*|ohne|no|without|any)\s*$", re.IGNORECASE)


@cache
def _dictated_pattern() -> re.Pattern[str] | None:
    cues = "|".join(f"(?:{p})" for p in lexicon("topic").get("dictated_header", ()))
    if not cues:
        return None
    # "themenvorschlag wäre vielleicht X": the verb and the hedge after the label lead in
    return re.compile(
        rf"^(?P<before>[^:.!?]*?)(?<![\w-])(?P<cue>{cues})\s+"
        r"(?:(?:wäre|wär|ist|is|would\s+be|lautet)\s+)?(?:(?:vielleicht|mal|maybe|perhaps)\s+)*"
        r"(?=[a-zäöüß0-9])"
        # "themenvorschläge kommen später", "themenwunsch hab ich keinen": the label's own verb
        r"(?!(?:kommen|kommt|folgen|folgt|hab|habe|hätte|hätt|ist|sind|gibt|reiche|schicke"
        r"|später|dann|ich|wir|noch|leider|kein\w*|nicht|egal|mir|mich|i|we|will|later|coming"
        r"|to\s+follow|none|nothing)\b)"
    )


def _dictated(line: str) -> str:
    """A line dictated or typed in a hurry, all in small letters and without marks ("bin
    dabei themenwunsch podcast für anfänger lg tom"): a strong label word anywhere in it
    is the label, the words before it are the member's own sentence."""
    pattern = _dictated_pattern()
    if pattern is None or ":" in line or line != line.lower():
        return line
    found = pattern.match(line)
    if found is None or _DENIED_BEFORE.search(found.group("before")):
        return line
    before = found.group("before").strip()
    label = f"{before}. {found.group('cue')}" if before else found.group("cue")
    title = line[found.end() :]
    return f"{label}: {title[:1].upper()}{title[1:]}"  # a title starts as one does


# built once, as the header pattern is: built and looked up in the re module's cache on
# every line, its text alone cost more than most lines' matching
@cache
def _bare_header_pattern() -> re.Pattern[str] | None:
    cues = "|".join(f"(?:{p})" for p in lexicon("topic").get("bare_header", ()))
    if not cues:
        return None
    # "Yes! Suggestion – X": a sentence may stand before it (marks stop at a sentence end).
    # The label begins with a word: no sign before it is tried on its own, and of a run
    # of pictographs only the last is tried, so a line of them is read once.
    return re.compile(
        rf"^((?:[^\n]*?(?:[.!?]|{_PICTURE})\s++(?!{_PICTURE}\s))?[^\w.!?]*+(?i:p\.?\s?s\.?\s*[:：]?\s*)?(?i:{cues}))"
        rf"(?:\s+[–—-]\s+(?=[\w„“\"‚‘'«»#])|\s*{_PICTURE}\s+(?=\w)|\s+(?=[A-ZÄÖÜ0-9]))"
    )


# A sentence that only announces a suggestion ("Darf ich ein Thema einbringen?", "Quick
# topic suggestion.") names it in the next sentence, or on the next line.
_SENTENCES = re.compile(r"[^.!?]+(?:[.!?]+|$)\s*")
_TITLE_WORDS = 8
_HELLO = re.compile(r"^(?:hi|hallo|hey|moin|servus|hello|huhu)\b\W*", re.IGNORECASE)


def _announced(lines: list[str], index: int) -> str:
    """The line with an announcing sentence ended by a colon, as if it were a label;
    only when what follows is short and no question (a title, not a remark)."""
    line = lines[index]
    sentences = _SENTENCES.findall(line)
    announce = cue("topic", "announce")
    for number, sentence in enumerate(sentences):
        if not announce.fullmatch(_HELLO.sub("", sentence.strip()).rstrip(".!?").strip()):
            continue
        if number + 1 < len(sentences):
            following = sentences[number + 1]
        else:
            following = next((rest for rest in lines[index + 1 : index + 2] if rest.strip()), "")
        if not following.strip() or following.rstrip().endswith("?"):
            return line
        if len(following.split()) > _TITLE_WORDS:
            return line
        said = "".join(sentences[:number]) + sentence.rstrip().rstrip(".!?")
        return f"{said}: {''.join(sentences[number + 1 :])}"
    return line


_LABEL_WORDS = 4


def _label_over_a_list(lines: list[str], index: int) -> re.Match[str] | None:
    """A line that is only a label ("Themenideen", "Ideas for later") right above a
    list, read as if it had its colon."""
    line = lines[index].strip().rstrip(" :")
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if not line or len(line.split()) > _LABEL_WORDS or not _BULLET.match(below):
        return None
    found = header_pattern().match(f"{line}:")
    if found is None or found.group("before") or found.group("lead").strip():
        return None
    return found


# A closing line (``signature.is_closing``): the lines right below it (no blank line
# between) are a signature, where "Thema: Digitalisierung" is a job title, not a
# suggestion; a "PS:" is not.
def _in_signature(lines: list[str], index: int) -> bool:
    """Whether the line stands in the block right below a closing line."""
    if is_afterthought(lines[index]):
        return False
    for line in reversed(lines[max(0, index - 6) : index]):
        if not line.strip():
            return False
        if is_closing(line):
            return True
    return False


def _labelled(header_line: re.Pattern[str], line: str) -> re.Match[str] | None:
    """``header_line.match(line)``; a line without a colon, which the label needs, is
    not tried (the pattern would try every way of splitting its words first)."""
    return header_line.match(line) if ":" in line or "：" in line else None


_TOPIC_WORD = re.compile(r"them|topic", re.IGNORECASE)
# "Als Datenschutzbeauftragte schlage ich vor:", "As a comms officer, I suggest:": the
# member names their role while speaking; a signature's job title stands alone
_SPEAKING_AS = re.compile(r"^\W*(?:als|as)\s", re.IGNORECASE)


def _about_arrangements(header: re.Match[str], label: str) -> bool:
    """A label about the place, date, food or organisation ("Idee für den Ort:",
    "Suggestion for the venue:") offers an arrangement, not a subject; unless the label
    word is a topic word ("Themenidee für den Termin im März:")."""
    said = header.string[header.end("lead") : header.start("after")]
    return not _TOPIC_WORD.search(said) and bool(cue("topic", "arrangement_label").search(label))


def headed_topics(lines: list[str]) -> tuple[list[str], list[str]]:
    titles: list[str] = []
    rest: list[str] = []
    header_line = header_pattern()
    index = 0
    # where a list not named after it ends: a list of a thousand bullets is read once, not
    # once from each of its bullets
    unnamed_to = 0
    while index < len(lines):
        header = (
            _labelled(header_line, lines[index])
            or _labelled(header_line, _bare_header(lines[index]))
            or _labelled(header_line, _announced(lines, index))
            or _label_over_a_list(lines, index)
        )
        if header and _in_signature(lines, index):
            header = None
        # a comment on a past evening is read in the clause the colon ends only: "Since
        # you asked for ideas last time, here's my list:" introduces suggestions
        label = header.group("lead") + header.group("after") if header else ""
        past = cue("topic", "past_evening_header").search(_CLAUSE_BEFORE.split(label)[-1])
        if header and (past or cue("topic", "not_a_header").search(label)):
            header = None
        if (
            header
            and cue("topic", "job_title").search(header.group(0)[: header.start("rest")])
            and not _SPEAKING_AS.match(header.group("lead"))
        ):
            header = None  # "Referentin Themenfeld: Digitales Ehrenamt" signs a mail
        if header and _about_arrangements(header, label):
            header = None
        if not header and index >= unnamed_to and _BULLET.match(lines[index]):
            listed, end = _listed_topics(lines, index)
            unnamed_to = end
            if _named_after(lines, end) and len(listed) >= 2:
                # "A) Online-Spenden / B) Wahlkampf / Das wären meine zwei Ideen."
                titles += [t for t in listed if usable(t)]
                index = end
                continue
        if not header or re.match(r"^\s*(re|aw|wg|fw|fwd)\s*:", lines[index], re.IGNORECASE):
            rest.append(lines[index])
            index += 1
            continue
        asked, _ = prose_topics(header.group("rest"))  # "Zum Thema: Wie wäre es mit …?"
        inline = asked[:1] if asked else _inline_items(header.group("rest"))
        if not asked and len(inline) == 1:
            inline = _run_on(header.group(0)[: header.start("rest")], inline[0])
        listed, end = _listed_topics(lines, index + 1)
        if not any(inline) and not listed and end < len(lines) and lines[end].strip():
            listed, end = [clean_title(lines[end])], end + 1
        kept = [t for t in [*inline, *listed] if usable(t)]
        if not kept:
            # "Für das nächste Mal: ich komme später" names no topic: its words stay
            rest.extend(lines[index:end])
        else:
            if header.group("before"):
                rest.append(header.group("before"))
            # the label word itself may hold a comma ("Das klingt komisch, aber:"): not a clause
            said = _SAID_BEFORE.match(header.group("lead") + header.group("after"))
            if said:
                rest.append(said.group(0))  # "Can't come, but here's an idea: …" still says no
            if not asked and len(inline) == 1:
                rest.append(said_after(header.group("rest")))  # "Idee: X. Bin dabei!"
        titles += kept
        index = end
    return titles, rest
