"""Topic suggestions in more voices: the hedge after a list.

People close a list of suggestions with a hedge about it ("Vielleicht ist ja
was dabei.", "Maybe one of them fits."): that "vielleicht" is about the
suggestions, not the evening, so it is no answer; a hedge about themselves
("Vielleicht komme ich.") still is.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

_LIST = "Ein paar Themenideen:\n\n- Canva-Vorlagen im Team\n- Krisen am Wochenende\n\n"
_LIST_EN = "Some topic ideas:\n\n- Canva templates for teams\n- Weekend crisis plans\n\n"


@pytest.mark.parametrize(
    ("hedge", "text"),
    [
        pytest.param("Vielleicht ist ja was dabei.", _LIST, id="de-was-dabei"),
        pytest.param("Vielleicht passt eins davon mal rein.", _LIST, id="de-eins-davon"),
        pytest.param("Vielleicht passt das ja mal.", _LIST, id="de-passt-das"),
        pytest.param("Vielleicht ist was für euch dabei!", _LIST, id="de-fuer-euch"),
        pytest.param("Vielleicht könnt ihr was damit anfangen.", _LIST, id="de-anfangen"),
        pytest.param("Vielleicht interessiert das ja noch andere.", _LIST, id="de-andere"),
        pytest.param("Evtl. ja was für den Herbst.", _LIST, id="de-evtl-herbst"),
        pytest.param("vllt passts ja irgendwann", _LIST, id="de-vllt-phone"),
        pytest.param("Nur so eine Idee, vielleicht passt es ja.", _LIST, id="de-nur-so-idee"),
        pytest.param("Maybe one of them fits.", _LIST_EN, id="en-one-of-them"),
        pytest.param("Maybe there's something in there for you.", _LIST_EN, id="en-something"),
        pytest.param("Perhaps something for a future evening.", _LIST_EN, id="en-future"),
        pytest.param("Maybe it's of interest to others too.", _LIST_EN, id="en-others"),
        pytest.param("maybe useful for later", _LIST_EN, id="en-lower"),
    ],
)
def test_a_hedge_about_the_suggestions_is_no_answer(hedge: str, text: str) -> None:
    found = extract_topics(text + hedge)
    assert len(found.titles) == 2
    assert read_intent(found.rest).answer is None


@pytest.mark.parametrize(
    ("hedge", "text"),
    [
        pytest.param("Vielleicht komme ich, mal sehen.", _LIST, id="de-komme-ich"),
        pytest.param("Vielleicht bin ich dabei.", _LIST, id="de-bin-ich-dabei"),
        pytest.param("Vielleicht klappt es am Donnerstag.", _LIST, id="de-klappt-donnerstag"),
        pytest.param("Maybe I'll make it.", _LIST_EN, id="en-make-it"),
        pytest.param("Maybe see you Thursday.", _LIST_EN, id="en-see-you"),
    ],
)
def test_a_hedge_about_coming_stays_an_answer(hedge: str, text: str) -> None:
    found = extract_topics(text + hedge)
    assert len(found.titles) == 2
    assert read_intent(found.rest).answer is Answer.MAYBE
