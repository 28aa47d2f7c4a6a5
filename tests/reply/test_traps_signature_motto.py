"""A club's motto closing the signature under the member's name and club: "Ja! / Karin
Weißflog / Hospizchor Görlitz / Wir singen auch, wenn andere nein sagen." Without a
phone number or an address under the name the block was read as the member's words,
and the motto's "nein sagen" outweighed the "Ja!" above it: the opposite answer. The
club and its motto now close the signature; an afterthought under the name (a P.S., a
sentence of the member's own "I") is still read."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.signature import above_signature
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MOTTO_AGAINST_THE_ANSWER = [
    pytest.param(
        "Ja!\n\nLisa Koch\nHospizchor Görlitz\n\nWir singen auch, wenn andere nein sagen.",
        Answer.YES,
        id="de-ja-nein-sagen",
    ),
    pytest.param(
        "Yes, count me in!\n\nLisa Koch\nRiverside Rowing Club\n\nWe never say no to a challenge.",
        Answer.YES,
        id="en-never-say-no",
    ),
    pytest.param(
        "Bin dabei!\n\nViele Grüße\nLisa\nLauftreff Ost\n\nAbsagen gibt's bei uns nicht!",
        Answer.YES,
        id="de-absagen-gibts-nicht",
    ),
    pytest.param(
        "Sorry, can't make it.\n\nLisa\nFood Bank North\n\nYes we can!",
        Answer.NO,
        id="en-yes-we-can",
    ),
    pytest.param(
        "Leider nicht.\n\nGrüße\nLisa\nTafel Süd\n\nJa zum Leben – gemeinsam dabei!",
        Answer.NO,
        id="de-ja-zum-leben",
    ),
    pytest.param(
        'Yes!\n\nLisa Koch\nCity Choir\n"No one gets left behind."',
        Answer.YES,
        id="en-quoted-under-the-club",
    ),
]


@pytest.mark.parametrize(("text", "answer"), MOTTO_AGAINST_THE_ANSWER)
def test_a_clubs_motto_under_the_signature_does_not_answer(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize(("text", "answer"), MOTTO_AGAINST_THE_ANSWER)
def test_the_motto_is_not_among_the_members_words(text: str, answer: Answer) -> None:
    own = above_signature(text, "Lisa Koch")
    assert read_intent(own).answer is answer
    assert "Lisa" not in own


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, ich komme.\n\nLisa\nChor Nord\n\nPS: Ich bringe Kuchen mit.", id="ps"),
        pytest.param("Ja.\n\nLisa\nChor Nord\n\nIch komme aber erst um acht.", id="de-ich"),
        pytest.param("Yes.\n\nLisa\nCity Choir\n\nBy the way, I'll be late.", id="en-by-the-way"),
        pytest.param("Ja.\n\nLisa\n\nÜbrigens komme ich später.", id="no-club-line"),
    ],
)
def test_an_afterthought_under_the_name_is_kept(text: str) -> None:
    assert above_signature(text, "Lisa Koch") == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Ja!\n\nKarin Weißflog\nHospizchor Görlitz\n\nWir singen auch, wenn andere nein sagen.",
            Answer.YES,
            id="de-family-mailbox",
        ),
        pytest.param(
            "Sorry, can't make it.\n\nMaria Lopez\nFood Bank North\n\nYes we can!",
            Answer.NO,
            id="en-club-mailbox",
        ),
    ],
)
def test_a_motto_signed_with_another_name_than_the_mailboxs_does_not_answer(
    text: str, answer: Answer
) -> None:
    assert analyse(_mail(text)).answer is answer
    assert read_intent(above_signature(text, "Lisa Koch")).answer is answer


def test_a_sentence_under_another_name_is_kept() -> None:
    text = "Ja.\n\nKarin Weißflog\nChor Nord\n\nPS: Ich bringe meinen Mann mit."
    assert above_signature(text, "Lisa Koch") == text


@pytest.mark.parametrize(
    "signed",
    [
        "Karin Weißflog\nHospizchor Görlitz\n\nWir singen auch, wenn andere nein sagen.",
        "Tom Berg\nRiverside Rowing Club\n\nWe never say no to a challenge.",
    ],
)
def test_a_motto_above_the_senders_own_block_without_its_dashes_is_cut(signed: str) -> None:
    # HTML clients (Outlook, GMX, web.de) leave the mailbox's own signature without "-- "
    text = f"Ja!\n\n{signed}\n\nLisa Koch\nTH Köln, Fakultät 03\nhttps://www.example.net/koch"
    assert above_signature(text, "Lisa Koch") == "Ja!"
    assert analyse(_mail(text)).answer is Answer.YES
