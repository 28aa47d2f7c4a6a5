"""Everyday mails in strangers' voices: news, small talk and gossip around one clause that
answers THIS evening. Negations, regrets and absences in the chat (a colleague who cannot
come, a past trip, a cancelled talk, a sick week now over) answer nothing; a P.S. may.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param(
        "Hallo zusammen, bei uns ist gerade Umzugschaos, die Kisten stapeln sich bis zur Decke. "
        "Am Donnerstag komme ich aber gern vorbei, brauche dringend Ablenkung! LG",
        Answer.YES,
        id="de-moving-chaos-then-yes",
    ),
    pytest.param(
        "Hi Tom, hope you had a great holiday! We just got back from Lisbon, the food was "
        "amazing. Sadly I'm on a work trip on the 28th, so I'll miss this one. Cheers",
        Answer.NO,
        id="en-holiday-news-then-work-trip",
    ),
    pytest.param(
        "Moin! Mein Sohn hat letzte Woche sein erstes Tor geschossen, ich bin immer noch stolz. "
        "Zum Stammtisch schaffe ich es diesmal nicht, Elternabend. Grüße",
        Answer.NO,
        id="de-proud-parent-then-elternabend",
    ),
    pytest.param(
        "Hey, funny thing, I ran into Markus at the bakery yesterday and he said he can't "
        "come. I'll be there though!",
        Answer.YES,
        id="en-gossip-about-markus-then-yes",
    ),
    pytest.param(
        "Liebe Anna, danke für die Einladung! Die letzte Runde war super, vor allem der Vortrag "
        "über Threads. Ich bin wieder dabei.",
        Answer.YES,
        id="de-last-round-praised-then-yes",
    ),
    pytest.param(
        "Hallo, kurz zur Info: Ich habe einen neuen Job bei der Stadtverwaltung, total "
        "spannend. Donnerstag passt leider gar nicht, da habe ich meinen ersten Teamabend.",
        Answer.NO,
        id="de-new-job-then-team-evening",
    ),
    pytest.param(
        "Servus, bei mir ist grad viel los – Umzug, neue Stelle, Kind krank. Ich weiß ehrlich "
        "gesagt noch nicht, ob ich es schaffe. Ich sag bis Montag Bescheid.",
        Answer.MAYBE,
        id="de-busy-life-then-doubt",
    ),
    pytest.param(
        "Hi! The weather has been awful here, my garden is a swamp. Anyway: count me in :)",
        Answer.YES,
        id="en-weather-then-count-me-in",
    ),
    pytest.param(
        "Lieber Tom, ich hab gehört, dass der Vortrag von Petra ausfällt – schade! Ich komme "
        "trotzdem.",
        Answer.YES,
        id="de-talk-cancelled-schade-comes-anyway",
    ),
    pytest.param(
        "Hallo zusammen, ich bin in den letzten Wochen kaum zum Lesen gekommen, sorry für die "
        "späte Antwort. Ich bin am 28. dabei.",
        Answer.YES,
        id="de-kaum-zum-lesen-then-yes",
    ),
    pytest.param(
        "Hey, can't believe it's been a year since we started this! Of course I'm coming.",
        Answer.YES,
        id="en-cant-believe-then-coming",
    ),
    pytest.param(
        "Hallo, ich hab die Mail erst jetzt gesehen, war im Urlaub. Komme gerne!",
        Answer.YES,
        id="de-was-on-holiday-now-comes",
    ),
    pytest.param(
        "Hi Tom, I was sick all last week but I'm fine now. See you on Thursday!",
        Answer.YES,
        id="en-sick-last-week-fine-now",
    ),
    pytest.param(
        "Hallo, das Meetup in Düsseldorf letzte Woche war leider ziemlich enttäuschend. Bei "
        "euch bin ich aber gern wieder dabei.",
        Answer.YES,
        id="de-other-meetup-disappointing",
    ),
    pytest.param(
        "Hi, I couldn't make it to the conference in Berlin, which was a pity. Thursday works "
        "though.",
        Answer.YES,
        id="en-missed-conference-thursday-works",
    ),
    pytest.param(
        "Moin, ich hab am Donnerstag leider Spätdienst. Grüß die anderen von mir, und erzählt "
        "mir, wie es war!",
        Answer.NO,
        id="de-spaetdienst-greet-the-others",
    ),
    pytest.param(
        "Hey team, work is nuts, my boss quit, nobody knows anything. I don't think I'll "
        "manage Thursday, sorry.",
        Answer.NO,
        id="en-work-nuts-dont-think-ill-manage",
    ),
    pytest.param(
        "Hi, I'm not a big fan of the new venue, to be honest, the acoustics are terrible. But "
        "I'll come anyway.",
        Answer.YES,
        id="en-not-a-fan-of-venue-comes-anyway",
    ),
    pytest.param(
        "Hi there, I've been meaning to write for ages. Thursday I'm in, by the way.",
        Answer.YES,
        id="en-meaning-to-write-im-in",
    ),
    pytest.param(
        "Hallo Tom, meine Tochter hat an dem Abend Geburtstag, ich muss leider passen. Bis zum "
        "nächsten Mal!",
        Answer.NO,
        id="de-daughters-birthday-passen",
    ),
    pytest.param(
        "hey du sorry hab grad voll den stress auf arbeit aber donnerstag komm ich auf jeden fall",
        Answer.YES,
        id="de-no-punctuation-stress-but-comes",
    ),
    pytest.param(
        "Hallo zusammen, mein Laptop ist kaputt, deshalb antworte ich vom Handy. Bin am 28. "
        "dabei, komme aber etwas später.",
        Answer.YES,
        id="de-laptop-broken-comes-later",
    ),
    pytest.param(
        "Hi, I haven't been to one in ages, shame on me. This time I'll make it!",
        Answer.YES,
        id="en-havent-been-in-ages",
    ),
    pytest.param(
        "Hey! Thanks for organising again. Unfortunately I'm in Munich that whole week for a "
        "training. Next time!",
        Answer.NO,
        id="en-munich-training-next-time",
    ),
    pytest.param(
        "Hallo Tom, ich hoffe, dir geht's gut! Bei mir ist alles beim Alten. Am Donnerstag bin "
        "ich leider auf einer Hochzeit in Bremen.",
        Answer.NO,
        id="de-hope-youre-well-wedding-in-bremen",
    ),
    pytest.param(
        "Hallo Anna, bei uns hat die Kita wegen Streik geschlossen, totales Chaos diese Woche. "
        "Nächste Woche sieht's besser aus, ich bin dabei.\n\nP.S. Danke für die Folien vom "
        "letzten Mal!",
        Answer.YES,
        id="de-kita-strike-this-week-comes-next-week",
    ),
    pytest.param(
        "Hi, lots going on, moving house etc.\n\nPS: can't make it on the 28th, sorry!",
        Answer.NO,
        id="en-ps-cant-make-it",
    ),
    pytest.param(
        "Hallo, schöne Grüße aus dem Homeoffice, der Kaffee ist alle und das WLAN spinnt.\n\n"
        "PS: Ich komme am Donnerstag!",
        Answer.YES,
        id="de-ps-ich-komme",
    ),
    pytest.param(
        "Moin moin, Kollege Jens meinte, er kommt nicht, aber ich bin dabei.",
        Answer.YES,
        id="de-colleague-not-but-i-am",
    ),
    pytest.param(
        "Hey all, my flight got cancelled last week and I spent a night at the airport, never "
        "again. Anyway, I'm around on Thursday and will pop in!",
        Answer.YES,
        id="en-cancelled-flight-will-pop-in",
    ),
    pytest.param(
        "Hallo, bin gerade erst aus Japan zurück und noch total im Jetlag 😵 Donnerstag wird "
        "aber klappen!",
        Answer.YES,
        id="de-jetlag-but-klappt",
    ),
    pytest.param(
        "Hi Tom, thanks for the invite. My kids have been passing a cold around for weeks, "
        "we're all exhausted. I'll try to come but no promises.",
        Answer.MAYBE,
        id="en-kids-cold-try-no-promises",
    ),
    pytest.param(
        "Hallo, wir haben uns ja ewig nicht gesehen! Ich hab jetzt einen Hund 🐶, deshalb bin "
        "ich abends selten unterwegs – aber am 28. schaue ich auf jeden Fall vorbei.",
        Answer.YES,
        id="de-dog-rarely-out-but-comes",
    ),
    pytest.param(
        "Hey, the new website looks great! Who did the design? Sadly I can't join this time, "
        "I'm at my sister's wedding.",
        Answer.NO,
        id="en-website-praise-sisters-wedding",
    ),
    pytest.param(
        "Hallo Tom, ich bin kein großer Redner, aber zuhören tu ich gern – also komme ich am "
        "Donnerstag.",
        Answer.YES,
        id="de-kein-grosser-redner-comes",
    ),
    pytest.param(
        "hi tom long week here, nothing works, printer broke, internet down. cant come "
        "thursday unfortunately, next month for sure",
        Answer.NO,
        id="en-no-punctuation-long-week-cant-come",
    ),
    pytest.param(
        "Hallo! Ich hab nicht vergessen, dass ich dir noch das Buch zurückgeben muss 😅 Bring "
        "ich am Donnerstag mit, ich komme nämlich.",
        Answer.YES,
        id="de-book-to-return-komme-naemlich",
    ),
    pytest.param(
        "Hello, my German is not so good yet, but I want to practise. I come on Thursday!",
        Answer.YES,
        id="en-learner-german-not-so-good-comes",
    ),
    pytest.param(
        "In Bonn gibt es so etwas leider nicht, deshalb komme ich gern zu euch.",
        Answer.YES,
        id="de-nothing-like-it-elsewhere",
    ),
    pytest.param(
        "There's nothing like this in my town, so I'll come!", Answer.YES, id="en-nothing-like-it"
    ),
    pytest.param("Keine Ahnung von TikTok, aber ich komme!", Answer.YES, id="de-keine-ahnung-von"),
    pytest.param("No clue about SEO, but count me in.", Answer.YES, id="en-no-clue-about"),
    pytest.param(
        "ich komme gerne Punkt bis Donnerstag Punkt Gruß Uwe", Answer.YES, id="de-dictated-yes"
    ),
    pytest.param(
        "hi comma sorry comma I cannot come on Thursday full stop", Answer.NO, id="en-dictated-no"
    ),
    pytest.param(
        "Seit der Einladung kann ich vor Aufregung kaum schlafen, ich komme!",
        Answer.YES,
        id="de-kann-kaum-schlafen",
    ),
    pytest.param(
        "Yes, I'll be there on the 28th – hopefully awake.", Answer.YES, id="en-hopefully-awake"
    ),
    pytest.param(
        "Bin grad im Urlaub, komme aber am Donnerstag.", Answer.YES, id="de-grad-im-urlaub"
    ),
    pytest.param("Bin gerade im Urlaub bis Ende des Monats.", Answer.NO, id="de-urlaub-bis-ende"),
    pytest.param(
        "I'm currently in Lisbon, back on the 20th, count me in",
        Answer.YES,
        id="en-currently-away-back-before",
    ),
    pytest.param(
        "Euren Stammtisch möchte ich weiter besuchen, am 28. klappt es leider nicht.",
        Answer.NO,
        id="de-weiter-besuchen-aber-nicht-am-28",
    ),
    pytest.param(
        "Am Donnerstag habe ich keinen Notdienst, ich komme also.",
        Answer.YES,
        id="de-keinen-notdienst",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_the_answer_about_this_evening_is_found_in_the_chat(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


UNSURE = [
    pytest.param(
        "Hallo zusammen! Kurzes Update von mir: Ich habe endlich meinen Master fertig 🎉 Am 28. "
        "kann ich leider nicht, da feiern wir das mit der Familie.",
        Answer.NO,
        id="de-masters-done-celebrating",
    ),
    pytest.param(
        "Liebe Grüße! Leider hat mein Verein an dem Donnerstag seine Jahreshauptversammlung, da "
        "muss ich hin. Ich wünsch euch einen tollen Abend.",
        Answer.NO,
        id="de-club-agm-must-go",
    ),
    pytest.param(
        "Hallo, ich hab letzte Woche abgesagt, weil ich dachte, ich hätte Spätschicht – stimmt "
        "aber nicht, ich komme also doch!",
        Answer.YES,
        id="de-earlier-no-taken-back",
    ),
    pytest.param(
        "Liebe Grüße aus dem Schnee! Wir sind noch bis Sonntag in Österreich, am Donnerstag "
        "danach bin ich dann wieder dabei.",
        Answer.YES,
        id="de-away-until-sunday-back-thursday",
    ),
    pytest.param(
        "Hallo, ich kann leider nicht mehr so oft wie früher, aber diesen Donnerstag klappt es.",
        Answer.YES,
        id="de-not-as-often-but-this-thursday",
    ),
]


@pytest.mark.parametrize(("text", "answer"), UNSURE)
def test_a_hard_everyday_mail_is_read_right_or_asked_about(text: str, answer: Answer) -> None:
    # no answer read goes to a person: with a reason, or as "no answer found"
    assert read_intent(text).answer in (answer, None)
