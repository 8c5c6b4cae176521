"""The participants table: rows are ``OrganizationRow`` tuples.

Search, role filter and sorting happen inside the model on plain Python lists (a proxy model
over 10,000 rows is hundreds of times slower, DESIGN.md).  Each row's search text is built
once and the rows are put in the list's order on the worker (``prepare_rows``), so the GUI
thread only filters; a header click sorts all rows once, and the search keeps that order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.formats import format_date
from app.services.participants import OrganizationRow, role_label
from app.views.widgets.rows_model import RowsTableModel
from app.views.widgets.rows_model import fold as _fold

COLUMNS = (
    "short_name", "full_name", "inn", "ogrn", "kpp", "role", "region",
    "joined_on", "agreement_no", "phone", "email",
)
NO_MEMBERSHIP = "-"  # role filter value: organizations outside the cluster

_Index = QModelIndex | QPersistentModelIndex


def _search_text(r: OrganizationRow) -> str:
    return _fold(" ".join((r.full_name, r.short_name, r.inn, r.ogrn, r.region,
                           r.agreement_no, r.email, r.phone)))


def sort_key(column: int):
    """How a column orders the rows: text case- and ё-blind, rows without a date last."""
    name = COLUMNS[column]
    if name == "joined_on":
        return lambda r: (r.joined_on is None, r.joined_on or date.min)
    if name == "role":
        return lambda r: _fold(role_label(r.role))
    return lambda r: _fold(getattr(r, name) or "")


Order = tuple[int, Qt.SortOrder]


@dataclass(frozen=True)
class PreparedRows:
    """Rows with their search text, made off the GUI thread (the page's fetch); ``sorted_by``:
    the order they are already in (None: as the database gave them)."""

    rows: list[OrganizationRow]
    keys: list[str]
    sorted_by: Order | None = None


def prepare_rows(rows: list[OrganizationRow], shown: PreparedRows | None = None,
                 sort: Order | None = None) -> PreparedRows:
    """Pure: runs on the worker.  The rows already ``shown`` lend their search text, so a
    reload that brings the same rows back folds nothing again; ``sort``: put them in the
    list's order here too, so the GUI thread only filters (issue 19: 10,000 rows)."""
    rows = list(rows)
    known = dict(zip(shown.rows, shown.keys, strict=True)) if shown is not None else {}
    keys = [known.get(r) or _search_text(r) for r in rows]
    if sort is not None:
        key = sort_key(sort[0])
        order = sorted(range(len(rows)), key=lambda i: key(rows[i]),
                       reverse=sort[1] == Qt.SortOrder.DescendingOrder)
        rows, keys = [rows[i] for i in order], [keys[i] for i in order]
    return PreparedRows(rows, keys, sort)


class ParticipantsTableModel(RowsTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[OrganizationRow] = []
        self._filled = False  # set_rows has been called (an empty list is an answer too)
        self._keys: list[str] = []
        self._all_sorted_by: Order | None = None  # the order _all is in already
        self._rows: list[OrganizationRow] = []
        self._search = ""
        self._role = ""
        self._counterparties = False  # the «Контрагенты» list instead of the members
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Short name"), self.tr("Full name"), self.tr("INN"), self.tr("OGRN"),
            self.tr("KPP"), self.tr("Role"), self.tr("Region"), self.tr("Joined"),
            self.tr("Agreement no."), self.tr("Phone"), self.tr("E-mail"),
        )

    # --- data in ---
    def set_rows(self, rows: list[OrganizationRow] | PreparedRows) -> None:
        """New rows from a reload (best ``prepare_rows``'d on the worker).  The same rows
        again (a section opened a second time) change nothing and cost a comparison;
        changed rows reuse the search text of the rows that stayed."""
        ready = rows if isinstance(rows, PreparedRows) else prepare_rows(rows, self.prepared)
        if self._filled and ready.rows == self._all:
            return
        self._filled = True
        self._all, self._keys, self._all_sorted_by = ready.rows, ready.keys, ready.sorted_by
        self._refresh()

    @property
    def prepared(self) -> PreparedRows:
        """The rows shown now with their search text (lists replaced, never changed in place:
        a worker may read them)."""
        return PreparedRows(self._all, self._keys, self._all_sorted_by)

    @property
    def sort_order(self) -> Order:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """All the rows are put in the new order (and the search keeps it: a keystroke
        filters, it never sorts 10,000 rows again)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        ready = prepare_rows(self._all, self.prepared, self._sort)
        self._all, self._keys, self._all_sorted_by = ready.rows, ready.keys, ready.sorted_by
        self._rows = self._filtered()
        self.layoutChanged.emit()

    def set_search(self, text: str) -> None:
        self.set_filter(text, self._role)

    def set_role(self, role: str) -> None:
        self.set_filter(self._search, role)

    def set_filter(self, text: str, role: str, counterparties: bool | None = None) -> None:
        """Search text, role and list together: one pass over the rows per keystroke."""
        self._search, self._role = _fold(text.strip()), role or ""
        if counterparties is not None:
            self._counterparties = counterparties
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[OrganizationRow]:
        """The list, search and role applied, in the list's order."""
        words = self._search.split()
        rows = [
            row for row, key in zip(self._all, self._keys, strict=True)
            if row.is_member != self._counterparties
            and all(w in key for w in words)
            and (not self._role
                 or (self._role == NO_MEMBERSHIP and not row.role)
                 or row.role == self._role)
        ]
        return rows if self._all_sorted_by == self._sort else self._sorted(rows)

    # --- sorting ---
    def _sorted(self, rows: list[OrganizationRow]) -> list[OrganizationRow]:
        column, order = self._sort
        return sorted(rows, key=sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface (rowCount, columnCount, headerData: RowsTableModel) ---
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = COLUMNS[index.column()]
            if name == "role":
                return role_label(row.role) or self.tr("not a member")
            if name == "joined_on":
                return format_date(row.joined_on)
            return getattr(row, name)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "full_name":
            return row.full_name
        return None

    # --- helpers for the page ---
    def row_at(self, row: int) -> OrganizationRow:
        return self._rows[row]

    def row_of(self, org_id) -> int:
        for i, r in enumerate(self._rows):
            if r.id == org_id:
                return i
        return -1

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def list_total(self) -> int:
        """Rows of the list shown (members, or counterparties) before search and role."""
        return sum(1 for r in self._all if r.is_member != self._counterparties)
