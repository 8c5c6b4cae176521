"""Login, accounts, backups, the audit log and a record's history, as users see them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import Services
from app.services.accounts import authenticate
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
    type_text(accounts.username, "petrova")
    type_text(accounts.full_name, "Петрова Анна")
    accounts.role.setCurrentIndex(accounts.role.findData("staff"))
    type_text(accounts.password, "коротк")
    accounts.add()
    assert accounts.error.isVisible() and "8" in accounts.error.text()
    type_text(accounts.password, "ий-пароль")
    accounts.add()
    assert not accounts.error.isVisible()
    assert "petrova" in [accounts.table.item(r, 0).text() for r in range(accounts.table.rowCount())]
    assert authenticate(demo.store, "petrova", "короткий-пароль").role == "staff"


def test_backup_now_and_restore_asks_to_reopen(qtbot, demo, settings, answers):
    win = window_as(qtbot, demo, settings, "admin")
    page = win.show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    page.backups.backup_now()
    assert page.backups.table.rowCount() == 1
    assert "сохранена" in answers.messages[-1][1]
    page.backups.table.selectRow(0)
    answers.confirm = False
    with qtbot.assertNotEmitted(win.restart_requested):
        page.backups.restore_selected()
    answers.confirm = True
    from app.db import sqlite_path

    if sqlite_path(demo.store.engine) is None:
        page.backups.restore_selected()  # PostgreSQL: pg_restore, as the README says
        assert "pg_restore" in answers.messages[-1][1]
        return
    with qtbot.waitSignal(win.restart_requested, timeout=5000):
        page.backups.restore_selected()


def test_audit_log_screen_filters(qtbot, demo, settings, answers):
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.audit)
    audit = page.audit
    audit.reload()
    assert audit.model.rowCount() > 20
    audit.action.setCurrentIndex(audit.action.findData("login"))
    audit.reload()
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
    assert audit.model.rowCount() == everything + 1


def test_no_backups_shows_the_empty_state_whose_button_makes_one(qtbot, demo, settings,
                                                                 answers):
    page = window_as(qtbot, demo, settings, "admin").show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    backups = page.backups
    assert backups.empty_state.showing_empty()
    qtbot.mouseClick(backups.empty_state.button, Qt.MouseButton.LeftButton)
    assert not backups.empty_state.showing_empty()
    assert backups.table.rowCount() == 1
