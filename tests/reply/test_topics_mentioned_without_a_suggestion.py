"""A reply that speaks of topics without suggesting one records none.

Liking the evening's own topic, a talk the member gives elsewhere, an evening that was,
no ideas, "surprise me", the arrangements offered to the round, what we should do, a
link, a line under a quote that asks something else, a signature's fields: none of
them is a suggestion. Written for this specification in German and English.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Komme gern, das Thema SEO interessiert mich sehr.",
        "Ja! Erfolgsmessung ist genau mein Thema.",
        "Bin dabei, auch wenn ich von SEO keine Ahnung habe.",
        "Yes, SEO is exactly what we're struggling with at work.",
        "Kann leider nicht, ich habe an dem Abend selbst einen Vortrag über Datenschutz.",
        "Sorry, I'm giving a talk on accessibility that evening.",
        "Letztes Mal das Thema Podcasts war super, danke nochmal!",
        "The talk on Canva last time was great.",
        "Komme. Themen habe ich gerade keine.",
        "Yes. No topic ideas from me right now.",
        "Ja. Themenwünsche habe ich keine, ich lasse mich überraschen.",
        "Count me in. Any topic is fine with me.",
        "Pizza danach, anyone?",
        "Drinks after, anyone?",
        "Carpool from Deutz, anyone?",
        "Noch jemand Lust auf eine Fahrgemeinschaft ab Ehrenfeld?",
        "Hat jemand Lust auf ein Bier danach?",
        "Hättet ihr Lust auf einen Spaziergang vorher?",
        "Anyone up for a walk before?",
        "Anyone up for dinner beforehand?",
        "Who else is coming by bike?",
        "I'd suggest we start a bit earlier.",
        "I'd suggest the Italian place next door.",
        "I suggest we meet at the station.",
        "I'd suggest moving it to Friday.",
        "I'd like to talk about it next time.",
        "I'd like to talk to you about the invoice.",
        "Lasst uns über den Termin reden.",
        "Lass uns das beim nächsten Mal besprechen.",
        "I'd find it really interesting.",
        "I'd find that very useful.",
        "Ich hätte gern mal wieder einen Platz am Fenster.",
        "Ich hätte gerne eine Rechnung für den Verein.",
        "Hat noch jemand Interesse an einer Mitfahrgelegenheit?",
        "Hat noch jemand Lust, mit dem Rad zu kommen?",
        "Noch jemand Lust auf Pizza?",
        "Bluesky? Anyone? Hello?",
        "Is anyone else coming from Bonn?",
        "Anyone interested in sharing a taxi?",
        "Komme! Schöne Grüße an alle.",
        "Yes. https://example.org/my-new-blog",
        "Ja. Schaut mal auf https://example.org/fotos vom letzten Mal.",
        "Komme.\n\n> Wo findet das Treffen statt?\nGaststätte Severin\n",
        "Ja\n\n> Themenwünsche?\nmir egal\n",
        "Ja\n\n> Themenwünsche?\nLass mich überraschen!\n",
        "Yes\n\n> Any topic wishes?\nSurprise me!\n",
        "Ja\n\n> Themenwünsche?\nKomme mit einer Kollegin.\n",
        "Yes\n\n> Any topic wishes?\nWill think about it.\n",
        "Komme.\n-- \nSocial Media Managerin\nLisa Koch\nTel 0221 1234",
        "Komme.\n-- \nLisa Koch\nThemen: Presse und Social Media\nTel 0221 1234",
        "Yes.\n-- \nLisa Koch | Head of Content\nwww.example.org",
        "Bin dabei, mein Kollege hält übrigens einen Vortrag über Mastodon in Bonn.",
        "Yes, my colleague gives a talk on Bluesky in Berlin next week.",
        "Ich komme, das letzte Thema hat mir gut gefallen.",
        "Komme. Das Thema Erfolgsmessung passt gut, wir messen gerade alles neu.",
        "Yes! Measuring success is something we do every day.",
        "Ja. Wie immer gern, egal welches Thema.",
        "Kann nicht, wir haben Vereinssitzung zum Thema Finanzen.",
        "I can't, we have a board meeting about the budget.",
        "Komme, wollte eh mal fragen, wie ihr eure Themen auswählt.",
        "Yes. How do you pick the topics?",
        "Ja, Thema klingt gut!",
        "Yes, topic sounds great!",
        "Komme, die Themenliste finde ich super.",
        "Count me in; the topic list looks great.",
    ],
)
def test_a_reply_that_only_mentions_topics_records_none(text: str) -> None:
    assert analyse(plain_reply(text)).topics == []
