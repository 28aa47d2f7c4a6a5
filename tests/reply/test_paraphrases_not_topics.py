"""What new voices write around a reply that is no topic suggestion.

A topic is a wish or label word plus a noun phrase about a subject area. A
question to the organizer, a comment on a past talk, a sentence about the
evening or its arrangements, a greeting, a signature, a thanks or an answer
may carry a label word ("Frage:", "Idee:", "Thema letztes Mal:", "Wunsch:")
or a wish verb ("wie wäre es mit …", "how about …"), but what follows is a
clause, an answer or the evening itself, never a title. A wrong topic costs
the organizer more than a missed one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics, subject_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kurze Frage: gibt es dort Parkplätze?", id="kurze-frage-gibt-es-dort-parkplatze"
        ),
        pytest.param(
            "Frage am Rande: kann ich meinen Hund mitbringen?", id="frage-am-rande-kann-ich-meinen"
        ),
        pytest.param(
            "Eine Frage noch: ist der Raum barrierefrei?", id="eine-frage-noch-ist-der-raum"
        ),
        pytest.param(
            "Noch eine Frage – wie lange geht der Abend?", id="noch-eine-frage-wie-lange-geht"
        ),
        pytest.param(
            "Quick question: is there wifi at the venue?", id="quick-question-is-there-wifi-at"
        ),
        pytest.param(
            "One question: will the slides be shared afterwards?",
            id="one-question-will-the-slides-be",
        ),
        pytest.param(
            "Could you send me the slides from last time?", id="could-you-send-me-the-slides"
        ),
        pytest.param(
            "Könnt ihr mir die Folien vom letzten Mal schicken?", id="konnt-ihr-mir-die-folien-vom"
        ),
        pytest.param("Wird der Vortrag aufgezeichnet?", id="wird-der-vortrag-aufgezeichnet"),
        pytest.param("Is the talk going to be recorded?", id="is-the-talk-going-to-be"),
        pytest.param(
            "Gibt es auch was Vegetarisches zu essen?", id="gibt-es-auch-was-vegetarisches-zu"
        ),
        pytest.param("Will there be vegan food?", id="will-there-be-vegan-food"),
        pytest.param("Wo genau ist der Eingang?", id="wo-genau-ist-der-eingang"),
        pytest.param(
            "Muss ich mich noch irgendwo anmelden?", id="muss-ich-mich-noch-irgendwo-anmelden"
        ),
        pytest.param("Do I need to bring my laptop?", id="do-i-need-to-bring-my"),
        pytest.param("Darf ich eine Kollegin mitbringen?", id="darf-ich-eine-kollegin-mitbringen"),
        pytest.param(
            "Der Vortrag über Instagram letztes Mal war super!",
            id="der-vortrag-uber-instagram-letztes-mal",
        ),
        pytest.param(
            "Der Vortrag zu Canva war echt spannend, danke nochmal.",
            id="der-vortrag-zu-canva-war-echt",
        ),
        pytest.param(
            "Das Thema vom letzten Mal (Newsletter) fand ich total hilfreich.",
            id="das-thema-vom-letzten-mal-newsletter",
        ),
        pytest.param(
            "Last time's talk on Mastodon was really interesting.",
            id="last-time-s-talk-on-mastodon",
        ),
        pytest.param(
            "The session about accessibility last month was great, thanks!",
            id="the-session-about-accessibility-last-month",
        ),
        pytest.param(
            "Loved the talk on newsletters last time.", id="loved-the-talk-on-newsletters-last"
        ),
        pytest.param(
            "Ich fand den Abend über Datenschutz letztes Mal sehr spannend.",
            id="ich-fand-den-abend-uber-datenschutz",
        ),
        pytest.param(
            "Fand das letzte Thema richtig spannend, weiter so!",
            id="fand-das-letzte-thema-richtig-spannend",
        ),
        pytest.param(
            "Ich fand die Diskussion über TikTok letztes Mal sehr interessant.",
            id="ich-fand-die-diskussion-uber-tiktok",
        ),
        pytest.param(
            "I found the discussion about TikTok last time really interesting.",
            id="i-found-the-discussion-about-tiktok",
        ),
        pytest.param(
            "Der Input von Anna zu LinkedIn war klasse.", id="der-input-von-anna-zu-linkedin"
        ),
        pytest.param(
            "Really enjoyed Tom's presentation on SEO.", id="really-enjoyed-tom-s-presentation-on"
        ),
        pytest.param(
            "Super Abend gestern, der Workshop zu Reels war toll.",
            id="super-abend-gestern-der-workshop-zu",
        ),
        pytest.param(
            "Thema letztes Mal: Reels. Hat mir sehr gefallen.", id="thema-letztes-mal-reels-hat-mir"
        ),
        pytest.param("Ich freue mich auf den Abend!", id="ich-freue-mich-auf-den-abend"),
        pytest.param("Looking forward to the evening!", id="looking-forward-to-the-evening"),
        pytest.param("Freu mich schon auf das Thema!", id="freu-mich-schon-auf-das-thema"),
        pytest.param("Looking forward to the talk on AI!", id="looking-forward-to-the-talk-on"),
        pytest.param("Freue mich auf den Vortrag über KI.", id="freue-mich-auf-den-vortrag-uber"),
        pytest.param(
            "Ich bin gespannt auf den Vortrag zu Mastodon.", id="ich-bin-gespannt-auf-den-vortrag"
        ),
        pytest.param("Can't wait for the session on LinkedIn!", id="can-t-wait-for-the-session"),
        pytest.param(
            "Das Thema klingt spannend, ich komme.", id="das-thema-klingt-spannend-ich-komme"
        ),
        pytest.param(
            "The topic sounds interesting, count me in.", id="the-topic-sounds-interesting-count-me"
        ),
        pytest.param("Spannendes Thema diesmal!", id="spannendes-thema-diesmal"),
        pytest.param("Great topic this time!", id="great-topic-this-time"),
        pytest.param(
            "Ich komme etwas später, so gegen 19:30.", id="ich-komme-etwas-spater-so-gegen"
        ),
        pytest.param("I'll be about 15 minutes late.", id="i-ll-be-about-15-minutes"),
        pytest.param("Bringe einen Kuchen mit.", id="bringe-einen-kuchen-mit"),
        pytest.param("Ich bringe Getränke mit.", id="ich-bringe-getranke-mit"),
        pytest.param("Wir sind zu zweit.", id="wir-sind-zu-zweit"),
        pytest.param("Hallo zusammen,", id="hallo-zusammen"),
        pytest.param("Liebe Grüße aus Köln", id="liebe-grusse-aus-koln"),
        pytest.param(
            "Viele Grüße\nPetra Müller\nVorsitzende, Kulturverein Ehrenfeld",
            id="viele-grusse-petra-muller-vorsitzende-kulturverein",
        ),
        pytest.param(
            "Best regards,\nJohn Smith\nCommunications Lead | Green Action e.V.",
            id="best-regards-john-smith-communications-lead",
        ),
        pytest.param("Sent from my iPhone", id="sent-from-my-iphone"),
        pytest.param("Von meinem iPhone gesendet", id="von-meinem-iphone-gesendet"),
        pytest.param(
            "Mit freundlichen Grüßen\nDr. Hans Meier\nThema: Digitalisierung im Verein\n"
            "Tel. 0221 123456",
            id="mit-freundlichen-grussen-dr-hans-meier",
        ),
        pytest.param(
            "--\nAnna Schmidt\nPresse & Öffentlichkeitsarbeit\nwww.verein.de",
            id="anna-schmidt-presse-offentlichkeitsarbeit-www-verein",
        ),
        pytest.param(
            "Cheers,\nMike\nSocial media volunteer", id="cheers-mike-social-media-volunteer"
        ),
        pytest.param("Ja, ich bin dabei.", id="ja-ich-bin-dabei"),
        pytest.param("Bin dabei!", id="bin-dabei"),
        pytest.param("Leider nicht, bin im Urlaub.", id="leider-nicht-bin-im-urlaub"),
        pytest.param("Yes, I'll come.", id="yes-i-ll-come"),
        pytest.param("Sorry, can't make it this time.", id="sorry-can-t-make-it-this"),
        pytest.param("Zusage für den 28.", id="zusage-fur-den-28"),
        pytest.param("Count me in!", id="count-me-in"),
        pytest.param("Wir kommen zu dritt.", id="wir-kommen-zu-dritt"),
        pytest.param("I'm in, plus one.", id="i-m-in-plus-one"),
        pytest.param("Danke für die Einladung!", id="danke-fur-die-einladung"),
        pytest.param("Thanks for organising this!", id="thanks-for-organising-this"),
        pytest.param(
            "Vielen Dank für die tolle Organisation.", id="vielen-dank-fur-die-tolle-organisation"
        ),
        pytest.param(
            "Danke für den Bericht vom letzten Abend.", id="danke-fur-den-bericht-vom-letzten"
        ),
        pytest.param(
            "Thanks for the recap, really useful.", id="thanks-for-the-recap-really-useful"
        ),
        pytest.param(
            "Danke für die Folien zum Thema Instagram.", id="danke-fur-die-folien-zum-thema"
        ),
        pytest.param(
            "Thanks for sharing the slides on SEO.", id="thanks-for-sharing-the-slides-on"
        ),
        pytest.param("Zum Thema Parken: einfach im Hof.", id="zum-thema-parken-einfach-im-hof"),
        pytest.param("Das Thema Essen klären wir vor Ort.", id="das-thema-essen-klaren-wir-vor"),
        pytest.param(
            "Idee: wir könnten uns vorher auf ein Bier treffen.",
            id="idee-wir-konnten-uns-vorher-auf",
        ),
        pytest.param(
            "Vorschlag: wir fangen eine halbe Stunde später an.",
            id="vorschlag-wir-fangen-eine-halbe-stunde",
        ),
        pytest.param(
            "Suggestion: maybe start at 7 instead of 6?", id="suggestion-maybe-start-at-7-instead"
        ),
        pytest.param("Idea: let's meet at the cafe beforehand.", id="idea-let-s-meet-at-the"),
        pytest.param(
            "Kleine Anregung: die Einladung etwas früher verschicken.",
            id="kleine-anregung-die-einladung-etwas-fruher",
        ),
        pytest.param(
            "Mein Vorschlag wäre, dass wir uns im Café treffen.",
            id="mein-vorschlag-ware-dass-wir-uns",
        ),
        pytest.param("Wunsch: bitte wieder mit Brezeln!", id="wunsch-bitte-wieder-mit-brezeln"),
        pytest.param(
            "Wäre super, wenn es wieder Pizza gibt.", id="ware-super-wenn-es-wieder-pizza"
        ),
        pytest.param(
            "Ich fände es gut, wenn wir pünktlich anfangen.", id="ich-fande-es-gut-wenn-wir"
        ),
        pytest.param(
            "Ich fände es schön, wenn mehr Leute kämen.", id="ich-fande-es-schon-wenn-mehr"
        ),
        pytest.param("Fände ich super, bin dabei.", id="fande-ich-super-bin-dabei"),
        pytest.param("It would be great if we could start on time.", id="it-would-be-great-if-we"),
        pytest.param("Would love to bring a friend along.", id="would-love-to-bring-a-friend"),
        pytest.param("I'd love to come!", id="i-d-love-to-come"),
        pytest.param("Would love to join.", id="would-love-to-join"),
        pytest.param(
            "Ich würde gerne kommen, weiß aber noch nicht.", id="ich-wurde-gerne-kommen-weiss-aber"
        ),
        pytest.param(
            "Ich hätte gerne einen Platz in der ersten Reihe.", id="ich-hatte-gerne-einen-platz-in"
        ),
        pytest.param(
            "Was mich interessiert: wann geht es los?", id="was-mich-interessiert-wann-geht-es"
        ),
        pytest.param(
            "Mich würde interessieren, ob es Getränke gibt.",
            id="mich-wurde-interessieren-ob-es-getranke",
        ),
        pytest.param(
            "Mich würde interessieren, wer noch kommt.",
            id="mich-wurde-interessieren-wer-noch-kommt",
        ),
        pytest.param(
            "Interessant fände ich, wie viele kommen.", id="interessant-fande-ich-wie-viele-kommen"
        ),
        pytest.param(
            "I'd be interested in how many people are coming.", id="i-d-be-interested-in-how"
        ),
        pytest.param("How about we meet at 6?", id="how-about-we-meet-at-6"),
        pytest.param("Wie wäre es mit einem späteren Termin?", id="wie-ware-es-mit-einem-spateren"),
        pytest.param("What about Thursday instead?", id="what-about-thursday-instead"),
        pytest.param("Wie wäre es, wenn wir uns draußen treffen?", id="wie-ware-es-wenn-wir-uns"),
        pytest.param("Zur Info: ich habe eine neue Mailadresse.", id="zur-info-ich-habe-eine-neue"),
        pytest.param("PS: Tolles Thema!", id="ps-tolles-thema"),
        pytest.param("P.S. Toller Vortrag letztes Mal!", id="p-s-toller-vortrag-letztes-mal"),
        pytest.param("PS: the topic last time was fab.", id="ps-the-topic-last-time-was"),
        pytest.param("Nächstes Mal bin ich wieder dabei.", id="nachstes-mal-bin-ich-wieder-dabei"),
        pytest.param("Next time I'll bring my colleague.", id="next-time-i-ll-bring-my"),
        pytest.param(
            "Für das nächste Mal: bitte früher Bescheid geben.",
            id="fur-das-nachste-mal-bitte-fruher",
        ),
        pytest.param(
            "For next time: please send the invite a bit earlier.",
            id="for-next-time-please-send-the",
        ),
        pytest.param("Ideen habe ich gerade keine, sorry.", id="ideen-habe-ich-gerade-keine-sorry"),
        pytest.param("No ideas from me this time.", id="no-ideas-from-me-this-time"),
        pytest.param(
            "Themenvorschläge habe ich leider keine.", id="themenvorschlage-habe-ich-leider-keine"
        ),
        pytest.param("Keine Themenwünsche.", id="keine-themenwunsche"),
        pytest.param("Ich habe keinen Vorschlag.", id="ich-habe-keinen-vorschlag"),
        pytest.param("Thema passt mir gut.", id="thema-passt-mir-gut"),
        pytest.param("Topic works for me.", id="topic-works-for-me"),
        pytest.param(
            "Das Thema ist mir egal, ich komme wegen der Leute.", id="das-thema-ist-mir-egal-ich"
        ),
        pytest.param("Ich würde gern mehr über euch erfahren.", id="ich-wurde-gern-mehr-uber-euch"),
        pytest.param(
            "Wir sollten mal wieder zusammen essen gehen.",
            id="wir-sollten-mal-wieder-zusammen-essen",
        ),
        pytest.param(
            "Lass uns nach dem Vortrag noch was trinken gehen.", id="lass-uns-nach-dem-vortrag-noch"
        ),
        pytest.param("Can we have the talk a bit earlier?", id="can-we-have-the-talk-a"),
        pytest.param("Could we do it in English next time?", id="could-we-do-it-in-english"),
        pytest.param(
            "Könnten wir das Treffen auf Donnerstag verlegen?",
            id="konnten-wir-das-treffen-auf-donnerstag",
        ),
        pytest.param(
            "Would it be possible to have a session online too?", id="would-it-be-possible-to-have"
        ),
        pytest.param(
            "Can we have a hybrid option for the evening?", id="can-we-have-a-hybrid-option"
        ),
        pytest.param(
            "Ich würde mich über eine Online-Teilnahme freuen.",
            id="ich-wurde-mich-uber-eine-online",
        ),
        pytest.param("Habt ihr Lust auf ein Bier danach?", id="habt-ihr-lust-auf-ein-bier"),
        pytest.param(
            "Hättet ihr Lust auf einen Spaziergang vorher?",
            id="hattet-ihr-lust-auf-einen-spaziergang",
        ),
        pytest.param(
            "Would anyone be interested in carpooling from Bonn?",
            id="would-anyone-be-interested-in-carpooling",
        ),
        pytest.param(
            "Hat jemand Lust auf eine Fahrgemeinschaft?",
            id="hat-jemand-lust-auf-eine-fahrgemeinschaft",
        ),
        pytest.param(
            "Mein Wunsch: dass wir pünktlich anfangen.",
            id="mein-wunsch-dass-wir-punktlich-anfangen",
        ),
        pytest.param("My only wish: more chairs!", id="my-only-wish-more-chairs"),
        pytest.param(
            "Ich wünsche euch einen schönen Abend!", id="ich-wunsche-euch-einen-schonen-abend"
        ),
        pytest.param("Wishing you all a great evening!", id="wishing-you-all-a-great-evening"),
        pytest.param(
            "Frohe Weihnachten und einen guten Rutsch!",
            id="frohe-weihnachten-und-einen-guten-rutsch",
        ),
        pytest.param("Schöne Grüße an Anna!", id="schone-grusse-an-anna"),
        pytest.param("Was für ein Abend!", id="was-fur-ein-abend"),
        pytest.param("Übrigens: toller Newsletter!", id="ubrigens-toller-newsletter"),
        pytest.param("Btw, great newsletter!", id="btw-great-newsletter"),
        pytest.param("Btw the room was a bit cold last time.", id="btw-the-room-was-a-bit"),
        pytest.param("Feedback: der Raum war zu warm.", id="feedback-der-raum-war-zu-warm"),
        pytest.param(
            "Kleines Feedback zum letzten Mal: Mikro war zu leise.",
            id="kleines-feedback-zum-letzten-mal-mikro",
        ),
        pytest.param(
            "Feedback on last time: the mic was too quiet.", id="feedback-on-last-time-the-mic"
        ),
        pytest.param(
            "Kommentar zum letzten Vortrag: sehr gut gemacht.",
            id="kommentar-zum-letzten-vortrag-sehr-gut",
        ),
        pytest.param(
            "Anmerkung: mein Nachname schreibt sich mit ä.",
            id="anmerkung-mein-nachname-schreibt-sich-mit",
        ),
        pytest.param("Note: I changed my email address.", id="note-i-changed-my-email-address"),
        pytest.param(
            "Hinweis: Ich bin ab jetzt unter neuer Adresse erreichbar.",
            id="hinweis-ich-bin-ab-jetzt-unter",
        ),
        pytest.param("Agenda sounds good to me.", id="agenda-sounds-good-to-me"),
        pytest.param("Die Agenda klingt gut.", id="die-agenda-klingt-gut"),
        pytest.param(
            "Ich finde das Thema Datenschutz sehr wichtig, danke dass ihr das macht.",
            id="ich-finde-das-thema-datenschutz-sehr",
        ),
        pytest.param(
            "Ich finde euren Stammtisch echt super.", id="ich-finde-euren-stammtisch-echt-super"
        ),
        pytest.param(
            "Ich finde es toll, dass ihr das organisiert.", id="ich-finde-es-toll-dass-ihr"
        ),
        pytest.param("I think the topic is really important.", id="i-think-the-topic-is-really"),
        pytest.param(
            "Das war ein super spannender Abend über KI.", id="das-war-ein-super-spannender-abend"
        ),
        pytest.param("Re: Einladung – Thema KI im Verein", id="re-einladung-thema-ki-im-verein"),
        pytest.param(
            "ich komm gern und bring nen kumpel mit der interessiert sich auch für social media",
            id="ich-komm-gern-und-bring-nen",
        ),
        pytest.param("KOMME GERNE!!! FREU MICH", id="komme-gerne-freu-mich"),
        pytest.param("bin dabei 👍", id="bin-dabei-2"),
        pytest.param(
            "Ich bin dabei, das Thema interessiert mich sehr.",
            id="ich-bin-dabei-das-thema-interessiert",
        ),
        pytest.param("I'm in, the topic really interests me.", id="i-m-in-the-topic-really"),
        pytest.param(
            "Klingt nach einem spannenden Thema, bis dann!",
            id="klingt-nach-einem-spannenden-thema-bis",
        ),
        pytest.param(
            "Sounds like an interesting topic, see you then!",
            id="sounds-like-an-interesting-topic-see",
        ),
        pytest.param("Super Thema, da komme ich gern.", id="super-thema-da-komme-ich-gern"),
        pytest.param(
            "Toller Vortrag letztes Mal – weiter so!", id="toller-vortrag-letztes-mal-weiter-so"
        ),
        pytest.param(
            "Spannend fände ich auch, wer sonst noch kommt.", id="spannend-fande-ich-auch-wer-sonst"
        ),
        pytest.param(
            "Ich fände es spannend, mal die anderen Vereine kennenzulernen.",
            id="ich-fande-es-spannend-mal-die",
        ),
        pytest.param(
            "Mich würde mal interessieren, was ihr so beruflich macht.",
            id="mich-wurde-mal-interessieren-was-ihr",
        ),
        pytest.param("Hey, schön von euch zu hören!", id="hey-schon-von-euch-zu-horen"),
        pytest.param("Grüezi mitenand, ich chume gern.", id="gruezi-mitenand-ich-chume-gern"),
        pytest.param("Servus, bin dabei, bis Donnerstag!", id="servus-bin-dabei-bis-donnerstag"),
        pytest.param("Heyho! Bin am Start.", id="heyho-bin-am-start"),
        pytest.param("Moin moin, ich komme.", id="moin-moin-ich-komme"),
        pytest.param("Great idea, count me in!", id="great-idea-count-me-in"),
        pytest.param("Gute Idee, ich bin dabei!", id="gute-idee-ich-bin-dabei"),
        pytest.param("Tolle Idee mit dem Stammtisch!", id="tolle-idee-mit-dem-stammtisch"),
        pytest.param("Love the idea of a regular meetup.", id="love-the-idea-of-a-regular"),
        pytest.param(
            "Die Idee mit dem Online-Termin finde ich gut.", id="die-idee-mit-dem-online-termin"
        ),
        pytest.param("I like the idea of meeting online.", id="i-like-the-idea-of-meeting"),
        pytest.param(
            "Thanks for the suggestion, I'll think about it.", id="thanks-for-the-suggestion-i-ll"
        ),
        pytest.param(
            "Danke für den Vorschlag, ich schau mal.", id="danke-fur-den-vorschlag-ich-schau"
        ),
        pytest.param(
            "Zu deiner Frage: ja, ich bringe den Beamer mit.", id="zu-deiner-frage-ja-ich-bringe"
        ),
        pytest.param(
            "To answer your question: yes, I can bring the projector.",
            id="to-answer-your-question-yes-i",
        ),
        pytest.param(
            "Re your question about the topic: anything is fine with me.",
            id="re-your-question-about-the-topic",
        ),
        pytest.param(
            "Zu deiner Frage nach Themen: fällt mir grad nix ein.",
            id="zu-deiner-frage-nach-themen-fallt",
        ),
        pytest.param("Regarding topics: no preference.", id="regarding-topics-no-preference"),
        pytest.param(
            "Thema ist mir wurscht, Hauptsache Bier.", id="thema-ist-mir-wurscht-hauptsache-bier"
        ),
        pytest.param("Themen: mir egal.", id="themen-mir-egal"),
        pytest.param("Topics: whatever you pick is fine.", id="topics-whatever-you-pick-is-fine"),
        pytest.param("Ideen: keine, sorry 😅", id="ideen-keine-sorry"),
        pytest.param("Vorschläge: leider keine.", id="vorschlage-leider-keine"),
        pytest.param("Thema: passt!", id="thema-passt"),
        pytest.param("Topic: sounds good!", id="topic-sounds-good"),
        pytest.param("Themenwunsch: nix Besonderes.", id="themenwunsch-nix-besonderes"),
        pytest.param(
            "Idee fürs nächste Mal: gibt's wieder Pizza?", id="idee-furs-nachste-mal-gibt-s"
        ),
        pytest.param("Next time idea: can we do it on a Friday?", id="next-time-idea-can-we-do"),
        pytest.param(
            "For the next one: could we start a bit later?", id="for-the-next-one-could-we"
        ),
        pytest.param(
            "For the future: a bigger room would be nice.", id="for-the-future-a-bigger-room"
        ),
        pytest.param(
            "Für die Zukunft: ein größerer Raum wäre gut.", id="fur-die-zukunft-ein-grosserer-raum"
        ),
        pytest.param("Wish list: better coffee 😄", id="wish-list-better-coffee"),
        pytest.param("Wunschliste: mehr Sitzplätze.", id="wunschliste-mehr-sitzplatze"),
        pytest.param("I'd love to see you all again!", id="i-d-love-to-see-you"),
        pytest.param("I'd love to: see you there.", id="i-d-love-to-see-you-2"),
        pytest.param("Would love to hear how it went!", id="would-love-to-hear-how-it"),
        pytest.param(
            "Würde gern hören, wie es gelaufen ist.", id="wurde-gern-horen-wie-es-gelaufen"
        ),
        pytest.param(
            "Mich würde interessieren, wie es gelaufen ist.",
            id="mich-wurde-interessieren-wie-es-gelaufen",
        ),
        pytest.param("I'd be interested in how it went.", id="i-d-be-interested-in-how-2"),
        pytest.param("What about parking?", id="what-about-parking"),
        pytest.param("How about carpooling?", id="how-about-carpooling"),
        pytest.param(
            "Wie wäre es mit Fahrgemeinschaften?", id="wie-ware-es-mit-fahrgemeinschaften"
        ),
        pytest.param(
            "Wie wäre es mit einem Treffen im Biergarten?", id="wie-ware-es-mit-einem-treffen"
        ),
        pytest.param("How about a picnic in summer instead?", id="how-about-a-picnic-in-summer"),
        pytest.param(
            "What about meeting in the park next time?", id="what-about-meeting-in-the-park"
        ),
        pytest.param("Could we have a session online too?", id="could-we-have-a-session-online"),
        pytest.param("Can we have a break halfway?", id="can-we-have-a-break-halfway"),
        pytest.param("I'd suggest we meet at 7.", id="i-d-suggest-we-meet-at"),
        pytest.param(
            "Ich schlage vor, wir treffen uns um 19 Uhr.", id="ich-schlage-vor-wir-treffen-uns"
        ),
        pytest.param("Ich schlage den 12. vor.", id="ich-schlage-den-12-vor"),
        pytest.param("I suggest Thursday.", id="i-suggest-thursday"),
        pytest.param(
            "Vorschlag: Donnerstag statt Mittwoch.", id="vorschlag-donnerstag-statt-mittwoch"
        ),
        pytest.param("Suggestion: Thursday works better.", id="suggestion-thursday-works-better"),
        pytest.param("Idee: Wir machen ein Gruppenfoto.", id="idee-wir-machen-ein-gruppenfoto"),
        pytest.param(
            "Anregung: Namensschilder wären hilfreich.",
            id="anregung-namensschilder-waren-hilfreich",
        ),
        pytest.param(
            "Small suggestion: name tags would help.", id="small-suggestion-name-tags-would-help"
        ),
        pytest.param("One idea: name tags!", id="one-idea-name-tags"),
        pytest.param("ich finde die idee gut", id="ich-finde-die-idee-gut"),
        pytest.param(
            "ich fände es super wenn wieder alle kommen", id="ich-fande-es-super-wenn-wieder"
        ),
        pytest.param("wäre cool wenn du die folien schickst", id="ware-cool-wenn-du-die-folien"),
        pytest.param("fänd ich spannend, bin dabei", id="fand-ich-spannend-bin-dabei"),
        pytest.param("hört sich spannend an bin dabei", id="hort-sich-spannend-an-bin-dabei"),
        pytest.param("das klingt spannend", id="das-klingt-spannend"),
        pytest.param(
            "Das Thema KI finde ich spannend, freu mich drauf!",
            id="das-thema-ki-finde-ich-spannend",
        ),
        pytest.param(
            "Ich finde KI total spannend, freue mich auf Donnerstag.",
            id="ich-finde-ki-total-spannend-freue",
        ),
        pytest.param("Finde das Thema mega wichtig.", id="finde-das-thema-mega-wichtig"),
        pytest.param(
            "The topic is super relevant for us, see you there.",
            id="the-topic-is-super-relevant-for",
        ),
        pytest.param(
            "AI is such an interesting topic, see you Thursday!",
            id="ai-is-such-an-interesting-topic",
        ),
        pytest.param(
            "KI ist ein spannendes Thema, bis Donnerstag!", id="ki-ist-ein-spannendes-thema-bis"
        ),
        pytest.param("I'm interested in the AI talk, see you!", id="i-m-interested-in-the-ai"),
        pytest.param(
            "Bin interessiert am Vortrag über KI, komme.", id="bin-interessiert-am-vortrag-uber-ki"
        ),
        pytest.param(
            "Interessantes Thema, leider kann ich nicht.",
            id="interessantes-thema-leider-kann-ich-nicht",
        ),
        pytest.param(
            "Spannend! Leider bin ich verhindert.", id="spannend-leider-bin-ich-verhindert"
        ),
        pytest.param("Hello all, hope you're well!", id="hello-all-hope-you-re-well"),
        pytest.param("Hallo Anna, hallo Tom,", id="hallo-anna-hallo-tom"),
        pytest.param("Hi there 👋", id="hi-there"),
        pytest.param("Liebe Grüße, Eure Petra", id="liebe-grusse-eure-petra"),
        pytest.param("Cheers mate", id="cheers-mate"),
        pytest.param("xoxo", id="xoxo"),
        pytest.param("Bis bald!", id="bis-bald"),
        pytest.param("See you soon!", id="see-you-soon"),
        pytest.param("Gruß aus dem Homeoffice", id="gruss-aus-dem-homeoffice"),
        pytest.param(
            "Hallo ihr Lieben, lange nicht gesehen!", id="hallo-ihr-lieben-lange-nicht-gesehen"
        ),
        pytest.param(
            "Mich würde mal interessieren, wo ihr das Bier her habt.",
            id="mich-wurde-mal-interessieren-wo-ihr",
        ),
        pytest.param(
            "Was ich noch fragen wollte: gibt es einen Aufzug?",
            id="was-ich-noch-fragen-wollte-gibt",
        ),
        pytest.param("What I wanted to ask: is there a lift?", id="what-i-wanted-to-ask-is"),
        pytest.param(
            "Eine Idee hätte ich noch: wir könnten einen Gruppenchat machen.",
            id="eine-idee-hatte-ich-noch-wir",
        ),
        pytest.param(
            "One more idea: we could set up a group chat.", id="one-more-idea-we-could-set"
        ),
        pytest.param(
            "Vielleicht könnten wir eine WhatsApp-Gruppe machen?",
            id="vielleicht-konnten-wir-eine-whatsapp-gruppe",
        ),
        pytest.param(
            "Maybe we could have a Signal group for this?", id="maybe-we-could-have-a-signal"
        ),
        pytest.param("We should do this more often!", id="we-should-do-this-more-often"),
        pytest.param("Sollten wir öfter machen!", id="sollten-wir-ofter-machen"),
        pytest.param("Lasst uns das öfter machen.", id="lasst-uns-das-ofter-machen"),
        pytest.param("Let's do this more often!", id="let-s-do-this-more-often"),
        pytest.param("Das sollten wir wiederholen.", id="das-sollten-wir-wiederholen"),
        pytest.param("Gerne wieder so ein Abend!", id="gerne-wieder-so-ein-abend"),
        pytest.param("More of this please!", id="more-of-this-please"),
        pytest.param("Mehr davon bitte!", id="mehr-davon-bitte"),
        pytest.param("Bitte mehr solche Abende!", id="bitte-mehr-solche-abende"),
        pytest.param("Please more evenings like this!", id="please-more-evenings-like-this"),
        pytest.param("Ich hätte gerne die Präsentation.", id="ich-hatte-gerne-die-prasentation"),
        pytest.param("I'd love a copy of the slides.", id="i-d-love-a-copy-of"),
        pytest.param(
            "Would love the slides if you can share them.", id="would-love-the-slides-if-you"
        ),
        pytest.param("Ich würde mich über die Folien freuen.", id="ich-wurde-mich-uber-die-folien"),
        pytest.param(
            "Hab noch ne Frage zum Thema: braucht man Vorkenntnisse?",
            id="hab-noch-ne-frage-zum-thema",
        ),
        pytest.param(
            "Question about the topic: do I need any background?",
            id="question-about-the-topic-do-i",
        ),
        pytest.param(
            "Zum Thema selbst: ich hab kaum Erfahrung, ist das ok?",
            id="zum-thema-selbst-ich-hab-kaum",
        ),
        pytest.param(
            "About the topic: I'm a total beginner, is that ok?", id="about-the-topic-i-m-a"
        ),
        pytest.param("Zum Vortrag: wie lange dauert er?", id="zum-vortrag-wie-lange-dauert-er"),
        pytest.param(
            "Thema klingt super, nur eine Frage: gibt's Getränke?",
            id="thema-klingt-super-nur-eine-frage",
        ),
        pytest.param(
            "KANN LEIDER NICHT, THEMA KLINGT ABER SUPER", id="kann-leider-nicht-thema-klingt-aber"
        ),
        pytest.param(
            "ich komm gern wie wäre es mit nem bier danach", id="ich-komm-gern-wie-ware-es"
        ),
        pytest.param(
            "könnten wir uns vielleicht vorher kurz abstimmen?",
            id="konnten-wir-uns-vielleicht-vorher-kurz",
        ),
        pytest.param(
            "Könnten wir das nächste Mal vielleicht früher anfangen?",
            id="konnten-wir-das-nachste-mal-vielleicht",
        ),
        pytest.param(
            "Wir könnten auch zusammen hinfahren.", id="wir-konnten-auch-zusammen-hinfahren"
        ),
        pytest.param(
            "Man könnte ja auch mal draußen sitzen.", id="man-konnte-ja-auch-mal-draussen"
        ),
        pytest.param(
            "Wir sollten mal über die Uhrzeit reden.", id="wir-sollten-mal-uber-die-uhrzeit"
        ),
        pytest.param(
            "Können wir über den Termin nochmal sprechen?", id="konnen-wir-uber-den-termin-nochmal"
        ),
        pytest.param(
            "Sollten wir nicht lieber über die Getränke reden?",
            id="sollten-wir-nicht-lieber-uber-die",
        ),
        pytest.param(
            "Ich würde gerne mal über meine Erfahrungen vom letzten Mal sprechen.",
            id="ich-wurde-gerne-mal-uber-meine",
        ),
        pytest.param(
            "Ich würde gern mehr über euren Verein erfahren.", id="ich-wurde-gern-mehr-uber-euren"
        ),
        pytest.param(
            "Ich würde gerne mehr über dich erfahren.", id="ich-wurde-gerne-mehr-uber-dich"
        ),
        pytest.param("We could talk about it on Thursday.", id="we-could-talk-about-it-on"),
        pytest.param("Can we talk about the date again?", id="can-we-talk-about-the-date"),
        pytest.param("We should talk about the venue.", id="we-should-talk-about-the-venue"),
        pytest.param("I'd love to hear more about your club.", id="i-d-love-to-hear-more"),
        pytest.param("I'd love to learn more about you all.", id="i-d-love-to-learn-more"),
        pytest.param("Keen to hear more about how it went.", id="keen-to-hear-more-about-how"),
        pytest.param(
            "Would love to hear more about the plans for next year.",
            id="would-love-to-hear-more-about",
        ),
        pytest.param(
            "Would be great to discuss this in person.", id="would-be-great-to-discuss-this"
        ),
        pytest.param("It'd be great to catch up with everyone.", id="it-d-be-great-to-catch"),
        pytest.param(
            "It would be nice to hear about your holidays.", id="it-would-be-nice-to-hear"
        ),
        pytest.param(
            "Could we do something on Friday instead?", id="could-we-do-something-on-friday"
        ),
        pytest.param("How about Friday?", id="how-about-friday"),
        pytest.param("What about next week?", id="what-about-next-week"),
        pytest.param("How about 7pm?", id="how-about-7pm"),
        pytest.param("What about the 14th?", id="what-about-the-14th"),
        pytest.param("Wie wäre es mit Freitag?", id="wie-ware-es-mit-freitag"),
        pytest.param("Wie wäre es mit dem 14.?", id="wie-ware-es-mit-dem-14"),
        pytest.param("Wie wär's mit 19 Uhr?", id="wie-war-s-mit-19-uhr"),
        pytest.param("Wie wärs mit nächster Woche?", id="wie-wars-mit-nachster-woche"),
        pytest.param(
            "Wie wäre es mit einer Verschiebung?", id="wie-ware-es-mit-einer-verschiebung"
        ),
        pytest.param("Wie wäre es mit einem anderen Raum?", id="wie-ware-es-mit-einem-anderen"),
        pytest.param("How about a bigger room?", id="how-about-a-bigger-room"),
        pytest.param("Has anyone got a spare ticket?", id="has-anyone-got-a-spare-ticket"),
        pytest.param(
            "Has anyone seen my umbrella? I left it last time.", id="has-anyone-seen-my-umbrella-i"
        ),
        pytest.param("Would anyone like to share a taxi?", id="would-anyone-like-to-share-a"),
        pytest.param(
            "Mich würde interessieren, wer alles kommt.",
            id="mich-wurde-interessieren-wer-alles-kommt",
        ),
        pytest.param(
            "Mich würde interessieren, ob das Treffen stattfindet.",
            id="mich-wurde-interessieren-ob-das-treffen",
        ),
        pytest.param(
            "Mich würde interessieren, wie ihr das organisiert.",
            id="mich-wurde-interessieren-wie-ihr-das",
        ),
        pytest.param(
            "Ich wünsche mir, dass mehr Leute kommen.", id="ich-wunsche-mir-dass-mehr-leute"
        ),
        pytest.param(
            "Ich wünsche mir mehr Zeit zum Netzwerken.", id="ich-wunsche-mir-mehr-zeit-zum"
        ),
        pytest.param("Wünsche euch allen frohe Ostern!", id="wunsche-euch-allen-frohe-ostern"),
        pytest.param(
            "Themenwünsche? Keine, alles super so.", id="themenwunsche-keine-alles-super-so"
        ),
        pytest.param("Any topic ideas? Not really, sorry.", id="any-topic-ideas-not-really-sorry"),
        pytest.param(
            "Ideen für Themen hätte ich schon, aber erst später.",
            id="ideen-fur-themen-hatte-ich-schon",
        ),
        pytest.param(
            "I might have a topic idea later, will let you know.", id="i-might-have-a-topic-idea"
        ),
        pytest.param("Ich überlege mir noch ein Thema.", id="ich-uberlege-mir-noch-ein-thema"),
        pytest.param(
            "Ich schick dir später noch einen Vorschlag.", id="ich-schick-dir-spater-noch-einen"
        ),
        pytest.param("Will send you a suggestion later.", id="will-send-you-a-suggestion-later"),
        pytest.param(
            "Danke für die Themenvorschläge, die sind super!",
            id="danke-fur-die-themenvorschlage-die-sind",
        ),
        pytest.param(
            "Thanks for the topic list, all look great.", id="thanks-for-the-topic-list-all"
        ),
        pytest.param("Alle Themen klingen gut!", id="alle-themen-klingen-gut"),
        pytest.param("All topics sound good to me.", id="all-topics-sound-good-to-me"),
        pytest.param("Die Themen gefallen mir alle.", id="die-themen-gefallen-mir-alle"),
        pytest.param("Tolle Themenauswahl!", id="tolle-themenauswahl"),
        pytest.param("Great selection of topics!", id="great-selection-of-topics"),
        pytest.param(
            "Das Thema vom Mai würde ich gern nochmal hören.", id="das-thema-vom-mai-wurde-ich"
        ),
        pytest.param(
            "Hätte gerne nochmal den Link zum Vortrag.", id="hatte-gerne-nochmal-den-link-zum"
        ),
        pytest.param("Hätte gern die Adresse nochmal.", id="hatte-gern-die-adresse-nochmal"),
        pytest.param("I'd love the address again please.", id="i-d-love-the-address-again"),
        pytest.param("Interessiert mich sehr, bin dabei!", id="interessiert-mich-sehr-bin-dabei"),
        pytest.param("Interesting, I'll be there!", id="interesting-i-ll-be-there"),
        pytest.param(
            "Spannend fände ich es schon, aber ich hab keine Zeit.",
            id="spannend-fande-ich-es-schon-aber",
        ),
        pytest.param(
            "Interessant fände ich, wer da spricht.", id="interessant-fande-ich-wer-da-spricht"
        ),
        pytest.param(
            "Für später: ich schicke dir noch die Fotos.", id="fur-spater-ich-schicke-dir-noch"
        ),
        pytest.param(
            "Für die Zukunft: bitte keine Mails mehr am Wochenende.",
            id="fur-die-zukunft-bitte-keine-mails",
        ),
        pytest.param(
            "Random thought: we should get name tags.", id="random-thought-we-should-get-name"
        ),
        pytest.param(
            "Random thought: the room was too cold.", id="random-thought-the-room-was-too"
        ),
        pytest.param("On my mind: whether I can make it at all.", id="on-my-mind-whether-i-can"),
        pytest.param(
            "Been thinking about whether to come.", id="been-thinking-about-whether-to-come"
        ),
        pytest.param("Here are my dates: 12th and 19th.", id="here-are-my-dates-12th-and"),
        pytest.param("Here are some photos from last time.", id="here-are-some-photos-from-last"),
        pytest.param(
            "Hier sind ein paar Fotos vom letzten Abend.", id="hier-sind-ein-paar-fotos-vom"
        ),
        pytest.param(
            "Hier kommen meine Termine: 12. und 19.", id="hier-kommen-meine-termine-12-und"
        ),
        pytest.param("for the list: me plus one", id="for-the-list-me-plus-one"),
        pytest.param("For your list: I'll be there.", id="for-your-list-i-ll-be"),
        pytest.param("Für die Liste: ich bin dabei, plus eins.", id="fur-die-liste-ich-bin-dabei"),
        pytest.param("Für eure Liste: Anna kommt auch.", id="fur-eure-liste-anna-kommt-auch"),
        pytest.param("Next time: I'll bring cake!", id="next-time-i-ll-bring-cake"),
        pytest.param(
            "Fürs nächste Mal: ich bring Kuchen mit.", id="furs-nachste-mal-ich-bring-kuchen"
        ),
        pytest.param("Nächstes Mal: gern wieder im Café.", id="nachstes-mal-gern-wieder-im-cafe"),
        pytest.param(
            "Für ein nächstes Mal: bin ich gern wieder dabei.", id="fur-ein-nachstes-mal-bin-ich"
        ),
        pytest.param("Vortrag: war super!", id="vortrag-war-super"),
        pytest.param("Talk idea? Not from me, sorry.", id="talk-idea-not-from-me-sorry"),
        pytest.param("Thema? Egal!", id="thema-egal"),
        pytest.param(
            "Wunschthema: keins, bin für alles offen.", id="wunschthema-keins-bin-fur-alles-offen"
        ),
        pytest.param("Themenidee: hab grad keine.", id="themenidee-hab-grad-keine"),
        pytest.param("topic: i'll think about it", id="topic-i-ll-think-about-it"),
        pytest.param("Idea: maybe later.", id="idea-maybe-later"),
        pytest.param(
            "Danke für den Bericht! Der Teil über Hashtags war super.",
            id="danke-fur-den-bericht-der-teil",
        ),
        pytest.param(
            "Thanks for the write-up! The bit about hashtags was gold.",
            id="thanks-for-the-write-up-the",
        ),
        pytest.param(
            "Toller Bericht. Die Folien zu Canva hätte ich gern.",
            id="toller-bericht-die-folien-zu-canva",
        ),
        pytest.param(
            "Schöner Rückblick, ich hab viel über Reels gelernt.",
            id="schoner-ruckblick-ich-hab-viel-uber",
        ),
        pytest.param("Great recap, I learned a lot about Reels.", id="great-recap-i-learned-a-lot"),
        pytest.param(
            "Super Zusammenfassung, die Tipps zu LinkedIn probiere ich gleich aus.",
            id="super-zusammenfassung-die-tipps-zu-linkedin",
        ),
        pytest.param(
            "Danke für den Beitrag zum Newsletter, war hilfreich.",
            id="danke-fur-den-beitrag-zum-newsletter",
        ),
        pytest.param(
            "Loved your piece on Mastodon in the newsletter.", id="loved-your-piece-on-mastodon-in"
        ),
        pytest.param(
            "Ich hab die Tipps zu Hashtags gleich umgesetzt.", id="ich-hab-die-tipps-zu-hashtags"
        ),
        pytest.param(
            "We tried the Canva templates you mentioned, they work great.",
            id="we-tried-the-canva-templates-you",
        ),
        pytest.param(
            "Die Diskussion über Datenschutz hat mir zu denken gegeben.",
            id="die-diskussion-uber-datenschutz-hat-mir",
        ),
        pytest.param(
            "I keep thinking about the privacy discussion.", id="i-keep-thinking-about-the-privacy"
        ),
        pytest.param(
            "Könnt ihr die Präsentation über Reels nochmal schicken?",
            id="konnt-ihr-die-prasentation-uber-reels",
        ),
        pytest.param(
            "Could you share the link to the AI tool you mentioned?",
            id="could-you-share-the-link-to",
        ),
        pytest.param(
            "Welches Tool war das nochmal für die Untertitel?",
            id="welches-tool-war-das-nochmal-fur",
        ),
        pytest.param("What was the name of the captioning tool?", id="what-was-the-name-of-the"),
        pytest.param("Hat jemand die Folien zu Threads?", id="hat-jemand-die-folien-zu-threads"),
        pytest.param(
            "Wie hieß nochmal die Referentin zum Thema KI?",
            id="wie-hiess-nochmal-die-referentin-zum",
        ),
        pytest.param(
            "Gibt es eine Aufzeichnung vom Vortrag über TikTok?",
            id="gibt-es-eine-aufzeichnung-vom-vortrag",
        ),
        pytest.param(
            "Kommt Anna auch wieder mit ihrem Vortrag?", id="kommt-anna-auch-wieder-mit-ihrem"
        ),
        pytest.param(
            "Ich kann leider nicht, aber ich würde gern die Folien zum Thema KI sehen.",
            id="ich-kann-leider-nicht-aber-ich",
        ),
        pytest.param(
            "Sorry, can't make it – would love to see the slides on AI though.",
            id="sorry-can-t-make-it-would",
        ),
        pytest.param(
            "Ich freu mich schon sehr auf den Austausch über Instagram.",
            id="ich-freu-mich-schon-sehr-auf",
        ),
        pytest.param(
            "Bin gespannt, was ihr über TikTok erzählt.", id="bin-gespannt-was-ihr-uber-tiktok"
        ),
        pytest.param(
            "Looking forward to hearing what you have to say about TikTok.",
            id="looking-forward-to-hearing-what-you",
        ),
        pytest.param("Hoffentlich geht es auch um Reels.", id="hoffentlich-geht-es-auch-um-reels"),
        pytest.param("I hope there'll be something on Reels.", id="i-hope-there-ll-be-something"),
        pytest.param("Wird es auch um Datenschutz gehen?", id="wird-es-auch-um-datenschutz-gehen"),
        pytest.param("Will you also cover GDPR?", id="will-you-also-cover-gdpr"),
        pytest.param(
            "Ich hab zum Thema KI gerade ein gutes Buch gelesen.", id="ich-hab-zum-thema-ki-gerade"
        ),
        pytest.param(
            "I read a great article on AI yesterday, will bring it.", id="i-read-a-great-article-on"
        ),
        pytest.param(
            "Ich bringe meinen Laptop mit, falls wir was zu Canva ausprobieren.",
            id="ich-bringe-meinen-laptop-mit-falls",
        ),
        pytest.param(
            "Ich kann gern kurz zeigen, wie wir Instagram nutzen.",
            id="ich-kann-gern-kurz-zeigen-wie",
        ),
        pytest.param(
            "Happy to share how we use Instagram, if that helps.", id="happy-to-share-how-we-use"
        ),
        pytest.param(
            "Ich könnte zum Thema Newsletter auch was erzählen.",
            id="ich-konnte-zum-thema-newsletter-auch",
        ),
        pytest.param("I could say a few words about our newsletter.", id="i-could-say-a-few-words"),
        pytest.param(
            "Meine Kollegin interessiert sich auch für Social Media, darf sie mit?",
            id="meine-kollegin-interessiert-sich-auch-fur",
        ),
        pytest.param(
            "Mein Sohn würde auch gern kommen, er macht TikTok.",
            id="mein-sohn-wurde-auch-gern-kommen",
        ),
        pytest.param("Thema Parken: gibt es Parkplätze?", id="thema-parken-gibt-es-parkplatze"),
        pytest.param(
            "Zum Thema Essen: ich bin Vegetarier.", id="zum-thema-essen-ich-bin-vegetarier"
        ),
        pytest.param("Zum Thema Anmeldung: ich bin dabei.", id="zum-thema-anmeldung-ich-bin-dabei"),
        pytest.param("On the topic of food: I'm vegan.", id="on-the-topic-of-food-i"),
        pytest.param("Regarding the topic: count me in.", id="regarding-the-topic-count-me-in"),
        pytest.param("Apropos Thema: super Wahl!", id="apropos-thema-super-wahl"),
        pytest.param("Thema: 👍", id="thema"),
        pytest.param("Topic: ✅", id="topic"),
        pytest.param("Vortrag: gerne!", id="vortrag-gerne"),
        pytest.param("Thema KI: super, bin dabei!", id="thema-ki-super-bin-dabei"),
        pytest.param("Thema passt, komme mit zwei Leuten.", id="thema-passt-komme-mit-zwei-leuten"),
        pytest.param(
            "Das Thema Reels ist genau unser Ding, wir kommen zu dritt.",
            id="das-thema-reels-ist-genau-unser",
        ),
        pytest.param(
            "Instagram ist genau unser Thema, bis Donnerstag.",
            id="instagram-ist-genau-unser-thema-bis",
        ),
        pytest.param(
            "AI is right up our street, see you Thursday.", id="ai-is-right-up-our-street"
        ),
        pytest.param(
            "Super Thema – wir kämpfen gerade genau damit.",
            id="super-thema-wir-kampfen-gerade-genau",
        ),
        pytest.param("Das Thema brennt uns unter den Nägeln!", id="das-thema-brennt-uns-unter-den"),
        pytest.param(
            "Hab gehört, der Vortrag soll super sein.", id="hab-gehort-der-vortrag-soll-super"
        ),
        pytest.param(
            "Ist der Vortrag auch für Anfänger geeignet?", id="ist-der-vortrag-auch-fur-anfanger"
        ),
        pytest.param(
            "Is the talk suitable for beginners?", id="is-the-talk-suitable-for-beginners"
        ),
        pytest.param("Wer hält eigentlich den Vortrag?", id="wer-halt-eigentlich-den-vortrag"),
        pytest.param("Who's giving the talk?", id="who-s-giving-the-talk"),
        pytest.param(
            "Ich hätte da noch eine Frage zu Instagram, die kann ich dann vor Ort stellen.",
            id="ich-hatte-da-noch-eine-frage",
        ),
        pytest.param(
            "I have a question about Instagram ads, I'll ask on the night.",
            id="i-have-a-question-about-instagram",
        ),
        pytest.param(
            "Vielleicht kann ich auch eine Frage zu LinkedIn mitbringen?",
            id="vielleicht-kann-ich-auch-eine-frage",
        ),
        pytest.param(
            "hallo ich komme gerne und bringe meine frau mit thema klingt super bis dann",
            id="hallo-ich-komme-gerne-und-bringe",
        ),
        pytest.param(
            "ja bin dabei frage gibt es parkplätze in der nähe", id="ja-bin-dabei-frage-gibt-es"
        ),
        pytest.param(
            "bin dabei wie wäre es wenn wir danach noch was trinken gehen",
            id="bin-dabei-wie-ware-es-wenn",
        ),
        pytest.param(
            "komme gern idee wir könnten fahrgemeinschaften bilden",
            id="komme-gern-idee-wir-konnten-fahrgemeinschaften",
        ),
        pytest.param("KOMME! THEMA IST SUPER! BIS DANN", id="komme-thema-ist-super-bis-dann"),
        pytest.param("I'LL BE THERE!!! GREAT TOPIC", id="i-ll-be-there-great-topic"),
        pytest.param(
            "Grüezi, ich chume gärn. Thema tönt guet!", id="gruezi-ich-chume-garn-thema-tont"
        ),
        pytest.param(
            "Sali zäme, bi debii. Merci für d Iiladig!", id="sali-zame-bi-debii-merci-fur"
        ),
        pytest.param("Jo, bin dabei, dat Thema is jot!", id="jo-bin-dabei-dat-thema-is"),
        pytest.param(
            "Leev Lück, ich kumme! Schönes Thema.", id="leev-luck-ich-kumme-schones-thema"
        ),
        pytest.param("yes coming!! topic sounds fab x", id="yes-coming-topic-sounds-fab-x"),
        pytest.param(
            "cant make it sorry topic looks great tho", id="cant-make-it-sorry-topic-looks"
        ),
        pytest.param(
            "sorry kann nich thema wär aber spannend gewesen", id="sorry-kann-nich-thema-war-aber"
        ),
        pytest.param(
            "Ich komme, aber nur wenn es nicht wieder so spät wird 😉",
            id="ich-komme-aber-nur-wenn-es",
        ),
        pytest.param(
            "Bin dabei. Kleine Bitte: diesmal ein Mikro für die Referentin?",
            id="bin-dabei-kleine-bitte-diesmal-ein",
        ),
        pytest.param(
            "Small request: could the speaker use a mic this time?",
            id="small-request-could-the-speaker-use",
        ),
        pytest.param("Request: vegan option please", id="request-vegan-option-please"),
        pytest.param("Bitte: vegetarische Option!", id="bitte-vegetarische-option"),
        pytest.param("Wunsch an die Orga: Namensschilder!", id="wunsch-an-die-orga-namensschilder"),
        pytest.param(
            "Ein Wunsch: etwas mehr Zeit für Fragen.", id="ein-wunsch-etwas-mehr-zeit-fur"
        ),
        pytest.param("One wish: more time for Q&A.", id="one-wish-more-time-for-q"),
        pytest.param(
            "Mein Vorschlag: wir machen eine Pause in der Mitte.",
            id="mein-vorschlag-wir-machen-eine-pause",
        ),
        pytest.param(
            "My suggestion: a short break halfway through.",
            id="my-suggestion-a-short-break-halfway",
        ),
        pytest.param(
            "Idee: eine Vorstellungsrunde am Anfang.", id="idee-eine-vorstellungsrunde-am-anfang"
        ),
        pytest.param(
            "Idea: a quick round of introductions at the start.",
            id="idea-a-quick-round-of-introductions",
        ),
        pytest.param(
            "Vorschlag: Treffpunkt am Haupteingang.", id="vorschlag-treffpunkt-am-haupteingang"
        ),
        pytest.param(
            "Vorschlag: wir treffen uns am Eingang.", id="vorschlag-wir-treffen-uns-am-eingang"
        ),
        pytest.param(
            "Suggestion: let's meet by the main entrance.", id="suggestion-let-s-meet-by-the"
        ),
    ],
)
def test_words_around_a_reply_name_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param(
            "Re: Einladung: Social-Media-Stammtisch am 28.01. – Thema: KI im Verein",
            id="de-reply-to-invitation-naming-its-topic",
        ),
        pytest.param("Re: Stammtisch 12.3. | Thema: Barrierefreiheit", id="de-pipe-thema"),
        pytest.param("AW: Treffen im März - Thema: Mastodon", id="de-aw-dash-thema"),
        pytest.param("Re: Meetup on 28 Jan – topic: AI tools", id="en-reply-invitation-topic"),
        pytest.param("Topic: next meetup", id="en-topic-is-the-evening"),
        pytest.param("Vorschlag: später anfangen", id="de-proposal-about-the-start"),
    ],
)
def test_a_subject_repeating_the_invitation_or_the_evening_is_no_topic(subject: str) -> None:
    assert subject_topics(subject, "Ja, ich komme.\nGruß") == []


@pytest.mark.parametrize(
    ("subject", "titles"),
    [
        pytest.param("Re: Themenvorschlag: KI-Bilder", ["KI-Bilder"], id="de-re-own-suggestion"),
        pytest.param("Re: Mein Themenvorschlag: Mastodon", ["Mastodon"], id="de-re-mein-vorschlag"),
        pytest.param("Topic idea: Threads for clubs", ["Threads for clubs"], id="en-new-mail"),
    ],
)
def test_a_suggestion_in_the_subject_still_counts(subject: str, titles: list[str]) -> None:
    assert subject_topics(subject, "Ja, ich komme.") == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Viele Grüße\nPetra\n\nPS: Themenvorschlag: Vereinsfotos ohne Profi-Kamera",
            ["Vereinsfotos ohne Profi-Kamera"],
            id="de-ps-after-the-closing",
        ),
        pytest.param(
            "Thema: Namensschilder für Ehrenamtliche gestalten",
            ["Namensschilder für Ehrenamtliche gestalten"],
            id="de-arrangement-word-inside-a-title-without-article",
        ),
        pytest.param(
            "Topic: Do we still need Facebook?",
            ["Do we still need Facebook?"],
            id="en-title-question",
        ),
        pytest.param(
            "Themenvorschlag: Kann man mit TikTok Mitglieder gewinnen?",
            ["Kann man mit TikTok Mitglieder gewinnen?"],
            id="de-title-question-with-man",
        ),
        pytest.param(
            "Idee: Keine Angst vor TikTok", ["Keine Angst vor TikTok"], id="de-keine-opens-a-title"
        ),
        pytest.param(
            "Topic idea: hybrid meetings done right",
            ["hybrid meetings done right"],
            id="en-meetings-as-a-subject-area",
        ),
        pytest.param(
            "Ich fände Datenschutz bei Vereinsfotos echt spannend.",
            ["Datenschutz bei Vereinsfotos"],
            id="de-faende-wishes-a-topic",
        ),
        pytest.param(
            "Themenvorschlag: Instagram Stories vorher und nachher",
            ["Instagram Stories vorher und nachher"],
            id="de-vorher-nachher-in-a-title",
        ),
        pytest.param(
            "Idee: Mikrofone und Technik für Hybrid-Treffen",
            ["Mikrofone und Technik für Hybrid-Treffen"],
            id="de-arrangement-word-opening-a-subject",
        ),
    ],
)
def test_titles_near_those_words_still_count(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


def test_a_job_title_in_a_signature_is_no_topic() -> None:
    text = (
        "Ja, ich komme.\n\nMit freundlichen Grüßen\nDr. Hans Meier\n"
        "Thema: Digitalisierung im Verein\nTel. 0221 123456"
    )
    assert extract_topics(text).titles == []
