"""Short answers in the other languages members write in are read: Dutch, French,
Italian, Spanish, Portuguese, Polish and Turkish yeses and refusals ("Oui, je viens",
"Sì, ci sono", "Sí, voy", "Evet, geliyorum", "Je ne peux pas", "Gelemiyorum"). They
went to review unread, where the trained reader could guess. The refusal is read before
the verb of coming inside it: "Je viens pas" is a no, "Je ne le manquerai pas" a yes, and
not staying long refuses nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Ik ben erbij", id="nl-ben-erbij"),
    pytest.param("Jazeker", id="nl-jazeker"),
    pytest.param("Oui, je viens", id="fr-oui-je-viens"),
    pytest.param("J'y serai !", id="fr-jy-serai"),
    pytest.param("Avec plaisir !", id="fr-avec-plaisir"),
    pytest.param("Je ne le manquerai pas !", id="fr-ne-manquerai-pas"),
    pytest.param("Oui, pas de problème", id="fr-pas-de-probleme"),
    pytest.param("Je viens, mais je ne peux pas rester longtemps", id="fr-pas-rester-longtemps"),
    pytest.param("Sì, ci sono", id="it-ci-sono"),
    pytest.param("Ci sarò!", id="it-ci-saro"),
    pytest.param("Non vedo l'ora!", id="it-non-vedo-lora"),
    pytest.param("Sí, voy", id="es-si-voy"),
    pytest.param("Cuenta conmigo", id="es-cuenta-conmigo"),
    pytest.param("No me lo pierdo", id="es-no-me-lo-pierdo"),
    pytest.param("Sim, vou", id="pt-sim-vou"),
    pytest.param("Tak, przyjdę", id="pl-tak-przyjde"),
    pytest.param("Evet, geliyorum", id="tr-evet-geliyorum"),
    pytest.param("Tabii ki geliyorum", id="tr-tabii-ki"),
]

REFUSALS = [
    pytest.param("Ik kan helaas niet komen", id="nl-kan-niet"),
    pytest.param("Helaas niet", id="nl-helaas-niet"),
    pytest.param("Je ne peux pas venir, désolé", id="fr-ne-peux-pas"),
    pytest.param("Je viens pas, désolé", id="fr-viens-pas"),
    pytest.param("Je n'y serai pas", id="fr-ny-serai-pas"),
    pytest.param("Malheureusement non", id="fr-malheureusement-non"),
    pytest.param("Pas cette fois", id="fr-pas-cette-fois"),
    pytest.param("Non ci sarò", id="it-non-ci-saro"),
    pytest.param("Purtroppo no", id="it-purtroppo-no"),
    pytest.param("Lo siento, no podré", id="es-no-podre"),
    pytest.param("Não posso", id="pt-nao-posso"),
    pytest.param("Nie mogę przyjść", id="pl-nie-moge"),
    pytest.param("Hayır, gelemiyorum", id="tr-gelemiyorum"),
    pytest.param("Maalesef gelemeyeceğim", id="tr-gelemeyecegim"),
    pytest.param("Katılamıyorum", id="tr-katilamiyorum"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_in_another_language_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_in_another_language_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_in_another_language_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_in_another_language_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Je ne sais pas encore", id="fr-ne-sais-pas"),
        pytest.param("Je ne suis pas sûre", id="fr-pas-sure"),
    ],
)
def test_a_doubt_in_french_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


def test_austrian_si_stays_a_pronoun() -> None:
    assert read_intent("Geht si leider ned aus").answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Oui mais non", id="fr-oui-mais-non"),
        pytest.param("Oui, mais malheureusement pas cette fois", id="fr-oui-mais-pas"),
        pytest.param("Oui, merci, mais je serai en vacances", id="fr-oui-mais-vacances"),
        pytest.param("Ja, maar helaas niet", id="nl-ja-maar-helaas"),
        pytest.param("Evet ama maalesef yokum", id="tr-evet-ama"),
    ],
)
def test_a_bare_yes_word_turned_by_their_but_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_the_german_word_for_corn_turns_nothing() -> None:
    assert read_intent("Ja, ich bringe Mais mit").answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Bien sûr que non", Answer.NO, id="fr-bien-sur-que-non"),
        pytest.param("Claro que no", Answer.NO, id="es-claro-que-no"),
        pytest.param("Certo che no", Answer.NO, id="it-certo-che-no"),
        pytest.param("Absolument pas", Answer.NO, id="fr-absolument-pas"),
        pytest.param("Jamais !", Answer.NO, id="fr-jamais"),
        pytest.param("Kesinlikle hayır", Answer.NO, id="tr-kesinlikle-hayir"),
        pytest.param("Absolument !", Answer.YES, id="fr-absolument"),
        pytest.param("Assolutamente sì", Answer.YES, id="it-assolutamente-si"),
        pytest.param("Sans moi ? Jamais !", Answer.YES, id="fr-sans-moi-jamais"),
        pytest.param("¿Sin mí? ¡Nunca!", Answer.YES, id="es-sin-mi-nunca"),
    ],
)
def test_of_course_not_and_absolutely_in_their_words(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
