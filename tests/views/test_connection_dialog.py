"""Settings → «Подключение к базе…»: the connection chosen by its parts, no URL on screen."""

from __future__ import annotations

from app.services.connection import parts_of
from app.settings import DATABASE_URL
from app.views.connection_dialog import ConnectionDialog


def test_server_chosen_by_parts_is_stored_for_the_next_start(qtbot, settings):
    dialog = ConnectionDialog(settings, "Файл C:/x.sqlite3")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    assert not dialog.file_box.isEnabled() and dialog.server_box.isEnabled()
    dialog.host.setText("db.college.local")
    dialog.database.setText("cluster")
    dialog.user.setText("office")
    dialog.password.setText("p@ss")
    dialog.save()
    assert dialog.saved
    stored = parts_of(settings.get(DATABASE_URL))
    assert (stored.host, stored.database, stored.user, stored.password) == (
        "db.college.local", "cluster", "office", "p@ss")
    again = ConnectionDialog(settings)  # opens on what was stored
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.host.text() == "db.college.local"


def test_missing_parts_show_under_their_fields_and_store_nothing(qtbot, settings):
    settings.set(DATABASE_URL, "")
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("db.college.local")
    dialog.save()
    assert dialog.saved is None
    assert not dialog.errors["database"].isHidden() and not dialog.errors["user"].isHidden()
    assert settings.get(DATABASE_URL) == ""


def test_check_reports_a_server_that_does_not_answer(qtbot, settings):
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    for field, value in ((dialog.host, "127.0.0.1"), (dialog.database, "x"), (dialog.user, "u")):
        field.setText(value)
    dialog.port.setValue(1)
    problem = dialog.check()
    assert problem and "не отвечает" in dialog.result.text()


def test_settings_show_the_connection_in_words(window, settings):
    page = window.show_section("settings")
    texts = " ".join(label.text() for label in page.general.findChildren(type(page.general.chosen)))
    assert "://" not in texts and "--db" not in texts and "CLUSTERDESK_DB" not in texts
    assert page.general.opened in texts
