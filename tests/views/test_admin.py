"""Login, accounts, backups, the audit log and a record's history, as users see them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from app.services.accounts import AuthenticationError, authenticate
from app.views.login import LoginDialog
from app.views.main_window import MainWindow
from tests.helpers import read_sheet, type_text


def test_login_dialog_refuses_a_wrong_password_then_lets_in(qtbot, demo):
    dialog = LoginDialog(demo.store, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.password, "неверно")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Неверное" in dialog.error.text()
    assert dialog.actor is None
    type_text(dialog.password, "demo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert dialog.result() == dialog.DialogCode.Accepted


def window_as(qtbot, demo, settings, username: str) -> MainWindow:
    services = Services(demo.store, authenticate(demo.store, username, "demo"))
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def tab_titles(page) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_settings_tabs_follow_the_role(qtbot, demo, settings, answers):
    admin = window_as(qtbot, demo, settings, "admin").show_section("settings")
    assert tab_titles(admin) == ["Общие", "Учётные записи", "Резервные копии", "Журнал изменений"]
    council = window_as(qtbot, demo, settings, "council").show_section("settings")
    assert tab_titles(council) == ["Общие"]
    assert "Пользователь: admin" in window_as(qtbot, demo, settings, "admin").user_label.text()


def test_administrator_adds_an_account(qtbot, demo, settings, answers):
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.accounts)
    accounts = page.accounts
    assert not accounts.new_group.isVisible()  # the form opens when asked for
    accounts.add_action.trigger()
    assert accounts.new_group.isVisible()
    assert accounts.window().focusWidget() is accounts.username
    type_text(accounts.username, "petrova")
    type_text(accounts.full_name, "Петрова Анна")
    accounts.role.setCurrentIndex(accounts.role.findData("staff"))
    type_text(accounts.password, "коротк")
    accounts.add()
    assert accounts.error.isVisible() and "8" in accounts.error.text()
    type_text(accounts.password, "ий-пароль")
    accounts.add()
    assert not accounts.error.isVisible()
    assert not accounts.new_group.isVisible() and accounts.username.text() == ""
    assert "petrova" in [accounts.table.item(r, 0).text() for r in range(accounts.table.rowCount())]
    assert authenticate(demo.store, "petrova", "короткий-пароль").role == "staff"


def test_backup_now_and_restore_asks_to_reopen(qtbot, demo, settings, answers):
    win = window_as(qtbot, demo, settings, "admin")
    page = win.show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    page.backups.backup_now()  # off the GUI thread
    qtbot.waitUntil(lambda: page.backups.table.rowCount() == 1, timeout=10_000)
    assert "сохранена" in answers.messages[-1][1]
    page.backups.table.selectRow(0)
    answers.confirm = False
    with qtbot.assertNotEmitted(win.restart_requested):
        page.backups.restore_selected()
    answers.confirm = True
    from app.db import sqlite_path

    if sqlite_path(demo.store.engine) is None:
        page.backups.restore_selected()  # PostgreSQL: pg_restore, as the README says
        qtbot.waitUntil(lambda: "pg_restore" in answers.messages[-1][1], timeout=10_000)
        return
    with qtbot.waitSignal(win.restart_requested, timeout=5000):
        page.backups.restore_selected()


def test_audit_log_screen_filters(qtbot, demo, settings, answers, monkeypatch):
    import threading

    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.audit)
    audit = page.audit
    qtbot.waitUntil(lambda: not audit.loading, timeout=10_000)
    on_gui_thread = []
    real_entries = audit.services.audit.entries
    monkeypatch.setattr(audit.services.audit, "entries", lambda **kw: (
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        or real_entries(**kw)))
    audit.reload()
    qtbot.waitUntil(lambda: not audit.loading, timeout=10_000)
    assert on_gui_thread == [False]  # the log is read off the GUI thread
    assert audit.model.rowCount() > 20
    audit.action.setCurrentIndex(audit.action.findData("login"))
    audit.reload()
    qtbot.waitUntil(lambda: not audit.loading, timeout=10_000)
    assert audit.model.rowCount() >= 1
    whats = {audit.model.data(audit.model.index(r, 3)) for r in range(audit.model.rowCount())}
    assert whats == {"Вход"}


def test_record_history_and_personal_data_from_the_form(qtbot, window, demo, answers, tmp_path):
    from dataclasses import replace

    page = window.page("participants")
    org = demo.participants.get(page.model.row_at(0).id)
    demo.participants.update(replace(org, phone="+7 (8172) 99-99-99"))
    dialog = page.open_dialog(demo.participants.get(org.id))
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(3) == "История изменений"
    whats = [dialog.history_model.data(dialog.history_model.index(r, 3))
             for r in range(dialog.history_model.rowCount())]
    assert "Изменено" in whats and "Добавлено" in whats

    dialog.contacts.selectRow(0)
    dialog.contacts.setCurrentCell(0, 0)
    answers.save_file = str(tmp_path / "pd.xlsx")
    dialog._export_contact()
    values = [row[1] for row in read_sheet(tmp_path / "pd.xlsx")[1:]]
    assert org.contacts[0].full_name in values

    answers.confirm = True
    dialog._erase_contact()
    assert dialog.contacts.rowCount() == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert demo.participants.get(org.id).contacts == []
    actions = [e.action for e in demo.audit.entries()]
    assert "export_personal" in actions and "erase_personal" in actions


# --- the shared toolbar and the empty states ---
def activate(qtbot, widget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)


def test_no_accounts_shows_the_empty_state_and_new_account_opens_the_form(qtbot, services,
                                                                           answers):
    from app.views.admin.accounts_page import AccountsPage

    page = AccountsPage(services)  # a database without accounts: no login, the owner works
    qtbot.addWidget(page)
    activate(qtbot, page)
    assert not page.empty_state.showing_empty()  # nothing read yet
    page.reload()
    assert page.empty_state.showing_empty()
    page.role.setCurrentIndex(page.role.findData("staff"))
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.username.hasFocus, timeout=3000)
    assert page.role.currentData() == "admin"  # the first account is an administrator's
    type_text(page.username, "ivanova")
    type_text(page.password, "очень-длинный-пароль")
    page.add()
    assert not page.empty_state.showing_empty()
    assert page.table.item(0, 0).text() == "ivanova"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.username.hasFocus, timeout=3000)


def test_audit_search_box_export_and_refresh(qtbot, demo, settings, answers, tmp_path):
    win = window_as(qtbot, demo, settings, "admin")
    page = win.show_section("settings")
    page.tabs.setCurrentWidget(page.audit)
    audit = page.audit
    activate(qtbot, win)
    qtbot.waitUntil(lambda: not audit.loading and audit.model.rowCount() > 0, timeout=10_000)
    everything = audit.model.rowCount()
    audit.table.setFocus()
    qtbot.keyClick(audit.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(audit.search.hasFocus, timeout=3000)
    type_text(audit.search, "ЧМК")  # typed: the log is searched after a pause
    qtbot.waitUntil(lambda: 0 < audit.model.rowCount() < everything, timeout=5000)
    found = audit.model.rowCount()

    answers.save_file = str(tmp_path / "audit.xlsx")
    qtbot.keyClick(audit.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    rows = read_sheet(tmp_path / "audit.xlsx")
    body = [row for row in rows if isinstance(row[0], int)]
    assert len(body) == found
    assert all("ЧМК" in (row[5] or "") or "чмк" in (row[5] or "").casefold() for row in body)
    answers.save_file = str(tmp_path / "audit.pdf")
    audit.export_file()
    assert (tmp_path / "audit.pdf").read_bytes().startswith(b"%PDF")

    audit.search.clear()
    qtbot.waitUntil(lambda: audit.model.rowCount() == everything, timeout=5000)
    demo.backups.backup_now()  # one more entry, shown after F5
    qtbot.keyClick(audit.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: audit.model.rowCount() == everything + 1, timeout=10_000)


def test_no_backups_shows_the_empty_state_whose_button_makes_one(qtbot, demo, settings,
                                                                 answers):
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    backups = page.backups
    assert backups.empty_state.showing_empty()
    qtbot.mouseClick(backups.empty_state.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backups.table.rowCount() == 1, timeout=10_000)
    assert not backups.empty_state.showing_empty()


# --- failed logins in a row (issue 16, item 11) ---
@pytest.fixture
def clock():
    from app.services import clock

    yield clock
    clock.set_now(None)


def last_failure_at(services, username):
    return next(e.at for e in services.audit.entries(action="login_failed")
                if e.username == username)


def test_login_dialog_waits_after_five_failures_without_blocking(qtbot, demo, clock):
    dialog = LoginDialog(demo.store, "staff")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        type_text(dialog.password, "неверно")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "Неверное" in dialog.error.text()
    clock.set_now(last_failure_at(demo, "staff") + timedelta(seconds=0.5))
    type_text(dialog.password, "demo")  # the right password: refused until the wait is over
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().replace("\xa0", " ") == (
        "Слишком много неудачных попыток. Повторите через 1 с.")
    assert dialog.actor is None and not dialog.ok_button.isEnabled()
    assert dialog.retry_timer.isActive() and dialog.retry_timer.interval() == 1000
    dialog.retry_timer.timeout.emit()  # the second has passed (the timer, not a sleep)
    assert dialog.ok_button.isEnabled() and not dialog.error.isVisible()
    clock.set_now(last_failure_at(demo, "staff") + timedelta(seconds=1))
    type_text(dialog.password, "demo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "staff"


def test_administrator_sees_a_locked_account_and_unlocks_it(qtbot, demo, settings, answers,
                                                           clock):
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.accounts)
    accounts = page.accounts
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            authenticate(demo.store, "council", "неверно")
    clock.set_now(last_failure_at(demo, "council") + timedelta(seconds=1))
    with pytest.raises(AuthenticationError):
        authenticate(demo.store, "council", "неверно")
    accounts.reload()
    row = [accounts.table.item(r, 0).text() for r in range(accounts.table.rowCount())].index(
        "council")
    state = accounts.table.item(row, 3).text()
    assert "неудачных входов подряд: 6" in state and "заблокирована до" in state
    accounts.table.selectRow(row)
    accounts.unlock_action.trigger()
    state = accounts.table.item(row, 3).text()
    assert "неудачных" not in state and "заблокирована" not in state
    assert authenticate(demo.store, "council", "demo").username == "council"
    assert any(e.username == "admin" and "failed_logins" in e.after
               for e in demo.audit.entries(action="update"))


def test_restoring_another_clusters_copy_asks_naming_both(qtbot, demo, settings, answers,
                                                          tmp_path, monkeypatch):
    """A copy brought from another cluster (put into this database's folder by hand) is listed
    with its cluster and checksum; restoring it asks first, naming both clusters."""
    import shutil
    from dataclasses import replace

    import pytest

    from app.backup_manifest import manifest_path
    from app.db import sqlite_path
    from app.services import open_store
    from app.views import dialogs

    if sqlite_path(demo.store.engine) is None:
        pytest.skip("PostgreSQL is restored with pg_restore")
    other = Services(open_store(str(tmp_path / "other.sqlite3")))
    other.cluster.update(replace(other.cluster.get(), name="Кластер Б"))
    foreign = other.backups.backup_now()
    other.close()
    mine = demo.cluster.get().name
    shutil.copy(foreign, demo.backups.folder / foreign.name)
    shutil.copy(manifest_path(foreign), manifest_path(demo.backups.folder / foreign.name))

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: (
        asked.append(text) or answers.confirm))
    win = window_as(qtbot, demo, settings, "admin")
    page = win.show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    table = page.backups.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Кластер Б"
    assert table.item(0, 3).text() == page.backups.tr("recorded")
    table.selectRow(0)
    answers.confirm = True
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: (
        asked.append(text) or len(asked) == 1))  # yes to restoring, no to the other cluster
    with qtbot.assertNotEmitted(win.restart_requested):
        page.backups.restore_selected()
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)  # asked when refused
        qtbot.waitUntil(lambda: page.backups.restore_action.isEnabled(), timeout=10_000)
    assert "Кластер Б" in asked[1] and mine in asked[1]
    assert demo.cluster.get().name == mine
    asked.clear()
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: (
        asked.append(text) or True))
    with qtbot.waitSignal(win.restart_requested, timeout=5000):
        page.backups.restore_selected()
    assert len(asked) == 2


def test_backup_now_runs_off_the_gui_thread(qtbot, demo, settings, answers, monkeypatch):
    import threading

    from app.services.backups import BackupService

    threads = []
    original = BackupService.backup_now

    def watched(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(BackupService, "backup_now", watched)
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    page.backups.backup_now()
    assert not page.backups.backup_action.isEnabled()  # one copy at a time
    qtbot.waitUntil(lambda: page.backups.table.rowCount() == 1, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.backups.backup_action.isEnabled()
