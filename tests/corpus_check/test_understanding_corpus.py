"""The reply-understanding corpus is well-formed: parses, is labelled, is split as stated.

Accuracy is not checked here; that is ``bench/understanding.py``'s job.
"""

from __future__ import annotations

import email
import email.policy
import functools
import importlib.util
import json
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "understanding"
SPLITS = ("tuning", "heldout")
FAMILIES = {
    "short_answers", "wishes", "yes_word_no", "negation", "guests", "someone_else",
    "replied_to", "unsubscribe", "out_of_office", "bounces", "calendar_text", "topics",
    "votes", "words_end", "everyday", "mixed_language",
}  # fmt: skip
KEYS = {
    "file", "split", "family", "source", "key", "language", "client", "answer", "guests", "topics",
    "votes", "outcome", "replied_to", "sender", "unsubscribe_address", "calendar", "severe_if",
}  # fmt: skip
OUTCOMES = {
    "answer", "topic", "answer+topic", "auto_reply", "bounce", "unsubscribe", "review",
    "duplicate",
}  # fmt: skip
REPLIED_TO = {
    "invitation", "reminder", "thanks", "report", "acknowledgement", "contribution_request",
    "none",
}  # fmt: skip
OPEN_TOPICS = {"Mastodon für Vereine", "Barrierefreie Posts", "KI-Bilder kennzeichnen"}


