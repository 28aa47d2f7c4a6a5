"""``somek member …`` through the real command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import assert_clean_error, run_somek


def test_member_add_prints_the_new_id(db_path: Path) -> None:
    run = run_somek("member", "add", "anna@example.org", "--name", "Anna Schmitz", db=db_path)
    assert (run.code, run.out.strip()) == (0, "m1")
    listed = json.loads(run_somek("member", "list", "--json", db=db_path).out)
    assert listed == [
        {
            "id": "m1",
            "email": "anna@example.org",
            "name": "Anna Schmitz",
            "language": "de",
            "status": "active",
        }
    ]


def test_member_add_records_consent_by_the_organizer(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", "--lang", "en", db=db_path)
    exported = json.loads(run_somek("export", "--json", db=db_path).out)
    member = exported["members"][0]
    assert member["language"] == "en"
    assert member["consent"][0]["how"] == "organizer"


def test_member_add_refuses_an_address_already_there_ignoring_case(db_path: Path) -> None:
    run_somek("member", "add", "Anna@Example.org", db=db_path)
    before = db_path.read_bytes()
    run = run_somek("member", "add", "anna@example.ORG", db=db_path)
    assert_clean_error(run, contains="already a member")
    assert db_path.read_bytes() == before


def test_member_add_refuses_an_invalid_address(db_path: Path) -> None:
    run = run_somek("member", "add", "not-an-address", db=db_path)
    assert_clean_error(run, contains="invalid e-mail address")
    assert not db_path.exists()


def test_member_add_with_an_unknown_language_is_a_usage_error(db_path: Path) -> None:
    run = run_somek("member", "add", "a@example.org", "--lang", "fr", db=db_path)
    assert run.code == 2
    assert "Traceback" not in run.err


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_reports_added_duplicates_and_invalid_rows_by_line(
    db_path: Path, tmp_path: Path
) -> None:
    run_somek("member", "add", "old@example.org", db=db_path)
    csv_file = write(
        tmp_path / "members.csv",
        "email,name,language\n"
        "new@example.org,New Person,en\n"
        "OLD@example.org,Old Person,de\n"
        "broken-address,Nobody,de\n"
        "new@example.org,Same Again,de\n"
        "other@example.org,Other,klingon\n",
    )
    run = run_somek("member", "import", str(csv_file), db=db_path)
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == ("1 added, 2 skipped as duplicates, 2 rejected as invalid")
    assert "line 3: duplicate OLD@example.org" in run.out
    assert "line 5: duplicate new@example.org" in run.out
    assert "line 4: invalid e-mail address 'broken-address'" in run.out
    assert "line 6: unknown language 'klingon'" in run.out


def test_import_reads_excel_semicolon_latin1_with_german_headers(
    db_path: Path, tmp_path: Path
) -> None:
    csv_file = write(
        tmp_path / "excel.csv",
        "E-Mail;Name;Sprache\r\njoerg@example.org;Jörg Weiß;Deutsch\r\n"
        "kim@example.org;Kim Lee;Englisch\r\n",
        encoding="cp1252",
    )
    assert run_somek("member", "import", str(csv_file), db=db_path).code == 0
    members = {
        m["email"]: m for m in json.loads(run_somek("member", "list", "--json", db=db_path).out)
    }
    assert members["joerg@example.org"]["name"] == "Jörg Weiß"
    assert members["kim@example.org"]["language"] == "en"


def test_import_reads_utf8_with_a_byte_order_mark(db_path: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "bom.csv"
    csv_file.write_bytes("\ufeffemail,name\nzoë@example.org,Zoë\n".encode())
    run = run_somek("member", "import", str(csv_file), db=db_path)
    assert run.out.startswith("1 added"), run.out + run.err


def test_import_without_an_email_column_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    run_somek("member", "add", "a@example.org", db=db_path)
    before = db_path.read_bytes()
    csv_file = write(tmp_path / "bad.csv", "Vorname,Nachname\nAnna,Schmitz\n")
    assert_clean_error(
        run_somek("member", "import", str(csv_file), db=db_path), contains="no e-mail column"
    )
    assert db_path.read_bytes() == before


def test_import_of_a_missing_file_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    run = run_somek("member", "import", str(tmp_path / "nope.csv"), db=db_path)
    assert_clean_error(run, contains="nope.csv")
    assert not db_path.exists()


def test_import_json_report(db_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "m.csv", "email\na@example.org\nbad\n")
    report = json.loads(run_somek("member", "import", str(csv_file), "--json", db=db_path).out)
    assert report["added"] == 1
    assert report["invalid"][0]["line"] == 3


def test_member_remove_erases_answers_and_votes_but_keeps_topics_unnamed(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    run_somek("member", "add", "ben@example.org", db=db_path)
    run_somek("topic", "add", "Community Management", "--by", "anna@example.org", db=db_path)
    run_somek("topic", "add", "Community Management", "--by", "ben@example.org", db=db_path)
    run = run_somek("member", "remove", "anna@example.org", db=db_path)
    assert run.code == 0, run.err
    exported = json.loads(run_somek("export", "--json", db=db_path).out)
    assert [m["email"] for m in exported["members"]] == ["ben@example.org"]
    assert exported["topics"] == [
        {**exported["topics"][0], "title": "Community Management", "suggested_by": None, "votes": 1}
    ]
    assert "anna@example.org" not in db_path.read_text(encoding="utf-8")


def test_member_remove_of_an_unknown_member_is_a_clear_error(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", db=db_path)
    assert_clean_error(
        run_somek("member", "remove", "ghost@example.org", db=db_path), contains="no member"
    )


def test_member_list_prints_a_table(db_path: Path) -> None:
    run_somek("member", "add", "anna@example.org", "--name", "Anna", db=db_path)
    out = run_somek("member", "list", db=db_path).out.splitlines()
    assert out[0].split() == ["ID", "NAME", "E-MAIL", "LANG", "STATUS"]
    assert out[1].split() == ["m1", "Anna", "anna@example.org", "de", "active"]


def members_by_email(db_path: Path) -> dict[str, dict[str, object]]:
    listed = json.loads(run_somek("member", "list", "--json", db=db_path).out)
    return {m["email"]: m for m in listed}


def test_import_reads_german_excel_first_and_last_names_and_company(
    db_path: Path, tmp_path: Path
) -> None:
    csv_file = write(
        tmp_path / "mitglieder.csv",
        "Vorname;Nachname;E-Mail;Firma;Telefon\r\n"
        "Jörg;Weiß;joerg@example.org;Domblick PR GmbH;0221 123\r\n"
        "Anna;;anna@example.org;;\r\n",
        encoding="cp1252",
    )
    run = run_somek("member", "import", str(csv_file), db=db_path)
    assert run.code == 0, run.err
    assert run.out.splitlines()[:2] == [
        "2 added, 0 skipped as duplicates, 0 rejected as invalid",
        "columns read: Vorname as first name, Nachname as last name, E-Mail as e-mail, "
        "Firma as organization; ignored: Telefon",
    ]
    members = members_by_email(db_path)
    assert members["joerg@example.org"]["name"] == "Jörg Weiß"
    assert members["anna@example.org"]["name"] == "Anna"
    exported = json.loads(run_somek("member", "export", "joerg@example.org", db=db_path).out)
    assert "Domblick PR GmbH" in json.dumps(exported, ensure_ascii=False)


@pytest.mark.parametrize(
    ("header", "encoding"),
    [
        ("First Name,Last Name,Email,Language,Company", "utf-8-sig"),
        ("Vorname,Nachname,Mail,Sprache,Organisation", "utf-8"),
        ("Vorname;Nachname;E-Mail-Adresse;Sprache;Firma", "cp1252"),
    ],
    ids=["english-bom", "german-comma-utf8", "german-excel-cp1252"],
)
def test_import_reads_the_usual_headers_in_either_language(
    header: str, encoding: str, db_path: Path, tmp_path: Path
) -> None:
    sep = ";" if ";" in header else ","
    row = sep.join(["Zoë", "Müller", "zoe@example.org", "en", "Stadt Köln"])
    csv_file = write(tmp_path / "m.csv", f"{header}\n{row}\n", encoding=encoding)
    run = run_somek("member", "import", str(csv_file), db=db_path)
    assert run.out.startswith("1 added"), run.out + run.err
    assert "ignored" not in run.out
    member = members_by_email(db_path)["zoe@example.org"]
    assert (member["name"], member["language"]) == ("Zoë Müller", "en")
