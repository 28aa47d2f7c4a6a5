"""The thirteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the twelve earlier batches used (a public transport company's
social team, a hearing-aid shop, a school parents' council, a chess club, a jazz club, a
mosque community, a Jewish community centre, a cathedral's press office, an airport, a blood
donation service, a district office, a solar installer; Berlin, Saxon, Low German, Viennese,
Tyrolean, Luxembourgish and Alsatian writers; Japanese, Chinese, Nigerian, Singaporean, New
Zealand and US Southern members), so the reader is measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch


def test_a_thirteenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh13 = batch("fresh13")
    assert 700 <= len(fresh13) <= 800
    assert {row["family"] for row in fresh13} == FAMILIES
    assert min(Counter(row["family"] for row in fresh13).values()) >= 22
    languages = Counter(row["language"] for row in fresh13)
    assert languages["de"] >= 0.52 * len(fresh13)
    assert languages["en"] >= 0.28 * len(fresh13)
    assert languages["mixed"] >= 0.11 * len(fresh13)
    held = sum(row["split"] == "heldout" for row in fresh13) / len(fresh13)
    assert 0.27 <= held <= 0.33


def test_the_thirteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # answers written between the quoted invitation's lines, a reply-all quoting another
    # member's answer, corrections and a P.S. in the same mail, sign-ups as a table
    texts = [
        (CORPUS / "source" / path.name).read_text(encoding="utf-8")
        for path in sorted((CORPUS / "source").glob("fresh13_*.txt"))
    ]
    whole = "\n".join(texts)
    assert whole.count("client=raw") - whole.count("outcome=bounce client=raw") >= 5
    assert "Korrektur:" in whole and "Correction:" in whole
    assert "\nPS: " in whole and "\nP.S. " in whole
    assert "| kommt |" in whole
