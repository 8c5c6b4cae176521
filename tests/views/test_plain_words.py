"""Nothing technical on screen (issue 21, item 3): the history and the audit log in words, the
status bar naming the cluster, the login dialog without a file path."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from app.views.admin.audit_page import AuditPage
from app.views.login import LoginDialog
from app.views.participants.organization_dialog import OrganizationDialog

TECHNICAL = re.compile(r"\b(True|False|None)\b|\b[a-z]+_[a-z_]+\b|\d{4}-\d{2}-\d{2}|://")
TABLES = {"membership", "contact", "organization", "app_user"}


def _visible(model) -> list[str]:
    return [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
            for r in range(model.rowCount()) for c in range(model.columnCount())]


def _changed_organisation(demo):
    org = next(o for o in demo.participants.list_organizations()
               if demo.participants.get(o.id).memberships and demo.participants.get(o.id).contacts)
    data = demo.participants.get(org.id)
    contact = dataclasses.replace(data.contacts[0], consent_given=not data.contacts[0].consent_given) \
        if data.contacts else None
    membership = dataclasses.replace(data.memberships[0], agreement_date=date(2024, 3, 1),
                                     agreement_no="17-С")
    data = dataclasses.replace(data, memberships=[membership, *data.memberships[1:]],
                               contacts=[contact, *data.contacts[1:]] if contact else [],
                               short_name=data.short_name + " (изм.)")
    demo.participants.update(data)
    return demo.participants.get(org.id)


def test_history_tab_reads_in_words(qtbot, demo, answers):
    data = _changed_organisation(demo)
    dialog = OrganizationDialog(demo, data)
    qtbot.addWidget(dialog)
    texts = _visible(dialog.history_model)
    joined = "\n".join(texts)
    assert TECHNICAL.search(joined) is None, TECHNICAL.search(joined)
    assert not TABLES & set(joined.split("\n"))
    assert "01.03.2024" in joined
    assert "17-С" in joined
    headers = [dialog.history_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.history_model.columnCount())]
    assert "Таблица" not in headers
    # a time is day.month.year hours:minutes
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", dialog.history_model.index(r, 1).data())
               for r in range(dialog.history_model.rowCount()))
    assert all("\n" not in t for t in texts)  # one line per event
    dialog.resize(1366, 705)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    dialog.grab().save("/tmp/window_shots/history.png")


def test_audit_log_reads_in_words_one_row_per_login(qtbot, demo, answers):
    from app.services.accounts import authenticate

    _changed_organisation(demo)
    authenticate(demo.store, "admin", "demo")
    from app.services.tasks import TaskRunner

    page = AuditPage(demo, TaskRunner())
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    joined = "\n".join(_visible(page.model))
    assert TECHNICAL.search(joined) is None, TECHNICAL.search(joined)
    assert not TABLES & set(joined.split("\n"))
    logins = [r for r in page.model.rows if r.username == "admin" and r.action == "login"]
    assert logins
    same_moment = [r for r in page.model.rows if r.at == logins[0].at]
    assert len(same_moment) == 1  # the login is one row, not a login and a change
    page.resize(1366, 705)
    page.show()
    page.grab().save("/tmp/window_shots/audit.png")


def test_stronger_hash_at_login_is_in_the_login_row(services):
    from argon2 import PasswordHasher
    from sqlalchemy import update

    from app.models import User
    from app.services.accounts import authenticate

    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("очень-длинный-пароль")
    with services.store.engine.begin() as conn:
        conn.execute(update(User).values(password_hash=weak))
    before = len(services.audit.entries())
    authenticate(services.store, "boss", "очень-длинный-пароль")
    new = services.audit.entries()[:len(services.audit.entries()) - before]
    assert [e.action for e in new] == ["login"]
    from app.services.audit_text import field_label

    assert new[0].description == QCoreApplication.translate("AuditLog", "{field}: changed").format(
        field=field_label("app_user", "password_hash"))


def test_status_bar_names_the_cluster_not_the_file(window, demo):
    from app.db import display_url

    text = window.db_label.text()
    assert text == demo.cluster.get().name
    assert display_url(demo.store.engine) not in text
    window.resize(1366, 705)
    window.grab().save("/tmp/window_shots/status_bar.png")


def test_login_dialog_says_log_in_and_no_path(qtbot, demo):
    from app.db import display_url

    dialog = LoginDialog(demo.store, "admin")
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == QCoreApplication.translate("LoginDialog", "Log in")
    assert dialog.ok_button.text() not in ("OK", "ОК", "&OK")
    from PySide6.QtWidgets import QLabel

    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert display_url(demo.store.engine) not in shown and "sqlite" not in shown
    # branded: the program's mark and name, what it is for
    assert "ClusterDesk" in shown and "Профессионалитет" in shown
    assert any(label.pixmap() is not None and not label.pixmap().isNull()
               for label in dialog.findChildren(QLabel))
    dialog.show()
    dialog.grab().save("/tmp/window_shots/login.png")
