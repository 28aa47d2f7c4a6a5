"""Wrap the hand-written member texts in ``source/`` into real client mails.

Each entry of ``source/*.txt`` is one member's reply, written by hand; this
script only dresses it the way a mail client would (MIME structure, charset,
transfer encoding, attribution line, quoted original, signature) and writes
``tuning/`` and ``heldout/`` with one ``.eml`` per entry and a
``labels.jsonl`` per split. Run it again after editing ``source/``; the output
is the same for the same input (fixed seed), and both are committed.

The addresses and ids a real reply carries are left as placeholders, filled
in by whoever places the mail into an inbox (see ``bench/understanding.py``):

    %%MEMBER%%     the member's address (From)
    %%REPLY_TO%%   the address the answered mail asked replies to go to (To)
    %%PARENT_ID%%  the Message-ID of the answered mail (In-Reply-To, References)
    %%UID%%        the calendar UID of the event (iMIP replies)
    %%UNSUB%%      the List-Unsubscribe mailto address of the answered mail

Entry format (``source/<family>.txt``, or ``source/fresh_<family>.txt``,
``source/fresh2_<family>.txt``, ``source/fresh3_<family>.txt``,
``source/fresh4_<family>.txt``, ``source/fresh5_<family>.txt``,
``source/fresh6_<family>.txt``, ``source/fresh7_<family>.txt``,
``source/fresh8_<family>.txt``, ``source/fresh9_<family>.txt``,
``source/fresh10_<family>.txt``, ``source/fresh11_<family>.txt``,
``source/fresh12_<family>.txt``, ``source/fresh13_<family>.txt``,
``source/fresh14_<family>.txt``, ``source/fresh15_<family>.txt``,
``source/fresh16_<family>.txt``, ``source/fresh17_<family>.txt``,
``source/fresh18_<family>.txt`` and ``source/fresh19_<family>.txt`` for the
batches written later by people who had not read the reading code; their
entries belong to the same family)::

    @@ ANSWER LANG [key=value ...]
    # topics: Title one | Title two
    # votes: 2 | 3
    # subject: Re: something else
    the member's own words ...

ANSWER is yes/no/maybe/none, LANG de/en/mixed. Keys: ``g`` (guests),
``to`` (which mail is answered), ``client`` (force one), ``outcome``,
``from`` (a sender other than the member), ``cal`` (an iMIP PARTSTAT),
``severe`` (answers that would be severe, comma separated), ``unsub``
(the mail goes to the List-Unsubscribe address). A line ending in ``~`` is
one sentence broken by the client: a soft break in format=flowed, a hard one
elsewhere.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import quopri
import random
import sys
from dataclasses import dataclass, field
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
SEED = 11
LOCK = HERE / "split.lock"
HELDOUT_SHARE = 0.3

ANSWERS = ("yes", "no", "maybe", "none")
LANGS = ("de", "en", "mixed", "fr")
KINDS = (
    "invitation",
    "reminder",
    "thanks",
    "report",
    "acknowledgement",
    "contribution_request",
    "none",
)
OUTCOMES = (
    "answer",
    "topic",
    "answer+topic",
    "auto_reply",
    "bounce",
    "unsubscribe",
    "review",
    "duplicate",
)
# the open topics the invitation lists, numbered as the bench creates them
OPEN_TOPICS = ("Mastodon für Vereine", "Barrierefreie Posts", "KI-Bilder kennzeichnen")


@dataclass
class Entry:
    family: str
    answer: str
    lang: str
    text: str
    line: int
    opts: dict[str, str] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    votes: list[str] = field(default_factory=list)
    subject: str | None = None
    attribution: str | None = None
    key: str = ""  # stable across edits elsewhere: names the file, keeps the split
    stem: str = ""  # the source file the entry comes from, ``fresh_guests`` for ``guests``


def parse_source(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            current.text = "\n".join(body).strip("\n")
            entries.append(current)

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("@@ "):
            close()
            body = []
            head = line[3:].split()
            answer, lang, rest = head[0], head[1], head[2:]
            if answer not in ANSWERS or lang not in LANGS:
                raise SystemExit(f"{path.name}:{number}: bad head {line!r}")
            opts = dict(item.split("=", 1) for item in rest)
            family = (
                path.stem.removeprefix("fresh19_")
                .removeprefix("fresh18_")
                .removeprefix("fresh17_")
                .removeprefix("fresh16_")
                .removeprefix("fresh15_")
                .removeprefix("fresh14_")
                .removeprefix("fresh13_")
                .removeprefix("fresh12_")
                .removeprefix("fresh11_")
                .removeprefix("fresh10_")
                .removeprefix("fresh9_")
                .removeprefix("fresh8_")
                .removeprefix("fresh7_")
                .removeprefix("fresh6_")
                .removeprefix("fresh5_")
                .removeprefix("fresh4_")
                .removeprefix("fresh3_")
                .removeprefix("fresh2_")
                .removeprefix("fresh_")
            )
            current = Entry(family, answer, lang, "", number, opts, stem=path.stem)
        elif current is not None and not body and line.startswith("# ") and ":" in line:
            key, _, value = line[2:].partition(":")
            values = [v.strip() for v in value.split("|") if v.strip()]
            if key == "topics":
                current.topics = values
            elif key == "votes":
                current.votes = [OPEN_TOPICS[int(v) - 1] if v.isdigit() else v for v in values]
            elif key == "subject":
                current.subject = value.strip()
            elif key == "attribution":
                current.attribution = value.strip().replace("\\n", "\n")
            else:
                raise SystemExit(f"{path.name}:{number}: unknown key {key!r}")
        elif current is not None:
            body.append(line)
    close()
    seen: dict[str, int] = {}
    for entry in entries:
        digest = hashlib.sha1(f"{entry.stem}\n{entry.text}".encode()).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
        entry.key = f"{entry.stem}-{digest}{suffix}"
    return entries


def assign_splits(entries: list[Entry], *, keep: bool) -> set[str]:
    """The keys of the held-out entries: 30 % of each family, never moved once chosen.

    ``split.lock`` keeps every choice made so far. A new entry is held out
    while its family is below its share, in the order of a seeded shuffle, so
    adding mails never moves one that was already looked at into held-out.
    A family's share counts all its source files, so a later batch of the
    same family is held out at the same rate.
    """
    locked: dict[str, str] = {}
    if LOCK.exists():
        for line in LOCK.read_text(encoding="utf-8").splitlines():
            key, split = line.split()
            locked[key] = split
    by_family: dict[str, list[Entry]] = {}
    for entry in entries:
        by_family.setdefault(entry.family, []).append(entry)
    heldout: set[str] = set()
    for family in sorted(by_family):
        members = by_family[family]
        held = sum(locked.get(e.key) == "heldout" for e in members)
        fresh = [e for e in members if e.key not in locked]
        random.Random(f"{SEED}-{family}").shuffle(fresh)
        for entry in fresh:
            share = round(len(members) * HELDOUT_SHARE)
            locked[entry.key] = "heldout" if held < share else "tuning"
            held += locked[entry.key] == "heldout"
        heldout.update(e.key for e in members if locked[e.key] == "heldout")
    live = {e.key for e in entries}
    if not keep:
        return heldout
    LOCK.write_text(
        "".join(f"{key} {split}\n" for key, split in sorted(locked.items()) if key in live),
        encoding="utf-8",
    )
    return heldout


# --------------------------------------------------------------------------- people

FIRST = [
    "Anna",
    "Jörg",
    "Emily",
    "Mehmet",
    "Sabine",
    "Thomas",
    "Claudia",
    "Dirk",
    "Petra",
    "Kevin",
    "Nadine",
    "Uwe",
    "Julia",
    "Stefan",
    "Birgit",
    "Marco",
    "Lena",
    "Frank",
    "Aylin",
    "Heinz",
    "Katrin",
    "Oliver",
    "Monika",
    "Tim",
    "Svenja",
    "Ralf",
    "Fatma",
    "Jan",
    "Sarah",
    "Wolfgang",
    "Chiara",
    "Björn",
    "Ute",
    "Lukas",
    "Elif",
    "Matthias",
    "Gabi",
    "Tobias",
    "Hannah",
    "Norbert",
    "Yvonne",
    "Sven",
    "Laura",
    "Achim",
    "Doris",
    "Pascal",
    "Mia",
    "Rainer",
    "Sophie",
    "Detlef",
    "Kai",
    "Ines",
    "Olaf",
    "Tanja",
    "Georg",
    "Lisa",
    "James",
    "Priya",
    "Liam",
    "Sophie",
    "Noah",
    "Grace",
    "Daniel",
    "Chloe",
    "Ahmed",
    "Olivia",
]
LAST = [
    "Schmitz",
    "Müller",
    "Weiß",
    "Yılmaz",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weber",
    "Jansen",
    "Kuhn",
    "Clarke",
    "Patel",
    "O'Brien",
    "Nguyen",
    "Smith",
    "Kowalski",
    "Rossi",
]
FIRMS = (
    "Agentur Rheinblick GmbH",
    "Stadtbibliothek Köln",
    "Caritas Köln e.V.",
    "Kommunikation & Design Meyer",
    "TH Köln, Fakultät 03",
    "Hoffmann PR",
    "Brauhaus Digital UG",
    "",
)

ORGANIZER = "Stammtisch <stammtisch@example.org>"
EVENT_TITLE = "SEO und Erfolgsmessung"


@dataclass
class Person:
    first: str
    last: str
    firm: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


# --------------------------------------------------------------------------- what was answered

QUOTED = {
    ("de", "invitation"): """Hallo {first},

