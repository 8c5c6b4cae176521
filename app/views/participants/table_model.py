"""The participants table: rows are ``OrganizationRow`` tuples.

Search, role filter and sorting happen inside the model on plain Python lists (a proxy model
over 10,000 rows is hundreds of times slower, DESIGN.md).  The rows are put in the list's
order on the worker (``prepare_rows``), so the GUI thread only filters; a header click sorts
all rows once, and the search keeps that order.  Each row's search text is folded once, off
the GUI thread too, but after the rows are on screen (``search_keys``, started by the page:
folding 10,000 rows took a quarter of the time from click to table), or by the fetch when a
search is already typed; a search typed before it arrives folds them itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

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


_SEARCHED = attrgetter("full_name", "short_name", "inn", "ogrn", "region", "agreement_no",
                       "email", "phone")
_APART = "\x1f"  # the unit separator: between rows folded in one go; never typed in a name


def _search_text(r: OrganizationRow) -> str:
    return _fold(" ".join(_SEARCHED(r)))


def search_keys(rows: list[OrganizationRow]) -> list[str]:
    """Every row's search text.  Pure: runs on a worker.  Folded as one string (the fold is
    most of the cost, and one call saves 10,000 small ones); a separator inside a value
    would shift the rows, so then row by row."""
    keys = _fold(_APART.join(map(" ".join, map(_SEARCHED, rows)))).split(_APART)
    return keys if len(keys) == len(rows) else [_search_text(r) for r in rows]


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
    """Rows made ready off the GUI thread (the page's fetch); ``keys``: their search text
    (None: not folded yet); ``sorted_by``: the order they are already in (None: as the
    database gave them)."""

    rows: list[OrganizationRow]
    keys: list[str] | None = None
    sorted_by: Order | None = None


def prepare_rows(rows: list[OrganizationRow], shown: PreparedRows | None = None,
                 sort: Order | None = None, keys: bool = False) -> PreparedRows:
    """Pure: runs on the worker.  ``sort``: put the rows in the list's order, so the GUI
    thread only filters (issue 19: 10,000 rows); ``keys``: fold their search text too (a
    search is typed), those of the rows already ``shown`` reused, so a reload that brings
    the same rows back folds nothing again."""
    rows = list(rows)
    texts: list[str] | None = None
    if keys:
        known = (dict(zip(shown.rows, shown.keys, strict=True))
                 if shown is not None and shown.keys is not None else {})
        texts = [known.get(r) or _search_text(r) for r in rows] if known else search_keys(rows)
    if sort is not None:
        rows, texts = _in_order(rows, texts, sort)
    return PreparedRows(rows, texts, sort)


def _in_order(rows: list[OrganizationRow], texts: list[str] | None,
              sort: Order) -> tuple[list[OrganizationRow], list[str] | None]:
    """The rows in the list's order, their search text (if folded) beside them."""
    folded = _folded_column(rows, COLUMNS[sort[0]])
    if folded is not None:
        by = folded.__getitem__
    else:
        key = sort_key(sort[0])
        by = lambda i: key(rows[i])  # noqa: E731
    order = sorted(range(len(rows)), key=by, reverse=sort[1] == Qt.SortOrder.DescendingOrder)
    return [rows[i] for i in order], None if texts is None else [texts[i] for i in order]


def _folded_column(rows: list[OrganizationRow], name: str) -> list[str] | None:
    """A text column's values as ``sort_key`` orders them, folded in one go (as
    ``search_keys``); None for the date and the role, or when a value is not plain text."""
    if name in ("joined_on", "role"):
        return None
    try:
        folded = _fold(_APART.join(map(attrgetter(name), rows))).split(_APART)
    except TypeError:  # a value that is not text (None): row by row
        return None
    return folded if len(folded) == len(rows) else None


class ParticipantsTableModel(RowsTableModel):
    COLUMNS = COLUMNS
    FIRST_ORDER: Order = (0, Qt.SortOrder.AscendingOrder)  # by short name, until a header click

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[OrganizationRow] = []
        self._filled = False  # set_rows has been called (an empty list is an answer too)
        self._keys: list[str] | None = []  # None: not folded yet (search_keys, set_keys)
        self._all_sorted_by: Order | None = None  # the order _all is in already
        self._rows: list[OrganizationRow] = []
        self._members: tuple[list, int] | None = None  # (the rows counted, members among them)
        self._search = ""
        self._role = ""
        self._counterparties = False  # the «Контрагенты» list instead of the members
        self._sort: tuple[int, Qt.SortOrder] = self.FIRST_ORDER
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
            if self._keys is None:
                self._keys = ready.keys
            return
        self._filled = True
        self._all, self._keys, self._all_sorted_by = ready.rows, ready.keys, ready.sorted_by
        self._refresh()

    def set_keys(self, rows: list[OrganizationRow], keys: list[str]) -> None:
        """The search text of ``rows`` folded off the GUI thread (``search_keys``); kept
        only if those rows are still the ones held."""
        if self._keys is not None or len(rows) != len(self._all):
            return
        if rows is self._all:
            self._keys = keys
        elif rows == self._all:  # the same rows, fetched again
            self._keys = keys
        else:  # sorted anew by a header click meanwhile, else rows of an older load
            mine = dict(zip(rows, keys, strict=True))
            if all(row in mine for row in self._all):
                self._keys = [mine[row] for row in self._all]

    @property
    def needs_keys(self) -> bool:
        """The rows held have no search text yet (the page folds it off the GUI thread)."""
        return self._keys is None

    @property
    def searching(self) -> bool:
        return bool(self._search.split())

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
        self._all, self._keys = _in_order(self._all, self._keys, self._sort)
        self._all_sorted_by = self._sort
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
        if words and self._keys is None:  # typed before the worker's folding arrived
            self._keys = search_keys(self._all)
        if words:
            pairs = zip(self._all, self._keys or (), strict=True)
            rows = [row for row, key in pairs if all(w in key for w in words)]
        else:
            rows = self._all
        # the list and the role in one pass; ``row.role`` is what ``is_member`` reads (a
        # property call per row was a tenth of a 10,000-row load's time on the GUI thread)
        role = self._role
        if self._counterparties:  # no membership today: no role to choose but «none»
            rows = [row for row in rows if not row.role] if role in ("", NO_MEMBERSHIP) else []
        elif role == NO_MEMBERSHIP:  # members without a membership: none
            rows = []
        elif role:
            rows = [row for row in rows if row.role == role]
        else:
            rows = [row for row in rows if row.role]
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
        if self._members is None or self._members[0] is not self._all:
            self._members = (self._all, sum(1 for r in self._all if r.role))
        members = self._members[1]
        return len(self._all) - members if self._counterparties else members
