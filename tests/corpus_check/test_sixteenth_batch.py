"""The sixteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the fifteen earlier batches used (a mountain rescue team, a
planetarium, hospital clowns, a circus school, a cargo-bike courier collective, a monastery
guesthouse, a deaf theatre group, a municipal pool, a seed library, an escape room, a puppet
theatre, a city archive, an organ builder, a women's football club, a birdwatching society;
writers from the Allgäu, the Eifel, Lusatia, Bremen, Aachen, Nuremberg, Brandenburg and the
Hunsrück; Lithuanian, Georgian, Armenian, Moroccan, Tunisian, Cameroonian, Bangladeshi, Sri
Lankan, Nepali, Mongolian, Peruvian, Cuban, Zimbabwean and Fijian members), so the reader is
measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_a_sixteenth_fresh_batch_of_700_mails_covers_every_family_and_language() -> None:
    fresh16 = batch("fresh16")
    assert 700 <= len(fresh16) <= 800
    assert {row["family"] for row in fresh16} == FAMILIES
    assert min(Counter(row["family"] for row in fresh16).values()) >= 22
    languages = Counter(row["language"] for row in fresh16)
    assert languages["de"] >= 0.52 * len(fresh16)
    assert languages["en"] >= 0.28 * len(fresh16)
    assert languages["mixed"] >= 0.11 * len(fresh16)
    held = sum(row["split"] == "heldout" for row in fresh16) / len(fresh16)
    assert 0.27 <= held <= 0.33


def test_the_sixteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # a checklist, dictation to a car's voice assistant, a date in words, a rhetorical
    # question, two invitations answered at once, a complaint with the answer at the end,
    # a corrected typo, one quoted line answered and a greeting in another language
    whole = source_text("fresh16")
    assert "[x] komme\n[ ] komme nicht" in whole and "☑ dabei" in whole
    assert "Nachricht an Stammtisch: Ich komme am Donnerstag Punkt." in whole
    assert "Am achtundzwanzigsten bin ich da." in whole
    assert "Wie könnte ich bei SEO fehlen?" in whole
    assert "Kletterhalle sage ich ab, zu eurem Stammtisch sage ich zu." in whole
    assert "die Pommes waren kalt" in whole and "Trotzdem: Ich komme am 28." in whole
    assert "Korrektur zu meiner Mail von eben" in whole
    assert "> Bitte sag kurz Bescheid, ob du kommst\n\nJa, mach ich hiermit" in whole
    assert "Gamarjoba! Ich komme gern am 28." in whole


def test_no_reply_of_the_sixteenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh16 = replies([path for path in sources if path.name.startswith("fresh16_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh16_")])
    assert len(earlier) > 11000
    assert not fresh16 & earlier
