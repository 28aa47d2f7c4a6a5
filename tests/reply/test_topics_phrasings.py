"""Topic suggestions as people write them: headed, listed, in prose, in German and English.

A title needs a cue ("Thema:", "topic idea:", "ich fände … spannend", "could
we have a session on …", a list that is called ideas), and comes out clean:
no greeting, no lead-in words, no signature. Words about the evening itself
("den Termin", "eure Arbeit", "Pizza") are never a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics, subject_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Themenvorschlag für einen der nächsten Abende: Podcasts für Vereine",
            ["Podcasts für Vereine"],
            id="themenvorschlag-fuer-einen-der-naechsten",
        ),
        pytest.param(
            "topic idea: Bluesky for local clubs",
            ["Bluesky for local clubs"],
            id="topic-idea-bluesky-for-local-clubs",
        ),
        pytest.param(
            "Round-Table-Idee: Krisenkommunikation im Shitstorm",
            ["Krisenkommunikation im Shitstorm"],
            id="round-table-idee-krisenkommunikation-im-",
        ),
        pytest.param(
            "I would love a talk about accessible video captions.",
            ["Accessible video captions"],
            id="i-would-love-a-talk-about-accessible-vid",
        ),
        pytest.param(
            "Could we have a session on newsletter tools?",
            ["Newsletter tools"],
            id="could-we-have-a-session-on-newsletter-to",
        ),
        pytest.param(
            "Ich fände Instagram-Reels für Senioren spannend.",
            ["Instagram-Reels für Senioren"],
            id="ich-faende-instagram-reels-fuer-senioren",
        ),
        pytest.param(
            "Wir fänden übrigens Influencer-Kooperationen als Thema super.",
            ["Influencer-Kooperationen"],
            id="wir-faenden-uebrigens-influencer-koopera",
        ),
        pytest.param(
            "Themen:\n1. Threads\n2. Bluesky\n3. Mastodon-Server betreiben",
            ["Threads", "Bluesky", "Mastodon-Server betreiben"],
            id="themen-1-threads-2-bluesky-3-mastodon-se",
        ),
        pytest.param(
            "Ideen:\na) TikTok für Vereine\nb) Canva-Vorlagen",
            ["TikTok für Vereine", "Canva-Vorlagen"],
            id="ideen-a-tiktok-fuer-vereine-b-canva-vorl",
        ),
        pytest.param(
            "Suggestions:\n- Paid ads on Meta\n- Discord communities",
            ["Paid ads on Meta", "Discord communities"],
            id="suggestions-paid-ads-on-meta-discord-com",
        ),
        pytest.param(
            "Ja, ich komme! Thema: Datenschutz bei Vereinsfotos",
            ["Datenschutz bei Vereinsfotos"],
            id="ja-ich-komme-thema-datenschutz-bei-verei",
        ),
        pytest.param(
            "Hallo zusammen,\n\nThemenwunsch: Social-Media-Recht\n\nViele Grüße\nAnna",
            ["Social-Media-Recht"],
            id="hallo-zusammen-themenwunsch-social-media",
        ),
        pytest.param(
            "Für später hätte ich gern mal: Pressearbeit und Social Media verzahnen.",
            ["Pressearbeit und Social Media verzahnen"],
            id="fuer-spaeter-haette-ich-gern-mal-pressea",
        ),
        pytest.param(
            "Hat mir gefallen. Für einen der nächsten Abende hätte ich noch ein Thema: "
            "LinkedIn für Vereine.",
            ["LinkedIn für Vereine"],
            id="hat-mir-gefallen-fuer-einen-der-naechste",
        ),
        pytest.param(
            "I really think a deep dive on email newsletters that people open would be great.",
            ["Email newsletters that people open"],
            id="i-really-think-a-deep-dive-on-email-news",
        ),
        pytest.param(
            "Yes, coming. Btw, WhatsApp Channels for associations might be a good topic.",
            ["WhatsApp Channels for associations"],
            id="yes-coming-btw-whatsapp-channels-for-ass",
        ),
        pytest.param(
            "A) Online-Spendenaktionen\nB) Wahlkampf-Kommunikation\nDas wären meine zwei Ideen.",
            ["Online-Spendenaktionen", "Wahlkampf-Kommunikation"],
            id="a-online-spendenaktionen-b-wahlkampf-kom",
        ),
        pytest.param(
            "Vielleicht könnte man beim nächsten Mal auch SEO für Vereinswebsites vertiefen?",
            ["SEO für Vereinswebsites"],
            id="vielleicht-koennte-man-beim-naechsten-ma",
        ),
        pytest.param(
            "Would a session on social media for choirs be of interest?",
            ["Social media for choirs"],
            id="would-a-session-on-social-media-for-choi",
        ),
        pytest.param(
            "Könnten wir mal über Hate Speech in Kommentaren sprechen?",
            ["Hate Speech in Kommentaren"],
            id="koennten-wir-mal-ueber-hate-speech-in-ko",
        ),
        pytest.param(
            "Wie wäre es mit einem Vortrag über Vereinsapps?",
            ["Vereinsapps"],
            id="wie-waere-es-mit-einem-vortrag-ueber-ver",
        ),
        pytest.param(
            "THEMENVORSCHLAG: KI IM EHRENAMT",
            ["KI IM EHRENAMT"],
            id="themenvorschlag-ki-im-ehrenamt",
        ),
        pytest.param(
            "themenvorschlag: ki im ehrenamt",
            ["ki im ehrenamt"],
            id="themenvorschlag-ki-im-ehrenamt",
        ),
        pytest.param(
            "Mein Vorschlag wäre Storytelling mit Reels.",
            ["Storytelling mit Reels"],
            id="mein-vorschlag-waere-storytelling-mit-re",
        ),
        pytest.param(
            "Mich würde Community-Management am Wochenende interessieren.",
            ["Community-Management am Wochenende"],
            id="mich-wuerde-community-management-am-woch",
        ),
        pytest.param(
            "What about a workshop on Canva templates?",
            ["Canva templates"],
            id="what-about-a-workshop-on-canva-templates",
        ),
        pytest.param(
            "It'd be great to hear about TikTok for nonprofits sometime.",
            ["TikTok for nonprofits"],
            id="it-d-be-great-to-hear-about-tiktok-for-n",
        ),
        pytest.param(
            "I'd love to see a session on Canva.",
            ["Canva"],
            id="i-d-love-to-see-a-session-on-canva",
        ),
        pytest.param(
            "Maybe a topic for next time: influencer marketing",
            ["influencer marketing"],
            id="maybe-a-topic-for-next-time-influencer-m",
        ),
        pytest.param(
            "Topic request: Google Ad Grants",
            ["Google Ad Grants"],
            id="topic-request-google-ad-grants",
        ),
        pytest.param(
            "How about something on LinkedIn for volunteers?",
            ["LinkedIn for volunteers"],
            id="how-about-something-on-linkedin-for-volu",
        ),
        pytest.param(
            "I'd be interested in a talk on Google Analytics 4.",
            ["Google Analytics 4"],
            id="i-d-be-interested-in-a-talk-on-google-an",
        ),
        pytest.param(
            "We should do an evening on crisis comms.",
            ["Crisis comms"],
            id="we-should-do-an-evening-on-crisis-comms",
        ),
        pytest.param(
            "Would love to learn more about Mastodon moderation.",
            ["Mastodon moderation"],
            id="would-love-to-learn-more-about-mastodon-",
        ),
        pytest.param(
            "Wäre cool, mal was zu TikTok zu machen.",
            ["TikTok"],
            id="waere-cool-mal-was-zu-tiktok-zu-machen",
        ),
        pytest.param(
            "Ich hätte Lust auf einen Abend zu Podcasts.",
            ["Podcasts"],
            id="ich-haette-lust-auf-einen-abend-zu-podca",
        ),
        pytest.param(
            "Mein Themenwunsch wäre Instagram-Stories.",
            ["Instagram-Stories"],
            id="mein-themenwunsch-waere-instagram-storie",
        ),
        pytest.param(
            "Spannend fände ich mal was über Influencer.",
            ["Influencer"],
            id="spannend-faende-ich-mal-was-ueber-influe",
        ),
        pytest.param(
            "Könntet ihr mal jemanden zu Datenschutz einladen?",
            ["Datenschutz"],
            id="koenntet-ihr-mal-jemanden-zu-datenschutz",
        ),
        pytest.param(
            "Was ich mir wünschen würde: ein Abend über Threads.",
            ["Threads"],
            id="was-ich-mir-wuenschen-wuerde-ein-abend-u",
        ),
        pytest.param(
            "Ich würde gerne mehr über Social Ads lernen.",
            ["Social Ads"],
            id="ich-wuerde-gerne-mehr-ueber-social-ads-l",
        ),
        pytest.param(
            "Could you invite someone to talk about grant writing?",
            ["Grant writing"],
            id="could-you-invite-someone-to-talk-about-g",
        ),
        pytest.param(
            "Let's do a session about Bluesky starter packs!",
            ["Bluesky starter packs"],
            id="let-s-do-a-session-about-bluesky-starter",
        ),
        pytest.param(
            "Ich schlage Vereinsfotos und DSGVO als Thema vor.",
            ["Vereinsfotos und DSGVO"],
            id="ich-schlage-vereinsfotos-und-dsgvo-als-t",
        ),
        pytest.param(
            "I'd suggest LinkedIn Live as a topic.",
            ["LinkedIn Live"],
            id="i-d-suggest-linkedin-live-as-a-topic",
        ),
        pytest.param(
            "Idee für einen Abend: Social Media für Sportvereine",
            ["Social Media für Sportvereine"],
            id="idee-fuer-einen-abend-social-media-fuer-",
        ),
    ],
)
def test_a_suggestion_is_read_as_its_clean_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich finde den Termin super.", id="ich-finde-den-termin-super"),
        pytest.param("Ich finde eure Arbeit wichtig.", id="ich-finde-eure-arbeit-wichtig"),
        pytest.param(
            "Wir finden das Treffen immer spannend.", id="wir-finden-das-treffen-immer-spannend"
        ),
        pytest.param(
            "Ich fände es gut, wenn wir früher anfangen.",
            id="ich-faende-es-gut-wenn-wir-frueher-anfan",
        ),
        pytest.param("Wie wäre es mit Pizza?", id="wie-waere-es-mit-pizza"),
        pytest.param(
            "Ich habe eine Frage zum Thema Anfahrt: wo kann man parken?",
            id="ich-habe-eine-frage-zum-thema-anfahrt-wo",
        ),
        pytest.param(
            "- komme um 19 Uhr\n- bringe Kuchen\nIch hätte noch eine Idee für später.",
            id="komme-um-19-uhr-bringe-kuchen-ich-haette",
        ),
        pytest.param("Ja, ich komme.", id="ja-ich-komme"),
        pytest.param(
            "Könnten wir es beim nächsten Mal früher machen?",
            id="koennten-wir-es-beim-naechsten-mal-frueh",
        ),
        pytest.param(
            "Danke für die Einladung, das Thema letztes Mal war super: danke!",
            id="danke-fuer-die-einladung-das-thema-letzt",
        ),
        pytest.param("I'd love to hear more about it.", id="i-d-love-to-hear-more-about-it"),
        pytest.param(
            "Would love to learn more about the venue.",
            id="would-love-to-learn-more-about-the-venue",
        ),
        pytest.param(
            "Ich würde gerne mehr über euch erfahren.",
            id="ich-wuerde-gerne-mehr-ueber-euch-erfahre",
        ),
        pytest.param(
            "Could you invite someone to the next meetup?",
            id="could-you-invite-someone-to-the-next-mee",
        ),
        pytest.param(
            "Wäre cool, mal was zusammen zu machen.", id="waere-cool-mal-was-zusammen-zu-machen"
        ),
        pytest.param(
            "We should do an evening like that again.", id="we-should-do-an-evening-like-that-again"
        ),
        pytest.param("Yes, I'd love to come!", id="yes-i-d-love-to-come"),
        pytest.param("Ich komme gern, wäre super.", id="ich-komme-gern-waere-super"),
        pytest.param(
            "Sadly I won't be able to, though I'd really love to hear about SEO.",
            id="the-evenings-own-subject",
        ),
    ],
)
def test_words_about_the_evening_itself_suggest_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("subject", "body", "titles"),
    [
        pytest.param(
            "Themenvorschlag",
            "Hallo zusammen,\n\nSocial Media für Chöre\n\nViele Grüße\nAnna",
            ["Social Media für Chöre"],
            id="title-under-a-greeting",
        ),
        pytest.param(
            "Topic idea",
            "Hi,\nLinkedIn for volunteers\nBest, Tom",
            ["LinkedIn for volunteers"],
            id="en",
        ),
        pytest.param(
            "Vorschlag für einen der nächsten Abende",
            "- Canva\n- Threads",
            ["Canva", "Threads"],
            id="list",
        ),
        pytest.param(
            "AW: Themenvorschlag: Krisenkommunikation", "", ["Krisenkommunikation"], id="in-subject"
        ),
        pytest.param(
            "Themenvorschlag",
            "Hallo, ich hätte da eine Idee, weiß aber nicht, ob das passt, es geht um vieles.",
            [],
            id="more-than-a-title",
        ),
        pytest.param("Re: Einladung zum Stammtisch", "Social Media für Chöre", [], id="no-cue"),
    ],
)
def test_a_subject_that_announces_a_suggestion_takes_the_title_from_the_body(
    subject: str, body: str, titles: list[str]
) -> None:
    assert subject_topics(subject, body) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Danke! Für das nächste Mal: Vereinsrecht für Social Media",
            ["Vereinsrecht für Social Media"],
            id="fuer-das-naechste-mal",
        ),
        pytest.param("Next time: Canva templates", ["Canva templates"], id="next-time"),
        pytest.param(
            "Ich wünsche mir Podcasting als Thema.", ["Podcasting"], id="wuensche-als-thema"
        ),
        pytest.param("Podcasting als Thema wäre super.", ["Podcasting"], id="als-thema-waere"),
        pytest.param(
            "Newsletter tools as a topic would be great.", ["Newsletter tools"], id="as-a-topic"
        ),
        pytest.param(
            "Thema: Ja-Sager-Kultur in Vereinen", ["Ja-Sager-Kultur in Vereinen"], id="ja-sager"
        ),
    ],
)
def test_a_suggestion_for_next_time_is_read(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Für das nächste Mal: ich komme später.", id="fuer-das-naechste-mal-no-title"),
        pytest.param("Next time: I will bring cake", id="next-time-no-title"),
        pytest.param("Thema: Ja, gerne!", id="a-yes-after-a-cue"),
    ],
)
def test_a_cue_without_a_title_leaves_the_words_to_be_read(text: str) -> None:
    found = extract_topics(text)
    assert (found.titles, found.rest) == ([], text)