du bist herzlich eingeladen zum nächsten Abend:

SEO und Erfolgsmessung
Donnerstag, 28. Januar 2027, 19:00–22:00 Uhr
Gaststätte Severin, Severinstraße 1, 50678 Köln

Diesmal ist es ein Themenabend: Wir sitzen zusammen und tauschen uns aus.

Bitte sag kurz Bescheid, ob du kommst – antworte einfach auf diese Mail
mit einem dieser Wörter:

  Ja               du kommst
  Nein             du kommst nicht
  Vielleicht       du weißt es noch nicht
  Ja +1            du kommst und bringst einen Gast mit
  Thema: …         du schlägst ein Thema für einen Themenabend vor
  +1 für Thema 1   du stimmst für einen der Vorschläge unten

Offene Themenvorschläge:
  1. Mastodon für Vereine
  2. Barrierefreie Posts
  3. KI-Bilder kennzeichnen

Hast du es dir anders überlegt? Antworte einfach noch einmal.

Viele Grüße
#SoMe Stammtisch Köln""",
    ("en", "invitation"): """Hi {first},

you're warmly invited to our next evening:

SEO und Erfolgsmessung
Thursday, 28 January 2027, 19:00–22:00
Gaststätte Severin, Severinstraße 1, 50678 Köln

This time it's a theme evening: we sit together and swap notes.

Please let us know whether you're coming – just reply to this e-mail with
one of these words:

  Yes              you're coming
  No               you can't make it
  Maybe            you don't know yet
  Yes +1           you're coming and bringing a guest
  Topic: …         you suggest a topic for a theme evening
  +1 for topic 1   you vote for one of the suggestions below

Open topic suggestions:
  1. Mastodon für Vereine
  2. Barrierefreie Posts
  3. KI-Bilder kennzeichnen

Changed your mind? Just reply again.

Best wishes
#SoMe Stammtisch Köln""",
    ("de", "reminder"): """Hallo {first},

kurze Erinnerung: bald ist es so weit.

SEO und Erfolgsmessung
Donnerstag, 28. Januar 2027, 19:00–22:00 Uhr
Gaststätte Severin, Severinstraße 1, 50678 Köln

Deine Antwort: Ja.

Falls du doch nicht kannst, antworte bitte mit "Nein" – dann rückt jemand
von der Warteliste nach. Deine neue Antwort ersetzt die alte.

Viele Grüße
#SoMe Stammtisch Köln""",
    ("en", "reminder"): """Hi {first},

a quick reminder: it's nearly time.

SEO und Erfolgsmessung
Thursday, 28 January 2027, 19:00–22:00
Gaststätte Severin, Severinstraße 1, 50678 Köln

Your answer: Yes.

If you can't make it after all, please reply "No" – then someone from the
waiting list can take your place. Your new answer replaces the old one.

Best wishes
#SoMe Stammtisch Köln""",
    ("de", "thanks"): """Hallo {first},

danke, dass du beim Stammtisch am 7. Januar dabei warst!

Darüber haben wir gesprochen:
  - Newsletter-Tools im Vergleich
  - Instagram-Reels für Vereine

Der nächste Termin: Donnerstag, 28. Januar 2027, 19:00 Uhr,
Gaststätte Severin. Die Einladung kommt wie immer per Mail.

Offene Themenvorschläge:
  1. Mastodon für Vereine
  2. Barrierefreie Posts
  3. KI-Bilder kennzeichnen

Viele Grüße
#SoMe Stammtisch Köln""",
    ("en", "thanks"): """Hi {first},

thanks for coming to the Stammtisch on 7 January!

What we talked about:
  - Newsletter tools compared
  - Instagram reels for clubs

Next date: Thursday, 28 January 2027, 19:00,
Gaststätte Severin. The invitation follows by e-mail as usual.

Open topic suggestions:
  1. Mastodon für Vereine
  2. Barrierefreie Posts
  3. KI-Bilder kennzeichnen

Best wishes
#SoMe Stammtisch Köln""",
    ("de", "acknowledgement"): """Hallo {first},

danke für deine Antwort! Wir haben notiert: Ja, du kommst.

SEO und Erfolgsmessung
Donnerstag, 28. Januar 2027, 19:00–22:00 Uhr
Gaststätte Severin, Severinstraße 1, 50678 Köln

Stimmt etwas nicht? Antworte einfach noch einmal.

Viele Grüße
#SoMe Stammtisch Köln""",
    ("en", "acknowledgement"): """Hi {first},

thanks for your answer! We noted: Yes, you're coming.

SEO und Erfolgsmessung
Thursday, 28 January 2027, 19:00–22:00
Gaststätte Severin, Severinstraße 1, 50678 Köln

Something wrong? Just reply again.

Best wishes
#SoMe Stammtisch Köln""",
    ("de", "contribution_request"): """Hallo {first},

magst du beim nächsten Abend etwas beitragen? Wir haben an einen kurzen
Impuls (10 Minuten) zum Thema "Google Search Console für Einsteiger" gedacht.

SEO und Erfolgsmessung
Donnerstag, 28. Januar 2027, 19:00–22:00 Uhr
Gaststätte Severin, Severinstraße 1, 50678 Köln

Antworte einfach mit Ja oder Nein.

Viele Grüße
#SoMe Stammtisch Köln""",
    ("en", "contribution_request"): """Hi {first},

would you like to contribute to the next evening? We thought of a short
input (10 minutes) on "Google Search Console for beginners".

SEO und Erfolgsmessung
Thursday, 28 January 2027, 19:00–22:00
Gaststätte Severin, Severinstraße 1, 50678 Köln

Just reply Yes or No.

Best wishes
#SoMe Stammtisch Köln""",
}
QUOTED[("de", "report")] = QUOTED[("de", "thanks")]
QUOTED[("en", "report")] = QUOTED[("en", "thanks")]

