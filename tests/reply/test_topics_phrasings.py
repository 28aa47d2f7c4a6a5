"""Topic suggestions as people write them: headed, listed, in prose, in German and English.

A title needs a cue ("Thema:", "topic idea:", "ich fände … spannend", "could
we have a session on …", a list that is called ideas), and comes out clean:
no greeting, no lead-in words, no signature. Words about the evening itself
("den Termin", "eure Arbeit", "Pizza") are never a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


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
            ["accessible video captions"],
            id="i-would-love-a-talk-about-accessible-vid",
        ),
        pytest.param(
            "Could we have a session on newsletter tools?",
            ["newsletter tools"],
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
            ["email newsletters that people open"],
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
            ["social media for choirs"],
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
    ],
)
def test_words_about_the_evening_itself_suggest_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
