"""Someone else writes for the member and passes on what the member told them.

"Er hat gesagt: er kommt", "she told me she'll be there": what the member said is
the answer, whatever the writer adds around it ("Der ist auf See – nein, im
Ernst, auf einer Baustelle"): a "nein" of the writer's own is no answer of the
member's. Written in strangers' voices before reading the rules; a colleague
who comes instead leaves the member's no standing.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

SAID = [
    (
        "Moin, ich schreib für meinen Chef, Herrn Thießen. Der ist auf See – nein, im Ernst, "
        "auf einer Baustelle ohne Empfang – und hat gesagt: Er kommt am 28.",
        Y,
        0,
        "de-joke-taken-back-then-relayed-yes",
    ),
    (
        "Ich schreibe für meinen Mann, er hat kein Netz. Er hat gesagt: er kommt gern.",
        Y,
        0,
        "de-hat-gesagt-colon",
    ),
    (
        "Hallo, hier ist die Assistentin von Herrn Berg. Er hat mir gesagt, dass er kommt.",
        Y,
        0,
        "de-hat-mir-gesagt-dass",
    ),
    ("I'm writing for my husband Tom, he told me he can't make it.", N, 0, "en-told-me-no"),
    (
        "Ich schreibe für meine Frau – nein, sie ist nicht krank, nur im Urlaub ohne Netz. "
        "Sie hat mir gesagt: sie kommt.",
        Y,
        0,
        "de-nein-not-ill-then-relayed-yes",
    ),
    (
        "Writing on behalf of my boss – no, she's not ill, just abroad – she told me: "
        "she'll be there.",
        Y,
        0,
        "en-no-not-ill-then-relayed-yes",
    ),
    (
        "Ich antworte für meinen Vater. Nein, er hat kein Handy. Er hat gesagt, er kommt gern.",
        Y,
        0,
        "de-nein-kein-handy-relayed-yes",
    ),
    (
        "Ich schreib für Herrn Kühn, der ist auf Montage – nee, im Ernst – und hat mir "
        "geschrieben: er kann leider nicht.",
        N,
        0,
        "de-nee-im-ernst-relayed-no",
    ),
    (
        "Im Auftrag von Frau Weiß: Sie hat mir gesagt, dass sie nicht kommen kann.",
        N,
        0,
        "de-im-auftrag-gesagt-no",
    ),
    (
        "Hi, this is Jo's PA. Nope, she hasn't forgotten – she told me she's coming.",
        Y,
        0,
        "en-pa-nope-not-forgotten-yes",
    ),
    ("Ich schreibe im Auftrag von Frau Klein: sie nimmt gerne teil.", Y, 0, "de-im-auftrag-yes"),
    (
        "Im Auftrag von Dr. Weber teile ich mit, dass er leider verhindert ist.",
        N,
        0,
        "de-im-auftrag-verhindert",
    ),
    ("On behalf of Mr Jones: he will attend.", Y, 0, "en-on-behalf-attend"),
    (
        "Writing on behalf of my boss, Sarah Lee – she said she'll be there.",
        Y,
        0,
        "en-on-behalf-she-said",
    ),
    (
        "Hi, Petra's assistant here. She asked me to let you know she's coming.",
        Y,
        0,
        "en-assistant-here-asked-me",
    ),
    (
        "Herr Kaiser lässt ausrichten: kommt gern, bringt seine Frau mit.",
        Y,
        1,
        "de-laesst-ausrichten-with-wife",
    ),
    (
        "Mein Vater hat kein E-Mail, ich antworte für ihn: Er kommt, aber nicht allein, "
        "meine Mutter kommt mit.",
        Y,
        1,
        "de-child-writes-father-and-mother",
    ),
    ("Ich antworte für meine Frau: sie schafft es leider nicht.", N, 0, "de-antworte-fuer-frau"),
    ("Kurze Info im Namen von Jens: er ist dabei.", Y, 0, "de-im-namen-dabei"),
    ("Im Auftrag von Herrn Dr. Schmitz sage ich für Donnerstag ab.", N, 0, "de-im-auftrag-sage-ab"),
    (
        "Hi, this is Mark's PA. Mark sends his apologies, he's travelling.",
        N,
        0,
        "en-pa-sends-apologies",
    ),
    (
        "Schreib für meinen Kumpel Ben, der hat sein Handy verloren – der kommt!",
        Y,
        0,
        "de-kumpel-der-kommt",
    ),
    (
        "Hallo! Ich bin die Tochter von Herrn Wolf. Papa sagt, er kommt gern.",
        Y,
        0,
        "de-tochter-papa-sagt",
    ),
    (
        "Herr Arslan lässt ausrichten, er kommt leider nicht – nein, er hat Spätschicht.",
        N,
        0,
        "de-laesst-ausrichten-nein-spaetschicht",
    ),
]

# "lässt ausrichten, dass er Ihrer Einladung gern folgt": the verb of a "dass" clause
# stands last, whichever verb it is, a separable one in one word
VERB_LAST = [
    (
        "Herr Pfarrer Schäfer lässt ausrichten, dass er Ihrer Einladung gern folgt und am "
        "Donnerstag, 28. Januar, teilnehmen wird.",
        Y,
        "de-einladung-gern-folgt",
    ),
    (
        "Frau Sommer lässt Ihnen mitteilen, dass sie der Einladung gerne nachkommt.",
        Y,
        "de-einladung-nachkommt",
    ),
    ("Frau Kurz lässt ausrichten, dass sie gerne teilnimmt.", Y, "de-gerne-teilnimmt"),
    ("Herr Wolf lässt ausrichten, dass er leider absagt.", N, "de-leider-absagt"),
    (
        "Herr Becker lässt ausrichten, dass er leider nicht teilnehmen kann.",
        N,
        "de-nicht-teilnehmen-kann",
    ),
]

INSTEAD = [
    ("Mein Kollege Jan kommt statt mir, ich bin auf Dienstreise.", "de-kollege-statt-mir"),
    (
        "Ich kann leider nicht, aber meine Kollegin Eva würde gern an meiner Stelle kommen.",
        "de-an-meiner-stelle",
    ),
    ("Can't make it, but my colleague Tom would like to come instead.", "en-colleague-instead"),
    ("Ich schicke meinen Azubi, ich selbst bin krank.", "de-schicke-azubi"),
    ("Not me this time – my deputy Laura will come.", "en-deputy-will-come"),
    ("Leider nein, aber Herr Schulz aus meinem Team kommt für mich.", "de-kommt-fuer-mich"),
    ("Ich kann nicht, mein Kollege aber schon. Darf er kommen?", "de-kollege-aber-schon"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_intent(extract_topics(text).rest)


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=n) for t, a, g, n in SAID]
)
def test_what_the_member_told_the_writer_is_the_answer(
    text: str, answer: Answer, guests: int
) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in INSTEAD])
def test_someone_coming_instead_leaves_the_member_a_no_without_guests(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests) == (N, 0)


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in VERB_LAST])
def test_the_verb_at_the_end_of_what_is_passed_on_is_the_members(text: str, answer: Answer) -> None:
    intent = _read(text)
    assert (intent.answer, intent.problem) == (answer, "")


# the member answers for another member as well: their answer is their own, and never
# this member's guest; a person sorts out who said what
FOR_BOTH = [
    ("Ich antworte mal für uns beide: Jonas und ich kommen.", "de-antworte-fuer-uns-beide"),
    ("Sorry, answering for my colleague Sam too: he can't, I can.", "en-answering-for-sam-too"),
    ("I'm replying for both of us – Anna and I will be there.", "en-replying-for-both-of-us"),
    ("Ich sage für meinen Kollegen mit zu, wir kommen beide.", "de-sage-fuer-kollegen-mit-zu"),
    ("Wir kommen zu zweit, ich schreibe für uns beide.", "de-zu-zweit-schreibe-fuer-beide"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in FOR_BOTH])
def test_answering_for_another_member_too_goes_to_a_person(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, bool(intent.problem)) == (None, 0, True)
