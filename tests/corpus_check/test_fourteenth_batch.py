"""The fourteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the thirteen earlier batches used (an adult education centre, an
animal shelter, a tenants' association, cycling campaigners, a women's shelter's press office,
a start-up accelerator, a natural cosmetics brand, a machine builder, a local TV station, a
hip-hop crew, a sailing school, a regional bank; Kölsch, Thuringian, Mecklenburg, Upper
Palatinate, South Tyrolean and Liechtenstein writers; Danish, Swedish, Finnish, Czech,
Hungarian, Croatian, Korean, Ghanaian, Kenyan, Jamaican, Welsh and Texan members), so the reader
is measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_a_fourteenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh14 = batch("fresh14")
    assert 700 <= len(fresh14) <= 800
    assert {row["family"] for row in fresh14} == FAMILIES
    assert min(Counter(row["family"] for row in fresh14).values()) >= 22
    languages = Counter(row["language"] for row in fresh14)
    assert languages["de"] >= 0.52 * len(fresh14)
    assert languages["en"] >= 0.28 * len(fresh14)
    assert languages["mixed"] >= 0.11 * len(fresh14)
    held = sum(row["split"] == "heldout" for row in fresh14) / len(fresh14)
    assert 0.27 <= held <= 0.33


def test_the_fourteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # forwarded invitations answered above the forward header, strikethrough corrections,
    # answers split between subject and body, numbered answers to several questions
    whole = source_text("fresh14")
    assert "-----Ursprüngliche Nachricht-----" in whole
    assert "---------- Forwarded message ---------" in whole
    assert whole.count("~~") >= 4
    assert "# subject: Komme\n" in whole and "# subject: Yes from me\n" in whole
    assert "\n1. Ja, ich komme.\n2. " in whole and "\n1) No, I can't come.\n2) " in whole


def test_no_reply_of_the_fourteenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh14 = replies([path for path in sources if path.name.startswith("fresh14_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh14_")])
    assert len(earlier) > 9000
    assert not fresh14 & earlier
