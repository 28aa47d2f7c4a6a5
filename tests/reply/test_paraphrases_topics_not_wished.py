"""Wish words and label words around something that is no subject to wish for.

A stranger's sentence may carry every sign of a suggestion ("Ich fände einen
Abend über …", "Idee:", "Wie wäre es mit …?") and still wish for no topic: it
finds the subject dull or has had enough of it, tells of an evening that was,
names an hour, a party or an outing, or says there is no subject at all. Such
a sentence gives no topic; a topic recorded wrong costs the organizer more
than one left for a person to read. The same signs around a subject still
give its title, cut clean of tag questions and asides.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

_NOT_WISHED = [
    # the subject found dull, or had enough of
    ("Ich fände einen Abend über Krypto ehrlich gesagt langweilig.", "de-faende-langweilig"),
    ("Ich fände einen Abend über TikTok nicht so spannend.", "de-faende-nicht-so-spannend"),
    ("Ein Abend über Krypto wäre mir ehrlich gesagt zu trocken.", "de-zu-trocken"),
    ("Bitte keinen Vortrag über KI mehr, davon hatten wir genug.", "de-keinen-vortrag-mehr"),
    ("Nicht noch ein Vortrag über Instagram bitte 🙈", "de-nicht-noch-ein-vortrag"),
    ("Bloß kein Abend über Datenschutz, das hatten wir schon dreimal.", "de-bloss-kein-abend"),
    ("Kein Bock mehr auf KI-Themen ehrlich.", "de-kein-bock"),
    ("Thema Instagram hängt mir langsam zum Hals raus.", "de-zum-hals-raus"),
    ("Bitte nicht schon wieder was über LinkedIn.", "de-nicht-schon-wieder"),
    ("Nächstes Mal bitte nicht wieder über TikTok reden.", "de-nicht-wieder-reden"),
    ("A talk about crypto would be boring imo.", "en-would-be-boring"),
    ("I'd rather not have another session on AI.", "en-rather-not"),
    ("I would NOT want another talk about AI.", "en-caps-not-want"),
    ("Please no more talks on TikTok.", "en-no-more-talks"),
    ("No more AI talks please!", "en-no-more-ai-talks"),
    ("My colleague would love a talk about TikTok but I find it boring.", "en-colleague-boring"),
    ("Honestly yet another session on LinkedIn would be too much.", "en-yet-another"),
    # an evening that was, told or asked about
    ("Wir hatten schon einen Abend über Instagram, oder?", "de-hatten-schon"),
    ("Hatten wir nicht schon mal einen Vortrag über Datenschutz?", "de-hatten-wir-nicht"),
    ("Gab es schon einen Vortrag über Podcasts?", "de-gab-es-schon"),
    ("Didn't we already have a session on LinkedIn?", "en-didnt-we-already"),
    ("We had a talk about Threads in spring, it was great.", "en-we-had-a-talk"),
    ("Last month I went to a talk about Threads in Berlin, very good.", "en-went-to-a-talk"),
    (
        "Letztes Jahr hatte jemand einen Abend über Mastodon vorgeschlagen, das war super.",
        "de-letztes-jahr-vorgeschlagen",
    ),
    (
        "Last year someone suggested a talk about podcasts and it was great.",
        "en-last-year-suggested",
    ),
    ("Der Vortrag über Mastodon letztes Mal war klasse.", "de-vortrag-letztes-mal"),
    # an hour, a party, an outing, a sociable plan
    ("Vorschlag: Treffpunkt 18:45 am Eingang.", "de-treffpunkt-uhrzeit"),
    ("Vorschlag: 19:30 Uhr statt 19 Uhr", "de-uhrzeit-statt"),
    ("Topic idea: meet at 7pm instead?", "en-meet-at-7pm"),
    ("Idee: Fahrgemeinschaft ab Ehrenfeld?", "de-fahrgemeinschaft-ab"),
    ("Wie wäre es mal mit einem Sommerfest?", "de-sommerfest"),
    ("Wie wäre es mit nem Treffen vorher im Café?", "de-nem-treffen-im-cafe"),
    ("Wie wäre es mit einer Weihnachtsfeier im Dezember?", "de-weihnachtsfeier"),
    ("How about a summer party in July?", "en-summer-party"),
    ("Idee: einfach mal nur Bier trinken 🍺", "de-bier-trinken"),
    ("vorschlag von mir wir machen um 7 statt halb 7", "de-dictated-um-7"),
    ("I'd be happy to talk about the catering with you.", "en-catering-with-you"),
    ("Ich würde gern mal wieder mit euch quatschen.", "de-quatschen-mit-euch"),
    # no subject at all under a label word
    ("Themenvorschlag: keiner, passt alles so.", "de-keiner"),
    ("Vorschlag: kein Thema, einfach quatschen.", "de-kein-thema"),
    ("Themenwunsch: alles außer KI!", "de-alles-ausser"),
    ("Topic wish: anything but AI please", "en-anything-but"),
    ("Topic suggestion: no idea, sorry", "en-no-idea"),
    ("Einen Themenvorschlag habe ich leider gerade nicht.", "de-habe-keinen-vorschlag"),
    # everyday chat with wish verbs and no subject
    ("Ich fände es schön, wenn wir mal wieder draußen sitzen könnten.", "de-draussen-sitzen"),
    ("Mich würde interessieren, wer noch kommt.", "de-wer-noch-kommt"),
    ("Would love to know who else is coming.", "en-who-else"),
    ("Could we have a vegetarian option this time?", "en-vegetarian-option"),
    ("Ich fände 19 Uhr besser.", "de-19-uhr-besser"),
    ("How about Thursday?", "en-how-about-thursday"),
    ("Wie wäre es mit Donnerstag?", "de-wie-waere-donnerstag"),
    ("Wäre toll, wenn ihr die Folien teilt.", "de-folien-teilen"),
    ("Would love a bigger room next time.", "en-bigger-room"),
    ("Ich fände einen größeren Raum super.", "de-groesserer-raum"),
    ("Thema Kinderbetreuung: darf ich meine Tochter mitbringen?", "de-thema-kinderbetreuung"),
    ("Freue mich auf den Abend über Mastodon.", "de-freue-mich-abend-ueber"),
    ("Thema klingt spannend, ich komme!", "de-thema-klingt-spannend"),
    (
        "I'm giving a talk about LinkedIn at another meetup that evening, so I can't come.",
        "en-giving-talk-elsewhere",
    ),
    (
        "Ich halte an dem Abend selbst einen Vortrag über Podcasts in Bonn, sorry.",
        "de-halte-vortrag-elsewhere",
    ),
]


@pytest.mark.parametrize(("text",), [pytest.param(text, id=name) for text, name in _NOT_WISHED])
def test_a_sentence_that_wishes_for_no_subject_gives_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


_WISHED = [
    # a doubt in another sentence leaves the wish in its own
    (
        "Der letzte Vortrag war langweilig. Ich fände einen Abend über Podcasts spannend.",
        "Podcasts",
        "de-doubt-in-other-sentence",
    ),
    ("I had an idea: a talk about newsletters would be great.", "Newsletters", "en-had-an-idea"),
    (
        "Ich hatte da eine Idee: ein Abend über Vereinsnewsletter wäre super.",
        "Vereinsnewsletter",
        "de-hatte-eine-idee",
    ),
    (
        "Ich hätte noch einen Themenvorschlag: Barrierefreie PDFs",
        "Barrierefreie PDFs",
        "de-noch-einen-vorschlag",
    ),
    (
        "Has anyone ever covered LinkedIn carousels here?",
        "LinkedIn carousels",
        "en-has-anyone-covered",
    ),
    # the title ends before a tag question, a laugh or the member's own matter
    ("Wie wäre es mal mit einem Abend über Threads, gell?", "Threads", "de-tag-gell"),
    ("Would love a talk about Mastodon lol", "Mastodon", "en-lol"),
    (
        "I'd love a session on newsletters but I'm not sure who could give it.",
        "Newsletters",
        "en-but-i-am",
    ),
    (
        "Idee: Fahrgemeinschaften organisieren per Social Media",
        "Fahrgemeinschaften organisieren per Social Media",
        "de-subject-with-logistic-word",
    ),
    (
        "Vorschlag: Instagram-Reels in 15 Sekunden",
        "Instagram-Reels in 15 Sekunden",
        "de-number-is-no-hour",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [pytest.param(text, title, id=name) for text, title, name in _WISHED]
)
def test_a_wish_for_a_subject_gives_its_clean_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


_AVOIDING = [
    (
        "mich würd mal content-recycling interessieren ohne dass es langweilig wird",
        "content-recycling",
        "de-ohne-dass-langweilig",
    ),
    (
        "Would love a talk about long reads without it getting boring",
        "long reads",
        "en-without-boring",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [pytest.param(text, title, id=name) for text, title, name in _AVOIDING]
)
def test_what_a_subject_is_to_avoid_does_not_turn_it_down(text: str, title: str) -> None:
    titles = extract_topics(text).titles
    assert len(titles) == 1 and titles[0].lower().startswith(title)


_ARRANGEMENTS_UNDER_A_LABEL = [
    (
        "Hallo zusammen,\n\nich bin dabei! Idee am Rande: vielleicht kann jemand Fotos machen."
        "\n\nLG Anna",
        "de-idee-kann-jemand",
    ),
    (
        "Hi,\nkomme gern.\nWunsch: etwas mehr Licht im Raum, letztes Mal war es dunkel.",
        "de-wunsch-letztes-mal",
    ),
    ("Count me in. Idea: bring your own mug to cut waste.", "en-idea-bring"),
    ("Thema: Zusage für Donnerstag", "de-thema-zusage"),
    ("Thema Essen: bringe Salat mit.", "de-thema-essen-bringe"),
    ("Topic: my RSVP - yes", "en-topic-rsvp"),
    ("Suggestion: put the address in the invite next time", "en-suggestion-put"),
    ("Wunsch: Adresse bitte in die Einladung schreiben", "de-wunsch-einladung"),
    ("Wie wäre es mit einem Abend bei mir im Büro?", "de-abend-im-buero"),
    ("Wie wäre es mit einem Abend in der neuen Location?", "de-abend-in-location"),
    ("How about a session at our office next time?", "en-session-at-office"),
    ("Could we do a session on Zoom next time?", "en-session-on-zoom"),
    ("Ich fände einen Abend im Freien super.", "de-abend-im-freien"),
    ("Wie wäre es mit einem Vortrag von Anna?", "de-vortrag-von-anna"),
    ("Ich komme! Themenideen? Puh, da fällt mir gerade nichts ein.", "de-nichts-ein"),
    ("Zusage. Vorschlag: Wir könnten Namensschilder machen.", "de-namensschilder-machen"),
    ("Would love a talk by Tom next time!", "en-talk-by-tom"),
    ("I'd be happy to give a talk sometime, not sure what about yet.", "en-offer-no-subject"),
]


@pytest.mark.parametrize(
    ("text",), [pytest.param(text, id=name) for text, name in _ARRANGEMENTS_UNDER_A_LABEL]
)
def test_a_label_word_over_the_evenings_arrangements_gives_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


_NO_SUBJECT_YET = [
    ("Wunschthema: weiß ich noch nicht", "de-weiss-noch-nicht"),
    ("Idee: weiß nicht, überrascht mich", "de-weiss-nicht"),
    ("Vorschlag: folgt", "de-folgt"),
    ("Thema: wie immer super", "de-wie-immer"),
    ("Themenwunsch: offen für alles", "de-offen-fuer-alles"),
    ("Topic idea: not sure yet, will think about it", "en-not-sure-yet"),
    ("Idea: tbd", "en-tbd"),
    ("Topic suggestion: will let you know", "en-will-let-you-know"),
    ("THEMENVORSCHLAG: KEINER 😅", "de-caps-keiner"),
    ("TOPIC IDEA: NONE, SORRY", "en-caps-none"),
]


@pytest.mark.parametrize(("text",), [pytest.param(text, id=name) for text, name in _NO_SUBJECT_YET])
def test_a_label_word_over_no_subject_yet_gives_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
