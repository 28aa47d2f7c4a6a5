"""Property-based: whatever arrives, reading it never raises, stays within its budget,
and a broken header never stops the body being read. Derandomized, so CI is repeatable."""

from __future__ import annotations

import base64
import re
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mail.analysis import Analysis, analyse
from somek_tui.config import OrganizerSettings
from somek_tui.models import Answer
from somek_tui.services.matching import address_tags, is_own_address

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"
SAMPLES = sorted(p.read_bytes() for p in CORPUS.glob("*.eml"))
KINDS = {"reply", "auto_reply", "bounce", "unreadable"}
MESSAGE_ID = re.compile(r"<[^<>]*>")
# Pieces that have each made a mail reader slow, huge or crash somewhere.
BOMBS = [
    b"<!--", b"<a", b"</a", b"<!x", b"&#", b"<blockquote>", b"<ul><li>", b"=?utf-8?q?x?= ",
    b"=?x-unknown?b?AAAA?= ", b"\r\n\t", b"--", b"\x00", b"\xff\xfe", b"=\r\n", b"a" * 64,
    b"\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n",
    b"\r\n--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n",
    b"Content-Type: text/plain; charset=x-nonsense\r\n",
    b"Content-Transfer-Encoding: base64\r\n\r\n!!!",
]  # fmt: skip

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# for the properties whose every example reads tens of KiB
FEWER = settings(FUZZ, max_examples=25)


def mutate(raw: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    data = bytearray(raw)
    for kind, where, amount in edits:
        at = where % (len(data) + 1)
        if kind == 0 and data:  # flip a bit
            data[at % len(data)] ^= 1 << (amount % 8)
        elif kind == 1:  # cut the rest off
            del data[at:]
        else:  # a bomb, repeated
            data[at:at] = BOMBS[amount % len(BOMBS)] * (1 + amount % 2000)
    return bytes(data)


def well_formed(result: Analysis) -> None:
    assert result.kind in KINDS
    assert MESSAGE_ID.fullmatch(result.message_id)
    assert result.sender == result.sender.lower()
    assert result.kind == "reply" or result.answer is None or result.calendar is not None


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_are_read_without_raising(raw: bytes) -> None:
    well_formed(analyse(raw))


@FUZZ
@given(
    st.sampled_from(SAMPLES),
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 2**20), st.integers(0, 10**6)), max_size=6
    ),
)
def test_mutated_replies_are_read_without_raising_within_a_second(
    raw: bytes, edits: list[tuple[int, int, int]]
) -> None:
    started = time.thread_time()
    result = analyse(mutate(raw, edits))
    assert time.thread_time() - started < 1.0
    well_formed(result)


NAME_PIECES = ["Anna", " ", "\r", "\n", "\r\n", ",", "<", ">", "@", '"', "ä", "\x00", "=?", ";"]


@FUZZ
@given(st.lists(st.sampled_from(NAME_PIECES) | st.text(max_size=4), max_size=12))
def test_any_encoded_display_name_leaves_sender_and_answer_readable(pieces: list[str]) -> None:
    # one encoded word, so line breaks and NULs inside the name stay in it
    encoded = f"=?utf-8?b?{base64.b64encode(''.join(pieces).encode()).decode()}?="
    raw = (
        f"From: {encoded} <anna@example.org>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Einladung\r\n\r\nJa, ich komme.\r\n"
    ).encode()
    result = analyse(raw)
    assert (result.kind, result.sender, result.answer) == (
        "reply",
        "anna@example.org",
        Answer.YES,
    )


def hostile(place: str, bomb: bytes) -> bytes:
    """A reply saying yes first, with ``bomb`` in one place of it."""
    text = bomb.decode("latin-1")
    subject = f"Re: Einladung {text}" if place == "subject" else "Re: Einladung"
    references = f"References: <a@b> {text}\r\n" if place == "references" else ""
    to = f"To: stammtisch@example.org, {text}\r\n" if place == "to" else "To: s@example.org\r\n"
    if place == "html":
        body = f"Content-Type: text/html\r\n\r\n<p>Ja, ich komme.</p>{text}"
    else:
        body = "\r\nJa, ich komme.\r\n\r\n" + (text if place == "plain" else "")
    head = f"From: Anna <anna@example.org>\r\n{to}{references}Subject: {subject}\r\n"
    return (head + body).encode("latin-1", "replace")


@FEWER
@given(
    st.sampled_from(["subject", "references", "to", "html", "plain"]),
    st.sampled_from(BOMBS),
    st.integers(1_000, 8_000),
)
def test_a_bomb_anywhere_neither_hides_the_answer_nor_takes_a_second(
    place: str, bomb: bytes, times: int
) -> None:
    mail = hostile(place, bomb * (times // len(bomb) * 4 or 1))
    analyse(hostile("plain", b""))  # the reader's one-time set-up is not the bomb's
    started = time.thread_time()
    result = analyse(mail)
    assert time.thread_time() - started < 1.0
    assert result.sender == "anna@example.org"
    # the yes is read, or a person is asked (a bomb of text is too long to read): never a guess
    review = result.answer_problem or (result.kind == "unreadable" and result.reason)
    assert result.answer is Answer.YES or (result.answer is None and review)


ORGANIZER = OrganizerSettings(reply_to="stammtisch+{key}@example.org")


@FUZZ
@given(st.from_regex(r"[A-Za-z0-9]{1,24}", fullmatch=True))
def test_a_reply_key_in_a_fuzzed_message_is_found_again(key: str) -> None:
    raw = (
        f"From: anna@example.org\r\nTo: Stammtisch <stammtisch+{key}@example.org>\r\n"
        "Subject: =?utf-8?q?Re=3A_Einladung?=\r\n\r\nJa\r\n"
    ).encode()
    tags = address_tags(analyse(raw), ORGANIZER)
    assert [tag.key.casefold() for tag in tags] == [key.casefold()]


@FEWER
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(0, 2), st.integers(), st.integers(0, 10**6)), max_size=4),
)
def test_matching_reads_any_analysed_message_without_raising(
    raw: bytes, edits: list[tuple[int, int, int]]
) -> None:
    result = analyse(mutate(raw, [(k, abs(w), a) for k, w, a in edits]))
    address_tags(result, ORGANIZER)
    for address in [result.sender, *result.recipients]:
        is_own_address(address, ORGANIZER)
