"""Everyday mails: the answer is what the member says about THIS evening, among news, small
talk and stories of past evenings.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param(
        (
            "Hallo zusammen! Bei uns ist gerade viel los, die Kinder "
            "haben Ferien und wir renovieren. Aber Donnerstag bin ich "
            "dabei!"
        ),
        Answer.YES,
        id="hallo-zusammen-bei-uns-ist-gerad",
    ),
    pytest.param(
        (
            "Hi all, what a week. My cat knocked over my coffee onto the "
            "laptop. Anyway, I'll be there on Thursday."
        ),
        Answer.YES,
        id="hi-all-what-a-week-my-cat-knocke",
    ),
    pytest.param(
        (
            "Letztes Mal war's echt schön, danke nochmal! Diesmal kann "
            "ich leider nicht, bin auf Dienstreise."
        ),
        Answer.NO,
        id="letztes-mal-war-s-echt-schön-dan",
    ),
    pytest.param(
        "Last time was great, thanks! This time I can't, I'm travelling.",
        Answer.NO,
        id="last-time-was-great-thanks-this",
    ),
    pytest.param(
        ("Mein Kollege war letztes Mal da und fand es super. Ich komme diesmal auch!"),
        Answer.YES,
        id="mein-kollege-war-letztes-mal-da",
    ),
    pytest.param(
        (
            "Hab gestern noch mit Jan über den letzten Abend gesprochen, "
            "war super. Leider bin ich am 28. im Urlaub."
        ),
        Answer.NO,
        id="hab-gestern-noch-mit-jan-über-de",
    ),
    pytest.param(
        "Letzte Woche konnte ich nicht, aber diesmal bin ich dabei.",
        Answer.YES,
        id="letzte-woche-konnte-ich-nicht-ab",
    ),
    pytest.param(
        "Last month I couldn't make it, but this time I'm in.",
        Answer.YES,
        id="last-month-i-couldn-t-make-it-bu",
    ),
    pytest.param(
        "Ich war beim letzten Mal nicht da, diesmal komme ich aber.",
        Answer.YES,
        id="ich-war-beim-letzten-mal-nicht-d",
    ),
    pytest.param(
        "Der Vortrag letztes Mal war toll. Ich komme gern wieder!",
        Answer.YES,
        id="der-vortrag-letztes-mal-war-toll",
    ),
    pytest.param(
        ("Wir hatten am Wochenende eine Feier, war anstrengend. Donnerstag komme ich."),
        Answer.YES,
        id="wir-hatten-am-wochenende-eine-fe",
    ),
    pytest.param(
        "Meine Frau kann am Donnerstag nicht, aber ich komme.",
        Answer.YES,
        id="meine-frau-kann-am-donnerstag-ni",
    ),
    pytest.param(
        "My colleague can't come, but I'll be there.",
        Answer.YES,
        id="my-colleague-can-t-come-but-i-ll",
    ),
    pytest.param(
        ("Habe gerade viel um die Ohren, Umzug und so. Schaffe es diesmal leider nicht."),
        Answer.NO,
        id="habe-gerade-viel-um-die-ohren-um",
    ),
    pytest.param(
        ("Bei mir ist gerade Land unter. Ich melde mich, sobald ich weiß, ob ich kann."),
        Answer.MAYBE,
        id="bei-mir-ist-gerade-land-unter-ic",
    ),
    pytest.param(
        "Schönes Thema! Ich bin dabei, freu mich schon auf die Diskussion.",
        Answer.YES,
        id="schönes-thema-ich-bin-dabei-freu",
    ),
    pytest.param(
        "Great topic! Sadly I'm in Berlin that evening.",
        Answer.NO,
        id="great-topic-sadly-i-m-in-berlin",
    ),
    pytest.param(
        ("Tolles Thema, da hätte ich echt Lust drauf. Bin aber an dem Abend auf einer Konferenz."),
        Answer.NO,
        id="tolles-thema-da-hätte-ich-echt-l",
    ),
    pytest.param(
        "Danke für die Einladung! Passt bei mir. Bringe Brezeln mit.",
        Answer.YES,
        id="danke-für-die-einladung-passt-be",
    ),
    pytest.param(
        "Thanks for organising! I'll come, probably a bit late.",
        Answer.YES,
        id="thanks-for-organising-i-ll-come",
    ),
    pytest.param(
        ("Hi! Ich war letzte Woche krank, jetzt geht's wieder. Donnerstag komme ich gerne."),
        Answer.YES,
        id="hi-ich-war-letzte-woche-krank-je",
    ),
    pytest.param(
        "Hi, I was sick last week but I'm fine now. See you Thursday!",
        Answer.YES,
        id="hi-i-was-sick-last-week-but-i-m",
    ),
    pytest.param(
        "Am Donnerstag habe ich Spätschicht, sorry.",
        Answer.NO,
        id="am-donnerstag-habe-ich-spätschic",
    ),
    pytest.param(
        "Hab am Donnerstag schon was vor, sorry!", Answer.NO, id="hab-am-donnerstag-schon-was-vor"
    ),
    pytest.param(
        "I've got something else on that evening, sorry.",
        Answer.NO,
        id="i-ve-got-something-else-on-that",
    ),
    pytest.param(
        "I have a prior commitment that night.", Answer.NO, id="i-have-a-prior-commitment-that-n"
    ),
    pytest.param(
        "Ich habe an dem Abend einen Elternabend.", Answer.NO, id="ich-habe-an-dem-abend-einen-elte"
    ),
    pytest.param(
        "Habe an dem Tag Geburtstag meiner Mutter, da kann ich nicht weg.",
        Answer.NO,
        id="habe-an-dem-tag-geburtstag-meine",
    ),
    pytest.param(
        ("Kinderbetreuung ist noch nicht geklärt, ich sag kurzfristig Bescheid."),
        Answer.MAYBE,
        id="kinderbetreuung-ist-noch-nicht-g",
    ),
    pytest.param(
        "Ich war beim letzten Mal nicht da, diesmal komme ich.",
        Answer.YES,
        id="ich-war-beim-letzten-mal-nicht-d-2",
    ),
    pytest.param(
        "Letztes Mal konnte ich nicht, diesmal klappt es!",
        Answer.YES,
        id="letztes-mal-konnte-ich-nicht-die",
    ),
    pytest.param(
        "Last time I missed it, so I'm definitely coming this time.",
        Answer.YES,
        id="last-time-i-missed-it-so-i-m-def",
    ),
    pytest.param(
        "Letztes Mal war toll. Diesmal kann ich leider nicht.",
        Answer.NO,
        id="letztes-mal-war-toll-diesmal-kan",
    ),
    pytest.param(
        "Im Dezember war ich krank, aber jetzt bin ich wieder fit und komme.",
        Answer.YES,
        id="im-dezember-war-ich-krank-aber-j",
    ),
    pytest.param(
        "Gestern hatte ich keine Zeit zu antworten, sorry. Ich bin dabei!",
        Answer.YES,
        id="gestern-hatte-ich-keine-zeit-zu",
    ),
    pytest.param(
        "Sorry for the late reply, crazy week. Yes, I'll come!",
        Answer.YES,
        id="sorry-for-the-late-reply-crazy-w",
    ),
    pytest.param(
        "Sorry für die späte Antwort! Ich komme gern.",
        Answer.YES,
        id="sorry-für-die-späte-antwort-ich",
    ),
    pytest.param(
        "Sorry, I can't make it – work trip to Munich.",
        Answer.NO,
        id="sorry-i-can-t-make-it-work-trip",
    ),
    pytest.param(
        "Wie letztes Mal komme ich etwas später.", Answer.YES, id="wie-letztes-mal-komme-ich-etwas"
    ),
    pytest.param(
        "Unfortunately I'll be in London that week.",
        Answer.NO,
        id="unfortunately-i-ll-be-in-london",
    ),
    pytest.param(
        "I'm travelling that week unfortunately.", Answer.NO, id="i-m-travelling-that-week-unfortu"
    ),
    pytest.param(
        "Bin in der Woche leider auf Reisen.", Answer.NO, id="bin-in-der-woche-leider-auf-reis"
    ),
    pytest.param("I'm on holiday then.", Answer.NO, id="i-m-on-holiday-then"),
    pytest.param("Da bin ich im Urlaub 🏖️", Answer.NO, id="da-bin-ich-im-urlaub"),
    pytest.param("Da sind wir im Skiurlaub.", Answer.NO, id="da-sind-wir-im-skiurlaub"),
    pytest.param(
        "Bin an dem Abend schon verabredet.", Answer.NO, id="bin-an-dem-abend-schon-verabrede"
    ),
    pytest.param(
        "I already have plans that evening.", Answer.NO, id="i-already-have-plans-that-evenin"
    ),
    pytest.param(
        "Ich habe da schon einen Termin, schade!", Answer.NO, id="ich-habe-da-schon-einen-termin-s"
    ),
    pytest.param("Da muss ich leider arbeiten.", Answer.NO, id="da-muss-ich-leider-arbeiten"),
    pytest.param("I have to work late that day.", Answer.NO, id="i-have-to-work-late-that-day"),
    pytest.param("I'm working that night, sorry", Answer.NO, id="i-m-working-that-night-sorry"),
    pytest.param(
        ("My daughter has a school concert that evening, so I'll skip this one."),
        Answer.NO,
        id="my-daughter-has-a-school-concert",
    ),
    pytest.param("I'll skip this one.", Answer.NO, id="i-ll-skip-this-one"),
    pytest.param("Ich setze diesmal aus.", Answer.NO, id="ich-setze-diesmal-aus"),
    pytest.param("Diesmal ohne mich.", Answer.NO, id="diesmal-ohne-mich"),
    pytest.param(
        "Kids are sick, so I'll have to bail.", Answer.NO, id="kids-are-sick-so-i-ll-have-to-ba"
    ),
    pytest.param("Sorry, have to bail this time", Answer.NO, id="sorry-have-to-bail-this-time"),
    pytest.param(
        "Ich muss leider kurzfristig absagen.", Answer.NO, id="ich-muss-leider-kurzfristig-absa"
    ),
    pytest.param(
        ("Schade, dass ich letztes Mal nicht konnte. Freue mich auf Donnerstag!"),
        Answer.YES,
        id="schade-dass-ich-letztes-mal-nich",
    ),
    pytest.param(
        (
            "Mein Chef hat mir für Donnerstag ein Meeting reingedrückt. "
            "Ich versuche, danach noch zu kommen."
        ),
        Answer.MAYBE,
        id="mein-chef-hat-mir-für-donnerstag",
    ),
    pytest.param(
        "Will try to swing by after work.", Answer.MAYBE, id="will-try-to-swing-by-after-work"
    ),
    pytest.param("I'll try to make it", Answer.MAYBE, id="i-ll-try-to-make-it"),
    pytest.param("Ich versuch's", Answer.MAYBE, id="ich-versuch-s"),
    pytest.param("I'll do my best to come", Answer.MAYBE, id="i-ll-do-my-best-to-come"),
    pytest.param("Probably yes", Answer.MAYBE, id="probably-yes"),
    pytest.param("Probably not", Answer.NO, id="probably-not"),
    pytest.param("Wahrscheinlich nicht", Answer.NO, id="wahrscheinlich-nicht"),
    pytest.param("Eher nicht", Answer.NO, id="eher-nicht"),
    pytest.param("eher nicht, sorry", Answer.NO, id="eher-nicht-sorry"),
    pytest.param("Likely not", Answer.NO, id="likely-not"),
    pytest.param("Most likely yes", Answer.MAYBE, id="most-likely-yes"),
    pytest.param("Eher ja", Answer.MAYBE, id="eher-ja"),
    pytest.param("Looks like I can't make it", Answer.NO, id="looks-like-i-can-t-make-it"),
    pytest.param(
        "Sieht so aus, als könnte ich nicht", Answer.NO, id="sieht-so-aus-als-könnte-ich-nich"
    ),
    pytest.param("Sieht schlecht aus", Answer.MAYBE, id="sieht-schlecht-aus"),
    pytest.param("Mal schauen", Answer.MAYBE, id="mal-schauen"),
    pytest.param("we'll see", Answer.MAYBE, id="we-ll-see"),
    pytest.param("Let's see", Answer.MAYBE, id="let-s-see"),
    pytest.param("TBD", Answer.MAYBE, id="tbd"),
    pytest.param("Depends on work", Answer.MAYBE, id="depends-on-work"),
    pytest.param("Hängt von der Arbeit ab", Answer.MAYBE, id="hängt-von-der-arbeit-ab"),
    pytest.param("kommt drauf an", Answer.MAYBE, id="kommt-drauf-an"),
    pytest.param(
        "Not sure yet, will let you know", Answer.MAYBE, id="not-sure-yet-will-let-you-know"
    ),
    pytest.param("I'll let you know", Answer.MAYBE, id="i-ll-let-you-know"),
    pytest.param("Ich sag noch Bescheid", Answer.MAYBE, id="ich-sag-noch-bescheid"),
    pytest.param("Ich gebe noch Bescheid", Answer.MAYBE, id="ich-gebe-noch-bescheid"),
    pytest.param("Ich melde mich noch", Answer.MAYBE, id="ich-melde-mich-noch"),
    pytest.param(
        (
            "Hey! Long time no see. I've been super busy with the new "
            "job, but I'll be there on Thursday!"
        ),
        Answer.YES,
        id="hey-long-time-no-see-i-ve-been-s",
    ),
    pytest.param(
        (
            "Hallo! Ich hab neulich einen tollen Artikel zu SEO gelesen, "
            "schicke ich euch. Bin dabei!"
        ),
        Answer.YES,
        id="hallo-ich-hab-neulich-einen-toll",
    ),
    pytest.param(
        "Hallo, ich bin neu in Köln und würde gern mal vorbeischauen!",
        Answer.YES,
        id="hallo-ich-bin-neu-in-köln-und-wü",
    ),
    pytest.param(
        ("Moin! Jonas hat mir von euch erzählt. Ich komme am Donnerstag mal vorbei."),
        Answer.YES,
        id="moin-jonas-hat-mir-von-euch-erzä",
    ),
    pytest.param(
        "Servus, i kimm ned, bin im Urlaub", Answer.NO, id="servus-i-kimm-ned-bin-im-urlaub"
    ),
    pytest.param("Ich komm ned", Answer.NO, id="ich-komm-ned"),
    pytest.param("Geht ned", Answer.NO, id="geht-ned"),
    pytest.param("jo bin dabei lg", Answer.YES, id="jo-bin-dabei-lg"),
    pytest.param("ja komme lg tom", Answer.YES, id="ja-komme-lg-tom"),
    pytest.param("komme gerne lg", Answer.YES, id="komme-gerne-lg"),
    pytest.param("kann leider nicht lg", Answer.NO, id="kann-leider-nicht-lg"),
    pytest.param("leider nein lg anna", Answer.NO, id="leider-nein-lg-anna"),
    pytest.param("bin dabei!!!!!", Answer.YES, id="bin-dabei"),
    pytest.param("DABEI!!!", Answer.YES, id="dabei"),
    pytest.param("Nein leider!!", Answer.NO, id="nein-leider"),
    pytest.param("Yesss 🎉", Answer.YES, id="yesss"),
    pytest.param("Jaaaa 🙌", Answer.YES, id="jaaaa"),
    pytest.param("Neeee 😭", Answer.NO, id="neeee"),
    pytest.param("😢 kann nicht", Answer.NO, id="kann-nicht"),
    pytest.param("🙋\u200d♀️", Answer.YES, id="emoji"),
    pytest.param("👋 bin dabei", Answer.YES, id="bin-dabei-2"),
    pytest.param(
        (
            "I keep meaning to come. Sadly the 28th is my son's football "
            "final, so it'll have to be the next one."
        ),
        Answer.NO,
        id="i-keep-meaning-to-come-sadly-the",
    ),
    pytest.param(
        ("I can't come on the 28th, I'll be at my brother's birthday. Next time!"),
        Answer.NO,
        id="i-can-t-come-on-the-28th-i-ll-be",
    ),
    pytest.param(
        "I'm not up to going out yet, so I'll skip Thursday.",
        Answer.NO,
        id="i-m-not-up-to-going-out-yet-so-i",
    ),
    pytest.param(
        "Keine Ahnung, warum das so lange gedauert hat. Ich komme!",
        Answer.YES,
        id="keine-ahnung-warum-das-so-lange",
    ),
    pytest.param(
        "Am 28. ist unser Sommerfest, da kann ich nicht.",
        Answer.NO,
        id="am-28-ist-unser-sommerfest-da-ka",
    ),
    pytest.param("I'm not free that night, sorry.", Answer.NO, id="i-m-not-free-that-night-sorry"),
    pytest.param(
        "I'm actually not available that evening.", Answer.NO, id="i-m-actually-not-available-that"
    ),
    pytest.param(
        "Ich komme und bringe den Beamer mit, falls jemand was zeigen will.",
        Answer.YES,
        id="ich-komme-und-bringe-den-beamer",
    ),
    pytest.param(
        ("I'll be there and can bring my laptop in case anyone wants to try it."),
        Answer.YES,
        id="i-ll-be-there-and-can-bring-my-l",
    ),
    pytest.param(
        "Gibt es Parkplätze in der Nähe? Dann komme ich gern.",
        Answer.MAYBE,
        id="gibt-es-parkplätze-in-der-nähe-d",
    ),
    pytest.param(
        "Is there vegetarian food? If so, I'm in.",
        Answer.MAYBE,
        id="is-there-vegetarian-food-if-so-i",
    ),
    pytest.param(
        "Weiß noch nicht, hängt vom Babysitter ab, ich würde aber kommen.",
        Answer.MAYBE,
        id="weiß-noch-nicht-hängt-vom-babysi",
    ),
    pytest.param(
        "Not sure yet, depends on the trains, I'd come by bike otherwise.",
        Answer.MAYBE,
        id="not-sure-yet-depends-on-the-trai",
    ),
    pytest.param(
        "Will try, but I'm on call that night. Put me down as a maybe.",
        Answer.MAYBE,
        id="will-try-but-i-m-on-call-that-ni",
    ),
    pytest.param(
        ("Trag mich bitte als Vielleicht ein, ich habe Bereitschaft und kann evtl. nicht."),
        Answer.MAYBE,
        id="trag-mich-bitte-als-vielleicht-e",
    ),
    pytest.param(
        (
            "Letzte Woche war ich mit meinem Kollegen auf einer Messe, "
            "sehr spannend. Ich komme am Donnerstag!"
        ),
        Answer.YES,
        id="letzte-woche-war-ich-mit-meinem",
    ),
    pytest.param(
        (
            "We thought we could all come, but it turns out we have a "
            "team offsite. None of us can make it."
        ),
        Answer.NO,
        id="we-thought-we-could-all-come-but",
    ),
    pytest.param(
        ("Ich würde gern, aber ich weiß nicht, wie lange mein Termin davor dauert."),
        Answer.MAYBE,
        id="ich-würde-gern-aber-ich-weiß-nic",
    ),
    pytest.param(
        ("Meine Tochter hat morgen Geburtstag, wir feiern groß. Donnerstag bin ich aber dabei."),
        Answer.YES,
        id="meine-tochter-hat-morgen-geburts",
    ),
    pytest.param(
        (
            "Mein Mann ist am Donnerstag auf Geschäftsreise, deshalb muss "
            "ich auf die Kinder aufpassen."
        ),
        Answer.NO,
        id="mein-mann-ist-am-donnerstag-auf",
    ),
    pytest.param(
        "Ich muss am Donnerstag auf die Kinder aufpassen.",
        Answer.NO,
        id="ich-muss-am-donnerstag-auf-die-k",
    ),
    pytest.param(
        "Babysitter hat abgesagt, also leider ohne mich.",
        Answer.NO,
        id="babysitter-hat-abgesagt-also-lei",
    ),
    pytest.param("Kein Babysitter, sorry.", Answer.NO, id="kein-babysitter-sorry"),
    pytest.param("No babysitter, sorry!", Answer.NO, id="no-babysitter-sorry"),
    pytest.param(
        "Der Zug streikt, ich schaffe es nicht.", Answer.NO, id="der-zug-streikt-ich-schaffe-es-n"
    ),
    pytest.param(
        "Bin erkältet, bleibe lieber zu Hause.", Answer.NO, id="bin-erkältet-bleibe-lieber-zu-ha"
    ),
    pytest.param("I'm sick, staying home", Answer.NO, id="i-m-sick-staying-home"),
    pytest.param(
        "Feeling under the weather, so I'll stay home.",
        Answer.NO,
        id="feeling-under-the-weather-so-i-l",
    ),
    pytest.param(
        "Ich komme direkt von der Arbeit, also etwas später.",
        Answer.YES,
        id="ich-komme-direkt-von-der-arbeit",
    ),
    pytest.param(
        "Coming straight from work, might be 15 min late.",
        Answer.YES,
        id="coming-straight-from-work-might",
    ),
    pytest.param(
        "Ich freu mich, endlich mal wieder dabei zu sein!",
        Answer.YES,
        id="ich-freu-mich-endlich-mal-wieder",
    ),
    pytest.param(
        "Ich habe die letzten drei Male verpasst, diesmal komme ich!",
        Answer.YES,
        id="ich-habe-die-letzten-drei-male-v",
    ),
    pytest.param(
        "I missed the last two, so definitely coming this time!",
        Answer.YES,
        id="i-missed-the-last-two-so-definit",
    ),
    pytest.param(
        "War letztes Mal krank, diesmal bin ich da.",
        Answer.YES,
        id="war-letztes-mal-krank-diesmal-bi",
    ),
    pytest.param(
        ("Ich hab am Donnerstag Training, aber das lass ich ausfallen. Ich komme!"),
        Answer.YES,
        id="ich-hab-am-donnerstag-training-a",
    ),
    pytest.param(
        ("Normalerweise habe ich donnerstags Chor, aber diesmal fällt der aus. Bin dabei."),
        Answer.YES,
        id="normalerweise-habe-ich-donnersta",
    ),
    pytest.param(
        ("Ich komme, aber meine Frau doch nicht. Sie hat keinen Babysitter bekommen."),
        Answer.YES,
        id="ich-komme-aber-meine-frau-doch-n",
    ),
    pytest.param(
        "I'll be there, but my husband can't. He has to work late.",
        Answer.YES,
        id="i-ll-be-there-but-my-husband-can",
    ),
    pytest.param(
        ("Still planning to come, but I might be late or might not make it at all."),
        Answer.MAYBE,
        id="still-planning-to-come-but-i-mig",
    ),
    pytest.param(
        (
            "Ich kann nicht, habe die Einladung aber an meine Kollegin "
            "weitergeleitet, die würde gern kommen."
        ),
        Answer.NO,
        id="ich-kann-nicht-habe-die-einladun",
    ),
    pytest.param(
        "I can't, but I forwarded it to a friend who would love to come.",
        Answer.NO,
        id="i-can-t-but-i-forwarded-it-to-a",
    ),
    pytest.param(
        (
            "Hallo Anna,\n\ndanke für die Erinnerung! Ich hatte es mir "
            "schon im Kalender markiert. Bei uns im Büro ist gerade "
            "Quartalsabschluss, deshalb bin ich froh über einen Abend mit "
            "euch. Ich komme direkt von der Arbeit.\n\nBis Donnerstag\nJörg"
        ),
        Answer.YES,
        id="hallo-anna-danke-für-die-erinner",
    ),
    pytest.param(
        (
            "Hi everyone,\n\nhope you all had a good start to the year! "
            "Ours was hectic – the kids were sick over the holidays and "
            "then the heating broke. Anyway, enough of that. I'm afraid "
            "Thursday doesn't work for me, I have a parents' evening at "
            "school.\n\nCheers,\nEmma"
        ),
        Answer.NO,
        id="hi-everyone-hope-you-all-had-a-g",
    ),
    pytest.param(
        (
            "Moin,\n\nkurz und knapp: bin am 28. in Hamburg auf einer "
            "Messe, daher leider nicht dabei. Grüßt alle von mir!\n\nFrank"
        ),
        Answer.NO,
        id="moin-kurz-und-knapp-bin-am-28-in",
    ),
    pytest.param(
        (
            "Hallo ihr Lieben,\n\ndas Thema klingt super, da hätte ich echt "
            "Lust drauf. Ich muss nur noch klären, ob meine Frau an dem "
            "Abend die Kinder übernehmen kann. Ich gebe euch bis Montag "
            "Bescheid.\n\nLG Tobias"
        ),
        Answer.MAYBE,
        id="hallo-ihr-lieben-das-thema-kling",
    ),
    pytest.param(
        (
            "Hey,\n\nletztes Mal war ja richtig voll, ich fand's super. "
            "Habt ihr schon einen größeren Raum? Ich bin auf jeden Fall "
            "wieder dabei!\n\nMaren"
        ),
        Answer.YES,
        id="hey-letztes-mal-war-ja-richtig-v",
    ),
    pytest.param(
        (
            "Dear all,\n\nThank you for the invitation. Unfortunately, I "
            "will be abroad on business during the last week of January "
            "and will therefore not be able to attend. I look forward to "
            "the next meeting.\n\nBest regards,\nDr. Klaus Werner"
        ),
        Answer.NO,
        id="dear-all-thank-you-for-the-invit",
    ),
    pytest.param(
        (
            "Hi,\n\nI went to the December one and loved it. I'm keen to "
            "come again but my partner is working late that night, so it "
            "depends on whether I can find a sitter. I'll confirm by "
            "Tuesday.\n\nSam"
        ),
        Answer.MAYBE,
        id="hi-i-went-to-the-december-one-an",
    ),
    pytest.param(
        (
            "Servus zusammen,\n\nich war beim letzten Mal leider krank und "
            "hab's verpasst. Diesmal passt es, ich komme mit dem Fahrrad "
            "und bin gegen sieben da.\n\nGrüße\nVroni"
        ),
        Answer.YES,
        id="servus-zusammen-ich-war-beim-let",
    ),
    pytest.param(
        (
            "Hallo,\n\nbei mir ist momentan so viel los – Umzug, neuer Job, "
            "und der Hund ist auch noch krank. Ich glaube, ich schaffe es "
            "diesmal nicht, sorry! Beim nächsten Mal bin ich wieder "
            "da.\n\nLiebe Grüße\nSabine"
        ),
        Answer.NO,
        id="hallo-bei-mir-ist-momentan-so-vi",
    ),
    pytest.param(
        (
            "hey! mega thema, freu mich voll drauf!! bin dabei, bringe "
            "auch noch nen kuchen mit 🎂 bis dann"
        ),
        Answer.YES,
        id="hey-mega-thema-freu-mich-voll-dr",
    ),
    pytest.param(
        (
            "Hi all – quick one from my phone. Train's delayed so I'm "
            "writing from the platform: yes I'm coming, but probably 20 "
            "min late. Save me a seat!"
        ),
        Answer.YES,
        id="hi-all-quick-one-from-my-phone-t",
    ),
    pytest.param(
        (
            "Liebes Orga-Team,\n\nvielen Dank für die nette Einladung. An "
            "diesem Abend habe ich leider bereits eine andere "
            "Verpflichtung, so dass ich nicht teilnehmen kann. Ich "
            "wünsche euch einen schönen Abend!\n\nHerzliche Grüße\nRenate "
            "Schulz"
        ),
        Answer.NO,
        id="liebes-orga-team-vielen-dank-für",
    ),
    pytest.param(
        (
            "Hallo zusammen,\n\nich weiß noch nicht, ob ich es schaffe, "
            "weil ich an dem Tag noch einen Kundentermin in Bonn habe. "
            "Wenn der pünktlich endet, komme ich nach.\n\nVG Markus"
        ),
        Answer.MAYBE,
        id="hallo-zusammen-ich-weiß-noch-nic",
    ),
    pytest.param(
        (
            "Moin! Ich hab die Einladung an zwei Kollegen weitergeleitet, "
            "die hatten letztes Mal Interesse. Ich selbst bin leider "
            "verhindert."
        ),
        Answer.NO,
        id="moin-ich-hab-die-einladung-an-zw",
    ),
    pytest.param(
        (
            "Ich hab gerade Prüfungsphase. Heißt leider: diesmal kein Stammtisch für mich. "
            "Im Februar sieht's besser aus!"
        ),
        Answer.NO,
        id="kein-stammtisch-fuer-mich",
    ),
    pytest.param(
        "Three weddings to edit, and a shoot on the 28th. So no Stammtisch for me this time.",
        Answer.NO,
        id="no-stammtisch-for-me",
    ),
    pytest.param(
        (
            "I'll be on stage in Hamburg instead of at the Stammtisch. "
            "Have a lovely evening without me."
        ),
        Answer.NO,
        id="instead-of-at-the-stammtisch",
    ),
    pytest.param(
        "Leider bin ich am 28. schon auf der Jubiläumsfeier der Partnerstadt.",
        Answer.NO,
        id="leider-am-28-auf-der-feier",
    ),
    pytest.param(
        "Am 28. bin ich auf einer Geburtstagsparty in Bonn.", Answer.NO, id="auf-einer-party"
    ),
    pytest.param("Leider bin ich da schon in Hamburg.", Answer.NO, id="leider-da-schon-in"),
    pytest.param(
        "Ok, leider bin ich erst im Laufe des Abends da, aber ich komme.",
        Answer.YES,
        id="leider-erst-spaeter-kommt-doch",
    ),
    pytest.param(
        "Wenn der Flieger pünktlich ist, komme ich am Donnerstag vorbei. Otherwise next time.",
        Answer.MAYBE,
        id="otherwise-next-time",
    ),
    pytest.param(
        "Wenn ich es schaffe, komme ich. Sonst beim nächsten Mal.",
        Answer.MAYBE,
        id="sonst-beim-naechsten-mal",
    ),
    pytest.param(
        "If work lets me off on time I'll come. If not, next time!",
        Answer.MAYBE,
        id="if-not-next-time",
    ),
    pytest.param("Ich kann leider nicht. Sonst gerne!", Answer.NO, id="sonst-gerne-stays-no"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_the_answer_about_this_evening_is_found_among_the_news(
    text: str, answer: Answer | None
) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        "Letzte Woche war ich mit meinem Kollegen auf einer Messe. Ich komme am Donnerstag!",
        "Last month I came with my partner, it was great. I'll be there again.",
    ],
)
def test_a_companion_on_a_past_evening_is_no_guest_now(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")
