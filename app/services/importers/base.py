"""What every importer shares: file checks, header finding, row errors, the result.

The flow (after OpenLP's song importers): read → normalise → validate every row →
all-or-nothing commit (:func:`write_batches`, :func:`record_import`) → ``ImportResult`` with
row-level errors.  The imports are listed in registry.py; cell parsers are in cells.py.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TypeVar

from app.services.audit import Action, record
from app.services.base import translate
from app.services.validation import FieldError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 2000
HEADER_SEARCH_ROWS = 30
# A sheet is read as a stream and refused as soon as it passes one of these, so a huge file
# costs seconds and bounded memory, not minutes and gigabytes.
MAX_ROWS = 100_000  # rows of the sheet up to its last one, title and header rows included
MAX_CELLS = 2_000_000  # cells of the sheet, each row counted up to its last filled cell
MAX_SHEET_BYTES = 200 * 1024 * 1024  # one sheet's XML: ~100 bytes a cell at MAX_CELLS
# openpyxl holds the whole shared-string table in memory (~210 bytes an entry at worst)
MAX_SHARED_STRINGS_BYTES = 50 * 1024 * 1024
MAX_SHARED_STRINGS = 500_000  # different texts in the file
ERRORS_KEPT = 50  # row errors listed; the rest are only counted

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")
BATCH = 200  # rows written between two looks at the cancel flag, and per progress step


class ImportFileError(Exception):
    """The file as a whole cannot be read; nothing was imported."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was imported."""