SUBJECTS = {
    ("de", "invitation"): "Einladung: SEO und Erfolgsmessung am 28.01.2027",
    ("en", "invitation"): "Invitation: SEO und Erfolgsmessung on 28 Jan 2027",
    ("de", "reminder"): "Erinnerung: SEO und Erfolgsmessung am 28.01.2027",
    ("en", "reminder"): "Reminder: SEO und Erfolgsmessung on 28 Jan 2027",
    ("de", "thanks"): "Danke fürs Kommen – und der nächste Termin",
    ("en", "thanks"): "Thanks for coming – and the next date",
    ("de", "acknowledgement"): "Notiert: SEO und Erfolgsmessung am 28.01.2027",
    ("en", "acknowledgement"): "Noted: SEO und Erfolgsmessung on 28 Jan 2027",
    ("de", "contribution_request"): "Magst du etwas beitragen? SEO und Erfolgsmessung",
    ("en", "contribution_request"): "Would you contribute? SEO und Erfolgsmessung",
}
SUBJECTS[("de", "report")] = SUBJECTS[("de", "thanks")]
SUBJECTS[("en", "report")] = SUBJECTS[("en", "thanks")]


def quote_lang(entry: Entry) -> str:
    return "en" if entry.lang in ("en", "fr") else "de"


