"""The one rule for every list's columns (issue 21, app/views/widgets/filling_table.py): the
main text column stretches, the others fit a sample of their rows, a narrow list gives way
without cutting dates and phones, the user's widths and columns are remembered, cut text has a
tooltip."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.settings import Settings
from app.views.widgets import filling_table
from app.views.widgets.columns import Col, ColumnsModel, make_table
from app.views.widgets.filling_table import SAMPLE_ROWS, elided_text


@dataclass(frozen=True)
class Org:
    id: int
    name: str
    inn: str
    phone: str
    joined: str
    note: str


def rows(count: int) -> list[Org]:
    return [Org(i, f"Бюджетное профессиональное образовательное учреждение № {i}",
                f"35{i:08d}", "+7 (8172) 21-34-56", "01.03.2024",
                "заметка " * (3 if i % 2 else 12)) for i in range(count)]


def model() -> ColumnsModel:
    return ColumnsModel([
        Col("name", "Наименование", lambda r: r.name),
        Col("inn", "ИНН", lambda r: r.inn),
        Col("phone", "Телефон", lambda r: r.phone),
        Col("joined", "Дата вступления", lambda r: r.joined),
        Col("note", "Примечание", lambda r: r.note),
    ])


class Page(QWidget):
    """Stands for a section page: the table finds the program's settings through it."""

    def __init__(self, settings: Settings, table):
        super().__init__()
        self.settings = settings
        QVBoxLayout(self).addWidget(table)


def shown(qtbot, settings, width: int, count: int = 40, **kwargs):
    m = model()
    m.set_rows(rows(count))
    table = make_table(m, 0, **kwargs)
    page = Page(settings, table)
    qtbot.addWidget(page)
    page.resize(width, 400)
    page.show()
    qtbot.waitExposed(page)
    table.held_by = page  # the test keeps the page alive while it looks at the table
    return table


def text_width(table, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text)


def test_the_main_column_stretches_and_the_others_fit_their_content(qtbot, settings):
    table = shown(qtbot, settings, 1200)
    widths = [table.columnWidth(c) for c in range(5)]
    assert sum(widths) == table.viewport().width()  # no sideways scrolling, no gap
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(1) >= text_width(table, "3500000039")  # whole INN
    assert table.columnWidth(2) >= text_width(table, "+7 (8172) 21-34-56")
    assert table.columnWidth(1) < 200  # numbers are not given room they do not need
    assert widths[0] == max(widths)  # the name takes what the others leave
    header = table.horizontalHeader()
    for column in range(5):  # every heading reads whole
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)


def test_a_narrow_list_gives_way_without_cutting_dates_or_phones(qtbot, settings):
    table = shown(qtbot, settings, 760)
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(2) >= text_width(table, "+7 (8172) 21-34-56")
    assert table.columnWidth(3) >= text_width(table, "01.03.2024")
    assert table.columnWidth(4) < text_width(table, "заметка " * 12)  # the long note gave way


def test_the_widths_come_from_a_sample_not_every_row(qtbot, settings, monkeypatch):
    """100,000 rows: the sizing reads a few dozen of them (resizeColumnsToContents reads all
    and takes 0.7 s, DESIGN.md)."""
    m = model()
    m.set_rows(rows(100_000))
    asked = []
    data = ColumnsModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            asked.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(ColumnsModel, "data", counting)
    table = make_table(m, 0)
    qtbot.addWidget(table)
    asked.clear()
    table.size_columns()
    assert len(set(asked)) <= SAMPLE_ROWS
    assert max(asked) > 50_000  # the sample reaches into the whole list, not just its top


def test_a_width_the_user_drags_is_remembered(qtbot, tmp_path):
    settings = Settings(str(tmp_path / "widths.ini"))
    table = shown(qtbot, settings, 1200, name="orgs")
    table.horizontalHeader().resizeSection(2, 260)  # as a drag does
    settings.sync()
    again = shown(qtbot, Settings(str(tmp_path / "widths.ini")), 1200, name="orgs")
    assert again.columnWidth(2) == 260
    assert again.columnWidth(1) == table.columnWidth(1)


def test_columns_hidden_by_default_come_back_from_the_heading_menu(qtbot, tmp_path):
    settings = Settings(str(tmp_path / "columns.ini"))
    table = shown(qtbot, settings, 900, name="orgs", hidden=("note",))
    assert table.isColumnHidden(4)
    table.show_column(4, True)
    assert not table.isColumnHidden(4)
    table.show_column(1, False)
    settings.sync()
    again = shown(qtbot, Settings(str(tmp_path / "columns.ini")), 900, name="orgs",
                  hidden=("note",))
    assert not again.isColumnHidden(4) and again.isColumnHidden(1)


@pytest.mark.parametrize("width", [700, 1400])
def test_cut_text_has_its_whole_as_a_tooltip(qtbot, settings, width):
    table = shown(qtbot, settings, width)
    assert isinstance(table.itemDelegate(), filling_table.ElidedTipDelegate)
    long_note = table.model().index(0, 4)  # twelve words
    short_inn = table.model().index(0, 1)
    assert elided_text(table, short_inn) == ""
    fits = table.columnWidth(4) >= text_width(table, long_note.data()) + 10
    assert elided_text(table, long_note) == ("" if fits else long_note.data())