@dataclass(frozen=True)
class RowError:
    row: int  # the row number as the spreadsheet shows it
    column: str  # the header as the file has it ("" when the row as a whole is wrong)
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("Import", "Row {row}, column «{column}»: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return translate("Import", "Row {row}: {message}").format(row=self.row, message=self.message)


@dataclass
class ImportResult:
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # rows that match what is stored: nothing written for them
    errors: list[RowError] = field(default_factory=list)  # the first ERRORS_KEPT of them
    error_count: int = 0  # all of them
    notes: list[str] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.error_count

    @property
    def errors_not_listed(self) -> int:
        return self.error_count - len(self.errors)

    def error_lines(self) -> list[str]:
        """The errors kept, and a last line counting the rest: what the user is shown."""
        lines = [str(error) for error in self.errors]
        if self.errors_not_listed:
            lines.append(translate("Import", "… and {count} more errors.").format(
                count=count_text(self.errors_not_listed)))
        return lines

    def add_error(self, error: RowError) -> None:
        """Count every error, keep the first few: a file of 800,000 bad rows must not cost
        800,000 messages in memory or on screen."""
        self.error_count += 1
        if len(self.errors) < ERRORS_KEPT:
            self.errors.append(error)


class RowErrors:
    """Everything wrong with one row, field by field, in the order found.  Every message is
    kept: two problems in one column (an unknown role, and membership details without a
    role) are both reported, never one in place of the other."""

    def __init__(self) -> None:
        self._items: list[tuple[str, str]] = []

    def add(self, name: str, message: str) -> None:
        """``name`` is the field ("" for the row as a whole)."""
        if (name, message) not in self._items:
            self._items.append((name, message))

    def add_for_value(self, name: str, message: str) -> None:
        """A rule broken by the value read from the cell.  Skipped when the cell itself could
        not be read: the value checked is then a stand-in, not what the user wrote."""
        if name not in self.fields:
            self.add(name, message)

    def read(self, name: str, parse: Callable[[object], object], value: object) -> object:
        """``parse(value)``, or None with the parser's message noted."""
        try:
            return parse(value)
        except FieldError as exc:
            self.add(name, str(exc))
            return None

    @property
    def fields(self) -> set[str]:
        return {name for name, _ in self._items}

    def __bool__(self) -> bool:
        return bool(self._items)

    def report(self, result: ImportResult, row: int, column: Callable[[str], str]) -> None:
        """Hand the row's messages to ``result``; ``column(field)`` is the header shown."""
        for name, message in self._items:
            result.add_error(RowError(row, column(name) if name else "", message))


def normalise_header(value: object) -> str:
    """«  Дата  Вступления: » → «датавступления»; «E-mail» → «email»; ё → е."""
    text = str(value or "").lower().replace("ё", "е").replace("\u00a0", " ")
    return re.sub(r"[\s\-_.:*()]", "", text)


def check_xlsx_file(path: Path) -> None:
    """Refuse what is not a sane .xlsx before openpyxl parses it."""
    if not path.exists():
        raise ImportFileError(translate("Import", "The file {name} does not exist.").format(name=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            translate("Import", "The file is too large ({size} MB); the limit is {limit} MB.").format(
                size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            translate(
                "Import",
                "The file is not an Excel workbook (.xlsx). If it is an old .xls file, "
                "open it in Excel and save it as .xlsx.",
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, size)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, zlib.error) as exc:
        raise ImportFileError(damaged_message()) from exc


def damaged_message() -> str:
    return translate("Import", "The file is damaged or is not an Excel workbook (.xlsx).")


def _check_archive(archive: zipfile.ZipFile, size: int) -> None:
    """Zip bombs and XML entity tricks are refused before any XML parser sees them."""
    infos = archive.infolist()
    names = [i.filename for i in infos]
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise ImportFileError(translate("Import", "The file is not an Excel workbook (.xlsx)."))
    unpacked = sum(info.file_size for info in infos)
    if (len(infos) > MAX_ENTRIES or unpacked > MAX_UNPACKED_BYTES
            or (size and unpacked / size > MAX_RATIO)
            or any(i.compress_size and i.file_size > 1_000_000
                   and i.file_size / i.compress_size > MAX_RATIO for i in infos)):
        raise ImportFileError(
            translate("Import", "The file unpacks to a suspicious size and was refused.")
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as part:
                head = part.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ImportFileError(translate(
                    "Import", "The file contains XML declarations that Excel never writes "
                              "(a known attack); it was refused."))
    _count_parts(archive, infos)


def count_text(number: int) -> str:
    """802950 → «802 950», as Russian writes large numbers."""
    return f"{number:,}".replace(",", " ")


def _mb(size: int) -> int:
    return -(-size // (1024 * 1024))


def find_header(
    rows: Sequence[Sequence[object]], aliases: dict[str, str], required: dict[str, str]
) -> tuple[int, dict[int, tuple[str, str]]]:
    """Find the header row among the first rows.

    Returns (index of the header row in ``rows``, {column index: (field, header text)}).
    ``aliases`` maps normalised header text to a field name; ``required`` maps the fields that
    must be present to the header a user would write for them.
    """
    best: tuple[int, dict[int, tuple[str, str]]] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping: dict[int, tuple[str, str]] = {}
        for col, value in enumerate(row):
            name = aliases.get(normalise_header(value))
            if name and name not in {f for f, _ in mapping.values()}:
                mapping[col] = (name, " ".join(str(value).split()))
        found = {f for f, _ in mapping.values()}
        if set(required) <= found and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    if best is None:
        raise ImportFileError(
            translate(
                "Import",
                "No header row was found in the first {count} rows. "
                "The sheet needs at least these columns: {columns}.",
            ).format(count=HEADER_SEARCH_ROWS, columns=", ".join(f"«{h}»" for h in required.values()))
        )
    return best


def is_blank(row: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def too_many_rows() -> ImportFileError:
    return ImportFileError(translate(
        "Import", "The sheet has more than {limit} rows; split the list into files of at most "
                  "{limit} rows.").format(limit=count_text(MAX_ROWS)))


def read_sheet(path: Path) -> Iterator[tuple]:
    """The first sheet's rows as tuples of values, read as a stream after the file passed
    its checks (its rows and cells counted in the raw XML).  The stream counts again, by row
    number (a sheet whose one cell sits in row 900,000 is 900,000 rows long), and raises
    ImportFileError at the first row past MAX_ROWS or MAX_CELLS.  The declared <dimension>
    is not trusted either way: the counts are exact."""
    check_xlsx_file(path)
    from openpyxl import load_workbook  # ~60 ms: loaded on the first import, not at start-up

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise ImportFileError(damaged_message()) from exc
    try:
        sheet = wb.worksheets[0]
    except Exception as exc:
        wb.close()
        raise ImportFileError(damaged_message()) from exc
    # Without the declared size openpyxl pads nothing: a row is as long as its last cell.
    sheet.reset_dimensions()
    return _stream(wb, sheet)


def too_many_cells() -> ImportFileError:
    return ImportFileError(translate(
        "Import", "The sheet has more than {limit} cells; split the list into several "
                  "files.").format(limit=count_text(MAX_CELLS)))


_FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


def _tally(xml, prefix: bytes, names: tuple[bytes, ...]) -> Iterator[list[int]]:
    """Running counts of the elements ``names`` in a part's raw XML, after each chunk.
    Inflating and counting is ~20× faster than parsing, so an oversized part is refused in
    seconds; the caller stops at the first limit passed.  (``<`` occurs unescaped only in
    tags, comments and CDATA, so the count is exact for what Excel writes and can only be
    too high, never too low, for anything else.)"""
    counts = [0] * len(names)
    tags = [b"<" + prefix + name for name in names]
    longest = max(map(len, tags)) + 1
    chunk, tail = xml.read(1 << 20), b""
    while chunk or tail:
        data = tail + chunk
        # a tag cut by the chunk's end starts at the last «<» of its last few bytes
        cut = data.rfind(b"<", max(0, len(data) - longest)) if chunk else -1
        body, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        for index, tag in enumerate(tags):
            counts[index] += sum(body.count(tag + end) for end in (b" ", b">", b"/"))
        yield counts
        chunk = xml.read(1 << 20) if chunk else b""


def _count_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Every sheet's size, rows and cells, and the shared strings, checked before openpyxl
    opens the file: it parses a whole sheet that does not declare its size just to find
    the size, and holds the whole shared-string table in memory.  A part is known by its
    root element, not its name: the workbook's links may name any part."""
    cells = 0
    for info in infos:
        with archive.open(info) as xml:
            found = _FIRST_ELEMENT.search(xml.read(4096))
        root = found.group(2) if found else b""
        if root not in (b"worksheet", b"sst"):
            continue
        sheet = root == b"worksheet"
        limit = MAX_SHEET_BYTES if sheet else MAX_SHARED_STRINGS_BYTES
        if info.file_size > limit:
            message = translate(
                "Import", "A sheet of the file unpacks to {size} MB; the limit is {limit} MB. "
                          "Split the list into several files.") if sheet else translate(
                "Import", "The file's text unpacks to {size} MB; the limit is {limit} MB. "
                          "Split the list into several files.")
            raise ImportFileError(message.format(size=_mb(info.file_size),
                                                 limit=limit // (1024 * 1024)))
        with archive.open(info) as xml:
            if sheet:
                sheet_cells = 0
                for rows, sheet_cells in _tally(xml, found.group(1) or b"", (b"row", b"c")):
                    if rows > MAX_ROWS:
                        raise too_many_rows()
                    if cells + sheet_cells > MAX_CELLS:
                        raise too_many_cells()
                cells += sheet_cells
                continue
            for (strings,) in _tally(xml, found.group(1) or b"", (b"si",)):
                if strings > MAX_SHARED_STRINGS:
                    raise ImportFileError(translate(
                        "Import", "The file has more than {limit} different texts; split the "
                                  "list into several files.").format(
                        limit=count_text(MAX_SHARED_STRINGS)))


def _stream(wb, sheet) -> Iterator[tuple]:
    rows = cells = 0
    try:
        for row in sheet.iter_rows(values_only=True):
            rows += 1
            cells += len(row)
            if rows > MAX_ROWS:
                raise too_many_rows()
            if cells > MAX_CELLS:
                raise too_many_cells()
            yield tuple(row)
    except ImportFileError:
        raise
    except Exception as exc:  # a broken sheet part
        raise ImportFileError(damaged_message()) from exc
    finally:
        wb.close()


def data_rows(rows: Iterable[Sequence[object]], aliases: dict[str, str],
              required: dict[str, str]
              ) -> tuple[dict[int, tuple[str, str]], Iterator[tuple[int, Sequence[object]]]]:
    """Find the header among the first rows, then ({column index: (field, header text)},
    the rows below it as (row number as the spreadsheet shows it, values)), still streamed."""
    rows = iter(rows)
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    index, columns = find_header(head, aliases, required)
    return columns, enumerate(chain(head[index + 1:], rows), start=index + 2)


def write_batches(items: Sequence[T], write: Callable[[Sequence[T]], None],
                  progress: Progress | None, cancelled: Cancelled | None) -> None:
    """Every importer's write loop: ``write`` takes the planned rows BATCH at a time inside
    the caller's one transaction; the cancel flag is read before each batch (ImportCancelled
    rolls the whole import back) and progress is reported after each."""
    total = len(items)
    for start in range(0, total, BATCH):
        if cancelled and cancelled():
            raise ImportCancelled(translate("Import", "Import cancelled: nothing was changed."))
        batch = items[start:start + BATCH]
        write(batch)
        if progress:
            progress(start + len(batch), total)


def record_import(session, result: ImportResult, detail: str, table_name: str) -> None:
    """The import's own audit entry, with what it added and changed; a file that changes
    nothing leaves no trace."""
    if result.created or result.updated:
        record(session, Action.IMPORT, f"{detail}: +{result.created}, ~{result.updated}",
               table_name=table_name)
