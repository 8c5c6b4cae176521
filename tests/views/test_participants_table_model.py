"""The participants table model fed twice (issue 19: a second open no slower than the
first): the same rows again change nothing; changed rows keep searching and sorting right."""

from __future__ import annotations

import uuid
from datetime import date

from app.services.participants import OrganizationRow
from app.views.participants.table_model import ParticipantsTableModel


def _row(name: str, role: str = "college", inn: str = "") -> OrganizationRow:
    return OrganizationRow(uuid.uuid4().hex, f"ООО «{name}»", name, inn, "", "", "Москва",
                           role, date(2024, 9, 1) if role else None, "", "", "")


def test_the_same_rows_again_do_not_reset_the_table(qtbot):
    model = ParticipantsTableModel()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rows = [_row("Бета"), _row("Альфа"), _row("Гамма", role="")]
    model.set_rows(rows)
    assert len(resets) == 1
    model.set_rows(list(rows))  # a second open: the reload brings the same rows
    assert len(resets) == 1  # the old model reset and re-sorted every time
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Альфа", "Бета"]


def test_an_empty_answer_is_shown_once(qtbot):
    model = ParticipantsTableModel()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([])
    assert len(resets) == 1  # the empty state listens for it


def test_changed_rows_are_searched_and_sorted_as_new(qtbot):
    model = ParticipantsTableModel()
    first = [_row("Бета", inn="7707083893"), _row("Альфа")]
    model.set_rows(first)
    model.set_search("7707")
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Бета"]
    model.set_rows([first[0], _row("Аист", inn="7707000001")])
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Аист", "Бета"]
    model.set_search("")
    assert model.total == 2


def test_the_id_role_gives_a_uuid(qtbot):
    from PySide6.QtCore import Qt

    model = ParticipantsTableModel()
    row = _row("Альфа")
    model.set_rows([row])
    value = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert value == uuid.UUID(hex=row.raw_id)
    assert model.row_of(value) == 0


def test_the_search_text_is_made_by_the_fetch_and_reused(qtbot):
    from app.views.participants.table_model import PreparedRows, prepare_rows

    rows = [_row("Бета"), _row("Альфа")]
    assert prepare_rows(rows).keys is None  # no search typed: folded after the paint
    first = prepare_rows(rows, keys=True)
    assert "бета" in first.keys[0] and "москва" in first.keys[0]
    again = prepare_rows(list(rows), first, keys=True)
    assert all(a is b for a, b in zip(again.keys, first.keys, strict=True))  # not folded again
    model = ParticipantsTableModel()
    model.set_rows(again)
    assert isinstance(model.prepared, PreparedRows) and model.prepared.rows == rows


def test_search_text_folded_in_one_go_is_the_row_by_row_one():
    from app.views.participants.table_model import _search_text, search_keys

    rows = [_row("Ёлка", inn="7707083893"), _row("ООО \x1f странное"), _row("Альфа")]
    assert search_keys(rows) == [_search_text(r) for r in rows]  # the separator typed: row by row
    assert search_keys(rows[::2]) == [_search_text(r) for r in rows[::2]]
    assert "елка" in search_keys(rows[:1])[0]


def test_a_search_typed_before_the_folding_arrives_still_finds_and_the_late_text_is_kept(qtbot):
    from PySide6.QtCore import Qt

    from app.views.participants.table_model import prepare_rows, search_keys

    model = ParticipantsTableModel()
    rows = [_row("Бета", inn="7707083893"), _row("Альфа"), _row("Ёж", inn="7707000001")]
    model.set_rows(prepare_rows(rows, sort=model.sort_order))
    assert model.needs_keys
    held = model.prepared.rows
    model.sort(0, Qt.SortOrder.DescendingOrder)  # a header click before the folding arrived
    model.set_keys(held, search_keys(held))  # mapped onto the new order
    assert not model.needs_keys
    model.set_search("7707")
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Ёж", "Бета"]
    model.set_rows([*rows, _row("Гамма", inn="7707111111")])  # a reload: not folded yet
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Ёж", "Гамма",
                                                                             "Бета"]
    model.set_keys(held, search_keys(held))  # a late answer for rows no longer held: ignored
    assert [model.row_at(i).short_name for i in range(model.rowCount())] == ["Ёж", "Гамма",
                                                                             "Бета"]


