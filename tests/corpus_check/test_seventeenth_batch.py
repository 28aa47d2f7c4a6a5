"""The seventeenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the sixteen earlier batches used (a lighthouse museum, a
hackerspace, a midwives' practice, a ski club, a falconry, a chimney sweep, a cheese dairy,
a hop farm, a roller-derby team, a fencing club, a karaoke bar, an ice rink, a perfume maker,
a bridal shop, a think tank, an observatory, a tram museum, a rescue-dog squad, a carnival
float builder, a disability advisory board and a tenants' app start-up; writers from the
Vogtland, the Erzgebirge, Sauerland, Emsland, Lower Bavaria, Graubünden and Kiel; Belarusian,
Kazakh, Uzbek, Burmese, Cambodian, Laotian, Malaysian, Taiwanese, Venezuelan, Uruguayan,
Somali, Afghan and Samoan members), so the reader is measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_a_seventeenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh17 = batch("fresh17")
    assert 700 <= len(fresh17) <= 800
    assert {row["family"] for row in fresh17} == FAMILIES
    assert min(Counter(row["family"] for row in fresh17).values()) >= 22
    languages = Counter(row["language"] for row in fresh17)
    assert languages["de"] >= 0.52 * len(fresh17)
    assert languages["en"] >= 0.28 * len(fresh17)
    assert languages["mixed"] >= 0.11 * len(fresh17)
    held = sum(row["split"] == "heldout" for row in fresh17) / len(fresh17)
    assert 0.27 <= held <= 0.33


def test_the_seventeenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # an answer inside the quoted invitation with initials, a subject answered by "s.o.",
    # thanks for the photos with the answer at the end, a percentage and a scale, a
    # condition about the topic, a waiting-list question, a new job's address, Leichte
    # Sprache, an emoji as signature and a colleague answered for with a topic wish
    whole = source_text("fresh17")
    assert "> mit einem dieser Wörter:\n\n[AK] Ja, komme.\n\n> Offene Themenvorschläge:" in whole
    assert "# subject: Ja, komme!\ns.o.\n" in whole
    assert "Fotos und die Zusammenfassung!" in whole and "Donnerstag: dabei." in whole
    assert "80 % sicher, dass ich komme." in whole and "10/10 dabei!" in whole
    assert "Wenn es um SEO geht, komme ich sowieso." in whole
    assert "Ist noch Platz? Wenn ja, bin ich dabei, ansonsten gern auf die Warteliste." in whole
    assert "von meiner neuen Dienstadresse" in whole
    assert "Meine Antwort in Leichter Sprache:\nIch komme." in whole
    assert "Ich komme!\n🦔\n" in whole
    assert "sage für ihn zu. Außerdem wünscht er sich als Thema" in whole


def test_no_reply_of_the_seventeenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh17 = replies([path for path in sources if path.name.startswith("fresh17_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh17_")])
    assert len(earlier) > 11900
    assert not fresh17 & earlier