def labels(split: str) -> list[dict[str, Any]]:
    lines = (CORPUS / split / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


ALL = [row for split in SPLITS for row in labels(split)]


def parse(row: dict[str, Any]) -> EmailMessage:
    return _parse(row["split"], row["file"])


@functools.cache
def _parse(split: str, name: str) -> EmailMessage:
    raw = (CORPUS / split / name).read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_the_corpus_has_at_least_600_mails_in_every_family() -> None:
    assert len(ALL) >= 600
    assert {row["family"] for row in ALL} == FAMILIES
    assert {row["language"] for row in ALL} >= {"de", "en", "mixed"}


def test_every_eml_has_one_label_and_every_label_one_eml() -> None:
    for split in SPLITS:
        files = sorted(path.name for path in (CORPUS / split).glob("*.eml"))
        assert files == sorted(row["file"] for row in labels(split))


def check_parses_with_a_readable_body(row: dict[str, Any]) -> None:
    msg = parse(row)
    assert not msg.defects, msg.defects
    assert msg["Message-ID"] and msg["From"] and msg["To"] and msg["Date"]
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None
    text = body.get_content()
    # a wrong charset would turn umlauts and emoji into replacement marks
    assert "\ufffd" not in text


def check_label_is_complete_and_consistent(row: dict[str, Any]) -> None:
    assert set(row) == KEYS
    assert row["answer"] in {"yes", "no", "maybe", "none"}
    assert row["outcome"] in OUTCOMES
    assert row["replied_to"] in REPLIED_TO
    assert isinstance(row["guests"], int) and 0 <= row["guests"] <= 10
    assert set(row["severe_if"]) <= {"yes", "no", "maybe"}
    assert row["answer"] not in row["severe_if"]
    assert set(row["votes"]) <= OPEN_TOPICS
    assert all(title.strip() == title and title for title in row["topics"])
    if row["outcome"] in ("auto_reply", "bounce") or row["sender"] == "other":
        assert row["answer"] == "none"
        assert set(row["severe_if"]) == {"yes", "no", "maybe"}


def check_addresses_and_ids_are_placeholders(row: dict[str, Any]) -> None:
    msg = parse(row)
    if row["outcome"] == "bounce":
        assert "%%MEMBER%%" in str(msg) and "%%PARENT_ID%%" in str(msg)
        return
    if row["sender"] == "member":
        assert "<%%MEMBER%%>" in str(msg["From"])
    else:
        assert "%%MEMBER%%" not in str(msg["From"])
    if row["replied_to"] == "none":
        # a new mail, to the address the member knows
        assert str(msg["To"]) == "Stammtisch <stammtisch@example.org>"
        assert msg["In-Reply-To"] is None
    else:
        expected_to = "%%UNSUB%%" if row["unsubscribe_address"] else "%%REPLY_TO%%"
        assert str(msg["To"]) == expected_to
        # some out-of-office notices leave In-Reply-To out, as Exchange and GMX do
        if row["outcome"] != "auto_reply" or msg["In-Reply-To"] is not None:
            assert str(msg["In-Reply-To"]) == "%%PARENT_ID%%"
    if row["calendar"]:
        calendar = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
        assert "UID:%%UID%%" in calendar.get_content()
        assert f"PARTSTAT={row['calendar']}" in calendar.get_content()


def failing(check: Any) -> list[str]:
    """The mails a check fails on, each with its assertion, so one run names them all."""
    found = []
    for row in ALL:
        try:
            check(row)
        except (AssertionError, StopIteration, KeyError) as problem:
            found.append(f"{row['split']}/{row['file']}: {type(problem).__name__} {problem}")
    return found


def test_every_mail_parses_with_a_readable_body() -> None:
    assert failing(check_parses_with_a_readable_body) == []


def test_every_label_is_complete_and_consistent() -> None:
    assert failing(check_label_is_complete_and_consistent) == []


def test_addresses_and_ids_are_placeholders_for_the_bench() -> None:
    assert failing(check_addresses_and_ids_are_placeholders) == []


def test_message_ids_are_unique() -> None:
    ids = Counter(str(parse(row)["Message-ID"]) for row in ALL)
    assert [mid for mid, n in ids.items() if n > 1] == []


def test_about_30_percent_of_each_family_is_held_out() -> None:
    share = sum(row["split"] == "heldout" for row in ALL) / len(ALL)
    assert 0.28 <= share <= 0.32
    for family in FAMILIES:
        rows = [row for row in ALL if row["family"] == family]
        held = sum(row["split"] == "heldout" for row in rows)
        assert held == round(len(rows) * 0.3), family


def test_every_mail_keeps_the_split_recorded_in_the_lock() -> None:
    lines = (CORPUS / "split.lock").read_text(encoding="utf-8").splitlines()
    locked = dict(line.split() for line in lines)
    assert {row["key"]: row["split"] for row in ALL} == locked


def test_a_fresh_batch_of_600_mails_covers_every_family_in_german_english_and_mixed() -> None:
    # written later, by someone who had not read the reading code: the honest yardstick
    fresh = [row for row in ALL if row["source"].startswith("source/fresh_")]
    assert len(fresh) >= 600
    assert {row["family"] for row in fresh} == FAMILIES
    languages = Counter(row["language"] for row in fresh)
    assert languages["de"] >= 0.5 * len(fresh)
    assert languages["en"] >= 0.25 * len(fresh)
    assert languages["mixed"] >= 0.1 * len(fresh)
    held = sum(row["split"] == "heldout" for row in fresh) / len(fresh)
    assert 0.27 <= held <= 0.33


def test_a_second_fresh_batch_of_300_mails_covers_every_family_and_language() -> None:
    # a second batch of new voices, so tuning on the first cannot learn its sentences
    fresh2 = [row for row in ALL if row["source"].startswith("source/fresh2_")]
    assert len(fresh2) >= 300
    assert {row["family"] for row in fresh2} == FAMILIES
    languages = Counter(row["language"] for row in fresh2)
    assert languages["de"] >= 0.5 * len(fresh2)
    assert languages["en"] >= 0.25 * len(fresh2)
    assert languages["mixed"] >= 0.1 * len(fresh2)
    held = sum(row["split"] == "heldout" for row in fresh2) / len(fresh2)
    assert 0.27 <= held <= 0.33


def test_a_third_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # more strangers' voices: tuning on two batches must still be measured on words never seen
    fresh3 = [row for row in ALL if row["source"].startswith("source/fresh3_")]
    assert len(fresh3) >= 500
    assert {row["family"] for row in fresh3} == FAMILIES
    assert min(Counter(row["family"] for row in fresh3).values()) >= 15
    languages = Counter(row["language"] for row in fresh3)
    assert languages["de"] >= 0.5 * len(fresh3)
    assert languages["en"] >= 0.25 * len(fresh3)
    assert languages["mixed"] >= 0.1 * len(fresh3)
    held = sum(row["split"] == "heldout" for row in fresh3) / len(fresh3)
    assert 0.27 <= held <= 0.33


def test_a_fourth_fresh_batch_of_400_mails_covers_every_family_and_language() -> None:
    # other people again (other trades, ages, regions and mail habits): a fresh measure
    fresh4 = [row for row in ALL if row["source"].startswith("source/fresh4_")]
    assert len(fresh4) >= 400
    assert {row["family"] for row in fresh4} == FAMILIES
    assert min(Counter(row["family"] for row in fresh4).values()) >= 15
    languages = Counter(row["language"] for row in fresh4)
    assert languages["de"] >= 0.5 * len(fresh4)
    assert languages["en"] >= 0.25 * len(fresh4)
    assert languages["mixed"] >= 0.1 * len(fresh4)
    held = sum(row["split"] == "heldout" for row in fresh4) / len(fresh4)
    assert 0.27 <= held <= 0.33


def test_a_fifth_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # still other voices (clubs, town halls, wards, schools, founders, photographers), so a
    # reader tuned on four batches is measured on sentences it has never seen
    fresh5 = [row for row in ALL if row["source"].startswith("source/fresh5_")]
    assert len(fresh5) >= 500
    assert {row["family"] for row in fresh5} == FAMILIES
    assert min(Counter(row["family"] for row in fresh5).values()) >= 20
    languages = Counter(row["language"] for row in fresh5)
    assert languages["de"] >= 0.5 * len(fresh5)
    assert languages["en"] >= 0.25 * len(fresh5)
    assert languages["mixed"] >= 0.1 * len(fresh5)
    held = sum(row["split"] == "heldout" for row in fresh5) / len(fresh5)
    assert 0.27 <= held <= 0.33


def test_a_sixth_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # new voices again (museums, fan clubs, vet practices, parishes, student councils,
    # breweries, clinics, newsrooms, MPs' offices), so five batches of tuning meet new words
    fresh6 = [row for row in ALL if row["source"].startswith("source/fresh6_")]
    assert len(fresh6) >= 500
    assert {row["family"] for row in fresh6} == FAMILIES
    assert min(Counter(row["family"] for row in fresh6).values()) >= 20
    languages = Counter(row["language"] for row in fresh6)
    assert languages["de"] >= 0.5 * len(fresh6)
    assert languages["en"] >= 0.25 * len(fresh6)
    assert languages["mixed"] >= 0.1 * len(fresh6)
    held = sum(row["split"] == "heldout" for row in fresh6) / len(fresh6)
    assert 0.27 <= held <= 0.33


def test_a_seventh_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # voices none of the six batches used (a zoo, a theatre, fire brigade volunteers, a bakery
    # chain, a tax adviser, hospital HR, a carnival society, a union, members writing German
    # as a second language), so the reader is measured on wording it was never tuned on
    fresh7 = [row for row in ALL if row["source"].startswith("source/fresh7_")]
    assert len(fresh7) >= 500
    assert {row["family"] for row in fresh7} == FAMILIES
    assert min(Counter(row["family"] for row in fresh7).values()) >= 20
    languages = Counter(row["language"] for row in fresh7)
    assert languages["de"] >= 0.5 * len(fresh7)
    assert languages["en"] >= 0.25 * len(fresh7)
    assert languages["mixed"] >= 0.1 * len(fresh7)
    held = sum(row["split"] == "heldout" for row in fresh7) / len(fresh7)
    assert 0.27 <= held <= 0.33


def test_an_eighth_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # voices none of the seven batches used (a dental practice, an estate agent, an
    # architecture firm, a cycling club, a local radio station, a university's social-media
    # office, a vegan restaurant, Swiss, Bavarian and Hamburg writers, dictated mails)
    fresh8 = [row for row in ALL if row["source"].startswith("source/fresh8_")]
    assert len(fresh8) >= 500
    assert {row["family"] for row in fresh8} == FAMILIES
    assert min(Counter(row["family"] for row in fresh8).values()) >= 20
    languages = Counter(row["language"] for row in fresh8)
    assert languages["de"] >= 0.5 * len(fresh8)
    assert languages["en"] >= 0.25 * len(fresh8)
    assert languages["mixed"] >= 0.1 * len(fresh8)
    held = sum(row["split"] == "heldout" for row in fresh8) / len(fresh8)
    assert 0.27 <= held <= 0.33


def test_a_ninth_fresh_batch_of_500_mails_covers_every_family_and_language() -> None:
    # voices none of the eight batches used (a craft brewery, a physiotherapy practice, an
    # insurance broker, a children's charity, a trade-fair company, a party's local office, a
    # gym, a wedding photographer, a start-up founder, a hospital's press office; Kölsch,
    # Berlin, Saxon and Austrian writers; Ukrainian, Turkish, Italian, Portuguese and British
    # members), so the reader is measured on wording it was never tuned on
    fresh9 = [row for row in ALL if row["source"].startswith("source/fresh9_")]
    assert len(fresh9) >= 500
    assert {row["family"] for row in fresh9} == FAMILIES
    assert min(Counter(row["family"] for row in fresh9).values()) >= 20
    languages = Counter(row["language"] for row in fresh9)
    assert languages["de"] >= 0.5 * len(fresh9)
    assert languages["en"] >= 0.25 * len(fresh9)
    assert languages["mixed"] >= 0.1 * len(fresh9)
    held = sum(row["split"] == "heldout" for row in fresh9) / len(fresh9)
    assert 0.27 <= held <= 0.33


def test_a_tenth_fresh_batch_of_750_mails_covers_every_family_and_language() -> None:
    # voices none of the nine batches used (a law firm, a bike shop, a climbing gym, a music
    # school, a Kita, a hotel, a referee, a nursing home, a publisher, a cinema; Hessian,
    # Swabian, Swiss and Viennese writers; Arabic, Russian, Greek, Indian, Irish, Australian
    # and Polish members; dictation, chat over several lines, answers in the subject only)
    fresh10 = [row for row in ALL if row["source"].startswith("source/fresh10_")]
    assert 750 <= len(fresh10) <= 850
    assert {row["family"] for row in fresh10} == FAMILIES
    assert min(Counter(row["family"] for row in fresh10).values()) >= 22
    languages = Counter(row["language"] for row in fresh10)
    assert languages["de"] >= 0.52 * len(fresh10)
    assert languages["en"] >= 0.28 * len(fresh10)
    assert languages["mixed"] >= 0.11 * len(fresh10)
    held = sum(row["split"] == "heldout" for row in fresh10) / len(fresh10)
    assert 0.27 <= held <= 0.33


def test_an_eleventh_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    # voices none of the ten batches used (a shipping company, a kiosk, a driving school, a
    # wine shop, a hairdresser, a tattoo studio, scouts, a game studio, a pharmacy, a
    # translation agency, a Bundestag office, a YouTube chef, a DJ; Berlin, Saxon, Low German
    # and Austrian writers; Turkish, Spanish, Ukrainian, Nigerian, Chinese, Scottish and US
    # members; Outlook headers in Turkish, Italian, Spanish, Dutch and Portuguese)
    fresh11 = [row for row in ALL if row["source"].startswith("source/fresh11_")]
    assert 700 <= len(fresh11) <= 800
    assert {row["family"] for row in fresh11} == FAMILIES
    assert min(Counter(row["family"] for row in fresh11).values()) >= 22
    languages = Counter(row["language"] for row in fresh11)
    assert languages["de"] >= 0.52 * len(fresh11)
    assert languages["en"] >= 0.28 * len(fresh11)
    assert languages["mixed"] >= 0.11 * len(fresh11)
    held = sum(row["split"] == "heldout" for row in fresh11) / len(fresh11)
    assert 0.27 <= held <= 0.33


def test_a_twelfth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    # voices none of the eleven batches used (a funeral home, a hospice, a Rhine ferry, a police
    # press office, an esports team; Palatinate writers; Romanian, Iranian, South African members)
    fresh12 = [row for row in ALL if row["source"].startswith("source/fresh12_")]
    assert 700 <= len(fresh12) <= 800
    assert {row["family"] for row in fresh12} == FAMILIES
    assert min(Counter(row["family"] for row in fresh12).values()) >= 22
    languages = Counter(row["language"] for row in fresh12)
    assert languages["de"] >= 0.52 * len(fresh12)
    assert languages["en"] >= 0.28 * len(fresh12)
    assert languages["mixed"] >= 0.11 * len(fresh12)
    held = sum(row["split"] == "heldout" for row in fresh12) / len(fresh12)
    assert 0.27 <= held <= 0.33


def _generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # its dataclasses look their module up by name while they are built
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_committed_mails_are_what_the_generator_makes_of_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _generator(monkeypatch).main(["--out", str(tmp_path)]) == 0
    for split in SPLITS:
        made = {p.name: p.read_bytes() for p in (tmp_path / split).iterdir()}
        kept = {p.name: p.read_bytes() for p in (CORPUS / split).iterdir()}
        assert made.keys() == kept.keys()
        assert [name for name in made if made[name] != kept[name]] == []


def test_a_later_batch_joins_its_family_moves_no_mail_and_is_held_out_at_the_share(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    generator = _generator(monkeypatch)
    locked = dict(
        line.split() for line in (CORPUS / "split.lock").read_text(encoding="utf-8").splitlines()
    )
    entries = [
        entry
        for path in sorted((CORPUS / "source").glob("*.txt"))
        for entry in generator.parse_source(path)
    ]
    batch = tmp_path / "fresh_guests.txt"
    batch.write_text("".join(f"@@ yes de g={n}\nWir kommen zu {n + 1}.\n\n" for n in range(20)))
    later = generator.parse_source(batch)

    heldout = generator.assign_splits(entries + later, keep=False)

    assert {e.family for e in later} == {"guests"}
    assert not {e.key for e in later} & set(locked)
    assert {key for key, split in locked.items() if split == "heldout"} <= heldout
    assert not {key for key, split in locked.items() if split == "tuning"} & heldout
    guests = [e for e in entries + later if e.family == "guests"]
    assert sum(e.key in heldout for e in guests) == round(len(guests) * 0.3)
    assert 5 <= sum(e.key in heldout for e in later) <= 7
