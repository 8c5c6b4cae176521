"""The workbook every xlsx the program writes starts from: XlsxWriter (it writes a formula
together with its value, and streams rows in ``constant_memory`` mode), its document
properties, and one cache of named-font cell formats.  openpyxl stays the reader."""

from __future__ import annotations

import re
from pathlib import Path

import xlsxwriter
from xlsxwriter.core import Core
from xlsxwriter.packager import Packager
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from app.services.reports.properties import LANGUAGE, DocumentProperties
from app.services.reports.xlsx_page import FONT_NAME, FONT_SIZE

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00" ₽"'
NUMBER_FORMAT = "#,##0.###"
BORDER_COLOR = "#B8C4CE"


class _Core(Core):
    """core.xml with the document's language (XlsxWriter's own has no such property)."""

    def _write_cp_content_status(self) -> None:
        super()._write_cp_content_status()
        self._xml_data_element("dc:language", LANGUAGE)


class _Packager(Packager):
    def _write_core_file(self) -> None:
        core = _Core()
        core._set_properties(self.workbook.doc_properties)
        core._set_xml_writer(self._filename("docProps/core.xml"))
        core._assemble_xml_file()


_FUNCTION = re.compile(r"([A-Za-z_][A-Za-z0-9._]*)\(")
#: functions as old as Excel 2007: XlsxWriter has nothing to prefix (``_xlfn.``) in them
_PLAIN_FUNCTIONS = frozenset({"SUM", "IF", "ROUND", "MIN", "MAX", "ABS", "AND", "OR"})


class _Sheet(Worksheet):
    def _prepare_formula(self, formula, expand_future_functions=False):
        """XlsxWriter runs some 30 regular expressions over every formula looking for newer
        functions to prefix (a third of a 2,000-contract form's writing time); a formula
        calling only old ones is passed as it is, anything else the usual way."""
        body = formula[1:] if formula.startswith("=") else formula
        if body[:1] in ("{", "=") or body.endswith("}") or not all(
                name in _PLAIN_FUNCTIONS for name in _FUNCTION.findall(body)):
            return super()._prepare_formula(formula, expand_future_functions)
        return body


class Book(xlsxwriter.Workbook):
    """A workbook whose text is text: no string becomes a formula, a number or a link by
    its look («=HYPERLINK(…)» in a name stays those characters)."""

    worksheet_class = _Sheet

    def __init__(self, path: Path | str, properties: DocumentProperties | None = None,
                 streamed: bool = True):
        super().__init__(str(path), {
            "constant_memory": streamed,  # a row goes to disk once the next one starts
            "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "default_date_format": DATE_FORMAT,
            "default_format_properties": {"font_name": FONT_NAME, "font_size": FONT_SIZE},
        })
        self._formats: dict[tuple, object] = {}
        if properties is not None:
            self.set_properties({
                "title": properties.title, "subject": properties.subject,
                "author": properties.author, "company": properties.author,
                "keywords": properties.keywords})

    def _get_packager(self):
        return _Packager()

    def style(self, **props):
        """One format per look, always with the font named (a header format without a
        font name printed in a substituted serif)."""
        key = tuple(sorted(props.items()))
        found = self._formats.get(key)
        if found is None:
            found = self.add_format({"font_name": FONT_NAME, "font_size": FONT_SIZE, **props})
            self._formats[key] = found
        return found


def cell_ref(row: int, column: int) -> str:
    """A1 name of a 0-based cell."""
    return xl_rowcol_to_cell(row, column)
