"""Councils and their members edited in the councils tab as a user does it: a council and
two members added through the dialogs, a member who left before joining refused under the
field, a council with meetings and a member named in protocols refused on deletion, and a
read-only role without the buttons."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.services import Services
from app.services.base import translate
from app.services.governance_codes import CouncilKind, MemberPost
from app.services.permissions import Actor, Role
from app.services.tasks import TaskRunner
from app.views.indicators.page import COUNCILS
from app.views.widgets.form_dialog import select_data
from tests.helpers import type_text
from tests.views.pages import open_page

CYRILLIC = re.compile("[а-яА-ЯёЁ]")


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def settle(tasks) -> None:
    for _ in range(4):
        tasks.wait()


def councils_tab(qtbot, services, settings, tasks):
    from app.views.indicators.page import IndicatorsPage

    page = open_page(qtbot, IndicatorsPage, services, settings, tasks)
    page.tabs.setCurrentIndex(COUNCILS)
    settle(tasks)
    return page.councils_tab


def add_member(qtbot, tab, tasks, name: str, role: MemberPost, org=None, joined=None):
    dialog = tab.member_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.full_name, name)
    select_data(dialog.role, role.value)
    type_text(dialog.post, "директор")
    if org is not None:
        select_data(dialog.organization, org.id)
    dialog.joined_on.set_value(joined)
    dialog.save()
    assert dialog.saved is not None, {k: e.text() for k, e in dialog.errors.items()}
    tab.member_saved(dialog.saved)
    settle(tasks)
    return dialog.saved


def test_a_council_and_two_members_added_through_the_dialogs(qtbot, demo, settings, answers,
                                                             tasks):
    tab = councils_tab(qtbot, demo, settings, tasks)
    before = len(tab.councils)
    assert tab.new_council_action.isVisible() and tab.new_member_action.isVisible()

    dialog = tab.council_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # no name: refused under the field
    assert dialog.saved is None and dialog.errors["name"].isVisible()
    assert CYRILLIC.search(dialog.errors["name"].text())
    type_text(dialog.name, "Управляющий совет кластера")
    type_text(dialog.name_genitive, "Управляющего совета кластера")
    select_data(dialog.kind, CouncilKind.MANAGING.value)
    dialog.save()
    assert dialog.saved is not None
    tab.council_saved(dialog.saved)
    settle(tasks)
    assert len(tab.councils) == before + 1
    council = tab.current_council()
    assert council.name == "Управляющий совет кластера" and council.kind == "managing"
    assert council.name_genitive == "Управляющего совета кластера"
    assert tab.members_model.rowCount() == 0
    # a new council says it has no members and no meetings yet, with buttons to add them
    assert tab.members_empty.showing_empty() and tab.meetings_empty.showing_empty()
    assert tab.members_empty.label.text() == tab.tr("The council has no members yet.")
    assert tab.members_empty.button.isVisible() and tab.meetings_empty.button.isVisible()
    assert not tab.decisions_empty.showing_empty()  # no meeting chosen: nothing to say

    org = next(r for r in demo.participants.list_organizations() if r.role == "college")
    chair = add_member(qtbot, tab, tasks, "Петрова Анна Сергеевна", MemberPost.CHAIR, org,
                       date(2024, 9, 1))
    secretary = add_member(qtbot, tab, tasks, "Сидоров Олег Ильич", MemberPost.SECRETARY)
    assert tab.current_council_id() == council.id
    shown = tab.members_model.rows()
    assert [m.full_name for m in shown] == ["Петрова Анна Сергеевна", "Сидоров Олег Ильич"]
    assert shown[0].organization == org.short_name and shown[0].joined_on == date(2024, 9, 1)
    assert tab.current_member_id() == secretary.id
    assert tab.current_council().members == 2
    assert not tab.members_empty.showing_empty()
    assert [m.id for m in demo.governance.members(council.id)] == [chair.id, secretary.id]

    # edit the chair's post
    tab.members_table.selectRow(0)
    dialog = tab.member_dialog(tab.current_member())
    qtbot.addWidget(dialog)
    assert dialog.full_name.text() == "Петрова Анна Сергеевна"
    assert dialog.organization.currentData() == org.id
    dialog.post.setText("ректор")
    dialog.save()
    tab.member_saved(dialog.saved)
    settle(tasks)
    assert demo.governance.members(council.id)[0].post == "ректор"

    # a fresh council without meetings goes; its members with it
    answers.confirm = True
    tab.delete_council()
    settle(tasks)
    assert answers.messages == []
    assert len(tab.councils) == before
    assert council.id not in [c.id for c in demo.governance.councils()]


def test_a_member_who_left_before_joining_is_refused_and_nothing_saved(qtbot, demo,
                                                                        settings, answers,
                                                                        tasks):
    tab = councils_tab(qtbot, demo, settings, tasks)
    council_id = tab.current_council_id()
    before = demo.governance.members(council_id)
    dialog = tab.member_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.full_name, "Кузнецов Павел Андреевич")
    dialog.joined_on.set_value(date(2025, 3, 1))
    dialog.left_on.set_value(date(2024, 12, 31))
    dialog.save()
    assert dialog.saved is None and dialog.result() != dialog.DialogCode.Accepted
    error = dialog.errors["left_on"]
    assert error.isVisible()
    assert error.text() == translate("Governance", "The member left before joining.")
    assert CYRILLIC.search(error.text())
    assert not dialog.errors["joined_on"].isVisible()
    assert demo.governance.members(council_id) == before
    # changing the date hides the error; a good date saves
    dialog.left_on.set_value(date(2025, 12, 31))
    assert not error.isVisible()
    dialog.save()
    assert dialog.saved is not None and dialog.saved.left_on == date(2025, 12, 31)


def test_deleting_a_council_with_meetings_shows_the_refusal(qtbot, demo, settings, answers,
                                                            tasks):
    tab = councils_tab(qtbot, demo, settings, tasks)
    council = next(c for c in tab.councils if c.meetings)
    tab.select_council(council.id)
    settle(tasks)
    answers.confirm = False
    tab.delete_council()
    assert answers.messages == []
    answers.confirm = True
    tab.delete_council()
    settle(tasks)
    refusal = translate("Governance",
                        "The council has meetings on record and cannot be deleted.")
    assert [text for _title, text, _d in answers.messages] == [refusal]
    assert CYRILLIC.search(refusal)
    assert council.id in [c.id for c in demo.governance.councils()]
    assert tab.current_council_id() == council.id


def test_deleting_a_member_named_in_protocols_suggests_a_leaving_date(qtbot, demo, settings,
                                                                      answers, tasks):
    tab = councils_tab(qtbot, demo, settings, tasks)
    council = next(c for c in tab.councils if c.meetings)
    tab.select_council(council.id)
    settle(tasks)
    present = {m for row in demo.governance.meetings(council.id)
               for m, here in demo.governance.meeting(row.id).attendance.items() if here}
    row = next(i for i, m in enumerate(tab.members_model.rows()) if m.id in present)
    tab.members_table.selectRow(row)
    member = tab.current_member()
    answers.confirm = True
    tab.delete_member()
    settle(tasks)
    assert len(answers.messages) == 1
    assert answers.messages[0][1] == translate(
        "Governance", "The member is in meeting protocols: give the date of leaving instead "
                      "of deleting.")
    assert member.id in [m.id for m in demo.governance.members(council.id)]


def test_the_council_role_sees_no_council_or_member_buttons(qtbot, demo, settings, answers,
                                                            tasks):
    council = Services(demo.store, Actor("sovet", Role.COUNCIL))
    tab = councils_tab(qtbot, council, settings, tasks)
    assert tab.councils and tab.members_model.rowCount() > 0
    # the councils' and members' toolbars (shown in the section's row) hold only Refresh
    for bar in (tab.council_bar, tab.member_bar):
        shown = [a for a in bar.actions() if a.isVisible() and not a.isSeparator()]
        assert shown == [tab.refresh_action]
    # a decision may be opened to read it
    assert not tab.new_decision_action.isVisible() and tab.edit_decision_action.isVisible()
    for action in (tab.new_council_action, tab.edit_council_action, tab.delete_council_action,
                   tab.new_member_action, tab.edit_member_action, tab.delete_member_action):
        assert not action.isVisible()
    assert tab.protocol_action.isVisible()
