"""Reading member lists as people actually have them: Excel, German headers, cp1252.

German Excel saves "CSV (Trennzeichen-getrennt)" as cp1252 with ``;`` and
headers such as ``Vorname;Nachname;E-Mail;Firma``; other tools write UTF-8
(often with a BOM) and ``,``. Headers are matched loosely (case, spaces and
hyphens do not count), and the report says which columns were read as what.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from somek_tui.i18n import N_, _
from somek_tui.models import InvalidInput, email_key, normalise_email

# header (lower case, letters and digits only) -> the field it fills
HEADER_ALIASES = {
    **dict.fromkeys(
        ("email", "mail", "emailadresse", "emailaddress", "mailadresse", "emailadr"), "email"
    ),
    **dict.fromkeys(("name", "vollständigername", "fullname", "anzeigename"), "name"),
    **dict.fromkeys(("vorname", "firstname", "givenname", "rufname"), "first_name"),
    **dict.fromkeys(("nachname", "lastname", "surname", "familienname", "familyname"), "last_name"),
    **dict.fromkeys(("language", "sprache", "lang"), "language"),
    **dict.fromkeys(
        ("firma", "organisation", "organization", "company", "unternehmen", "arbeitgeber"),
        "organization",
    ),
}
LANGUAGE_ALIASES = {
    "de": "de", "deutsch": "de", "german": "de", "ger": "de",
    "en": "en", "englisch": "en", "english": "en", "eng": "en",
}  # fmt: skip
FIELD_LABELS = {
    "email": N_("e-mail"),
    "name": N_("name"),
    "first_name": N_("first name"),
    "last_name": N_("last name"),
    "language": N_("language"),
    "organization": N_("organization"),
}


@dataclass(frozen=True)
class CsvRow:
    line: int
    email: str
    name: str
    language: str | None
    organization: str = ""


@dataclass
class ParsedCsv:
    rows: list[CsvRow] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    duplicates_in_file: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    used: list[tuple[str, str]] = field(default_factory=list)  # (header as written, field)
    ignored: list[str] = field(default_factory=list)  # headers as written

    def columns_summary(self) -> str:
        """One line for a person: which column became what, and what was left out."""
        used = ", ".join(
            _("{header} as {field}").format(header=header, field=_(FIELD_LABELS[name]))
            for header, name in self.used
        )
        text = _("columns read: {used}").format(used=used)
        if self.ignored:
            text += _("; ignored: {ignored}").format(ignored=", ".join(self.ignored))
        return text


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (with or without BOM), else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Windows writes cp1252; it is a superset of Latin-1's printable range
        return data.decode("cp1252", errors="replace"), "cp1252"


def header_key(header: str) -> str:
    """``"E-Mail-Adresse"``, ``"e_mail adresse"`` and ``"EMailAdresse"`` are one header."""
    return re.sub(r"[\W_]+", "", header.strip().strip('"').casefold())


def map_columns(header: list[str]) -> tuple[list[str | None], list[tuple[str, str]], list[str]]:
    """The field of each column (None: ignored), the columns used and the ones ignored.

    The first column for a field wins; a full name column makes first and
    last name columns redundant, so those are then ignored.
    """
    fields: list[str | None] = []
    taken: set[str] = set()
    for title in header:
        name = HEADER_ALIASES.get(header_key(title))
        fields.append(name if name is not None and name not in taken else None)
        if name is not None:
            taken.add(name)
    if "name" in taken:
        fields = [None if f in ("first_name", "last_name") else f for f in fields]
    used = [(h.strip(), f) for h, f in zip(header, fields, strict=True) if f is not None]
    ignored = [h.strip() for h, f in zip(header, fields, strict=True) if f is None and h.strip()]
    return fields, used, ignored


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_member_csv(data: bytes) -> ParsedCsv:
    text, encoding = decode_csv(data)
    if not text.strip():
        raise InvalidInput(_("the file is empty"))
    delimiter = sniff_delimiter(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InvalidInput(_("cannot read the header row: {exc}").format(exc=exc)) from None
    columns, used, ignored = map_columns(header)
    if "email" not in columns:
        raise InvalidInput(
            _(
                "no e-mail column in the header row (expected 'email', 'E-Mail' or 'Mail'); "
                "found: {value}"
            ).format(value=", ".join(h.strip() for h in header))
        )
    result = ParsedCsv(encoding=encoding, delimiter=delimiter, used=used, ignored=ignored)
    seen: set[str] = set()
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values = {col: row[i].strip() for i, col in enumerate(columns) if col and i < len(row)}
            try:
                address = normalise_email(values.get("email", ""))
            except InvalidInput as exc:
                result.invalid.append((line, str(exc)))
                continue
            language = None
            raw_language = values.get("language", "")
            if raw_language:
                language = LANGUAGE_ALIASES.get(raw_language.casefold())
                if language is None:
                    result.invalid.append(
                        (line, _("unknown language {value!r}").format(value=raw_language))
                    )
                    continue
            if email_key(address) in seen:
                result.duplicates_in_file.append((line, address))
                continue
            seen.add(email_key(address))
            result.rows.append(
                CsvRow(line, address, full_name(values), language, values.get("organization", ""))
            )
    except csv.Error as exc:
        raise InvalidInput(
            _("line {line_num}: {exc}").format(line_num=reader.line_num, exc=exc)
        ) from None
    return result


def full_name(values: dict[str, str]) -> str:
    if values.get("name"):
        return values["name"]
    return " ".join(p for p in (values.get("first_name", ""), values.get("last_name", "")) if p)
