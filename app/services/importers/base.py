"""What every importer shares: file checks, header finding, row errors, the result.

The flow (after OpenLP's song importers): read → normalise → validate every row →
all-or-nothing commit → ``ImportResult`` with row-level errors.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.services.base import translate

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 2000
HEADER_SEARCH_ROWS = 30

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


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
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


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
    except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
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


def read_sheet(path: Path) -> list[tuple]:
    """The first sheet's rows as tuples of values, after the file passed its checks."""
    check_xlsx_file(path)
    from openpyxl import load_workbook  # ~60 ms: loaded on the first import, not at start-up

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise ImportFileError(damaged_message()) from exc
    try:
        return [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    except Exception as exc:
        raise ImportFileError(damaged_message()) from exc
    finally:
        wb.close()
