"""Reading address headers quickly must give exactly what ``getaddresses`` gives."""

from __future__ import annotations

import random
from email.utils import getaddresses

import pytest

from mail.addresses import _plain_pairs, parse_addresses

ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
SPECIALS = ' .@<>,;:"()[]\\\t\r\n'
WORD_CHARS = "abcXYZ019äöüßÄ日本_-'"
GAPS = ["", " ", "  ", "\t"]
NAME_CHARS = "abcXYZ019äöüßÄéçñ日本_-' .\t\u00a0–"

TRICKY = [
    "",
    " ",
    "a@b",
    " a@b ",
    "member1@example.org",
    "stammtisch+k0001@example.org",
    "A@B.ORG",
    "Anna <a@b.c>",
    "Anna<a@b.c>",
    "Anna Becker <a@b.c>",
    "Anna  Becker <a@b.c>",
    "  Anna   Becker   <a@b.c>  ",
    "anna\t<a@b.c>",
    "Anna\u00a0<a@b.c>",
    "Anna\u00a0Becker <a@b.c>",
    "Jürgen Müller <j@x.de>",
    "日本 <j@x.jp>",
    "O'Neil <o@x.ie>",
    "Müller–Lüdenscheidt <m@x.de>",
    "_ <a@b>",
    "- <a@b>",
    "1 <a@b>",
    "Dr. Anna <a@b.c>",
    '"Becker, Anna" <a@b.c>',
    "Becker, Anna <a@b.c>",
    "a@b.c (Anna)",
    "a@b.c, d@e.f",
    "a@b.c,d@e.f",
    "Anna <a@b>,Bert <b@c>",
    ", a@b",
    "a@b,",
    "a@b,,c@d",
    "undisclosed-recipients:;",
    "<a@b.c>",
    "Anna <a@b.c",
    "a@",
    "@b",
    "a..b@c.d",
    "a.@b.c",
    ".a@b.c",
    "a@b..c",
    "a@b.c.",
    "a@[1.2.3.4]",
    "a@b\r\n c@d",
]


def _same(value: str) -> None:
    try:
        want: list[tuple[str, str]] | type[Exception] = getaddresses([value])
    except Exception as exc:
        want = type(exc)
    try:
        got: list[tuple[str, str]] | type[Exception] = parse_addresses([value])
    except Exception as exc:
        got = type(exc)
    assert got == want, value


def _random_value(rng: random.Random) -> str:
    def atom() -> str:
        return "".join(rng.choice(ATEXT) for _ in range(rng.randrange(1, 6)))

    def addr() -> str:
        local = ".".join(atom() for _ in range(rng.randrange(1, 3)))
        chars = ATEXT if rng.random() < 0.2 else "abcXYZ019-"
        labels = ("".join(rng.choice(chars) for _ in range(rng.randrange(1, 6))) for _ in "ab")
        return f"{local}@{'.'.join(labels)}"

    def word() -> str:
        return "".join(rng.choice(WORD_CHARS) for _ in range(rng.randrange(1, 7)))

    def mailbox() -> str:
        if rng.random() < 0.4:
            return addr()
        if rng.random() < 0.5:  # plain words, the quick way's own ground
            name = " ".join(word() for _ in range(rng.randrange(1, 4)))
        else:
            name = "".join(rng.choice(NAME_CHARS) for _ in range(rng.randrange(1, 12)))
        return f"{name}{rng.choice(GAPS)}<{addr()}>"

    value = rng.choice([", ", ",", " , "]).join(mailbox() for _ in range(rng.randrange(1, 4)))
    if rng.random() < 0.2:
        chars = list(value)
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(SPECIALS))
        value = "".join(chars)
    return value


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_values_read_as_getaddresses_reads_them(value: str) -> None:
    _same(value)


def test_random_values_read_as_getaddresses_reads_them() -> None:
    rng = random.Random(20261126)
    for _ in range(20_000):
        _same(_random_value(rng))


def test_several_values_come_out_in_order() -> None:
    values = ["Anna <a@b.c>", '"Becker, Bert" <b@c.d>', "c@d.e, Dora <d@e.f>"]
    assert parse_addresses(values) == getaddresses(values)


@pytest.mark.parametrize(
    "value", ["a@b.c", "Anna Becker <a@b.c>", "Jürgen <j@x.de>, a@b.c", "anna\t<a@b.c>"]
)
def test_plain_values_take_the_quick_way(value: str) -> None:
    assert _plain_pairs(value) == getaddresses([value])


@pytest.mark.parametrize("value", ['"Becker, Anna" <a@b.c>', "a@b.c (Anna)", "Dr. Anna <a@b.c>"])
def test_quoted_commented_or_dotted_values_go_to_the_stdlib(value: str) -> None:
    assert _plain_pairs(value) is None