# --------------------------------------------------------------------------- client formats


@dataclass
class Mail:
    """What every client format gets: own words, the original, who and when."""

    entry: Entry
    person: Person
    own: str  # the member's words with ~ soft breaks still marked
    signature: str
    original: str
    orig_subject: str
    subject: str
    message_id: str
    day: int
    hour: int
    minute: int
    rng: random.Random

    @property
    def lang(self) -> str:
        return quote_lang(self.entry)

    def hard(self) -> str:
        """Own words with the client's breaks as hard line ends."""
        return self.own.replace("~\n", "\n")

    def own_with_signature(self, text: str | None = None) -> str:
        text = self.hard() if text is None else text
        return f"{text}\n\n{self.signature}" if self.signature else text


DAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# 8 Jan 2027 is a Friday; the answered mail is dated 2027-01-08 .. 2027-01-09
SENT_DAY = 8


def headers(mail: Mail, extra: list[tuple[str, str]], content: list[tuple[str, str]]) -> str:
    entry = mail.entry
    sender = entry.opts.get("from", "%%MEMBER%%")
    to = "%%UNSUB%%" if entry.opts.get("unsub") else "%%REPLY_TO%%"
    if entry.opts.get("to") == "none":
        # a new mail, not a reply: to the address the member knows the meetup by
        to = "Stammtisch <stammtisch@example.org>"
    lines = [
        ("From", f"{encode_name(mail.person.name)} <{sender}>"),
        ("To", to),
        ("Subject", encode_header(mail.subject)),
        (
            "Date",
            f"{DAYS_EN[(mail.day - 4) % 7][:3]}, {mail.day:02d} Jan 2027 "
            f"{mail.hour:02d}:{mail.minute:02d}:{mail.rng.randrange(60):02d} +0100",
        ),
        ("Message-ID", mail.message_id),
    ]
    if entry.opts.get("to", "invitation") != "none" and not entry.opts.get("noref"):
        lines.append(("In-Reply-To", "%%PARENT_ID%%"))
        lines.append(("References", "%%PARENT_ID%%"))
    lines += extra
    lines.append(("MIME-Version", "1.0"))
    lines += content
    return "".join(f"{k}: {v}\r\n" for k, v in lines)


def encode_name(name: str) -> str:
    if name.isascii():
        return f'"{name}"' if "'" in name or "," in name else name
    return Header(name, "utf-8").encode()


def encode_header(text: str) -> str:
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text: str, charset: str) -> str:
    return quopri.encodestring(crlf(text).encode(charset)).decode("ascii")


def b64(text: str, charset: str = "utf-8") -> str:
    return base64.encodebytes(crlf(text).encode(charset)).decode("ascii").replace("\n", "\r\n")


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(text: str) -> str:
    return "<br>\n".join(html_escape(line) for line in text.split("\n"))


def quoted(text: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n")
    )


def mime_alternative(plain: str, html: str, charset: str, encoding: str) -> tuple[str, str]:
    boundary = "_000_alt_" + hashlib.sha1(plain.encode("utf-8", "replace")).hexdigest()[:16] + "_"
    enc = qp if encoding == "quoted-printable" else (lambda t, c: b64(t, c))
    body = (
        f'--{boundary}\r\nContent-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n{enc(plain, charset)}\r\n"
        f'--{boundary}\r\nContent-Type: text/html; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n{enc(html, charset)}\r\n"
        f"--{boundary}--\r\n"
    )
    return f'multipart/alternative; boundary="{boundary}"', body


def de_date_long(mail: Mail) -> str:
    return f"{DAYS_DE[(SENT_DAY - 4) % 7]}, {SENT_DAY}. Januar 2027"


def outlook_block(mail: Mail) -> list[str]:
    if mail.lang == "de":
        return [
            f"Von: {ORGANIZER}",
            f"Gesendet: {de_date_long(mail)} 09:14",
            f"An: {mail.person.name}",
            f"Betreff: {mail.orig_subject}",
        ]
    return [
        f"From: {ORGANIZER}",
        f"Sent: {DAYS_EN[(SENT_DAY - 4) % 7]}, January {SENT_DAY}, 2027 9:14 AM",
        f"To: {mail.person.name}",
        f"Subject: {mail.orig_subject}",
    ]


