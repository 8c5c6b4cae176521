"""The first hour (issue 21, item 9): the wizard counts its steps, says «Далее», chooses no
industry and no role for the user; a new account starts with the fewest rights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from app.services.accounts import accounts_exist
from app.views.first_run import FirstRunWizard
from tests.helpers import type_text
from tests.views.test_first_run import choose, fill_in, finish

tr = QCoreApplication.translate


def test_wizard_counts_steps_and_says_next(qtbot, services):
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 705)
    wizard.show()
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles[0].startswith(tr("FirstRunWizard", "Step {number} of {count}. {title}").format(
        number=1, count=4, title=""))
    assert titles[3].startswith(tr("FirstRunWizard", "Step {number} of {count}. {title}").format(
        number=4, count=4, title=""))
    next_text = wizard.button(QWizard.WizardButton.NextButton).text()
    assert ">" not in next_text and next_text == tr("FirstRunWizard", "Next")
    wizard.grab().save("/tmp/window_shots/wizard.png")


def test_wizard_chooses_no_industry_and_no_role_for_the_user(qtbot, services):
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.industry.currentData() is None
    assert wizard.org_role.currentData() is None
    choose(wizard.kind, "educational")
    assert wizard.industry.currentData() is None  # a new kind: still nothing chosen
    type_text(wizard.cluster_name, "Кластер")
    type_text(wizard.region, "Тамбовская область")
    wizard.next()
    wizard.next()
    type_text(wizard.org_name, "ТОГАПОУ «Аграрно-технологический техникум»")
    type_text(wizard.org_inn, "7707083893")
    wizard.next()
    type_text(wizard.username, "petrov")
    type_text(wizard.full_name, "Петров Пётр")
    type_text(wizard.password, "надёжный-пароль")
    type_text(wizard.password_again, "надёжный-пароль")
    finish(qtbot, wizard)
    # nothing was chosen, so nothing is written: the user is sent back to choose
    assert not accounts_exist(services.store)
    assert wizard.currentId() == 0 and wizard.errors["industry"].isVisible()
    assert wizard.errors["org_role"].text()


def test_wizard_with_choices_made_still_finishes(qtbot, services):
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_in(wizard)
    finish(qtbot, wizard)
    assert accounts_exist(services.store) and wizard.actor is not None


def test_new_account_starts_with_the_fewest_rights(qtbot, demo, answers):
    from app.views.admin.accounts_page import AccountsPage

    page = AccountsPage(demo)
    qtbot.addWidget(page)
    page.reload()
    assert page.role.currentData() == "council"
    page.role.setCurrentIndex(page.role.findData("staff"))
    type_text(page.username, "sidorova")
    type_text(page.full_name, "Сидорова А. А.")
    type_text(page.password, "длинный-пароль-1")
    page.add()
    assert page.role.currentData() == "council"  # the next one starts again from the least
    page.resize(1366, 705)
    page.show()
    page.grab().save("/tmp/window_shots/accounts.png")
