"""A grid of topic suggestions and votes: lead-ins x title shapes x positions.

Each row is a reply (subject, body) with what must be read from it: the clean
titles suggested, the numbers voted for, the open topics voted for by name.
Near-misses (answers that merely mention a subject, questions to the organizer,
numbers that are times or head counts) expect nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

SUBJECT = "Re: Einladung zum #SoMe Stammtisch"


@dataclass(frozen=True)
class Row:
    id: str
    body: str
    titles: tuple[str, ...] = ()
    votes: tuple[int, ...] = ()
    named: tuple[str, ...] = ()
    subject: str = SUBJECT


# Title shapes: (as written, the clean title)
TITLES_DE = [
    ("Podcasts", "Podcasts"),
    ("Fotos und Bildrechte", "Fotos und Bildrechte"),
    ("Instagram für Vereine", "Instagram für Vereine"),
    ("Community Management", "Community Management"),
    ("„Reels schneiden am Handy“", "Reels schneiden am Handy"),
    ('"LinkedIn im Ehrenamt"', "LinkedIn im Ehrenamt"),
    ("Newsletter: Tools und Tipps", "Newsletter: Tools und Tipps"),
    ("Canva-Vorlagen (https://www.canva.com)", "Canva-Vorlagen"),
    ("#Barrierefreiheit im Netz", "#Barrierefreiheit im Netz"),
    ("'Threads vs. Bluesky'", "Threads vs. Bluesky"),
]
TITLES_EN = [
    ("podcasting", "podcasting"),
    ("Photos and image rights", "Photos and image rights"),
    ("Instagram for nonprofits", "Instagram for nonprofits"),
    ('"Short video editing"', "Short video editing"),
    ("Newsletters: tools and tips", "Newsletters: tools and tips"),
    ("Bluesky (https://bsky.app)", "Bluesky"),
    ("#accessibility in reels", "#accessibility in reels"),
]

# Lead-ins: a template with {t} for the title; labels and prose
LEADS_DE = [
    ("label-themenvorschlag", "Themenvorschlag: {t}"),
    ("label-idee", "Idee fürs nächste Mal – {t}"),
    ("label-topic-idea", "Topic idea: {t}"),
    ("label-vorschlag-kuenftig", "Vorschlag für einen künftigen Abend: {t}"),
    ("prose-faende-spannend", "Ich fände {t} als Thema spannend."),
    ("prose-wie-waere-es", "Wie wäre es mal mit {t}?"),
    ("prose-koennten-wir", "Könnten wir mal über {t} sprechen?"),
    ("prose-wuerde-interessieren", "Mich würde mal ein Abend zu {t} interessieren."),
    ("prose-reden-nie", "Wir reden nie über {t} – das wäre mal ein Thema."),
    ("prose-erfahrung", "Hat jemand Erfahrung mit {t}? Wäre doch ein Thema."),
    ("prose-vorschlagen", "Ich würde gern {t} als Thema vorschlagen."),
    ("label-themenwunsch", "Themenwunsch fürs nächste Mal: {t}"),
    ("prose-waere-nicht", "Wäre {t} nicht mal ein Thema?"),
    ("prose-abend-ueber", "Ich hätte gern mal einen Abend über {t}."),
    ("prose-schlage-vor", "Ich schlage {t} als Thema vor."),
]
LEADS_EN = [
    ("label-suggestion-future", "Suggestion for a future evening: {t}"),
    ("label-topic-idea", "Topic idea: {t}"),
    ("prose-love-a-talk", "Would love a talk about {t}."),
    ("prose-how-about", "How about a session on {t}?"),
    ("prose-someone-present", "Maybe someone could present on {t}?"),
    ("prose-id-suggest", "I'd like to suggest {t} as a topic."),
    ("label-topic-suggestion-dash", "Topic suggestion - {t}"),
    ("prose-great-session", "It would be great to have a session about {t}."),
    ("prose-evening-on", "Could we do an evening on {t} sometime?"),
    ("prose-what-about", "What about {t} as a topic?"),
]


def _quoted_in_prose(lead_id: str, written: str) -> str:
    """A title with a colon inside is quoted in a sentence, as people write it."""
    if lead_id.startswith("prose-") and ":" in written and "//" not in written:
        return f'"{written}"'
    return written


GREETING_DE = "Hallo zusammen,\n\n"
SIGN_DE = "\n\nViele Grüße\nAnna"
GREETING_EN = "Hi all,\n\n"
SIGN_EN = "\n\nCheers,\nAnna"


def _suggestion_rows() -> list[Row]:
    rows: list[Row] = []
    for lang, leads, titles, greet, sign in (
        ("de", LEADS_DE, TITLES_DE, GREETING_DE, SIGN_DE),
        ("en", LEADS_EN, TITLES_EN, GREETING_EN, SIGN_EN),
    ):
        for lead_id, lead in leads:
            for n, (written, clean) in enumerate(titles):
                text = lead.format(t=_quoted_in_prose(lead_id, written))
                rows.append(Row(f"{lang}-{lead_id}-t{n}", f"{greet}{text}{sign}", (clean,)))
    return rows


# Positions: one title per lead, placed beside an answer, after a greeting, in a P.S.
POSITIONS_DE = [
    ("beside-yes", "Hallo,\n\nbin dabei! {s}\n\nGruß\nAnna"),
    ("beside-no", "Hallo,\n\ndiesmal kann ich leider nicht. {s}\n\nGruß\nAnna"),
    ("ps", "Hallo,\n\nich komme gern.\n\nGruß\nAnna\n\nP.S. {s}"),
    ("own-paragraph", "Hallo Team,\n\nich bin dabei.\n\n{s}\n\nBis Donnerstag\nAnna"),
]
POSITIONS_EN = [
    ("beside-yes", "Hi,\n\ncount me in! {s}\n\nBest,\nAnna"),
    ("beside-no", "Hi,\n\nI can't make it this time, sorry. {s}\n\nBest,\nAnna"),
    ("ps", "Hi,\n\nI'll be there.\n\nBest,\nAnna\n\nPS: {s}"),
]


def _position_rows() -> list[Row]:
    rows: list[Row] = []
    for lang, positions, leads, titles in (
        ("de", POSITIONS_DE, LEADS_DE, TITLES_DE),
        ("en", POSITIONS_EN, LEADS_EN, TITLES_EN),
    ):
        for pos_id, frame in positions:
            for n, (lead_id, lead) in enumerate(leads):
                written, clean = titles[n % len(titles)]
                body = frame.format(s=lead.format(t=_quoted_in_prose(lead_id, written)))
                rows.append(Row(f"{lang}-{pos_id}-{lead_id}", body, (clean,)))
    return rows


ITEMS_DE = ("Podcasts für Vereine", "Bildrechte bei Fotos", "Threads oder Bluesky")
ITEMS_EN = ("Podcasting for clubs", "Image rights for photos", "Threads vs. Bluesky")
# (id, the line above the list, its marks, how many items, the items, the closing)
LIST_SHAPES = [
    ("de-numbered-two", "bin dabei. Meine Themenvorschläge:", "1. 2. 3.", 2, ITEMS_DE, "Gruß"),
    ("de-bulleted-three", "ich komme. Ideen für künftige Abende:", "- - -", 3, ITEMS_DE, "Gruß"),
    ("de-lettered-two", "zwei Themenvorschläge:", "a) b) c)", 2, ITEMS_DE, "Gruß"),
    ("de-star-bullets", "komme gern! Themenideen:", "* * *", 2, ITEMS_DE, "LG"),
    ("de-numbered-paren", "Vorschläge für die nächsten Abende:", "1) 2) 3)", 3, ITEMS_DE, "Gruß"),
    ("en-numbered-two", "I'm in. Topic ideas:", "1. 2. 3.", 2, ITEMS_EN, "Best,"),
    ("en-bulleted-three", "some topic suggestions:", "- - -", 3, ITEMS_EN, "Best,"),
    ("en-lettered-three", "three ideas for future evenings:", "a) b) c)", 3, ITEMS_EN, "Best,"),
]


SUBJECT_ONLY = [
    ("de-subject-themenvorschlag", "Themenvorschlag: Podcasts für Vereine", "Podcasts für Vereine"),
    ("de-subject-themenidee-dash", "Themenidee – Bildrechte bei Fotos", "Bildrechte bei Fotos"),
    ("en-subject-topic-idea", "Topic idea: Podcasting for clubs", "Podcasting for clubs"),
    ("en-subject-suggestion", "Suggestion: Image rights for photos", "Image rights for photos"),
]


def _list_and_subject_rows() -> list[Row]:
    rows: list[Row] = []
    for i, label, marks, count, items, closing in LIST_SHAPES:
        listed = "\n".join(
            f"{mark} {item}"
            for mark, item in zip(marks.split()[:count], items[:count], strict=True)
        )
        body = f"Hallo,\n\n{label}\n{listed}\n\n{closing}\nAnna"
        rows.append(Row(i, body, items[:count]))
    for i, subject, title in SUBJECT_ONLY:
        rows.append(Row(i, "Hallo,\n\nsiehe Betreff.\n\nGruß\nAnna", (title,), subject=subject))
    return rows


# Votes on the open topics 1 Mastodon für Vereine, 2 Barrierefreie Posts, 3 KI-Bilder kennzeichnen
VOTES = [
    ("de-plus-one-fuer-2", "+1 für 2", (2,), ()),
    ("de-nummer-zwei", "Ich bin für Nummer zwei.", (2,), ()),
    ("de-die-3", "Die 3 fände ich gut.", (3,), ()),
    ("de-hash-2", "#2 bitte!", (2,), ()),
    ("de-stimme-fuer-1", "Ich stimme für 1.", (1,), ()),
    ("de-thema-drei", "Thema drei wäre mein Favorit.", (3,), ()),
    ("de-erste", "Das erste Thema fände ich am spannendsten.", (1,), ()),
    ("de-option-b", "Option B bitte.", (2,), ()),
    ("de-stimme-fuer-name", "Ich stimme für Barrierefreie Posts.", (), ("Barrierefreie Posts",)),
    (
        "de-meine-stimme-name",
        "Meine Stimme geht an KI-Bilder kennzeichnen.",
        (),
        ("KI-Bilder kennzeichnen",),
    ),
    ("de-bin-fuer-name", "Ich wäre für Mastodon für Vereine.", (), ("Mastodon für Vereine",)),
    ("de-1-und-3", "1 und 3 fände ich beide gut.", (1, 3), ()),
    ("en-second-one", "I'd go for the second one.", (2,), ()),
    ("en-my-vote-name", "My vote goes to Barrierefreie Posts.", (), ("Barrierefreie Posts",)),
    ("en-vote-3", "My vote: 3", (3,), ()),
    ("en-option-c", "Option C for me.", (3,), ()),
    ("en-hash-1", "+1 for #1", (1,), ()),
    ("en-number-two", "Number two sounds best.", (2,), ()),
    ("de-fuer-mich-nummer-1", "Für mich die Nummer 1.", (1,), ()),
    ("de-option-a", "Option A fände ich gut.", (1,), ()),
    ("en-first-one", "The first one, please.", (1,), ()),
    ("en-i-vote-hash-3", "I vote for #3.", (3,), ()),
    ("de-name-plus-one", "+1 für Barrierefreie Posts", (), ("Barrierefreie Posts",)),
    ("en-name-vote", "I vote for KI-Bilder kennzeichnen.", (), ("KI-Bilder kennzeichnen",)),
]
VOTE_FRAMES = [
    ("alone", "Hallo,\n\n{v}\n\nGruß\nAnna"),
    ("beside-yes", "Hallo,\n\nich komme! {v}\n\nGruß\nAnna"),
    ("beside-no", "Hallo,\n\nich kann leider nicht, aber: {v}\n\nGruß\nAnna"),
]


def _vote_rows() -> list[Row]:
    rows: list[Row] = []
    for frame_id, frame in VOTE_FRAMES:
        for vote_id, text, votes, named in VOTES:
            rows.append(
                Row(f"vote-{vote_id}-{frame_id}", frame.format(v=text), votes=votes, named=named)
            )
    return rows


# Near-misses: nothing suggested, nothing voted
NONE = [
    ("de-plus-one-alone", "+1"),
    ("de-plus-one-answer", "+1, bin dabei!"),
    ("de-time", "Ich komme um 19 Uhr, vielleicht auch erst 20:30."),
    ("de-date", "Am 12.3. kann ich, am 2. April nicht."),
    ("de-guests", "Wir kommen zu 2."),
    ("de-guests-plus", "Bin dabei, +2 Personen."),
    ("de-topic-was-great", "Das Thema war super letztes Mal!"),
    ("de-last-topic-praise", "Der Vortrag über Podcasts letztes Mal war klasse. Ich komme wieder."),
    ("de-question-organizer", "Was ist denn diesmal das Thema?"),
    ("de-question-room", "Gibt es wieder WLAN im Raum?"),
    (
        "de-mention-work",
        "Ich komme, muss vorher noch einen Newsletter für die Arbeit fertig machen.",
    ),
    ("de-tram", "Bin dabei, komme mit der Linie 3."),
    ("de-room-2", "Treffen wir uns wieder in Raum 2?"),
    ("de-second-time", "Das wäre mein zweites Mal, freue mich!"),
    ("de-interest-general", "Ich finde eure Themen immer spannend, bis Donnerstag."),
    ("de-topic-question-organizer", "Könnt ihr das Thema vorher per Mail schicken?"),
    ("de-never-talk-glad", "Wir reden nie über Fußball, zum Glück. Bin dabei!"),
    ("de-experience-no-verdict", "Hat jemand Erfahrung mit Canva? Ich komme jedenfalls."),
    ("de-duty", "Ich bin für die Technik zuständig und komme früher."),
    ("de-thanks", "Ich bin für jeden Tipp dankbar, bis Donnerstag!"),
    ("de-quoted-answer", "Ich sag nur: „Bin dabei: ganz sicher!“"),
    ("en-never-talk-glad", "We never talk about football, thankfully. Count me in."),
    ("en-tried-no-verdict", "Has anyone tried the new tram line? I'll be there."),
    ("de-bring-two", "Ich bringe 2 Leute mit."),
    ("de-at-seven", "Um 7 bin ich da."),
    ("de-on-the-third", "Am 3. komme ich, sonst nicht."),
    ("de-plus-one-partner", "+1 (meine Frau kommt mit)"),
    ("de-topic-of-evening-question", "Gibt es zum Thema schon Folien?"),
    ("en-plus-one-alone", "+1"),
    ("en-time", "I'll be there around 7, maybe 7:30."),
    ("en-guests", "Bringing 2 friends along."),
    ("en-topic-was-great", "Last time's topic was great, see you!"),
    ("en-question-organizer", "What's the topic this time?"),
    ("en-mention", "Can't come, I'm stuck at a podcast recording."),
    ("en-first-time", "This will be my first time, looking forward!"),
    ("en-interest-general", "Always love your topics, see you Thursday."),
]


def _none_rows() -> list[Row]:
    rows: list[Row] = []
    for frame_id, frame in (("greeted", "Hallo,\n\n{v}\n\nGruß\nAnna"), ("bare", "{v}")):
        for i, text in NONE:
            rows.append(Row(f"none-{i}-{frame_id}", frame.format(v=text)))
    return rows


def grid() -> list[Row]:
    """Every row of the grid."""
    return (
        _suggestion_rows()
        + _position_rows()
        + _list_and_subject_rows()
        + _vote_rows()
        + _none_rows()
    )
