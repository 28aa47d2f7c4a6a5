"""A calendar button contradicted by the words of the reply: the words win, or a person reads."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param("ACCEPTED", "Wrong button, I can't make it.", Answer.NO, id="wrong-button-en"),
        pytest.param("ACCEPTED", "Falscher Knopf, ich kann leider nicht.", Answer.NO, id="knopf"),
        pytest.param(
            "ACCEPTED", "Sorry, falsch geklickt – ich bin an dem Abend nicht da.", Answer.NO,
            id="falsch-geklickt-nicht-da",
        ),
        pytest.param(
            "ACCEPTED", "Accepted by mistake on my phone. Can't come - kids are sick.",
            Answer.NO, id="accepted-by-mistake",
        ),
        pytest.param(
            "ACCEPTED", "Hab aus Versehen zugesagt, muss leider absagen.", Answer.NO,
            id="aus-versehen",
        ),
        pytest.param("ACCEPTED", "Meant to decline, sorry.", Answer.NO, id="meant-to-decline"),
        pytest.param(
            "ACCEPTED", "Ich wollte eigentlich auf Ablehnen klicken.", Answer.NO, id="ablehnen"
        ),
        pytest.param("DECLINED", "Doch, ich komme! Falscher Button.", Answer.YES, id="doch"),
        pytest.param("DECLINED", "Wrong button - I'll be there!", Answer.YES, id="be-there"),
        pytest.param(
            "TENTATIVE", "Sorry, meant to click yes — I'm coming.", Answer.YES, id="meant-yes"
        ),
        pytest.param(
            "ACCEPTED", "Mist, falscher Knopf. Vielleicht komme ich.", Answer.MAYBE,
            id="vielleicht",
        ),
        pytest.param(
            "ACCEPTED", "Clicked accept by accident, will let you know.", Answer.MAYBE,
            id="accident-let-you-know",
        ),
    ],
)  # fmt: skip
def test_clear_words_win_over_the_button(partstat: str, text: str, answer: Answer) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


@pytest.mark.parametrize(
    ("partstat", "text"),
    [
        pytest.param("ACCEPTED", "Oops, wrong button!", id="oops"),
        pytest.param("ACCEPTED", "Ups, falsch geklickt.", id="ups"),
        pytest.param("ACCEPTED", "Versehentlich zugesagt, bitte ignorieren.", id="versehentlich"),
        pytest.param("DECLINED", "Hab mich verklickt.", id="verklickt"),
    ],
)
def test_a_button_called_a_mistake_without_saying_what_was_meant_goes_to_a_person(
    partstat: str, text: str
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer is None
    assert "mistake" in result.answer_problem


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param("ACCEPTED", "Freu mich!", Answer.YES, id="freu-mich"),
        pytest.param("ACCEPTED", "", Answer.YES, id="no-words"),
        pytest.param("ACCEPTED", "Komme evtl. etwas später.", Answer.YES, id="later"),
        pytest.param("DECLINED", "Leider krank.", Answer.NO, id="krank"),
        pytest.param("DECLINED", "Sorry!", Answer.NO, id="sorry"),
        pytest.param("TENTATIVE", "Hängt von der Arbeit ab.", Answer.MAYBE, id="depends"),
    ],
)
def test_words_that_agree_with_the_button_keep_it(partstat: str, text: str, answer: Answer) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


CALENDAR_AND_WORDS = [
    pytest.param(
        "TENTATIVE",
        "Ich komme sicher, Outlook hat nur 'vorläufig' gewählt.",
        Answer.YES,
        id="ich-komme-sicher-outlook-hat-n",
    ),
    pytest.param(
        "ACCEPTED",
        "Vielleicht wird es etwas später.",
        Answer.YES,
        id="vielleicht-wird-es-etwas-späte",
    ),
    pytest.param("DECLINED", "Ich komme doch!", Answer.YES, id="ich-komme-doch"),
    pytest.param(
        "ACCEPTED",
        "Ich komme, aber ohne Begleitung.",
        Answer.YES,
        id="ich-komme-aber-ohne-begleitung",
    ),
    pytest.param(
        "ACCEPTED",
        "Hab zugesagt, weiß aber noch nicht, ob ich es schaffe.",
        Answer.MAYBE,
        id="hab-zugesagt-weiß-aber-noch-ni",
    ),
    pytest.param(
        "ACCEPTED",
        "Lisa Koch hat diese Einladung angenommen.",
        Answer.YES,
        id="lisa-koch-hat-diese-einladung",
    ),
    pytest.param(
        "DECLINED",
        "Lisa Koch hat diese Einladung abgelehnt.",
        Answer.NO,
        id="lisa-koch-hat-diese-einladung-2",
    ),
    pytest.param(
        "TENTATIVE",
        "Lisa Koch hat mit Vielleicht geantwortet.",
        Answer.MAYBE,
        id="lisa-koch-hat-mit-vielleicht-g",
    ),
    pytest.param(
        "ACCEPTED",
        "Lisa Koch has accepted this invitation.",
        Answer.YES,
        id="lisa-koch-has-accepted-this-in",
    ),
    pytest.param(
        "DECLINED",
        "Lisa Koch has declined this invitation.\n\nSorry, kids are sick.",
        Answer.NO,
        id="lisa-koch-has-declined-this-in",
    ),
    pytest.param("ACCEPTED", "Ja, ich werde teilnehmen.", Answer.YES, id="ja-ich-werde-teilnehmen"),
    pytest.param(
        "DECLINED",
        "Nein, ich werde nicht teilnehmen.",
        Answer.NO,
        id="nein-ich-werde-nicht-teilnehme",
    ),
    pytest.param(
        "TENTATIVE", "Vielleicht nehme ich teil.", Answer.MAYBE, id="vielleicht-nehme-ich-teil"
    ),
    pytest.param("ACCEPTED", "Zusage, freue mich!", Answer.YES, id="zusage-freue-mich"),
    pytest.param(
        "ACCEPTED",
        "Accepted, but I'll be 30 min late.",
        Answer.YES,
        id="accepted-but-i-ll-be-30-min-la",
    ),
    pytest.param(
        "ACCEPTED",
        "Leider doch nicht, hab mich vertan.",
        Answer.NO,
        id="leider-doch-nicht-hab-mich-ver",
    ),
    pytest.param(
        "DECLINED",
        "Oops. I meant to accept — see you Thursday!",
        Answer.YES,
        id="oops-i-meant-to-accept-see-you",
    ),
    pytest.param(
        "TENTATIVE",
        "Mist, falsch gedrückt, ich bin sicher dabei.",
        Answer.YES,
        id="mist-falsch-gedrückt-ich-bin-s",
    ),
    pytest.param(
        "ACCEPTED",
        "Zugesagt, aber nur unter Vorbehalt.",
        Answer.MAYBE,
        id="zugesagt-aber-nur-unter-vorbeh",
    ),
    pytest.param(
        "ACCEPTED",
        "Habe im Kalender zugesagt, komme aber doch nicht.",
        Answer.NO,
        id="habe-im-kalender-zugesagt-komm",
    ),
    pytest.param(
        "DECLINED",
        "Absage im Kalender ignorieren, ich komme!",
        Answer.YES,
        id="absage-im-kalender-ignorieren",
    ),
    pytest.param(
        "ACCEPTED",
        "Please ignore the acceptance, I can't come after all.",
        Answer.NO,
        id="please-ignore-the-acceptance-i",
    ),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), CALENDAR_AND_WORDS)
def test_the_calendar_apps_own_words_and_the_members_words_are_read_together(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param(
            "DECLINED",
            "Bitte ignorieren, das Absagen war mein Handy in der Hosentasche 🙈 Ich komme!",
            Answer.YES,
            id="hosentasche",
        ),
        pytest.param(
            "DECLINED", "Please ignore the decline, pocket click. I'll be there.", Answer.YES,
            id="pocket-click",
        ),
        pytest.param(
            "TENTATIVE", 'Outlook zeigt "Mit Vorbehalt", ist aber ein Ja.', Answer.YES,
            id="ist-aber-ein-ja",
        ),
        pytest.param(
            "TENTATIVE", "The tentative is really a yes, see you there.", Answer.YES,
            id="tentative-is-a-yes",
        ),
        pytest.param(
            "ACCEPTED", "Die Zusage war ein Versehen, ich kann leider nicht.", Answer.NO,
            id="zusage-war-versehen",
        ),
    ],
)  # fmt: skip
def test_the_button_spoken_of_as_a_thing_leaves_the_words_to_decide(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
