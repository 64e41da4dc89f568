"""Reading a spreadsheet of responses (CSV, XLSX, or an ODK Central .zip) row by row, bounded.

Work is bounded by what is actually read, not by what a file declares: a workbook's parts
are refused when they would expand beyond a cap (the size a zip member declares is all
Python's zipfile will inflate), rows are read one at a time and never padded past the
header's width, a CSV line may not exceed a length, and no file yields more rows than a
team can have. Text is decoded as UTF-16 when it says so (a byte-order mark, or the NULs
of Excel's "Unicode text"), else UTF-8; a file with no UTF-8 in it at all is read as the
Windows code page, and one with both is refused, naming the first line that is not UTF-8,
rather than turning every "ë" into "Ã«".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from cxassess.core.files import read_capped
from cxassess.core.problems import CxError

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 50_000  # respondents, the most `score` and the portfolio are measured at
MAX_COLUMNS = 2_000
MAX_LINE_CHARS = 1024 * 1024
MAX_CELL_CHARS = 128 * 1024
# Uncompressed sizes a workbook's parts may reach: the sheet itself, and every other part
# (shared strings, styles) that openpyxl holds in memory whole.
MAX_SHEET_XML = 160 * 1024 * 1024
MAX_PART_XML = 24 * 1024 * 1024
MAX_WORKBOOK_XML = 200 * 1024 * 1024
HEADER_ROWS = 3  # the most any known export puts above its answers (Qualtrics)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


@dataclass(frozen=True)
class Row:
    """One row as read: its line (CSV) or row number (XLSX), its cells as text, and the
    columns holding a formula whose value the file never saved."""

    number: int
    cells: list[str]
    unsaved_formulas: frozenset[int] = frozenset()


@dataclass
class Sheet:
    """The rows of one table, and where they came from."""

    source: str
    kind: str  # "csv", "xlsx" or "zip"
    rows: Iterator[Row]
    notes: list[str] = field(default_factory=list)


def read_sheet(path: Path) -> Sheet:
    """The response table in a CSV, TSV, XLSX or ODK Central .zip file."""
    path = Path(path)
    data = read_capped(path, MAX_FILE_BYTES, "a responses spreadsheet")
    source = str(path)
    if data[:4] == b"PK\x03\x04":
        with _open_zip(data, source) as archive:
            names = archive.namelist()
            if "xl/workbook.xml" in names:
                return Sheet(source, "xlsx", _xlsx_rows(data, archive, source))
            member = _submissions_csv(archive, source)
            info = archive.getinfo(member)
            if info.file_size > MAX_FILE_BYTES:
                raise CxError(
                    f"{source}: {member} would be {info.file_size / 1_048_576:.0f} MiB "
                    f"unpacked, more than a responses spreadsheet can be "
                    f"({MAX_FILE_BYTES / 1_048_576:.0f} MiB)."
                )
            inner = archive.read(member)
        return Sheet(source, "zip", _csv_rows(decode_text(inner, f"{source} ({member})"), source))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise CxError(f"{source} is not a readable XLSX workbook (it is not a zip archive).")
    return Sheet(source, "csv", _csv_rows(decode_text(data, source), source))


def text_sheet(text: str, source: str = "") -> Sheet:
    """A sheet from CSV text already decoded."""
    return Sheet(source, "csv", _csv_rows(text.removeprefix("\ufeff"), source))


def _open_zip(data: bytes, source: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CxError(f"{source} is not a readable zip archive or XLSX workbook.") from None


def _submissions_csv(archive: zipfile.ZipFile, source: str) -> str:
    """The main table of an ODK Central download: `FORM.csv` beside `FORM-repeat.csv` files."""
    tables = [
        n for n in archive.namelist() if n.lower().endswith(".csv") and not n.startswith("media/")
    ]
    if not tables:
        raise CxError(f"{source} holds no CSV table; export the submissions as CSV.")
    stems = {n[:-4] for n in tables}
    # A repeat group's table is named after the form's, with "-group" appended.
    main = [n for n in tables if not any(n[:-4].startswith(s + "-") for s in stems - {n[:-4]})]
    return sorted(main or tables, key=len)[0]


def decode_text(data: bytes, source: str) -> str:
    """The text of a CSV file, or CxError naming the line whose encoding differs."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, "utf-16", source)
    head = data[:4096]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        # Excel's "Unicode text" without a byte-order mark: every other byte is NUL.
        even_nuls = head[0::2].count(0)
        return _decode_utf16(
            data, "utf-16-be" if even_nuls > len(head) // 4 else "utf-16-le", source
        )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CxError(
            f"{source}:{line}: the file holds NUL bytes; it is not a text (CSV) file. "
            "Save it from the spreadsheet as CSV UTF-8."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_MULTIBYTE.search(data):
        line = data[:bad].count(b"\n") + 1
        raise CxError(
            f"{source}:{line}: byte 0x{data[bad]:02X} is not UTF-8, while the rest of the file "
            "is UTF-8: the file mixes two encodings (often a line pasted from another file). "
            "Save it again from the spreadsheet as CSV UTF-8."
        )
    # Older Excel versions save CSV in the Windows code page; its five unassigned bytes
    # read as their Latin-1 control characters rather than failing.
    return "".join(
        data[i : i + 65536].decode("cp1252", errors="replace") for i in range(0, len(data), 65536)
    ).replace("\ufffd", "?")


def _decode_utf16(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n\x00" if codec != "utf-16-be" else b"\x00\n") + 1
        raise CxError(
            f'{source}:{line}: the file is UTF-16 (Excel\'s "Unicode text") but breaks off '
            "there; save it again, preferably as CSV UTF-8."
        ) from None


def _sniff_delimiter(header_line: str) -> str:
    # Excel writes ';' in locales where ',' is the decimal mark; pick the most frequent.
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _bounded_lines(text: str, source: str) -> Iterator[str]:
    start = 0
    line = 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if end - start > MAX_LINE_CHARS:
            raise CxError(
                f"{source}:{line}: the line is {(end - start) / 1_048_576:.1f} MiB long, longer "
                f"than a row of answers can be ({MAX_LINE_CHARS // 1_048_576} MiB)."
            )
        yield text[start:end]
        start = end
        line += 1


def _csv_rows(text: str, source: str) -> Iterator[Row]:
    first_line = text.split("\n", 1)[0]
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(_bounded_lines(text, source), delimiter=_sniff_delimiter(first_line))
    count = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CxError(
                f"{source}:{reader.line_num or line}: the CSV could not be read: {exc}."
            ) from None
        count += 1
        _check_row_count(count, source)
        yield Row(line, cells)


def _check_row_count(count: int, source: str) -> None:
    if count > MAX_ROWS + HEADER_ROWS:
        raise CxError(
            f"{source} has more than {MAX_ROWS:,} rows, more respondents than one assessment "
            "holds; split it by team."
        )


def _xlsx_rows(data: bytes, archive: zipfile.ZipFile, source: str) -> Iterator[Row]:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        limit = MAX_SHEET_XML if info.filename.startswith("xl/worksheets/") else MAX_PART_XML
        if info.file_size > limit or total > MAX_WORKBOOK_XML:
            raise CxError(
                f"{source}: its part {info.filename} would unpack to "
                f"{info.file_size / 1_048_576:.0f} MiB, more than a spreadsheet of responses "
                "needs; it is refused rather than read."
            )
    return _xlsx_iter(data, source)


def _load(data: bytes, source: str, data_only: bool):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise CxError(f"{source} is not a readable XLSX workbook ({type(exc).__name__}).") from None


def _xlsx_iter(data: bytes, source: str) -> Iterator[Row]:
    """The first sheet's rows; formulas are found in a first pass only when there are any."""
    formulas = _formula_cells(data, source)
    book = _load(data, source, data_only=True)
    try:
        sheet = book.worksheets[0]
        # Never pad to the range a file declares: each row is as long as its last cell
        # (at most Excel's 16,384 columns), and rows are counted as they come.
        sheet.reset_dimensions()
        width = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            _check_row_count(number, source)
            if number <= HEADER_ROWS:
                row = _xlsx_row(number, values, formulas, MAX_COLUMNS)
                if len(values) > MAX_COLUMNS and number == 1:
                    raise CxError(
                        f"{source}: the header reaches beyond column {MAX_COLUMNS:,}, more "
                        "columns than an export of answers has."
                    )
                width = max(width, len(row.cells))
                yield row
            elif values.count(None) < len(values) or number in formulas:
                yield _xlsx_row(number, values, formulas, width)
    except CxError:
        raise
    except Exception as exc:  # a damaged sheet part
        raise CxError(f"{source}: the sheet could not be read ({type(exc).__name__}).") from None
    finally:
        book.close()


def _xlsx_row(
    number: int, values: tuple[object, ...], formulas: dict[int, set[int]], width: int
) -> Row:
    # Past the header's width only whether anything is there matters (one marker cell).
    tail = values[width:]
    cells = [_cell_text(v) for v in values[:width]]
    if tail.count(None) < len(tail):
        cells.append("…")
    while cells and cells[-1] == "":
        cells.pop()
    unsaved = frozenset(c for c in formulas.get(number, ()) if c >= len(cells) or cells[c] == "")
    return Row(number, cells, unsaved)


def _formula_cells(data: bytes, source: str) -> dict[int, set[int]]:
    # A cell written by a formula and never recalculated has no saved value: data_only
    # reading shows it empty, which would import as "not applicable" without a word.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        if not sheets:
            raise CxError(f"{source} is an XLSX workbook without a sheet.")
        with archive.open(sheets[0]) as part:
            has_formula = any(b"<f" in chunk for chunk in iter(lambda: part.read(1 << 20), b""))
    if not has_formula:
        return {}
    found: dict[int, set[int]] = {}
    book = _load(data, source, data_only=False)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            _check_row_count(number, source)
            for col, value in enumerate(values):
                if isinstance(value, str) and value.startswith("="):
                    found.setdefault(number, set()).add(col)
    finally:
        book.close()
    return found


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = str(value)
    return text[:MAX_CELL_CHARS]


__all__ = ["MAX_COLUMNS", "MAX_ROWS", "Row", "Sheet", "decode_text", "read_sheet", "text_sheet"]
