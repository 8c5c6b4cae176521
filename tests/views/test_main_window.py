"""The main window as a user sees it."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.bootstrap import main
from app.views.main_window import SECTION_KEYS, MainWindow

RUSSIAN_SECTIONS = [
    "Сводка", "Сроки", "Участники", "Площадки и мастерские", "Дорожная карта", "Грант и закупки",
    "Мероприятия", "Проверки", "Карьерные карты", "Показатели", "Запросы данных", "Отчёты",
    "Настройки",
]


def test_sidebar_names_every_section_in_russian(window):
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == RUSSIAN_SECTIONS


def test_every_section_is_built_none_is_a_placeholder(window):
    for key in SECTION_KEYS:
        page = window.show_section(key)
        texts = " ".join(label.text() for label in page.findChildren(type(window.db_label)))
        assert "ещё не готов" not in texts, key
    assert window.show_section("reports").table.rowCount() >= 12


def test_status_bar_names_the_cluster(window, demo):
    # the database's place is in Settings → General (issue 21: nothing technical on screen)
    assert window.db_label.text() == demo.cluster.get().name


def test_window_remembers_size_and_section(qtbot, demo, settings, answers):
    first = MainWindow(demo, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(731, 567)  # the offscreen screen is 800×800
    first.show_section("settings")
    first.close()
    second = MainWindow(demo, settings)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (731, 567)
    assert second.current_section() == "settings"


def test_screenshot_command_paints_participants_in_russian(tmp_path):
    target = tmp_path / "out.png"
    assert main(["--demo", "--screenshot", str(target), "--section", "participants"]) == 0
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 700
    # not a blank window: many distinct colours (text, stripes, sidebar)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_every_section_opens_from_the_command_line(tmp_path):
    for key in SECTION_KEYS:
        target = tmp_path / f"{key}.png"
        assert main(["--demo", "--screenshot", str(target), "--section", key]) == 0
        assert target.stat().st_size > 5000


def test_unhandled_exception_shows_russian_dialog_logs_and_keeps_window(window, answers):
    from app.logs import log_file
    from app.views import errors

    try:
        raise RuntimeError("тестовая ошибка 42")
    except RuntimeError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    title, text, details = answers.messages[-1]
    assert "Что-то пошло не так" in title or "ошибк" in (title + text).lower()
    assert "тестовая ошибка 42" in details
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "тестовая ошибка 42" in log_file().read_text(encoding="utf-8")
    assert window.isVisible()


def test_participants_table_is_full_of_demo_rows(window, demo):
    page = window.page("participants")
    assert page.model.rowCount() == demo.participants.member_count() > 20  # the members
    header = page.model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "ИНН"


def test_english_is_available(qtbot, demo, settings, answers, qapp):
    from app.i18n import install_translators

    try:
        install_translators(qapp, "en")
        win = MainWindow(demo, settings)
        qtbot.addWidget(win)
        assert win.navigation.item(SECTION_KEYS.index("participants")).text() == "Participants"
    finally:
        install_translators(qapp, "ru")
    win_ru = MainWindow(demo, settings)
    qtbot.addWidget(win_ru)
    assert win_ru.navigation.item(SECTION_KEYS.index("participants")).text() == "Участники"


def test_built_sections_open_in_the_window(window):
    from app.views.roadmap.page import RoadmapPage
    from app.views.sites.page import SitesPage

    assert isinstance(window.show_section("sites"), SitesPage)
    assert isinstance(window.show_section("roadmap"), RoadmapPage)
    window.wait_until_loaded()
    assert window.page("roadmap").model.rowCount() >= 7


def test_help_menu_opens_the_user_guide(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []  # nothing outside the program: the guide opens in its own window
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    assert not opened
    assert window.help_window.source_page().name == "README.md"
    assert "Руководство пользователя" in window.help_window.browser.toPlainText()


def test_no_column_heading_is_cut_off_in_any_section(qtbot, demo, settings, answers):
    """Every table's headings read whole, in every section and tab (Russian words are long:
    «Отклонение», «Как считается» were cut to «тклонени» once).  The tests run with the
    program's style (tests/conftest.py): the headings' bold font and padding come with it."""
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    _check_headings(qtbot, window)


def _check_headings(qtbot, window) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QHeaderView,
        QTableView,
        QTabWidget,
        QTreeView,
    )

    window.resize(1280, 800)
    bold = QFont(window.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    cut = []
    for key in SECTION_KEYS:
        page = window.show_section(key)
        window.wait_until_loaded()
        tab_widgets = page.findChildren(QTabWidget)
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                qtbot.wait(10)
                for view in page.findChildren(QAbstractItemView):
                    if isinstance(view, QTableView):
                        header = view.horizontalHeader()
                    elif isinstance(view, QTreeView):
                        header = view.header()
                    else:
                        continue
                    if not view.isVisible() or not header.isVisible() or view.model() is None:
                        continue
                    last = header.logicalIndex(header.count() - 1)
                    for column in range(header.count()):
                        if header.isSectionHidden(column) or (
                                column == last and header.stretchLastSection()) or \
                                header.sectionResizeMode(column) == \
                                QHeaderView.ResizeMode.Stretch:
                            continue
                        title = str(view.model().headerData(column, Qt.Orientation.Horizontal)
                                    or "")
                        # the text's widest line in the headings' bold font, and the
                        # style sheet's 6 px padding each side
                        need = max(metrics.horizontalAdvance(line)
                                   for line in title.split("\n")) + 12
                        if header.sectionSize(column) < need:
                            cut.append(f"{key}: «{title}» {header.sectionSize(column)} < {need}")
    assert not cut, "\n".join(dict.fromkeys(cut))


def test_a_second_window_in_one_process_does_not_restyle_the_application(qapp, monkeypatch):
    """The style goes on once: a second start in the same process (tests, a restore that
    reopens the window) must not re-polish every widget alive."""
    from app.views.style import QSS, apply_style

    assert qapp.styleSheet() == QSS  # on since the session started, as at the program's start
    calls = []
    monkeypatch.setattr(type(qapp), "setStyleSheet", lambda self, sheet: calls.append(sheet))
    apply_style(qapp)
    assert calls == []


def test_the_backup_on_close_runs_off_the_gui_thread(qtbot, demo, settings, answers,
                                                     monkeypatch):
    """913 ms on a 99 MB file froze the closing window: the copy is now made on a worker
    thread while the window keeps handling events and, if it takes a moment, says so."""
    import threading
    import time
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from app.db import sqlite_path
    from app.settings import BACKUP_INTERVAL_HOURS

    settings.set(BACKUP_INTERVAL_HOURS, 2.0)  # the interval is a setting (4 hours by default)
    win = MainWindow(demo, settings)
    qtbot.addWidget(win)
    win.show()
    real = demo.backups.automatic
    seen = {}

    def slow_backup(**kwargs):
        seen["thread"], seen["interval"] = threading.current_thread(), kwargs["interval"]
        time.sleep(0.8)  # as long as a large file takes
        return real(**kwargs)

    monkeypatch.setattr(demo.backups, "automatic", slow_backup)
    shown = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: shown.append(win.statusBar().currentMessage()))
    ticker.start(50)
    win.close()
    ticker.stop()

    assert seen["thread"] is not threading.main_thread()
    assert seen["interval"] == timedelta(hours=2)
    assert len(shown) >= 8  # the GUI thread went on handling events during the copy
    assert win.tr("Saving a backup copy…") in shown
    assert not win.isVisible()
    if sqlite_path(demo.store.engine) is not None:  # the copy was whole before the window went
        assert [b.reason for b in demo.backups.list_backups()] == ["auto"]
