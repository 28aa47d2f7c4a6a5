"""Someone writes for the member: an assistant, a partner, a colleague. "Er" and "she" are the
member then; "er" after someone else was named is that person.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.proxy_voice import members_words
from mail.types import Answer

SAID = [
    pytest.param(
        ("Ich schreibe im Namen von Frau Weber: Sie kann leider nicht teilnehmen."),
        Answer.NO,
        id="ich-schreibe-im-namen-von-frau-w",
    ),
    pytest.param(
        ("Hier ist Jans Frau. Er liegt mit Grippe im Bett und kann nicht kommen."),
        Answer.NO,
        id="hier-ist-jans-frau-er-liegt-mit",
    ),
    pytest.param(
        ("Ich bin Tims Kollege, er ist diese Woche auf Montage und schafft es nicht."),
        Answer.NO,
        id="ich-bin-tims-kollege-er-ist-dies",
    ),
    pytest.param(
        "Grüße von meinem Chef, er kommt gerne!", Answer.YES, id="grüße-von-meinem-chef-er-kommt-g"
    ),
    pytest.param(
        "This is Maria's assistant. She'll be there.",
        Answer.YES,
        id="this-is-maria-s-assistant-she-ll",
    ),
    pytest.param(
        "It's Ben's wife – he's coming, he just can't get to his email.",
        Answer.YES,
        id="it-s-ben-s-wife-he-s-coming-he-j",
    ),
    pytest.param(
        "Typing for my dad, he can't make it this time.",
        Answer.NO,
        id="typing-for-my-dad-he-can-t-make",
    ),
    pytest.param(
        "I'm writing on her behalf: she won't be able to attend.",
        Answer.NO,
        id="i-m-writing-on-her-behalf-she-wo",
    ),
    pytest.param(
        "Ich komme, mein Mann nicht. Er hat Nachtschicht.",
        Answer.YES,
        id="ich-komme-mein-mann-nicht-er-hat",
    ),
    pytest.param(
        'Moin, hier schreibt Aylins Mann, sie sitzt neben mir und diktiert: "Ich komme!" 😄',
        Answer.YES,
        id="dictated-in-quotes",
    ),
    pytest.param(
        "Ich soll ausrichten, dass Frau Weber am 28. teilnimmt.",
        Answer.YES,
        id="separable-verb-at-the-end",
    ),
    pytest.param(
        "Ich werde von meinem Kollegen vertreten.",
        Answer.NO,
        id="vertreten-by-a-colleague",
    ),
    pytest.param(
        "Good afternoon, I am writing on behalf of Mr. Brown, who will be delighted to attend.",
        Answer.YES,
        id="en-on-behalf-who-will",
    ),
    pytest.param(
        "PA to Dr. Lee here – Dr. Lee will attend.",
        Answer.YES,
        id="en-pa-to-dr-will-attend",
    ),
    pytest.param(
        "Nachricht von Oma Inge (ich tippe für sie): Sie kommt gern!",
        Answer.YES,
        id="tippe-fuer-sie",
    ),
    pytest.param(
        "Mein Sohn hat gesagt, ich soll schreiben, dass er kommt.",
        Answer.YES,
        id="soll-schreiben-dass-er-kommt",
    ),
    pytest.param(
        "Grüezi, ich schreibe im Auftrag von Herrn Vogel. Er nimmt gerne teil.",
        Answer.YES,
        id="swiss-im-auftrag",
    ),
    pytest.param(
        "hallo hier ist die frau von peter er kommt leider nicht er ist krank",
        Answer.NO,
        id="no-punctuation-lower",
    ),
    pytest.param(
        "Mein Mann Detlef hat die Einladung gesehen, er selbst hat kein Mailprogramm auf dem "
        "Handy. Er sagt: Er kommt, und zwar pünktlich.",
        Answer.YES,
        id="member-has-no-mail-of-their-own",
    ),
    pytest.param(
        "I'll be there, my wife won't. She's away that week.",
        Answer.YES,
        id="i-ll-be-there-my-wife-won-t-she",
    ),
    pytest.param(
        (
            "Guten Tag, ich schreibe im Namen von Frau Prof. Dr. Engels, die derzeit viel "
            "unterwegs ist. Sie nimmt am 28. Januar gern teil."
        ),
        Answer.YES,
        id="im-namen-von-titled-sie-nimmt-teil",
    ),
    pytest.param(
        (
            "Hallo, hier schreibt die Tochter von Herrn Pohl. Mein Vater kommt mit dem Computer "
            "nicht so gut zurecht, ich soll Ihnen sagen: Er kommt gern!"
        ),
        Answer.YES,
        id="soll-ihnen-sagen-passed-on",
    ),
    pytest.param(
        (
            "Ich antworte mal für Bernd, der ist bis Ende Februar in Australien. Der kommt also "
            "sicher nicht."
        ),
        Answer.NO,
        id="antworte-fuer-name-der-kommt-nicht",
    ),
    pytest.param(
        (
            "Meine Chefin lässt fragen, ob statt ihr unsere Volontärin kommen kann. Sie selbst "
            "schafft es nicht."
        ),
        Answer.NO,
        id="laesst-fragen-statt-ihr",
    ),
    pytest.param(
        "Hi, this is Raj's assistant – he's asked me to confirm he'll attend on the 28th.",
        Answer.YES,
        id="en-asked-me-to-confirm",
    ),
    pytest.param(
        (
            "Hi, hier ist Linas Mitbewohnerin – Lina says yes, sie hat gerade kein Guthaben mehr "
            "auf dem Handy 😄"
        ),
        Answer.YES,
        id="mixed-name-says-yes",
    ),
    pytest.param(
        (
            "Hallo, ich bin der Mann von Jutta. Sie hat sich die Hand gebrochen und kann nicht "
            "tippen, lässt aber ausrichten: Sie kommt trotzdem, mit Gips!"
        ),
        Answer.YES,
        id="laesst-ausrichten-after-reason",
    ),
    pytest.param(
        "Hallo, hier schreibt die Oma von Finn 😊 Finn ist im Skilager und kommt am 28. nicht.",
        Answer.NO,
        id="name-und-kommt-nicht",
    ),
    pytest.param(
        (
            "Hi, Nadine's colleague here – she's on parental leave until summer, so she won't be "
            "coming."
        ),
        Answer.NO,
        id="en-colleague-here-wont-be-coming",
    ),
    pytest.param(
        "Herr Schmidt lässt ausrichten, dass er gerne kommt.",
        Answer.YES,
        id="dass-er-gerne-kommt",
    ),
    pytest.param(
        "Im Auftrag von Frau Müller: Sie nimmt teil.",
        Answer.YES,
        id="im-auftrag-sie-nimmt-teil",
    ),
    pytest.param(
        "On behalf of my boss: unfortunately he can't make it.",
        Answer.NO,
        id="en-on-behalf-of-my-boss",
    ),
    pytest.param(
        "Sekretariat Prof. Braun: Prof. Braun kommt gern.",
        Answer.YES,
        id="sekretariat-titled-name-kommt",
    ),
    pytest.param(
        "Sekretariat Prof. Braun: Herr Braun ist an dem Abend leider verhindert.",
        Answer.NO,
        id="sekretariat-verhindert",
    ),
    pytest.param(
        "Hi, I'm Tom's husband, Tom asked me to let you know he won't make it.",
        Answer.NO,
        id="en-asked-me-to-let-you-know",
    ),
    pytest.param(
        "Schöne Grüße von Petra, sie kommt!",
        Answer.YES,
        id="gruesse-von-name-sie-kommt",
    ),
    pytest.param(
        "Mein Mann kann leider nicht, er ist krank. (schreibt seine Frau)",
        Answer.NO,
        id="schreibt-seine-frau-in-brackets",
    ),
    pytest.param(
        "Hier schreibt Uwes Frau, er hat gerade kein Internet. Er kommt am 28.!",
        Answer.YES,
        id="reason-for-writing-is-no-answer",
    ),
    pytest.param(
        "Hi, Sophie asked me to reply for her as she's travelling: she'll be there.",
        Answer.YES,
        id="en-reason-travelling-is-no-answer",
    ),
    pytest.param(
        "Hi, hier ist die Assistenz von Frau Berger: she confirms for the 28th, danke!",
        Answer.YES,
        id="mixed-she-confirms",
    ),
    pytest.param(
        "Mein Mann hat mich gebeten zu antworten: er kann leider nicht.",
        Answer.NO,
        id="gebeten-zu-antworten",
    ),
    pytest.param(
        "Hello, replying on behalf of Priya – she's unwell and won't make it, sorry!",
        Answer.NO,
        id="en-replying-on-behalf",
    ),
    pytest.param(
        "HALLO HIER IST DIE TOCHTER VON HERRN KLEIN ER KOMMT",
        Answer.YES,
        id="all-caps-no-punctuation",
    ),
    pytest.param(
        (
            "Hallo, hier ist das Sekretariat von Prof. Lang. Prof. Lang ist an dem Abend auf "
            "einer Konferenz und kann nicht kommen."
        ),
        Answer.NO,
        id="sekretariat-und-kann-nicht-kommen",
    ),
    pytest.param(
        "Ich schreibe für meinen Vater. Er kommt nicht, aber ich würde gerne kommen.",
        Answer.NO,
        id="writer-wants-to-come-member-not",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_reply_written_for_the_member_is_the_members_answer(
    text: str, answer: Answer | None
) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hallo, hier schreibt Annas Mann: Anna kommt, ich leider nicht.", id="de"),
        pytest.param("Ja, komme. Grüße von meiner Frau, sie kann leider nicht.", id="de-greeting"),
    ],
)
def test_the_writers_own_answer_beside_the_members_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, bool(intent.problem)) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage für Freitag ab, meine Frau kommt aber.", id="de-sage-fuer-a-day"),
        pytest.param("Ich melde mich für nächste Woche ab.", id="de-melde-mich-fuer-next-week"),
    ],
)
def test_a_day_after_fuer_is_no_one_written_for(text: str) -> None:
    assert members_words(text) == text
