"""The nineteenth fresh batch of the reply corpus is as large, varied and split as stated.

Its voices are ones none of the eighteen earlier batches used (a sheep farm, a bell foundry, a
glassblower, a canoe rental, a paragliding school, a recycling yard, a piano tuner, an auction
house, a cider press, an alteration tailor, a knitting circle, a forestry office, a hunters'
association, a model-aircraft club, a pottery, a bookbinder, a brass band and a kart track;
writers from the Uckermark, the Harz, the Rhön, North Frisia, Carinthia and the Odenwald;
Malagasy, Albanian, Kosovar, Beninese, Togolese, Namibian, Botswanan, Guatemalan, Nicaraguan,
Dominican, Trinidadian, Turkmen, Montenegrin, Bosnian and Tongan members), so the reader is
measured on wording it was never tuned on.
"""

from __future__ import annotations

from collections import Counter

from corpus_check.fresh_batches import CORPUS, FAMILIES, batch, replies, source_text


def test_a_nineteenth_fresh_batch_of_600_mails_covers_every_family_and_language() -> None:
    fresh19 = batch("fresh19")
    assert 600 <= len(fresh19) <= 700
    assert {row["family"] for row in fresh19} == FAMILIES
    assert min(Counter(row["family"] for row in fresh19).values()) >= 22
    languages = Counter(row["language"] for row in fresh19)
    assert languages["de"] >= 0.52 * len(fresh19)
    assert languages["en"] >= 0.28 * len(fresh19)
    assert languages["mixed"] >= 0.13 * len(fresh19)
    held = sum(row["split"] == "heldout" for row in fresh19) / len(fresh19)
    assert 0.27 <= held <= 0.33


def test_the_nineteenth_batch_brings_the_forms_no_earlier_batch_had() -> None:
    # an answer only as a consequence, a counter-question, the member's week as a list, a
    # firm maybe, calques from French and Spanish, an autocorrect slip, German dictation
    # without punctuation, guests counted with the member included, a vote in words, a
    # topic wish as a complaint, an out-of-office note in Portuguese, an attribution in a
    # Malagasy client and a bounce from Microsoft 365 in Spanish
    whole = source_text("fresh19")
    assert "dann sehen wir uns ja am Donnerstag im Severin" in whole
    assert "@@ yes de\nWo soll ich am Donnerstagabend sonst sein?" in whole
    assert "Do frei ab 17 Uhr\nFr Transport\n\nDonnerstag passt also, ich bin dabei." in whole
    assert "@@ maybe de\nIch komme bestimmt vielleicht." in whole
    assert "I will assist to the meeting" in whole and "Count with me!" in whole
    assert "@@ yes de\nIch komme gerbe!" in whole
    assert "hallo zusammen ich komme am donnerstag gerne ich bringe auch" in whole
    assert "@@ yes de g=3\nWir sind dann vier, mich eingeschlossen" in whole
    assert "# votes: 1\nMeine Stimme kriegt das mit dem Mastodon." in whole
    assert "Warum macht ihr nie mal was zu LinkedIn für Handwerksbetriebe?" in whole
    assert "Estou fora do escritório até 3 de fevereiro." in whole
    assert "Tamin'ny Zoma 8 Janoary 2027" in whole
    assert "No se pudo entregar el mensaje a estos destinatarios o grupos:" in whole


def test_no_reply_of_the_nineteenth_batch_repeats_an_earlier_one_word_for_word() -> None:
    sources = sorted((CORPUS / "source").glob("*.txt"))
    fresh19 = replies([path for path in sources if path.name.startswith("fresh19_")])
    earlier = replies([path for path in sources if not path.name.startswith("fresh19_")])
    assert len(earlier) > 13300
    assert not fresh19 & earlier