def test_the_page_fetch_prepares_the_rows_on_the_worker(qtbot, services, tmp_path):
    from app.services.tasks import TaskRunner
    from app.settings import Settings
    from app.views.participants.page import ParticipantsPage
    from app.views.participants.table_model import PreparedRows

    page = ParticipantsPage(services, Settings(path=str(tmp_path / "s.ini")), TaskRunner())
    qtbot.addWidget(page)
    work = page.fetch()  # on the GUI thread: reads what it needs; the work runs off it
    assert isinstance(work(), PreparedRows)


def test_the_page_folds_the_search_text_after_showing_the_rows(qtbot, demo, tmp_path):
    from app.services.tasks import TaskRunner
    from app.settings import Settings
    from app.views.participants.page import ParticipantsPage

    page = ParticipantsPage(demo, Settings(path=str(tmp_path / "s.ini")), TaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert page.model.rowCount() > 0
    assert page.model.needs_keys  # the rows are shown before their search text is folded
    qtbot.waitUntil(lambda: not page.model.needs_keys, timeout=10_000)  # after the paint
    first = page.model.row_at(0)
    page.search.setText(first.inn or first.short_name)
    assert first in [page.model.row_at(i) for i in range(page.model.rowCount())]
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # with a search typed, the fetch folds
        page.reload()
    assert not page.model.needs_keys


def test_rows_sorted_on_the_worker_keep_the_list_s_order_through_search_and_sort(qtbot):
    from PySide6.QtCore import Qt

    from app.views.participants.table_model import prepare_rows

    model = ParticipantsTableModel()
    rows = [_row("Бета"), _row("ёлка"), _row("альфа", role=""), _row("Гамма", inn="7707")]
    model.set_rows(prepare_rows(rows, sort=model.sort_order))  # as the page's fetch does
    shown = lambda: [model.row_at(i).short_name for i in range(model.rowCount())]  # noqa: E731
    assert shown() == ["Бета", "Гамма", "ёлка"]  # members, by short name, ё as е
    model.sort(0, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert shown() == ["ёлка", "Гамма", "Бета"]
    model.set_search("7707")
    assert shown() == ["Гамма"]
    model.set_search("")
    assert shown() == ["ёлка", "Гамма", "Бета"]  # the search kept the order chosen
    model.set_filter("", "", counterparties=True)
    assert shown() == ["альфа"]
    # a reload sorted in the order of its time arrives after another header click
    stale = prepare_rows(rows, sort=(0, Qt.SortOrder.AscendingOrder))
    model.set_filter("", "", counterparties=False)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # full name, while the reload was on its way
    model.set_rows(stale)
    assert shown() == ["ёлка", "Гамма", "Бета"]


def test_a_text_column_folded_in_one_go_sorts_as_row_by_row():
    import random

    from PySide6.QtCore import Qt

    from app.views.participants.table_model import COLUMNS, prepare_rows, sort_key

    rng = random.Random(19)
    names = ["Ёлка", "елка", "Альфа", "альфа", "Бета", "ЁЖ", "Ёж", "", "Zeta", "zeta", "Ж\x1fЖ"]
    rows = [_row(rng.choice(names), role=rng.choice(["college", "", "employer"]),
                 inn=rng.choice(["7707083893", "", "500100732259"])) for _ in range(200)]
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            got = prepare_rows(rows, sort=(column, order)).rows
            key = sort_key(column)
            assert [key(r) for r in got] == sorted(
                (key(r) for r in rows), reverse=order == Qt.SortOrder.DescendingOrder), \
                (COLUMNS[column], order)
