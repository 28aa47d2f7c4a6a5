"""An answer-word for someone else: "Yes for me, no for my wife" is the member's yes (the
wife's "no" was read as the member's). "No for me, yes for my husband" stays a no; "No from
my side" is the member's own no."""

from __future__ import annotations

from mail.analysis import analyse
from mail.types import Answer


def _mail(text: str) -> bytes:
    return (
        "From: Sam Reid <sam@members.example>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Stammtisch\r\nMessage-ID: <t-1@members.example>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


def test_yes_for_me_no_for_my_wife_is_a_yes() -> None:
    assert analyse(_mail("Yes for me, no for my wife.")).answer is Answer.YES


def test_a_no_from_the_partner_beside_the_members_coming_is_a_yes() -> None:
    assert analyse(_mail("A no from my wife, but I'm coming.")).answer is Answer.YES


def test_yes_for_me_and_nope_for_our_son_is_a_yes() -> None:
    assert analyse(_mail("Yes for me - nope for our son, he has exams.")).answer is Answer.YES


def test_no_for_me_yes_for_my_husband_is_not_a_yes() -> None:
    assert analyse(_mail("No for me, yes for my husband.")).answer is not Answer.YES


def test_no_from_my_side_is_the_members_no() -> None:
    assert analyse(_mail("No from my side, sorry.")).answer is Answer.NO
