"""A yes-word that opens a no is a no; a yes-word inside a title or a quotation is no answer."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

NO = [
    pytest.param("Ja, leider nicht.", id="ja-leider-nicht"),
    pytest.param("Ja nee, wird nix.", id="ja-nee-wird-nix"),
    pytest.param("Ja, schade, aber ich bin in München.", id="ja-schade-aber-ich-bin-in-münchen"),
    pytest.param("Ja also, ich kann leider nicht.", id="ja-also-ich-kann-leider-nicht"),
    pytest.param("Ja, ne, klappt nicht.", id="ja-ne-klappt-nicht"),
    pytest.param("Jaaa, nein. Leider.", id="jaaa-nein-leider"),
    pytest.param(
        "Klar, würde ich gerne, geht aber nicht.", id="klar-würde-ich-gerne-geht-aber-nicht"
    ),
    pytest.param("Ok, leider kann ich nicht.", id="ok-leider-kann-ich-nicht"),
    pytest.param("Okay, I can't make it.", id="okay-i-can-t-make-it"),
    pytest.param("Yes, unfortunately I can't come.", id="yes-unfortunately-i-can-t-come"),
    pytest.param("Yeah, no, can't make it.", id="yeah-no-can-t-make-it"),
    pytest.param(
        "Sure, but I won't be able to attend this time.",
        id="sure-but-i-won-t-be-able-to-attend-this-",
    ),
    pytest.param("Ja... leider nein.", id="ja-leider-nein"),
    pytest.param("Ja, das wird leider nichts.", id="ja-das-wird-leider-nichts"),
    pytest.param(
        "Gerne, aber ich bin leider verhindert.", id="gerne-aber-ich-bin-leider-verhindert"
    ),
    pytest.param("Jo, bin leider raus.", id="jo-bin-leider-raus"),
    pytest.param("Ja hallo, ich muss leider absagen.", id="ja-hallo-ich-muss-leider-absagen"),
    pytest.param("Ja, also ich sag mal ab.", id="ja-also-ich-sag-mal-ab"),
    pytest.param("Ja, leider bin ich da im Urlaub.", id="ja-leider-bin-ich-da-im-urlaub"),
    pytest.param("Ja, aber ohne mich diesmal.", id="ja-aber-ohne-mich-diesmal"),
    pytest.param("Yes - sadly not this time.", id="yes-sadly-not-this-time"),
    pytest.param(
        "Hi! Yes, I got the invite, but I can't come.",
        id="hi-yes-i-got-the-invite-but-i-can-t-come",
    ),
    pytest.param(
        "Ja, ich habe die Einladung bekommen, kann aber nicht.",
        id="ja-ich-habe-die-einladung-bekommen-kann-",
    ),
    pytest.param("Ok, dann sage ich ab.", id="ok-dann-sage-ich-ab"),
    pytest.param("Ja, ich wäre gern gekommen.", id="ja-ich-wäre-gern-gekommen"),
    pytest.param("Ja mei, da bin ich auf Mallorca.", id="ja-mei-da-bin-ich-auf-mallorca"),
    pytest.param("Ok, thanks, but no.", id="ok-thanks-but-no"),
]

YES = [
    pytest.param(
        "Ja, ich komme. Das Thema Ja-Sager-Kultur finde ich spannend.",
        id="ja-ich-komme-das-thema-ja-sager-kultur-f",
    ),
    pytest.param("Ja, komme, leider etwas später.", id="ja-komme-leider-etwas-später"),
    pytest.param("Ja, aber erst um 20 Uhr.", id="ja-aber-erst-um-20-uhr"),
    pytest.param("Klar, aber ich komme später.", id="klar-aber-ich-komme-später"),
    pytest.param("Yes, but I'll be a bit late.", id="yes-but-i-ll-be-a-bit-late"),
    pytest.param(
        "Ja, nicht vergessen: ich bringe Kuchen.", id="ja-nicht-vergessen-ich-bringe-kuchen"
    ),
    pytest.param("Ja, kein Problem!", id="ja-kein-problem"),
    pytest.param("Ja, unbedingt!", id="ja-unbedingt"),
]


@pytest.mark.parametrize("text", NO)
def test_a_yes_word_that_opens_a_no_makes_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", YES)
def test_a_yes_word_followed_by_when_or_how_stays_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Klar, nur nicht an dem Tag.", id="klar-nur-nicht"),
        pytest.param("Ja! Und schade, dass Tim nicht kommt.", id="schade-dass-tim"),
        pytest.param("Ja, also, hm, eher schwierig.", id="ja-eher-schwierig"),
        pytest.param("Sure... not sure about the date though", id="sure-not-sure"),
    ],
)
def test_a_yes_word_with_a_negation_after_it_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Thema: "Ja-Sager-Kultur in Social Media"', id="ja-sager-title"),
        pytest.param('Wie wäre es mit einem Vortrag über "Nein sagen lernen"?', id="quoted-nein"),
        pytest.param("Topic idea: the No-Go list for brands", id="no-go-compound"),
    ],
)
def test_a_yes_or_no_word_inside_a_title_or_quotation_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, wie toll! Ich komme natürlich.", id="nein-wie-toll"),
        pytest.param("Nee, klar bin ich dabei!", id="nee-klar"),
        pytest.param("Nein, das verpasse ich nicht! Bin da.", id="nein-verpasse-nicht"),
        pytest.param("No, of course I'll be there!", id="no-of-course"),
    ],
)
def test_a_no_word_of_surprise_before_a_certain_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein. Ich komme nächstes Mal wieder.", id="nein-naechstes-mal"),
        pytest.param("Nein, ich komme nicht, natürlich nicht.", id="nein-natuerlich-nicht"),
        pytest.param("Nein, ich komme.", id="nein-ich-komme"),
    ],
)
def test_a_no_word_without_a_certain_yes_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
