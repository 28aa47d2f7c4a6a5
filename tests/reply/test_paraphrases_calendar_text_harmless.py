"""Words typed beside a calendar button that leave it standing: thanks, a greeting, the
time of arrival, a question, a doubt about parking or staying to the end, someone else's
no. The button's answer is recorded."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

BUTTON = {"ACCEPTED": Answer.YES, "DECLINED": Answer.NO, "TENTATIVE": Answer.MAYBE}

HARMLESS = [
    pytest.param("ACCEPTED", "Danke für die Einladung!", id="acce-danke-f-r-die"),
    pytest.param("ACCEPTED", "Freue mich, bis Donnerstag!", id="acce-freue-mich-bis-donnerstag"),
    pytest.param("ACCEPTED", "Bringe Kuchen mit.", id="acce-bringe-kuchen-mit"),
    pytest.param("ACCEPTED", "Wo genau ist der Raum?", id="acce-wo-genau-ist-der"),
    pytest.param("ACCEPTED", "Hab's eingetragen.", id="acce-hab-s-eingetragen"),
    pytest.param("ACCEPTED", "Steht im Kalender 🙂", id="acce-steht-im-kalender"),
    pytest.param("ACCEPTED", "Termin übernommen, danke", id="acce-termin-bernommen-danke"),
    pytest.param("ACCEPTED", "Komme evtl. 10 Minuten später.", id="acce-komme-evtl-minuten-sp"),
    pytest.param(
        "ACCEPTED",
        "Ich komme direkt von der Arbeit, kann also etwas später werden.",
        id="acce-ich-komme-direkt-von",
    ),
    pytest.param(
        "ACCEPTED", "Gerne! Gibt es vegetarisches Essen?", id="acce-gerne-gibt-es-vegetarisches"
    ),
    pytest.param("ACCEPTED", "Super Thema, da bin ich gespannt.", id="acce-super-thema-da-bin"),
    pytest.param(
        "ACCEPTED",
        "Klingt spannend – ich hoffe, es gibt Parkplätze.",
        id="acce-klingt-spannend-ich-hoffe",
    ),
    pytest.param(
        "ACCEPTED", "Sorry for the late reply, see you there.", id="acce-sorry-for-the-late"
    ),
    pytest.param(
        "ACCEPTED", "Looking forward to it. Will there be slides?", id="acce-looking-forward-to-it"
    ),
    pytest.param(
        "ACCEPTED", "Thanks! Is parking available?", id="acce-thanks-is-parking-available"
    ),
    pytest.param(
        "ACCEPTED", "Accepted – might be 10 min late though.", id="acce-accepted-might-be-min"
    ),
    pytest.param(
        "ACCEPTED",
        "See you Thursday! Not sure about parking, I'll take the bus.",
        id="acce-see-you-thursday-not",
    ),
    pytest.param(
        "ACCEPTED",
        "Zugesagt, allerdings weiß ich nicht, ob ich bis zum Ende bleiben kann.",
        id="acce-zugesagt-allerdings-wei-ich",
    ),
    pytest.param(
        "ACCEPTED", "Leider bin ich erst um acht da, aber ich komme.", id="acce-leider-bin-ich-erst"
    ),
    pytest.param(
        "ACCEPTED",
        "Hab leider nicht viel Zeit, komme aber kurz vorbei.",
        id="acce-hab-leider-nicht-viel",
    ),
    pytest.param(
        "ACCEPTED",
        "Schade, dass Maria nicht kann, aber ich bin da.",
        id="acce-schade-dass-maria-nicht",
    ),
    pytest.param(
        "DECLINED",
        "Leider keine Zeit, vielleicht nächstes Mal.",
        id="decl-leider-keine-zeit-vielleicht",
    ),
    pytest.param(
        "DECLINED", "Sorry, bin im Urlaub. Viel Spaß euch!", id="decl-sorry-bin-im-urlaub"
    ),
    pytest.param(
        "DECLINED", "Schade! Wünsche euch einen tollen Abend.", id="decl-schade-w-nsche-euch"
    ),
    pytest.param(
        "DECLINED", "Kann leider nicht – aber grüßt alle von mir!", id="decl-kann-leider-nicht-aber"
    ),
    pytest.param("DECLINED", "Beim nächsten Mal gerne wieder!", id="decl-beim-n-chsten-mal"),
    pytest.param("DECLINED", "Sorry, can't make it. Have fun!", id="decl-sorry-can-t-make"),
    pytest.param("DECLINED", "Next time for sure!", id="decl-next-time-for-sure"),
    pytest.param("DECLINED", "Ich wäre so gern dabei gewesen.", id="decl-ich-w-re-so"),
    pytest.param(
        "DECLINED", "Klingt toll, aber ich bin auf Dienstreise.", id="decl-klingt-toll-aber-ich"
    ),
    pytest.param(
        "DECLINED",
        "Danke für die Einladung, super Thema! Ich bin leider verhindert.",
        id="decl-danke-f-r-die",
    ),
    pytest.param(
        "TENTATIVE",
        "Hängt davon ab, ob ich rechtzeitig aus dem Büro komme.",
        id="tent-h-ngt-davon-ab",
    ),
    pytest.param(
        "TENTATIVE",
        "Ich versuche es, kann aber nichts versprechen.",
        id="tent-ich-versuche-es-kann",
    ),
    pytest.param(
        "TENTATIVE", "Mal sehen, ob es klappt. Freue mich aber!", id="tent-mal-sehen-ob-es"
    ),
    pytest.param("TENTATIVE", "Wahrscheinlich ja.", id="tent-wahrscheinlich-ja"),
    pytest.param("TENTATIVE", "Eher ja, ich sage Bescheid.", id="tent-eher-ja-ich-sage"),
    pytest.param("TENTATIVE", "Probably, depends on the kids.", id="tent-probably-depends-on-the"),
    pytest.param("TENTATIVE", "Danke! Ich gebe bis Montag Bescheid.", id="tent-danke-ich-gebe-bis"),
    pytest.param("TENTATIVE", "Gute Idee, ich schau mal.", id="tent-gute-idee-ich-schau"),
]


@pytest.mark.parametrize(("partstat", "text"), HARMLESS)
def test_harmless_words_beside_a_button_leave_its_answer(partstat: str, text: str) -> None:
    assert analyse(imip(partstat, text)).answer is BUTTON[partstat]
