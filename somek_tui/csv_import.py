"""Reading member lists as people actually have them: Excel, German headers, Latin-1."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from somek_tui.models import InvalidInput, email_key, normalise_email

HEADER_ALIASES = {
    "email": "email",
    "e-mail": "email",
    "e-mail-adresse": "email",
    "email address": "email",
    "mail": "email",
    "name": "name",
    "vollständiger name": "name",
    "full name": "name",
    "language": "language",
    "sprache": "language",
    "lang": "language",
}
LANGUAGE_ALIASES = {
    "de": "de", "deutsch": "de", "german": "de", "ger": "de",
    "en": "en", "englisch": "en", "english": "en", "eng": "en",
}  # fmt: skip


@dataclass(frozen=True)
class CsvRow:
    line: int
    email: str
    name: str
    language: str | None


@dataclass
class ParsedCsv:
    rows: list[CsvRow] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    duplicates_in_file: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (with or without BOM), else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Windows writes cp1252; it is a superset of Latin-1's printable range
        return data.decode("cp1252", errors="replace"), "cp1252"


def parse_member_csv(data: bytes) -> ParsedCsv:
    text, encoding = decode_csv(data)
    if not text.strip():
        raise InvalidInput("the file is empty")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if "\t" in first_line and delimiter not in first_line:
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InvalidInput(f"cannot read the header row: {exc}") from None
    columns = [HEADER_ALIASES.get(h.strip().strip('"').casefold()) for h in header]
    if "email" not in columns:
        raise InvalidInput(
            "no e-mail column in the header row (expected 'email' or 'E-Mail'); "
            f"found: {', '.join(h.strip() for h in header)}"
        )
    result = ParsedCsv(encoding=encoding)
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
                    result.invalid.append((line, f"unknown language {raw_language!r}"))
                    continue
            if email_key(address) in seen:
                result.duplicates_in_file.append((line, address))
                continue
            seen.add(email_key(address))
            result.rows.append(CsvRow(line, address, values.get("name", ""), language))
    except csv.Error as exc:
        raise InvalidInput(f"line {reader.line_num}: {exc}") from None
    return result