def outlook_desktop(mail: Mail) -> bytes:
    """Outlook for Windows: HTML in windows-1252, QP, a Von/Gesendet block, top-posted."""
    own = mail.own_with_signature()
    block = outlook_block(mail)
    plain = f"{own}\n\n" + "\n".join(block) + f"\n\n{mail.original}\n"
    head_html = "<br>\n".join(
        f"<b>{html_escape(line.split(':', 1)[0])}:</b>{html_escape(line.split(':', 1)[1])}"
        for line in block
    )
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
        "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; "
        'font-family:"Calibri",sans-serif;} --></style>\n'
        '</head>\n<body lang="DE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "".join(
            f'<p class="MsoNormal">{html_escape(line) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
            for line in own.split("\n")
        )
        + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head_html}<o:p></o:p></p>\n</div>\n'
        f'<p class="MsoNormal">{html_lines(mail.original)}<o:p></o:p></p>\n'
        "</div>\n</body>\n</html>\n"
    )
    charset = "windows-1252"
    try:
        (plain + html).encode(charset)
    except UnicodeEncodeError:
        # Outlook writes UTF-8 only when the text needs it (emoji, Turkish ı, ...)
        charset = "utf-8"
        html = html.replace("charset=windows-1252", "charset=utf-8")
    ctype, body = mime_alternative(plain, html, charset, "quoted-printable")
    extra = [
        ("Thread-Topic", encode_header(mail.orig_subject)),
        ("Thread-Index", "AQHZ" + base64.b64encode(mail.message_id.encode()[:12]).decode()),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de-DE" if mail.lang == "de" else "en-GB"),
    ]
    return (headers(mail, extra, [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")


def outlook_mobile(mail: Mail) -> bytes:
    """Outlook for iOS/Android: a '____' rule and a From/Sent block, base64 UTF-8."""
    footer = (
        "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>"
        if mail.lang == "de"
        else "Get Outlook for iOS<https://aka.ms/o0ukef>"
    )
    own = mail.hard()
    block = outlook_block(mail)
    plain = f"{own}\n\n{footer}\n" + "_" * 32 + "\n" + "\n".join(block) + f"\n\n{mail.original}\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="auto">' + html_lines(own) + "</div>\n"
        f'<div dir="auto"><br></div><div dir="auto">{html_escape(footer)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + "<br>\n".join(html_escape(line) for line in block)
        + "</font><div>&nbsp;</div></div>\n<div>"
        + html_lines(mail.original)
        + "</div></body></html>\n"
    )
    ctype, body = mime_alternative(plain, html, "utf-8", "base64")
    return (headers(mail, [], [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")


def gmail_attribution(mail: Mail, android: bool) -> str:
    if mail.lang == "de":
        if android:
            return f"{ORGANIZER} schrieb am Fr., {SENT_DAY}. Jan. 2027, 09:14:"
        return f"Am Fr., {SENT_DAY}. Jan. 2027 um 09:14 Uhr schrieb {ORGANIZER}:"
    if android:
        return f"On Fri, {SENT_DAY} Jan 2027, 09:14 {ORGANIZER} wrote:"
    return f"On Fri, Jan {SENT_DAY}, 2027 at 9:14 AM {ORGANIZER} wrote:"


def gmail(mail: Mail, android: bool = False) -> bytes:
    """Gmail web/Android: a gmail_quote div, QP (web) or base64 (Android) UTF-8."""
    own = mail.own_with_signature()
    attribution = gmail_attribution(mail, android)
    plain = f"{own}\n\n{attribution}\n\n{quoted(mail.original)}\n"
    signature_html = (
        f'<div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        f'<div dir="ltr" class="gmail_signature">{html_lines(mail.signature)}</div></div>'
        if mail.signature
        else ""
    )
    html = (
        f'<div dir="{"auto" if android else "ltr"}">'
        f"{html_lines(mail.hard())}{signature_html}</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{html_escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_lines(mail.original)}</blockquote></div>\n"
    )
    if mail.signature:
        plain = (
            f"{mail.hard()}\n\n-- \n{mail.signature}\n\n{attribution}\n\n{quoted(mail.original)}\n"
        )
    ctype, body = mime_alternative(
        plain, html, "UTF-8", "base64" if android else "quoted-printable"
    )
    return (headers(mail, [], [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")


def apple_mail(mail: Mail) -> bytes:
    """Apple Mail (macOS) or iPhone: plain QP; an iPhone quotes the attribution too."""
    iphone = mail.rng.random() < 0.5
    if mail.lang == "de":
        attribution = f"Am {SENT_DAY:02d}.01.2027 um 09:14 schrieb {ORGANIZER}:"
        footer = "Von meinem iPhone gesendet"
    else:
        attribution = f"On {SENT_DAY} Jan 2027, at 09:14, {ORGANIZER} wrote:"
        footer = "Sent from my iPhone"
    if iphone:
        own = f"{mail.hard()}\n\n{footer}"
        plain = f"{own}\n\n> {attribution}\n> \n{quoted(mail.original)}\n"
        html = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto"><div dir="ltr">{html_lines(mail.hard())}</div>'
            f'<div dir="ltr"><br><div dir="ltr">{footer}</div><div dir="ltr"><br>'
            f'<blockquote type="cite">{html_escape(attribution)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{html_lines(mail.original)}</div></blockquote>'
            "</div></body></html>\n"
        )
        ctype, body = mime_alternative(plain, html, "utf-8", "quoted-printable")
        extra = [("X-Mailer", "iPhone Mail (22B91)")]
    else:
        own = mail.own_with_signature()
        plain = f"{own}\n\n{attribution}\n\n{quoted(mail.original)}\n"
        ctype = "text/plain; charset=utf-8"
        body = qp(plain, "utf-8") + "\r\n"
        extra = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    content = [("Content-Type", ctype)]
    if ctype.startswith("text/"):
        content.append(("Content-Transfer-Encoding", "quoted-printable"))
    return (headers(mail, extra, content) + "\r\n" + body).encode("ascii")


def gmx_block(mail: Mail, webde: bool) -> list[str]:
    return [
        f"Gesendet: {de_date_long(mail)} um 09:14 Uhr",
        'Von: "Stammtisch" <stammtisch@example.org>',
        f'An: "{mail.person.name}"',
        f"Betreff: {mail.orig_subject}",
    ]


def gmx(mail: Mail, webde: bool = False) -> bytes:
    """GMX / web.de webmail: HTML with a 'Gesendet/Von/An/Betreff' block, 8bit or QP."""
    own = mail.own_with_signature()
    if mail.lang == "en":
        block = [
            f"Sent: Friday, {SENT_DAY} January 2027 at 09:14",
            'From: "Stammtisch" <stammtisch@example.org>',
            f'To: "{mail.person.name}"',
            f"Subject: {mail.orig_subject}",
        ]
    else:
        block = gmx_block(mail, webde)
    if webde and mail.rng.random() < 0.5:
        rule = (
            "-----Ursprüngliche Nachricht-----"
            if mail.lang != "en"
            else "-----Original Message-----"
        )
        plain = f"{own}\n\n{rule}\n" + "\n".join(block) + f"\n\n{mail.original}\n"
        html = None
    else:
        plain = (
            f"{own}\n\n" + "\n".join(f"{line}" for line in block) + f"\n\n{quoted(mail.original)}\n"
        )
        html = (
            '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            f"<div>{html_lines(own)}</div>\n<div>&nbsp;\n"
            '<div style="margin: 10.0px 5.0px 5.0px 10.0px;padding: 10.0px 0 10.0px 10.0px;'
            'border-left: 2.0px solid #C3D9E5;">'
            '<div style="margin: 0 0 10.0px 0;"><b>'
            + "<br>\n".join(html_escape(line) for line in block)
            + f"</b></div>\n<div>{html_lines(mail.original)}</div>"
            + "</div></div></div></body></html>\n"
        )
    agent = "WEB.DE Mailer" if webde else "GMX Mailer"
    extra = [("X-UI-Message-Type", "mail"), ("X-Priority", "3"), ("X-Mailer", agent)]
    if html is None:
        ctype = "text/plain; charset=UTF-8"
        content = [("Content-Type", ctype), ("Content-Transfer-Encoding", "8bit")]
        return (headers(mail, extra, content) + "\r\n").encode("ascii") + crlf(plain).encode()
    ctype, body = mime_alternative(plain, html, "UTF-8", "quoted-printable")
    return (headers(mail, extra, [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")


def flow(text: str, width: int = 72) -> str:
    """format=flowed: long lines wrapped with a trailing space, ~ as a soft break."""
    out: list[str] = []
    for line in text.replace("~\n", " \x00").split("\n"):
        parts = line.split("\x00")
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            words = part.split(" ")
            current = ""
            for word in words:
                if current and len(current) + len(word) + 1 > width:
                    out.append(current + " ")
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            out.append(current if last else current.rstrip() + " ")
    return "\n".join(out)


def thunderbird(mail: Mail) -> bytes:
    """Thunderbird: format=flowed, bottom-posted below the quote, '-- ' signature."""
    if mail.lang == "de":
        attribution = f"Am {SENT_DAY:02d}.01.27 um 09:14 schrieb Stammtisch:"
    else:
        attribution = f"On {SENT_DAY:02d}/01/2027 09:14, Stammtisch wrote:"
    own = flow(mail.own)
    signature = f"\n\n-- \n{mail.signature}" if mail.signature else ""
    if mail.rng.random() < 0.6:
        text = f"{attribution}\n{quoted(mail.original)}\n\n{own}{signature}\n"
    else:
        text = f"{own}\n\n{attribution}\n{quoted(mail.original)}{signature}\n"
    content = [
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    extra = [
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE" if mail.lang == "de" else "en-US"),
    ]
    return (headers(mail, extra, content) + "\r\n").encode("ascii") + crlf(text).encode()


def samsung(mail: Mail) -> bytes:
    """Samsung/Android stock mail: base64 UTF-8, '-------- Original message --------'."""
    if mail.lang == "de":
        footer = "Von meinem Samsung Galaxy Smartphone gesendet."
        rule = "-------- Ursprüngliche Nachricht --------"
        block = [
            f"Von: {ORGANIZER}",
            f"Datum: {SENT_DAY:02d}.01.27 09:14 (GMT+01:00)",
            f"An: {mail.person.name}",
            f"Betreff: {mail.orig_subject}",
        ]
    else:
        footer = "Sent from my Galaxy"
        rule = "-------- Original message --------"
        block = [
            f"From: {ORGANIZER}",
            f"Date: {SENT_DAY:02d}/01/2027 09:14 (GMT+01:00)",
            f"To: {mail.person.name}",
            f"Subject: {mail.orig_subject}",
        ]
    text = (
        f"{mail.hard()}\n\n\n\n{footer}\n\n{rule}\n" + "\n".join(block) + f"\n\n{mail.original}\n"
    )
    content = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return (headers(mail, [], content) + "\r\n" + b64(text)).encode("ascii")


def mutt_qp(mail: Mail) -> bytes:
    """A plain client writing quoted-printable latin-1/utf-8, '* Name <x> [date]:' style."""
    charset = "iso-8859-15" if mail.lang == "de" else "utf-8"
    attribution = (
        f"* Stammtisch <stammtisch@example.org> [2027-01-{SENT_DAY:02d} 09:14]:"
        if mail.rng.random() < 0.5
        else (
            f"Stammtisch schrieb am {SENT_DAY:02d}.01.2027 09:14:"
            if mail.lang == "de"
            else f"Stammtisch wrote on {SENT_DAY:02d}.01.2027 09:14:"
        )
    )
    own = mail.hard()
    signature = f"\n\n-- \n{mail.signature}" if mail.signature else ""
    text = f"{own}{signature}\n\n{attribution}\n{quoted(mail.original)}\n"
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    content = [
        ("Content-Type", f"text/plain; charset={charset}"),
        ("Content-Disposition", "inline"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return (
        headers(mail, [("User-Agent", "NeoMutt/20240425")], content) + "\r\n" + qp(text, charset)
    ).encode("ascii")


CLIENTS = {
    "outlook_desktop": outlook_desktop,
    "outlook_mobile": outlook_mobile,
    "gmail_web": lambda m: gmail(m, android=False),
    "gmail_android": lambda m: gmail(m, android=True),
    "apple_mail": apple_mail,
    "gmx": lambda m: gmx(m, webde=False),
    "webde": lambda m: gmx(m, webde=True),
    "thunderbird": thunderbird,
    "samsung_base64": samsung,
    "plain_qp": mutt_qp,
}


# --------------------------------------------------------------------------- special mails


def raw_mail(entry: Entry, mail: Mail) -> bytes:
    """``client=raw``: the entry's text is the whole mail (headers and body) as written."""
    text = entry.text.replace("%%MSGID%%", mail.message_id)
    return crlf(text.strip("\n") + "\n").encode("utf-8")


def imip(entry: Entry, mail: Mail) -> bytes:
    """A calendar REPLY (Outlook/Google/Apple style) with the member's words beside it."""
    partstat = entry.opts["cal"]
    ical = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        "CALSCALE:GREGORIAN\nMETHOD:REPLY\nBEGIN:VEVENT\n"
        "DTSTART:20270128T180000Z\nDTEND:20270128T210000Z\nDTSTAMP:20270111T091500Z\n"
        "ORGANIZER;CN=Stammtisch:mailto:stammtisch@example.org\nUID:%%UID%%\n"
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};\n"
        f" CN={mail.person.name}:mailto:%%MEMBER%%\n"
        "SEQUENCE:0\nSTATUS:CONFIRMED\n"
        f"SUMMARY:{EVENT_TITLE}\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}
    word_de = {
        "ACCEPTED": "Zugesagt",
        "DECLINED": "Abgelehnt",
        "TENTATIVE": "Mit Vorbehalt angenommen",
    }
    verb = (word_de if mail.lang == "de" else word)[partstat]
    mail.subject = f"{verb}: {EVENT_TITLE} @ Do. 28. Jan. 2027 19:00 - 22:00 (MEZ)"
    if entry.subject:
        mail.subject = entry.subject
    plain = mail.own_with_signature()
    boundary = f"cal_{mail.message_id[1:9]}"
    body = (
        f'--{boundary}\r\nContent-Type: text/plain; charset="UTF-8"\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{qp(plain, 'utf-8')}\r\n"
        f'--{boundary}\r\nContent-Type: text/calendar; charset="UTF-8"; method=REPLY\r\n'
        f"Content-Transfer-Encoding: 7bit\r\n\r\n{crlf(ical)}\r\n"
        f"--{boundary}--\r\n"
    )
    ctype = f'multipart/alternative; boundary="{boundary}"'
    return (headers(mail, [], [("Content-Type", ctype)]) + "\r\n" + body).encode("utf-8")


def plain_ooo(entry: Entry, mail: Mail) -> bytes:
    """An out-of-office as Exchange on-premise, GMX or web.de send it: no auto headers."""
    client = entry.opts.get("client", "exchange")
    text = mail.hard()
    if client == "exchange":
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '</head><body><div style="font-family:Calibri,sans-serif">'
            + html_lines(text)
            + "</div></body></html>\n"
        )
        ctype, body = mime_alternative(text + "\n", html, "windows-1252", "quoted-printable")
        extra = [("Thread-Topic", encode_header(mail.orig_subject)), ("X-MS-Has-Attach", "")]
        return (headers(mail, extra, [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")
    content = [
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return (
        headers(mail, [("X-Mailer", "GMX Mailer")], content) + "\r\n" + qp(text + "\n", "utf-8")
    ).encode("ascii")


def plain_attr(mail: Mail) -> bytes:
    """A plain UTF-8 reply with the attribution a client of another country writes.

    ``layout=tight`` puts it on the line right after the member's words,
    ``layout=sameline`` on the same line, as some phone clients do.
    """
    entry = mail.entry
    attribution = entry.attribution or (
        f"Am {SENT_DAY:02d}.01.2027 um 09:14 schrieb {ORGANIZER}:"
        if mail.lang == "de"
        else f"On Fri, Jan {SENT_DAY}, 2027 at 9:14 AM {ORGANIZER} wrote:"
    )
    own = mail.own_with_signature()
    layout = entry.opts.get("layout", "")
    if layout == "sameline":
        text = f"{own} {attribution}\n{quoted(mail.original)}\n"
    elif layout == "tight":
        text = f"{own}\n{attribution}\n{quoted(mail.original)}\n"
    else:
        text = f"{own}\n\n{attribution}\n\n{quoted(mail.original)}\n"
    content = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return (headers(mail, [], content) + "\r\n" + qp(text, "utf-8")).encode("ascii")


def fresh(mail: Mail) -> bytes:
    """A new mail, no quote: plain from a phone, or Gmail's HTML alternative."""
    own = mail.own_with_signature()
    if mail.rng.random() < 0.5:
        content = [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        return (headers(mail, [], content) + "\r\n" + qp(own + "\n", "utf-8")).encode("ascii")
    html = f'<div dir="ltr">{html_lines(own)}</div>\n'
    ctype, body = mime_alternative(own + "\n", html, "UTF-8", "quoted-printable")
    return (headers(mail, [], [("Content-Type", ctype)]) + "\r\n" + body).encode("ascii")


def build(entry: Entry, mail: Mail, client: str) -> bytes:
    if client == "fresh":
        return fresh(mail)
    if client == "plain_attr":
        return plain_attr(mail)
    if client == "raw":
        return raw_mail(entry, mail)
    if "cal" in entry.opts:
        return imip(entry, mail)
    if entry.family == "out_of_office":
        return plain_ooo(entry, mail)
    return CLIENTS[client](mail)


# --------------------------------------------------------------------------- labels


def outcome_of(entry: Entry) -> str:
    if "outcome" in entry.opts:
        return entry.opts["outcome"]
    has_topic = bool(entry.topics or entry.votes)
    if entry.answer != "none":
        return "answer+topic" if has_topic else "answer"
    return "topic" if has_topic else "review"


def severe_of(entry: Entry, outcome: str) -> list[str]:
    if "severe" in entry.opts:
        return [s for s in entry.opts["severe"].split(",") if s]
    if outcome in ("auto_reply", "bounce") or "from" in entry.opts:
        return ["yes", "no", "maybe"]
    if not entry.text.strip():
        # no words of the member's own: any answer can only come from the quote
        return ["yes", "no", "maybe"]
    return {"yes": ["no"], "no": ["yes"]}.get(entry.answer, [])


def labels(entry: Entry, client: str, name: str, split: str) -> dict[str, object]:
    outcome = outcome_of(entry)
    assert outcome in OUTCOMES, (entry.family, entry.line, outcome)
    replied = entry.opts.get("to", "invitation")
    assert replied in KINDS, (entry.family, entry.line, replied)
    return {
        "file": name,
        "split": split,
        "family": entry.family,
        "source": f"source/{entry.stem}.txt:{entry.line}",
        "key": entry.key,
        "language": entry.lang,
        "client": client,
        "answer": entry.answer,
        "guests": int(entry.opts.get("g", "0")),
        "topics": entry.topics,
        "votes": entry.votes,
        "outcome": outcome,
        "replied_to": replied,
        "sender": "other" if "from" in entry.opts else "member",
        "unsubscribe_address": bool(entry.opts.get("unsub")),
        "calendar": entry.opts.get("cal"),
        "severe_if": severe_of(entry, outcome),
    }


# --------------------------------------------------------------------------- main


def person_for(rng: random.Random) -> Person:
    return Person(rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRMS))


def signature_for(person: Person, lang: str, rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return ""
    if style == 1:
        return person.first
    if style == 2:
        greeting = "Viele Grüße" if lang != "en" else "Cheers"
        return f"{greeting}\n{person.first}"
    if style == 3:
        greeting = "Mit freundlichen Grüßen" if lang != "en" else "Kind regards"
        lines = [greeting, "", person.name]
        if person.firm:
            lines.append(person.firm)
        lines.append(f"Tel. +49 221 {rng.randrange(100000, 999999)}")
        return "\n".join(lines)
    if style == 4:
        return f"LG {person.first}" if lang != "en" else f"Best, {person.first}"
    return f"{person.name}\n{person.firm or 'Köln'}\nhttps://www.example.net/{person.last.lower()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where tuning/ and heldout/ go")
    target: Path = parser.parse_args(argv).out
    entries: list[Entry] = []
    for path in sorted(SOURCE.glob("*.txt")):
        entries.extend(parse_source(path))
    heldout = assign_splits(entries, keep=target == HERE)
    client_names = list(CLIENTS)
    out: dict[str, list[dict[str, object]]] = {"tuning": [], "heldout": []}
    for split in out:
        folder = target / split
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    for entry in entries:
        split = "heldout" if entry.key in heldout else "tuning"
        mail_rng = random.Random(f"{SEED}-{entry.key}")
        client = entry.opts.get("client") or client_names[mail_rng.randrange(len(client_names))]
        if "cal" in entry.opts:
            client = "imip"
        elif entry.opts.get("to") == "none":
            client = "fresh"
        elif entry.attribution or entry.opts.get("layout"):
            client = "plain_attr"
        elif entry.family == "out_of_office" and client not in ("raw",):
            client = entry.opts.get("client", "exchange")
        person = person_for(mail_rng)
        lang = quote_lang(entry)
        replied = entry.opts.get("to", "invitation")
        kind = "invitation" if replied == "none" else replied
        orig_subject = SUBJECTS[(lang, kind)]
        prefix = {"outlook_desktop": "AW: ", "outlook_mobile": "AW: ", "gmx": "Aw: "}.get(
            client, "Re: "
        )
        if lang == "en" and prefix == "AW: ":
            prefix = "RE: "
        subject = entry.subject if entry.subject is not None else prefix + orig_subject
        if replied == "none" and entry.subject is None:
            subject = "Stammtisch"
        domain = {
            "gmail_web": "mail.gmail.com",
            "gmail_android": "mail.gmail.com",
            "outlook_desktop": "EXCH01.corp.example",
            "outlook_mobile": "AM0PR10MB.eurprd10.prod.outlook.com",
            "gmx": "gmx.net",
            "webde": "web.de",
            "apple_mail": "icloud.com",
        }.get(client, "members.example")
        message_id = f"<corpus-{entry.key}.{mail_rng.randrange(16**8):08x}@{domain}>"
        mail = Mail(
            entry=entry,
            person=person,
            own=entry.text,
            signature=""
            if client == "raw" or entry.opts.get("nosig")
            else signature_for(person, entry.lang, mail_rng),
            original=QUOTED[(lang, kind)].format(first=person.first),
            orig_subject=orig_subject,
            subject=subject,
            message_id=message_id,
            day=11 + mail_rng.randrange(8),
            hour=7 + mail_rng.randrange(15),
            minute=mail_rng.randrange(60),
            rng=mail_rng,
        )
        raw = build(entry, mail, client)
        name = f"{entry.key}-{client}.eml"
        (target / split / name).write_bytes(raw)
        out[split].append(labels(entry, client, name, split))
    for split, rows in out.items():
        with (target / split / "labels.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(len(rows) for rows in out.values())
    print(
        f"{total} mails: {len(out['tuning'])} tuning, {len(out['heldout'])} held out",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
