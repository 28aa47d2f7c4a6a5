"""Everyday replies as members write them: greetings, thanks, signatures, formal and casual,
around the answer."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

YES = [
    pytest.param(
        "Hallo Anna,\n\ndanke für die Einladung, ich bin gerne wieder dabei!\n\nViele Grüße\nTim",
        id="hallo-anna-danke-für-die-einladung-ich-b",
    ),
    pytest.param(
        "Hi zusammen,\nich komme am Donnerstag. Bringe noch Infos zum Thema mit.\nLG",
        id="hi-zusammen-ich-komme-am-donnerstag-brin",
    ),
    pytest.param(
        "Moin! Bin dabei, freu mich. Bis Donnerstag", id="moin-bin-dabei-freu-mich-bis-donnerstag"
    ),
    pytest.param(
        "Super Thema, da komme ich auf jeden Fall.", id="super-thema-da-komme-ich-auf-jeden-fall"
    ),
    pytest.param(
        "Hallo, ich melde mich hiermit an. Gruß, Petra",
        id="hallo-ich-melde-mich-hiermit-an-gruß-pet",
    ),
    pytest.param("Ich melde mich für Donnerstag an.", id="ich-melde-mich-für-donnerstag-an"),
    pytest.param("Hiermit melde ich mich an.", id="hiermit-melde-ich-mich-an"),
    pytest.param("Ich nehme teil.", id="ich-nehme-teil"),
    pytest.param("Teilnahme bestätigt.", id="teilnahme-bestätigt"),
    pytest.param("Ich bin am 28. dabei.", id="ich-bin-am-28-dabei"),
    pytest.param(
        "Hi Anna, yes I'll come along. Cheers, Tom", id="hi-anna-yes-i-ll-come-along-cheers-tom"
    ),
    pytest.param(
        "Thanks for the invite - see you Thursday!", id="thanks-for-the-invite-see-you-thursday"
    ),
    pytest.param("Sounds great, I'll be there.", id="sounds-great-i-ll-be-there"),
    pytest.param("Hi! I'd like to attend. Best, Sam", id="hi-i-d-like-to-attend-best-sam"),
    pytest.param("I will attend.", id="i-will-attend"),
    pytest.param("Please register me for the event.", id="please-register-me-for-the-event"),
    pytest.param("Please sign me up.", id="please-sign-me-up"),
    pytest.param(
        "Hallo, gerne nehme ich teil. Beste Grüße", id="hallo-gerne-nehme-ich-teil-beste-grüße"
    ),
    pytest.param(
        "Liebe Anna, vielen Dank, ich komme sehr gerne. Herzliche Grüße, Maria",
        id="liebe-anna-vielen-dank-ich-komme-sehr-ge",
    ),
    pytest.param(
        "Sehr geehrte Frau Schmidt, hiermit bestätige ich meine Teilnahme. Mit freundlichen Grüßen",
        id="sehr-geehrte-frau-schmidt-hiermit-bestät",
    ),
    pytest.param("Hey, ich schau vorbei!", id="hey-ich-schau-vorbei"),
    pytest.param("Bin am Start 🙌", id="bin-am-start"),
    pytest.param("Ich komme, bringe Kuchen mit 🍰", id="ich-komme-bringe-kuchen-mit"),
    pytest.param("Jap, ich komm vorbei.", id="jap-ich-komm-vorbei"),
    pytest.param("Da bin ich dabei.", id="da-bin-ich-dabei"),
    pytest.param(
        "Ich versuche pünktlich zu sein, komme auf jeden Fall.",
        id="ich-versuche-pünktlich-zu-sein-komme-auf",
    ),
    pytest.param(
        "I'm coming, might be a bit late though.", id="i-m-coming-might-be-a-bit-late-though"
    ),
    pytest.param(
        "Yes I'll be there, but I'll have to leave early.",
        id="yes-i-ll-be-there-but-i-ll-have-to-leave",
    ),
    pytest.param("Ich komme, muss aber früher gehen.", id="ich-komme-muss-aber-früher-gehen"),
    pytest.param("Klar bin ich dabei, wie immer!", id="klar-bin-ich-dabei-wie-immer"),
]

NO = [
    pytest.param(
        "Hallo Anna, am Donnerstag kann ich leider nicht. Viele Grüße",
        id="hallo-anna-am-donnerstag-kann-ich-leider",
    ),
    pytest.param(
        "Hi, ich muss diesmal leider passen. Beim nächsten Mal wieder!",
        id="hi-ich-muss-diesmal-leider-passen-beim-n",
    ),
    pytest.param(
        "Leider bin ich an dem Abend schon verplant.", id="leider-bin-ich-an-dem-abend-schon-verpla"
    ),
    pytest.param("Bin da leider schon verplant.", id="bin-da-leider-schon-verplant"),
    pytest.param(
        "Ich bin an dem Tag beruflich unterwegs.", id="ich-bin-an-dem-tag-beruflich-unterwegs"
    ),
    pytest.param(
        "Da bin ich leider beruflich unterwegs.", id="da-bin-ich-leider-beruflich-unterwegs"
    ),
    pytest.param("Diesmal klappt's bei mir nicht.", id="diesmal-klappt-s-bei-mir-nicht"),
    pytest.param("Klappt diesmal nicht, sorry!", id="klappt-diesmal-nicht-sorry"),
    pytest.param(
        "Hi Anna, sadly I'm travelling that week. Best, Tom",
        id="hi-anna-sadly-i-m-travelling-that-week-b",
    ),
    pytest.param(
        "Sorry, I have a conflict that evening.", id="sorry-i-have-a-conflict-that-evening"
    ),
    pytest.param("I'm booked that night, sorry.", id="i-m-booked-that-night-sorry"),
    pytest.param("Can't make this one, have fun!", id="can-t-make-this-one-have-fun"),
    pytest.param(
        "Sorry, won't be there this time. Have fun!", id="sorry-won-t-be-there-this-time-have-fun"
    ),
    pytest.param(
        "Viel Spaß euch, ich kann leider nicht.", id="viel-spaß-euch-ich-kann-leider-nicht"
    ),
    pytest.param(
        "Ich bin leider krank geworden und kann nicht kommen.",
        id="ich-bin-leider-krank-geworden-und-kann-n",
    ),
    pytest.param("Ich liege mit Grippe flach.", id="ich-liege-mit-grippe-flach"),
    pytest.param("Muss leider absagen, Kind krank.", id="muss-leider-absagen-kind-krank"),
    pytest.param(
        "Leider muss ich für Donnerstag absagen.", id="leider-muss-ich-für-donnerstag-absagen"
    ),
    pytest.param("Hallo, ich bin raus für diesmal.", id="hallo-ich-bin-raus-für-diesmal"),
    pytest.param(
        (
            "Sehr geehrte Frau Schmidt, leider kann ich an der Veranstaltung nicht "
            "teilnehmen. Mit freundlichen Grüßen"
        ),
        id="sehr-geehrte-frau-schmidt-leider-kann-ic",
    ),
    pytest.param("Eher nein.", id="eher-nein"),
    pytest.param("Eher nicht.", id="eher-nicht"),
]

MAYBE = [
    pytest.param(
        "Weiß noch nicht, ob ich es schaffe, sag dir bis Montag Bescheid.",
        id="weiß-noch-nicht-ob-ich-es-schaffe-sag-di",
    ),
    pytest.param("Ich versuche zu kommen.", id="ich-versuche-zu-kommen"),
    pytest.param(
        "Ich schaue mal, ob ich es einrichten kann.", id="ich-schaue-mal-ob-ich-es-einrichten-kann"
    ),
    pytest.param("Ich gebe noch Bescheid.", id="ich-gebe-noch-bescheid"),
    pytest.param("I'll try to make it.", id="i-ll-try-to-make-it"),
    pytest.param("I'll see if I can make it.", id="i-ll-see-if-i-can-make-it"),
    pytest.param(
        "Will let you know closer to the date.", id="will-let-you-know-closer-to-the-date"
    ),
    pytest.param(
        "Kommt drauf an, wie lange ich arbeiten muss.",
        id="kommt-drauf-an-wie-lange-ich-arbeiten-mu",
    ),
    pytest.param(
        "Wenn ich es rechtzeitig aus dem Büro schaffe, komme ich.",
        id="wenn-ich-es-rechtzeitig-aus-dem-büro-sch",
    ),
    pytest.param("Ich komme, falls die Bahn mitspielt.", id="ich-komme-falls-die-bahn-mitspielt"),
    pytest.param("Tentatively yes.", id="tentatively-yes"),
    pytest.param("Probably yes.", id="probably-yes"),
    pytest.param("Wahrscheinlich ja.", id="wahrscheinlich-ja"),
    pytest.param("Eher ja.", id="eher-ja"),
]


@pytest.mark.parametrize("text", YES)
def test_an_everyday_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_an_everyday_no_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", MAYBE)
def test_an_everyday_maybe_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, schau mal hier: https://www.example.net/termine", id="link-with-net"),
        pytest.param("Ok!\n\nAnna Becker\nwww.example.net", id="signature-with-net-link"),
    ],
)
def test_words_inside_a_link_are_not_read(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hiermit melde ich mich zum Treffen am 28.01. verbindlich an.", id="verbindlich-an"
        ),
        pytest.param("I am pleased to confirm my attendance.", id="confirm-attendance"),
        pytest.param("Ich bin wieder am Start!", id="wieder-am-start"),
        pytest.param(
            "Not sure if I already replied, but yes, I'm coming.", id="not-sure-if-replied"
        ),
    ],
)
def test_formal_and_casual_sign_ups_are_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")
