"""Hostile spreadsheets: each gets a clear answer within bounded memory and time.

Every import here runs `cxassess import` in a fresh process whose address space is capped
at 1 GiB, so a reader that trusts what a file declares (a sheet's range, a part's
size) fails with MemoryError (exit 70) instead of an answer.
"""

from __future__ import annotations

import codecs
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from cxassess.core.storage import load_document

LIMIT = 1 << 30


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def import_capped(path: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    out = tmp_path / "out.cxa"
    return subprocess.run(
        [sys.executable, "-m", "cxassess.cli", "import", str(path), "-o", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_capped,
    )


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _rewrite_part(path: Path, part: str, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            dst.writestr(info.filename, change(data) if info.filename == part else data)


WIDE = [
    ["participant", "role", "cm-owner", "cm-budget"],
    ["Zoë", "Sales", 3, 4],
    ["Bo", "", 2, "NA"],
]


def test_a_sheet_declaring_the_whole_grid_reads_only_its_cells(tmp_path):
    path = _workbook(tmp_path / "grid.xlsx", WIDE)

    def declare_everything(xml: bytes) -> bytes:
        xml = xml.replace(b'<dimension ref="A1:D3"/>', b'<dimension ref="A1:XFD1048576"/>')
        # and one far cell, so a reader padding rows to the widest would pad every row
        return xml.replace(
            b"</sheetData>",
            b'<row r="4"><c r="XFD4" t="inlineStr"><is><t>far</t></is></c></row></sheetData>',
        )

    _rewrite_part(path, "xl/worksheets/sheet1.xml", declare_everything)
    assert path.stat().st_size < 8192
    started = time.monotonic()
    done = import_capped(path, tmp_path)
    assert time.monotonic() - started < 30
    # The far cell has no header: reported with its row, not padded into 16,384 columns.
    assert done.returncode == 1, done.stderr
    assert "grid.xlsx:4:" in done.stderr and "the header has" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_shared_strings_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = _workbook(tmp_path / "bomb.xlsx", WIDE)
    with zipfile.ZipFile(path) as src:
        items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for name, data in items:
            if name != "xl/sharedStrings.xml":
                dst.writestr(name, data)
        with dst.open("xl/sharedStrings.xml", "w") as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            chunk = b"<si><t>" + b"A" * 1000 + b"</t></si>"
            for _ in range(300_000):  # 300 MB unpacked
                part.write(chunk)
            part.write(b"</sst>")
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    done = import_capped(path, tmp_path)
    assert time.monotonic() - started < 20
    assert done.returncode == 1
    assert "xl/sharedStrings.xml would unpack to 291 MiB" in done.stderr


def test_a_csv_of_tiny_cells_under_the_size_cap_stays_bounded(tmp_path):
    path = tmp_path / "huge.csv"
    header = "participant,cm-owner," + ",".join(f"x{i}" for i in range(1900)) + "\n"
    row = "P,3" + "," * 1900 + "\n"
    with path.open("w") as f:
        f.write(header)
        for i in range(16_400):  # 30 MiB
            f.write(row.replace("P", f"P{i}", 1))
    assert 28 << 20 < path.stat().st_size < 32 << 20
    done = import_capped(path, tmp_path)
    # 1,900 columns that hold nothing are passed over; the answers are imported
    assert done.returncode == 0, done.stderr
    assert "Imported 16400 participant(s)" in done.stdout


def test_a_line_of_millions_of_cells_is_refused_by_its_length(tmp_path):
    path = tmp_path / "line.csv"
    path.write_text("participant,cm-owner\nAna," + "," * (20 << 20) + "\n")
    done = import_capped(path, tmp_path)
    assert done.returncode == 1
    assert "line.csv:2: the line is 20.0 MiB long" in done.stderr


def test_too_many_rows_are_refused_with_the_limit(tmp_path):
    path = tmp_path / "rows.csv"
    with path.open("w") as f:
        f.write("participant,cm-owner\n")
        for i in range(50_010):
            f.write(f"P{i},3\n")
    done = import_capped(path, tmp_path)
    assert done.returncode == 1 and "more than 50,000 rows" in done.stderr


def test_formula_cells_without_a_saved_value_are_named(tmp_path):
    path = _workbook(
        tmp_path / "formulas.xlsx",
        [["participant", "cm-owner", "cm-budget"], ["Ana", "=1+2", 4], ["Bo", 2, 3]],
    )
    done = import_capped(path, tmp_path)
    assert done.returncode == 1
    assert (
        "formulas.xlsx:2: column B (cm-owner): the cell holds a formula whose value was never "
        "saved" in done.stderr
    )


def test_a_formula_with_its_value_saved_imports_the_value(tmp_path):
    path = _workbook(tmp_path / "saved.xlsx", [["participant", "cm-owner"], ["Ana", "=1+2"]])
    _rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        # as Excel saves it: the formula and the value it last calculated
        lambda xml: xml.replace(b"<f>1+2</f><v />", b"<f>1+2</f><v>3</v>"),
    )
    with zipfile.ZipFile(path) as z:
        assert b"<v>3</v>" in z.read("xl/worksheets/sheet1.xml")
    done = import_capped(path, tmp_path)
    assert done.returncode == 0, done.stderr
    doc = load_document(tmp_path / "out.cxa")
    assert doc.participants[0].answers["cm-owner"].value == 3


def test_one_stray_latin1_byte_in_utf8_is_refused_with_its_line(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "participant,cm-owner\nZoë,3\nBo,4\n".encode() + b"Ren\xe9e,2\n" + "Łukasz,5\n".encode()
    )
    done = import_capped(path, tmp_path)
    assert done.returncode == 1
    assert "mixed.csv:4: byte 0xE9 is not UTF-8, while the rest of the file is UTF-8" in done.stderr
    assert not (tmp_path / "out.cxa").exists()


def test_a_windows_code_page_file_is_read_as_one(tmp_path):
    path = tmp_path / "cp1252.csv"
    path.write_bytes("participant;cm-owner\nRenée;2\nZoë;4\n".encode("cp1252"))
    done = import_capped(path, tmp_path)
    assert done.returncode == 0, done.stderr
    names = [p.name for p in load_document(tmp_path / "out.cxa").participants]
    assert names == ["Renée", "Zoë"]


@pytest.mark.parametrize("bom", [True, False])
def test_excel_unicode_text_utf16_imports(tmp_path, bom):
    path = tmp_path / "unicode.txt"
    text = "participant\trole\tcm-owner\r\nZoë\tVertrieb\t3\r\n山田\tSupport\t5\r\n"
    path.write_bytes((codecs.BOM_UTF16_LE if bom else b"") + text.encode("utf-16-le"))
    done = import_capped(path, tmp_path)
    assert done.returncode == 0, done.stderr
    people = load_document(tmp_path / "out.cxa").participants
    assert [(p.name, p.role) for p in people] == [("Zoë", "Vertrieb"), ("山田", "Support")]


def test_a_five_thousand_digit_number_is_an_answer_error_not_a_crash(tmp_path):
    path = tmp_path / "odk.csv"
    path.write_text(
        "SubmissionDate,name,commitment-cm-owner,KEY\n"
        f"2026-11-24T10:00:00.000Z,Ana,{'9' * 5000},uuid:aaaaaaaa-0000-4000-8000-000000000001\n"
    )
    done = import_capped(path, tmp_path)
    assert done.returncode == 1, done.stderr
    assert "odk.csv:2: column C (commitment-cm-owner): “99999" in done.stderr
    assert "is not an answer" in done.stderr and "Traceback" not in done.stderr
