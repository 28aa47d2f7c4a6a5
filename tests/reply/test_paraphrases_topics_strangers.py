"""Topic suggestions as strangers write them: many voices, one mechanism.

A suggestion is a speech act (a label word, a wish, an offer to speak) plus
a noun phrase about a subject area. The noun phrase is found by its shape:
after a colon, a preposition ("über", "zu", "about", "on") or a list marker,
up to the end of the clause. Its determiners and the words that lead into it
("einen Vortrag über", "a session on", "mal", "vielleicht", "at some point")
are no part of the title. Written formally and casually, in German, English
and a mix, Swiss and Cologne German, dictated without punctuation, in capitals
and with emoji.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics, subject_topics

_SUGGESTIONS = [
    # a label word before a colon
    (
        "Themenvorschlag: Instagram-Reels für kleine Vereine",
        ["Instagram-Reels für kleine Vereine"],
        "de-label-themenvorschlag",
    ),
    (
        "Idee fürs nächste Mal: Krisenkommunikation bei Shitstorms",
        ["Krisenkommunikation bei Shitstorms"],
        "de-label-idee-fuers-naechste-mal",
    ),
    (
        "topic idea: measuring reach without paid tools",
        ["measuring reach without paid tools"],
        "en-label-topic-idea",
    ),
    (
        "Round-Table-Idee: Redaktionspläne im Team",
        ["Redaktionspläne im Team"],
        "de-label-round-table-idee",
    ),
    ("Wunschthema: LinkedIn für Behörden", ["LinkedIn für Behörden"], "de-label-wunschthema"),
    ("Mögliches Thema: Content-Recycling", ["Content-Recycling"], "de-label-moegliches-thema"),
    (
        "Topic request: GDPR-compliant analytics",
        ["GDPR-compliant analytics"],
        "en-label-topic-request",
    ),
    (
        "Themenidee fürs nächste Treffen: Live-Streams auf Twitch",
        ["Live-Streams auf Twitch"],
        "de-label-themenidee-fuers-treffen",
    ),
    (
        "Vorschlag für einen der nächsten Abende: Podcasts für Vereine",
        ["Podcasts für Vereine"],
        "de-label-einer-der-naechsten-abende",
    ),
    (
        "Mein Vorschlag wäre: Bildrechte bei Reposts",
        ["Bildrechte bei Reposts"],
        "de-label-mein-vorschlag-waere-colon",
    ),
    (
        "Anregung für die Themenliste: Social Media im Handwerk",
        ["Social Media im Handwerk"],
        "de-label-anregung-themenliste",
    ),
    (
        "Ein Thema, das mich umtreibt: Hasskommentare gegen Kommunalpolitiker",
        ["Hasskommentare gegen Kommunalpolitiker"],
        "de-label-thema-das-mich-umtreibt",
    ),
    (
        "Was mich brennend interessiert: Employer Branding auf LinkedIn",
        ["Employer Branding auf LinkedIn"],
        "de-label-was-mich-interessiert",
    ),
    (
        "Was ich gern mal hören würde: Erfahrungen mit Mastodon-Instanzen",
        ["Erfahrungen mit Mastodon-Instanzen"],
        "de-label-was-ich-hoeren-wuerde",
    ),
    # a label word with a dash or without any mark
    ("Talk idea – data-driven posting times", ["data-driven posting times"], "en-label-dash"),
    (
        "Suggestion for a future evening – accessibility in Instagram stories",
        ["accessibility in Instagram stories"],
        "en-label-future-evening-dash",
    ),
    (
        "Vorschlag fürs nächste Mal – Social Media Guidelines für Mitarbeitende",
        ["Social Media Guidelines für Mitarbeitende"],
        "de-label-fuers-naechste-mal-dash",
    ),
    # capitals, emoji, dictation
    (
        "THEMENVORSCHLAG: SOCIAL MEDIA FÜR SPORTVEREINE",
        ["SOCIAL MEDIA FÜR SPORTVEREINE"],
        "de-all-caps",
    ),
    (
        "💡 Idee: Social Media Monitoring mit kostenlosen Tools",
        ["Social Media Monitoring mit kostenlosen Tools"],
        "de-emoji-idee",
    ),
    (
        "hallo ich hätte einen themenvorschlag wie man mit wenig zeit "
        "einen instagram kanal pflegt viele grüße",
        ["Wie man mit wenig zeit einen instagram kanal pflegt"],
        "de-dictated-no-punctuation",
    ),
    (
        "Hab ne Idee für nen Abend: Chatbots im Kundenservice",
        ["Chatbots im Kundenservice"],
        "de-casual-ne-idee",
    ),
    # beside an answer, after a P.S.
    (
        "Zusage! Und als Thema für später: Storytelling mit Karussell-Posts.",
        ["Storytelling mit Karussell-Posts"],
        "de-beside-yes-thema-fuer-spaeter",
    ),
    (
        "Count me in. Topic suggestion: handling trolls in comment sections.",
        ["handling trolls in comment sections"],
        "en-beside-yes-topic-suggestion",
    ),
    (
        "Bin dabei 👍\n\nP.S. Themenwunsch: Memes im Vereinsmarketing",
        ["Memes im Vereinsmarketing"],
        "de-ps-themenwunsch",
    ),
    (
        "I'm in! Also, an idea for the list: short-form video on a budget.",
        ["short-form video on a budget"],
        "en-idea-for-the-list",
    ),
    (
        "Grüezi mitenand, bin dabei. Themenidee: Social Media im Tourismus. Merci vielmal",
        ["Social Media im Tourismus"],
        "ch-themenidee-merci",
    ),
    (
        "Kumm jään! Themenidee: Karnevalsvereine auf Insta",
        ["Karnevalsvereine auf Insta"],
        "koelsch-themenidee",
    ),
    # lists below a label
    (
        "Ein paar Ideen:\n- Hashtag-Strategien\n- Canva-Vorlagen\n- Social Listening",
        ["Hashtag-Strategien", "Canva-Vorlagen", "Social Listening"],
        "de-ideen-dash-list",
    ),
    (
        "Themenvorschläge:\n1. KI-Texte prüfen\n2. Reels am Handy schneiden",
        ["KI-Texte prüfen", "Reels am Handy schneiden"],
        "de-numbered-list",
    ),
    (
        "Meine Vorschläge wären:\na) Datenschutz bei Gewinnspielen\nb) Influencer-Kooperationen",
        ["Datenschutz bei Gewinnspielen", "Influencer-Kooperationen"],
        "de-lettered-list",
    ),
    (
        "Some topic ideas:\n• LinkedIn carousels\n• Alt text that works",
        ["LinkedIn carousels", "Alt text that works"],
        "en-bullet-list",
    ),
    # prose: a wish with a preposition before the subject
    (
        "I would love a talk about employer branding on TikTok.",
        ["Employer branding on TikTok"],
        "en-love-a-talk-about",
    ),
    (
        "Could we have a session on Threads vs. Bluesky sometime?",
        ["Threads vs. Bluesky"],
        "en-could-we-have-a-session-on",
    ),
    (
        "Would love to see a session on LinkedIn newsletters.",
        ["LinkedIn newsletters"],
        "en-love-to-see-a-session-on",
    ),
    ("i'd love a talk on tiktok for ngos lol", ["Tiktok for ngos"], "en-casual-lowercase-lol"),
    (
        "How about a round table on burnout in social media jobs?",
        ["Burnout in social media jobs"],
        "en-how-about-round-table-on",
    ),
    (
        "Next time maybe something about Pinterest for nonprofits?",
        ["Pinterest for nonprofits"],
        "en-next-time-something-about",
    ),
    ("Would be great to cover UGC rights at some point.", ["UGC rights"], "en-great-to-cover"),
    (
        "I'd really like to learn more about community building on Discord.",
        ["Community building on Discord"],
        "en-like-to-learn-more-about",
    ),
    (
        "Could someone maybe do a talk on Meta Business Suite tips?",
        ["Meta Business Suite tips"],
        "en-could-someone-do-a-talk-on",
    ),
    (
        "Would anyone be up for a session about Canva tricks?",
        ["Canva tricks"],
        "en-anyone-up-for-a-session-about",
    ),
    (
        "I would find a evening about LinkedIn-Ads very interesting.",
        ["LinkedIn-Ads"],
        "en-from-german-find-an-evening-interesting",
    ),
    (
        "Ich fände Social-Media-Recht für Ehrenamtliche spannend.",
        ["Social-Media-Recht für Ehrenamtliche"],
        "de-faende-spannend",
    ),
    (
        "Mich würde das Thema Barrierefreiheit in Videos interessieren.",
        ["Barrierefreiheit in Videos"],
        "de-mich-wuerde-das-thema-interessieren",
    ),
    (
        "Wie wäre es mal mit einem Abend zu Podcast-Produktion?",
        ["Podcast-Produktion"],
        "de-wie-waere-es-mit-einem-abend-zu",
    ),
    (
        "Ich möchte gerne einen Vortrag über YouTube Shorts hören.",
        ["YouTube Shorts"],
        "de-vortrag-ueber-hoeren",
    ),
    (
        "Wir würden gern mal über Förderanträge für Social-Media-Projekte sprechen.",
        ["Förderanträge für Social-Media-Projekte"],
        "de-wir-wuerden-ueber-sprechen",
    ),
    (
        "Vielleicht könnte jemand etwas zu Google Analytics 4 erzählen?",
        ["Google Analytics 4"],
        "de-jemand-etwas-zu-erzaehlen",
    ),
    (
        "Ich schlage als Thema Social Media für Kitas vor.",
        ["Social Media für Kitas"],
        "de-schlage-als-thema-vor",
    ),
    (
        "I'd suggest influencer marketing for small budgets as a topic.",
        ["Influencer marketing for small budgets"],
        "en-suggest-as-a-topic",
    ),
    (
        "Ich fänd nen Abend zu Social Media Analytics mega hilfreich",
        ["Social Media Analytics"],
        "de-faend-nen-abend-zu-hilfreich",
    ),
    (
        "Was haltet ihr von einem Abend über Reddit-Communities?",
        ["Reddit-Communities"],
        "de-was-haltet-ihr-von-einem-abend",
    ),
    (
        "Ich würde mich über einen Vortrag zu Social Media Guidelines freuen.",
        ["Social Media Guidelines"],
        "de-mich-ueber-einen-vortrag-freuen",
    ),
    (
        "Es wäre toll, wenn mal jemand über Newsletter-Tools sprechen könnte.",
        ["Newsletter-Tools"],
        "de-toll-wenn-jemand-ueber-sprechen",
    ),
    (
        "Grüezi, ich hätte gern mal ein Referat über Social Media im Tourismus. Merci vielmal",
        ["Social Media im Tourismus"],
        "ch-referat-ueber",
    ),
    (
        "💡 Social Media Monitoring mit kostenlosen Tools wäre mal ein Thema",
        ["Social Media Monitoring mit kostenlosen Tools"],
        "de-emoji-waere-mal-ein-thema",
    ),
    # an offer to speak is a suggestion of its subject
    (
        "I'd be happy to give a short talk about content repurposing.",
        ["Content repurposing"],
        "en-offer-happy-to-give-a-talk",
    ),
    (
        "Ich könnte auch mal einen kurzen Vortrag über Vereinsnewsletter halten.",
        ["Vereinsnewsletter"],
        "de-offer-vortrag-halten",
    ),
    (
        "I could present our experience with Threads at one of the next evenings.",
        ["Our experience with Threads"],
        "en-offer-present-our-experience",
    ),
]


@pytest.mark.parametrize(
    ("text", "titles"),
    [pytest.param(text, titles, id=name) for text, titles, name in _SUGGESTIONS],
)
def test_a_stranger_suggestion_gives_its_clean_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("subject", "body", "titles"),
    [
        pytest.param(
            "Themenidee: Shitstorm-Prävention", "", ["Shitstorm-Prävention"], id="de-subject-only"
        ),
        pytest.param(
            "Topic idea - LinkedIn for public offices",
            "",
            ["LinkedIn for public offices"],
            id="en-subject-dash",
        ),
        pytest.param(
            "Themenvorschlag",
            "Hallo,\n\nVideos mit dem Handy drehen\n\nGruß Uwe",
            ["Videos mit dem Handy drehen"],
            id="de-subject-label-body-title",
        ),
    ],
)
def test_a_suggestion_in_the_subject_gives_its_title(
    subject: str, body: str, titles: list[str]
) -> None:
    assert subject_topics(subject, body) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # any form of a wish verb before the colon
        pytest.param(
            "Mich würde interessieren: Vereinsfotos rechtssicher posten.",
            ["Vereinsfotos rechtssicher posten"],
            id="de-mich-wuerde-interessieren-colon",
        ),
        pytest.param(
            "Spontan fällt mir ein: Wie erreicht man Azubis?",
            ["Wie erreicht man Azubis?"],
            id="de-faellt-mir-ein-colon",
        ),
        pytest.param(
            "Für unsere Branche würde ich mir mal einen Abend wünschen: Google-Bewertungen.",
            ["Google-Bewertungen"],
            id="de-abend-wuenschen-colon",
        ),
        pytest.param(
            "Weiß noch nicht. Aber für einen späteren Abend: Hashtags in Behörden.",
            ["Hashtags in Behörden"],
            id="de-fuer-einen-spaeteren-abend-colon",
        ),
        pytest.param(
            "Something I'd really enjoy: newsletter design for museums.",
            ["newsletter design for museums"],
            id="en-something-id-enjoy-colon",
        ),
        pytest.param(
            "Hallo,\n\nzwei Anregungen aus der Kita:\n"
            "a) Elternbriefe digital b) Fotos ohne Gesichter\n",
            ["Elternbriefe digital", "Fotos ohne Gesichter"],
            id="de-anregungen-plural-inline-letters",
        ),
        # someone may speak on it, said with any modal and word order
        pytest.param(
            "Ihr solltet mal über Social Media für Azubis reden.",
            ["Social Media für Azubis"],
            id="de-ihr-solltet-ueber-reden",
        ),
        pytest.param(
            "Es wäre schön, wenn ihr mal Podcasts für Gemeinden aufgreifen könntet.",
            ["Podcasts für Gemeinden"],
            id="de-wenn-ihr-aufgreifen-koenntet",
        ),
        pytest.param(
            "Ich hätte gerne irgendwann mal Pinterest für Handwerker als Thema.",
            ["Pinterest für Handwerker"],
            id="de-haette-gerne-als-thema",
        ),
        pytest.param(
            "Chönnted ihr mal es Thema mache zu Vereinswebsites?",
            ["Vereinswebsites"],
            id="ch-es-thema-mache-zu",
        ),
        # the member goes on about the title after a comma
        pytest.param(
            "Kleine Anregung für später: Bildsprache für Vereine, das kam mir zuletzt zu kurz.",
            ["Bildsprache für Vereine"],
            id="de-title-then-das-kam",
        ),
        pytest.param(
            "Topic idea: alt text for charities, that was missing last time.",
            ["alt text for charities"],
            id="en-title-then-that-was",
        ),
    ],
)
def test_a_wish_in_any_form_gives_its_clean_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


def test_a_compound_is_not_its_first_word() -> None:
    # "Essen-Fotos" is a subject, "Essen" alone would be the evening's food
    assert subject_topics("Themenidee: Essen-Fotos für Restaurants") == [
        "Essen-Fotos für Restaurants"
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Thema: Wann lohnt sich ein eigener Kanal? Unsere Vorstände diskutieren das seit "
            "Monaten ohne Ergebnis.",
            ["Wann lohnt sich ein eigener Kanal?"],
            id="de-question-title-then-a-long-sentence",
        ),
        pytest.param(
            "Idea: Is Facebook dead? Half of the people in our village still use it every day.",
            ["Is Facebook dead?"],
            id="en-question-title-then-a-long-sentence",
        ),
        pytest.param(
            "Thema: Just say yes? Consent banners done right",
            ["Just say yes? Consent banners done right"],
            id="en-question-title-with-a-short-subtitle",
        ),
    ],
)
def test_a_question_title_ends_where_a_long_sentence_of_ones_own_begins(
    text: str, titles: list[str]
) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "I'd love to come! And if you ever need a topic, podcasts for small shops, "
            "I'd be glad to help.",
            ["Podcasts for small shops"],
            id="en-if-you-ever-need-a-topic",
        ),
        pytest.param(
            "In case you're looking for ideas: volunteer stories on Instagram.",
            ["volunteer stories on Instagram"],
            id="en-in-case-looking-for-ideas",
        ),
        pytest.param(
            "Bin dabei. Falls ihr mal ein Thema sucht: Vereinsarchiv auf Instagram.",
            ["Vereinsarchiv auf Instagram"],
            id="de-falls-ihr-ein-thema-sucht",
        ),
        pytest.param(
            "Wenn ihr noch Themen braucht – Social Media im Schützenverein, da kann ich was "
            "erzählen.",
            ["Social Media im Schützenverein"],
            id="de-wenn-ihr-themen-braucht-dash",
        ),
    ],
)
def test_an_offer_on_a_condition_gives_its_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text",),
    [
        pytest.param("If you need a hand, just ask.", id="en-if-you-need-a-hand"),
        pytest.param(
            "If you need ideas, let me know and I'll send some.", id="en-ideas-let-me-know"
        ),
        pytest.param("Falls ihr Themen sucht, meldet euch einfach.", id="de-themen-meldet-euch"),
    ],
)
def test_an_offer_without_a_subject_gives_no_title(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Als Thema für später würde ich Bildrechte bei Stadtfesten vorschlagen.",
            ["Bildrechte bei Stadtfesten"],
            id="de-wuerde-ich-vorschlagen",
        ),
        pytest.param(
            "Mögt ihr mal was zu Vereinsvideos machen?", ["Vereinsvideos"], id="de-moegt-ihr-machen"
        ),
        pytest.param(
            "Gibt's Interesse an einem Abend zum Thema Podcasts aufnehmen?",
            ["Podcasts aufnehmen"],
            id="de-abend-zum-thema",
        ),
        pytest.param(
            "Hi, my three wishes for the autumn:\n1) Reels for bakeries\n2) Alt text basics",
            ["Reels for bakeries", "Alt text basics"],
            id="en-my-wishes-list",
        ),
    ],
)
def test_a_wish_said_with_a_proposal_verb_gives_its_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


def test_a_vote_by_spelled_number_is_no_title() -> None:
    assert extract_topics("Ich stimme für Punkt zwei und Punkt drei.").titles == []
