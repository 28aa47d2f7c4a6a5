"""The fifteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the fourteen earlier batches used (a bowling club, a blind and
visually impaired association, a carsharing company, a medical practice network, a cathedral
choir school, a lake surf school, a folk ensemble, a crowdfunding platform, a drone
photographer, a repair café, a prison chaplaincy, a wind farm, a children's hospice, a cemetery
office, a LAN-party crew; Munich, Westphalian, East Frisian, Saarland, Baden and Vorarlberg
writers; Slovenian, Bulgarian, Icelandic, Maltese, Filipino, Thai, Indonesian, Pakistani,
Ethiopian, Lebanese, Chilean, Mexican and Québécois members), so the reader is measured on
wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_a_fifteenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh15 = batch("fresh15")
    assert 700 <= len(fresh15) <= 800
    assert {row["family"] for row in fresh15} == FAMILIES
    assert min(Counter(row["family"] for row in fresh15).values()) >= 22
    languages = Counter(row["language"] for row in fresh15)
    assert languages["de"] >= 0.52 * len(fresh15)
    assert languages["en"] >= 0.28 * len(fresh15)
    assert languages["mixed"] >= 0.11 * len(fresh15)
    held = sum(row["split"] == "heldout" for row in fresh15) / len(fresh15)
    assert 0.27 <= held <= 0.33


def test_the_fifteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # an answer only in a changed subject above a signature, a tablet quoting the invitation
    # without '>' marks, arrival and leaving times, Markdown and bullets, a member quoting
    # their own earlier answer
    whole = source_text("fresh15")
    assert "# subject: Zusage Brömmel\nViele Grüße\n" in whole
    assert "Von meinem iPad gesendet\n\nAm 08.01.2027 um 09:14 schrieb" in whole
    assert "Komme gegen 20 Uhr" in whole and "have to leave at 8" in whole
    assert "**Antwort:** Ja, ich komme." in whole and "\n* Coming: yes\n" in whole
    assert "\n> Ja, bin dabei.\n" in whole


def test_no_reply_of_the_fifteenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh15 = replies([path for path in sources if path.name.startswith("fresh15_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh15_")])
    assert len(earlier) > 9500
    assert not fresh15 & earlier
