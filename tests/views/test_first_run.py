"""The first-run wizard as a user fills it in: Finish sets everything up, Cancel nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.services.accounts import accounts_exist
from app.services.first_run import FirstRunService
from app.views.first_run import ADMINISTRATOR, CLUSTER, PROGRAMME, FirstRunWizard
from tests.helpers import type_text


def open_wizard(qtbot, services) -> FirstRunWizard:
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def fill_in(wizard: FirstRunWizard, end_year: int = 2027) -> None:
    type_text(wizard.cluster_name, "Кластер «Агропром»")
    choose(wizard.kind, "educational")
    choose(wizard.industry, "pedagogy")
    type_text(wizard.region, "Тамбовская область")
    wizard.next()
    wizard.start_year.setValue(2025)
    wizard.end_year.setValue(end_year)
    wizard.next()
    type_text(wizard.org_name, "ТОГАПОУ «Аграрно-технологический техникум»")
    type_text(wizard.org_inn, "7707083893")
    choose(wizard.org_role, "college")
    wizard.next()
    type_text(wizard.username, "petrov")
    type_text(wizard.full_name, "Петров Пётр")
    type_text(wizard.password, "надёжный-пароль")
    type_text(wizard.password_again, "надёжный-пароль")


def finish(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_the_grant_size_and_industries_follow_the_kind(qtbot, services):
    wizard = open_wizard(qtbot, services)
    choose(wizard.kind, "production")
    assert "100\u00a0000\u00a0000,00" in wizard.grant_size.text()
    production = {wizard.industry.itemData(i) for i in range(wizard.industry.count())} - {None}
    choose(wizard.kind, "educational")
    assert "70\u00a0000\u00a0000,00" in wizard.grant_size.text()
    assert "60\u00a0500\u00a0000,00" in wizard.grant_size.text()
    educational = {wizard.industry.itemData(i) for i in range(wizard.industry.count())} - {None}
    assert production and educational and not production & educational


def test_finish_sets_up_the_cluster_and_logs_the_administrator_in(qtbot, services):
    wizard = open_wizard(qtbot, services)
    fill_in(wizard)
    assert wizard.currentId() == ADMINISTRATOR
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.actor is not None and wizard.actor.username == "petrov"
    assert services.cluster.get().name == "Кластер «Агропром»"
    assert services.cluster.get().kind_code == "educational"
    assert [o.full_name for o in services.participants.list_organizations()] == [
        "ТОГАПОУ «Аграрно-технологический техникум»"]
    assert [u.username for u in services.accounts.list_users()] == ["petrov"]
    assert not FirstRunService(services.store, services.actor).needed()


def test_a_short_programme_goes_back_to_its_page_and_writes_nothing(qtbot, services):
    wizard = open_wizard(qtbot, services)
    fill_in(wizard, end_year=2026)
    finish(qtbot, wizard)
    assert wizard.currentId() == PROGRAMME
    assert wizard.errors["end_year"].isVisible()
    assert "3" in wizard.errors["end_year"].text()
    assert not accounts_exist(services.store)
    wizard.end_year.setValue(2027)
    wizard.next()
    wizard.next()
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert accounts_exist(services.store)


def test_passwords_that_differ_are_shown_and_nothing_is_written(qtbot, services):
    wizard = open_wizard(qtbot, services)
    fill_in(wizard)
    type_text(wizard.password_again, "-другой")
    finish(qtbot, wizard)
    assert wizard.errors["password_again"].isVisible()
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert not accounts_exist(services.store)


def test_an_empty_name_is_shown_in_russian_on_the_first_page(qtbot, services):
    wizard = open_wizard(qtbot, services)
    fill_in(wizard)
    wizard.cluster_name.clear()
    finish(qtbot, wizard)
    assert wizard.currentId() == CLUSTER
    assert wizard.errors["cluster_name"].isVisible()
    assert "обязательно" in wizard.errors["cluster_name"].text().lower()


def test_cancel_leaves_the_database_empty(qtbot, services):
    wizard = open_wizard(qtbot, services)
    fill_in(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.actor is None
    assert not accounts_exist(services.store)
    assert services.participants.count() == 0
    assert FirstRunService(services.store, services.actor).needed()


def test_start_up_shows_the_wizard_only_on_an_empty_database(qtbot, services, monkeypatch):
    from app import bootstrap

    def finish_at_once(wizard):
        qtbot.addWidget(wizard)
        fill_in(wizard)
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", finish_at_once)
    logged_in = bootstrap.first_run(services)
    assert logged_in.actor.username == "petrov"
    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: 1 / 0)  # must not open again
    assert bootstrap.first_run(logged_in) is logged_in


def test_start_up_stops_when_the_wizard_is_cancelled(qtbot, services, monkeypatch):
    from app import bootstrap

    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: QWizard.DialogCode.Rejected.value)
    assert bootstrap.first_run(services) is None
