"""The eighteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the seventeen earlier batches used (a lifeguard association, a
bouldering hall, a goldsmith, a dog groomer, a public broadcaster's youth channel, a fair-trade
shop, a street-food festival, a mushroom club, a lighting designer, a hospital's IT, a Landtag
member's office, a village festival committee, a barbershop, a riding stable and a sound
engineer; writers from Rheinhessen, the Mosel, Oberlausitz, Altmark, inland East Frisia, the
Bergisches Land, Tyrol and Bern; Moldovan, Kyrgyz, Tajik, Rwandan, Ugandan, Tanzanian,
Ecuadorian, Bolivian, Paraguayan, Haitian, Jordanian, Iraqi, Yemeni, Bhutanese and Papua New
Guinean members), so the reader is measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_an_eighteenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh18 = batch("fresh18")
    assert 700 <= len(fresh18) <= 800
    assert {row["family"] for row in fresh18} == FAMILIES
    assert min(Counter(row["family"] for row in fresh18).values()) >= 24
    languages = Counter(row["language"] for row in fresh18)
    assert languages["de"] >= 0.52 * len(fresh18)
    assert languages["en"] >= 0.28 * len(fresh18)
    assert languages["mixed"] >= 0.11 * len(fresh18)
    held = sum(row["split"] == "heldout" for row in fresh18) / len(fresh18)
    assert 0.27 <= held <= 0.33


def test_the_eighteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # a typo'd negation, the member's calendar pasted above the answer, a yes with a
    # parking question, a table row, machine-translated German, another mail's question
    # answered first, an answer as a time, an image's alt text, unpunctuated dictation in
    # English, a wrong weekday with the right date, "same as last time" and an
    # out-of-office note in Dutch
    whole = source_text("fresh18")
    assert "ich kann am donnerstag leider nicth" in whole and "I cant come this time" in whole
    assert "17:30 Feierabend (hoffentlich)\n\nPasst also, ich komme." in whole
    assert "Ich komme. Gibt es in der Nähe vom Severin Parkplätze" in whole
    assert "| Jana Olbrich | ja | 0 |" in whole
    assert "Ich werde gerne an dem Treffen teilnehmen sein." in whole
    assert "Standmiete: ist überwiesen. Und zum Stammtisch: ich komme." in whole
    assert "@@ yes de\nbin um 19 Uhr da\n" in whole
    assert "[Bild: Daumen hoch]\n\nBin dabei!" in whole
    assert "hi guys yes ill be there thursday looking forward to it see you then" in whole
    assert "Am Mittwoch, den 28., bin ich dabei!" in whole
    assert "@@ none de outcome=review\nWie letztes Mal.\n" in whole
    assert "Ik ben afwezig tot en met 5 februari" in whole


def test_no_reply_of_the_eighteenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh18 = replies([path for path in sources if path.name.startswith("fresh18_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh18_")])
    assert len(earlier) > 12600
    assert not fresh18 & earlier
