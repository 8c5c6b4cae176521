"""The indicators section («Показатели») driven as a user drives it: the indicators of a
year, a manual actual typed in, a council's meeting whose decision excludes a participant,
the protocol and the annual report written, read-only roles, and the participant dialog
refusing an exclusion without the council's decision."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services import Services
from app.services.governance_codes import DecisionSubject
from app.services.participants import LeaveKind
from app.services.permissions import Actor, Role
from app.services.tasks import TaskRunner
from app.views.indicators.page import ADMISSIONS, COUNCILS, NETWORK, TRAINING
from app.views.widgets.colours import Level, badge
from app.views.widgets.form_dialog import select_data
from tests.helpers import DialogSpy, show_active, type_text
from tests.views.pages import open_page


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot, services, settings, tasks, tab: int = 0):
    from app.views.indicators.page import IndicatorsPage

    page = open_page(qtbot, IndicatorsPage, services, settings, tasks)
    if tab:
        page.tabs.setCurrentIndex(tab)
        settle(tasks)
    return page


def settle(tasks) -> None:
    """Loads that start other loads (councils → meetings → decisions)."""
    for _ in range(4):
        tasks.wait()


def current_participant(services, role: str = "school"):
    return next(r for r in services.participants.list_organizations() if r.role == role)


# --- indicators ---
def test_the_indicators_of_a_year_are_the_service_rows(qtbot, demo, settings, answers, tasks):
    page = make_page(qtbot, demo, settings, tasks)
    tab = page.indicators_tab
    year = tab.current_year()
    assert year == date.today().year
    rows = demo.indicators.rows(year)
    assert tab.model.rows() == rows and len(rows) > 15
    behind = next(i for i, r in enumerate(rows) if r.behind)
    on_target = next(i for i, r in enumerate(rows) if not r.behind)
    # a dot by the per cent for the level, no pink rows (issue 21)
    percent = tab.model.COLUMNS.index("percent")
    assert all(tab.model.index(r, c).data(Qt.ItemDataRole.BackgroundRole) is None
               for r in range(len(rows)) for c in range(tab.model.columnCount()))
    dot = tab.model.index(behind, percent).data(Qt.ItemDataRole.DecorationRole)
    level = tab.model.level(rows[behind])
    assert (dot is None) if level == Level.NEUTRAL else dot.cacheKey() == badge(level).cacheKey()
    assert tab.model.index(on_target, percent).data(Qt.ItemDataRole.DecorationRole) is None
    computed = next(i for i, r in enumerate(rows) if r.computed)
    manual = next(i for i, r in enumerate(rows) if not r.computed)
    kind = tab.model.COLUMNS.index("kind")
    assert tab.model.index(computed, kind).data() != tab.model.index(manual, kind).data()
    assert tab.model.index(computed, kind).data(Qt.ItemDataRole.FontRole).italic()
    assert "13" in tab.count.text() or str(sum(r.behind for r in rows)) in tab.count.text()
    # another year of the programme
    select_data(tab.year, year - 1)
    tasks.wait()
    assert tab.model.rows() == demo.indicators.rows(year - 1)


def test_a_manual_actual_saved_through_the_dialog_appears(qtbot, demo, settings, answers,
                                                          tasks):
    page = make_page(qtbot, demo, settings, tasks)
    tab = page.indicators_tab
    row = next(r for r in tab.model.rows() if not r.computed)
    dialog = tab.value_dialog(row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.actual.clear()
    type_text(dialog.actual, "42,5")
    dialog.save()  # no source: refused under the field
    assert dialog.saved is None and dialog.errors["source"].isVisible()
    type_text(dialog.source, "Отчёт колледжа № 7")
    dialog.save()
    assert dialog.saved is not None
    tab.after_save(dialog.row)
    tasks.wait()
    shown = tab.model.row_at(tab.model.row_of(row.id))
    assert shown.actual == Decimal("42.5") and shown.source == "Отчёт колледжа № 7"
    assert tab.model.row_at(tab.table.currentIndex().row()).id == row.id
    computed = next(r for r in tab.model.rows() if r.computed)
    dialog = tab.value_dialog(computed.id)
    qtbot.addWidget(dialog)
    assert not dialog.actual.isEnabled() and dialog.target.isEnabled()


def test_annual_and_indicators_reports_are_written(qtbot, demo, settings, answers, tasks,
                                                   tmp_path):
    page = make_page(qtbot, demo, settings, tasks)
    tab = page.indicators_tab
    answers.save_file = str(tmp_path / "annual")  # no extension: a workbook
    tab.export_annual()
    tasks.wait()
    book = load_workbook(tmp_path / "annual.xlsx", data_only=True)
    assert len(book.sheetnames) > 3
    answers.save_file = str(tmp_path / "indicators.pdf")
    tab.export_indicators()
    tasks.wait()
    assert (tmp_path / "indicators.pdf").read_bytes()[:4] == b"%PDF"
    assert answers.messages == []


# --- councils ---
def test_a_meeting_excludes_a_participant_by_its_decision(qtbot, demo, settings, answers,
                                                          tasks):
    page = make_page(qtbot, demo, settings, tasks, COUNCILS)
    tab = page.councils_tab
    council = tab.councils[0]
    assert tab.current_council_id() == council.id
    assert tab.meetings_model.rows() == demo.governance.meetings(council.id)
    assert tab.members_model.rowCount() == len(demo.governance.members(council.id))

    dialog = tab.meeting_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.number, "15")
    dialog.agenda.setPlainText("Об исключении участника из кластера")
    members = dialog.attendance.count()
    assert members > 3
    for i in range(members):
        dialog.attendance.item(i).setCheckState(Qt.CheckState.Checked)
    assert "кворум" in dialog.quorum.text().lower() or "quorum" in dialog.quorum.text()
    dialog.save()
    assert dialog.saved is not None, [e.text() for e in dialog.errors.values()]
    tab.meeting_saved(dialog.saved)
    settle(tasks)
    meeting = tab.current_meeting()
    assert meeting.number == "15" and meeting.present == members and meeting.quorum

    org = current_participant(demo)
    decision = tab.decision_dialog(None)
    qtbot.addWidget(decision)
    decision.show()
    decision.text.setPlainText(f"Исключить {org.short_name} из состава участников кластера.")
    select_data(decision.subject, DecisionSubject.EXCLUDE.value)
    assert decision.organization.isVisibleTo(decision)
    assert not decision.approved.isVisibleTo(decision)
    select_data(decision.organization, org.id)
    decision.save()
    assert decision.saved is not None
    tab.decision_saved(decision.saved)
    settle(tasks)
    shown = tab.current_decision()
    assert shown.id == decision.saved.id and org.short_name in tab._about(shown)

    answers.confirm = True
    tab.carry_out()
    settle(tasks)
    membership = demo.participants.get(org.id).memberships[-1]
    assert membership.left_on == date.today()
    assert membership.leave_kind == LeaveKind.EXCLUSION
    assert membership.exclusion_decision_id == shown.id
    assert tab.current_decision().status == "done"
    # the participant's dialog shows how it left and by which decision
    from app.views.participants.organization_dialog import OrganizationDialog

    org_dialog = OrganizationDialog(demo, demo.participants.get(org.id))
    qtbot.addWidget(org_dialog)
    assert org_dialog.m_leave_kind.currentData() == LeaveKind.EXCLUSION
    assert org_dialog.m_decision.currentData() == shown.id
    assert org_dialog.m_left.value() == date.today()


def test_the_protocol_of_a_meeting_is_written_to_pdf(qtbot, demo, settings, answers, tasks,
                                                     tmp_path):
    page = make_page(qtbot, demo, settings, tasks, COUNCILS)
    tab = page.councils_tab
    meeting = tab.current_meeting()
    target = tmp_path / "protocol.pdf"
    answers.save_file = str(target)
    tab.export_protocol()
    tasks.wait()
    assert target.read_bytes()[:4] == b"%PDF"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True).stdout
    assert meeting.number in text and "ПРОТОКОЛ" in text.upper()
    assert answers.messages == []


# --- training, admissions, network ---
def test_training_admissions_and_network_lists(qtbot, demo, settings, answers, tasks):
    page = make_page(qtbot, demo, settings, tasks, TRAINING)
    assert page.training_tab.model.rowCount() == len(demo.training.trainings()) > 10
    page.tabs.setCurrentIndex(ADMISSIONS)
    tasks.wait()
    assert page.admissions_tab.model.rowCount() == len(demo.training.admissions())
    page.tabs.setCurrentIndex(NETWORK)
    tasks.wait()
    network = page.network_tab
    assert network.agreements.model.rowCount() == len(demo.network.agreements())
    network.tabs.setCurrentIndex(2)
    tasks.wait()
    experts = network.experts
    before = experts.model.rowCount()
    assert before == len(demo.network.experts())
    dialog = experts.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.fields["full_name"], "Орлова Вера Павловна")
    dialog.save()  # no organization: refused under the field
    assert dialog.saved is None and dialog.errors["organization_name"].isVisible()
    type_text(dialog.fields["organization_name"], "ООО «Эксперт»")
    dialog.save()
    experts.after_save(dialog.saved)
    tasks.wait()
    assert experts.model.rowCount() == before + 1
    assert experts.model.row_at(experts.table.currentIndex().row()).full_name == \
        "Орлова Вера Павловна"


# --- roles and the window ---
def test_a_council_member_sees_everything_without_write_buttons(qtbot, demo, settings,
                                                                answers, tasks):
    council = Services(demo.store, Actor("sovet", Role.COUNCIL))
    page = make_page(qtbot, council, settings, tasks, COUNCILS)
    assert page.indicators_tab.value_button.isHidden()
    # the tab's toolbar is in the section's row above the tabs
    assert page.indicators_tab.annual_button.isVisibleTo(page.indicators_tab.toolbar)
    tab = page.councils_tab
    assert tab.meetings_model.rowCount() > 0
    for action in (tab.new_meeting_action, tab.delete_meeting_action, tab.new_decision_action,
                   tab.delete_decision_action, tab.carry_out_action):
        assert not action.isVisible()
    assert tab.protocol_action.isVisible() and tab.edit_meeting_action.isVisible()
    dialog = tab.meeting_dialog(tab.current_meeting_id())
    qtbot.addWidget(dialog)
    assert dialog.save_button.isHidden() and not dialog.number.isEnabled()
    for records in (page.training_tab, page.admissions_tab, *page.network_tab.lists()):
        assert not records.add_action.isVisible() and not records.delete_action.isVisible()


def test_the_window_opens_the_indicators_section(qtbot, demo, settings, answers):
    from app.views.indicators.page import IndicatorsPage
    from app.views.main_window import MainWindow

    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    page = window.show_section("indicators")
    window.wait_until_loaded()
    assert isinstance(page, IndicatorsPage)
    assert page.indicators_tab.model.rowCount() == len(
        demo.indicators.rows(date.today().year))


# --- participants: an exclusion needs the council's decision ---
def test_an_exclusion_without_a_decision_is_refused_under_the_picker(qtbot, demo, answers):
    from app.views.participants.organization_dialog import OrganizationDialog

    org = current_participant(demo)
    dialog = OrganizationDialog(demo, demo.participants.get(org.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.decision_row.isVisible()
    dialog.m_left.set_value(date.today())
    select_data(dialog.m_leave_kind, LeaveKind.EXCLUSION.value)
    assert dialog.decision_row.isVisible()
    assert dialog.m_decision.count() == 1  # no decision to exclude it yet
    type_text(dialog.m_reason, "Исключена за неисполнение обязательств")
    dialog.m_reason.textEdited.emit(dialog.m_reason.text())
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.m_decision_error.isVisible() and dialog.m_decision_error.text()
    assert demo.participants.get(org.id).memberships[-1].left_on is None
    # a withdrawal needs no decision
    select_data(dialog.m_leave_kind, LeaveKind.WITHDRAWAL.value)
    assert not dialog.m_decision_error.isVisible() and not dialog.decision_row.isVisible()
    dialog.save()
    assert dialog.saved is not None
    assert demo.participants.get(org.id).memberships[-1].leave_kind == LeaveKind.WITHDRAWAL


# --- the shared toolbar, the empty state, printing ---
def test_print_the_indicators_report_and_search_the_indicators(qtbot, demo, settings, answers,
                                                               tasks, printer):
    page = make_page(qtbot, demo, settings, tasks)
    tab = page.indicators_tab
    show_active(qtbot, page)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answers.messages == []
    assert printer.pages() >= 1
    first = tab.model.row_at(0)
    assert first.name.split()[0] in " ".join(printer.sent_text)
    total = tab.model.rowCount()
    type_text(tab.search, first.name.split()[0])
    assert 0 < tab.model.rowCount() < total and tab.model.row_at(0).id == first.id
    assert str(total) in tab.count.text()  # «3 of 21»
    tab.search.clear()
    assert tab.model.rowCount() == total


def test_councils_keys_work_on_the_list_the_cursor_is_in(qtbot, demo, settings, answers,
                                                         tasks, printer, monkeypatch):
    """Issue 21: one row of actions; Ctrl+N adds to the list that has the cursor."""
    page = make_page(qtbot, demo, settings, tasks, COUNCILS)
    tab = page.councils_tab
    spy, councils = DialogSpy(), DialogSpy()
    monkeypatch.setattr(tab, "meeting_dialog", spy)
    monkeypatch.setattr(tab, "council_dialog", councils)
    show_active(qtbot, page)
    tab.councils_table.setFocus()
    qtbot.waitUntil(tab.councils_table.hasFocus, timeout=3000)
    qtbot.keyClick(tab.councils_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (councils.opened, spy.opened) == (1, 0)
    assert page.section_bar.current_toolbar() is tab.council_bar
    tab.meetings_table.setFocus()
    qtbot.waitUntil(tab.meetings_table.hasFocus, timeout=3000)
    qtbot.keyClick(tab.meetings_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (councils.opened, spy.opened) == (1, 1)
    meeting = tab.current_meeting()
    qtbot.keyClick(tab.meetings_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answers.messages == []
    assert printer.pages() >= 1
    assert "ПРОТОКОЛ" in " ".join(printer.sent_text).upper()
    assert meeting.number in " ".join(printer.sent_text)


def test_an_empty_database_shows_the_empty_lists_with_their_buttons(qtbot, services, settings,
                                                                    answers, tasks,
                                                                    monkeypatch):
    page = make_page(qtbot, services, settings, tasks)
    indicators = page.indicators_tab
    assert indicators.empty_state.showing_empty() and indicators.empty_state.button is None
    page.tabs.setCurrentIndex(COUNCILS)
    settle(tasks)
    councils = page.councils_tab
    assert councils.councils_empty.showing_empty()
    assert councils.councils_empty.button.isVisible()
    assert not councils.members_empty.showing_empty()  # no council chosen: nothing to say
    page.tabs.setCurrentIndex(TRAINING)
    tasks.wait()
    training = page.training_tab
    assert training.empty_state.showing_empty()
    assert training.empty_state.label.text() == training.tr(
        "No staff training is recorded yet.")
    spy = DialogSpy()
    monkeypatch.setattr(training, "open_dialog", spy)
    qtbot.mouseClick(training.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == 1
    select_data(training.year, date.today().year)  # a year with nothing: the empty table
    tasks.wait()
    assert not training.empty_state.showing_empty()
    page.tabs.setCurrentIndex(NETWORK)
    tasks.wait()
    assert page.network_tab.agreements.empty_state.showing_empty()


def test_the_records_search_keeps_matching_rows(qtbot, demo, settings, answers, tasks):
    page = make_page(qtbot, demo, settings, tasks, TRAINING)
    training = page.training_tab
    total = training.model.rowCount()
    name = training.model.row_at(0).full_name
    type_text(training.search, name.split()[0].lower())
    shown = training.model.rows()
    assert 0 < len(shown) < total and all(name.split()[0] in r.full_name for r in shown)
    assert training.count.text() == training.tr("{shown} of {total}").format(
        shown=len(shown), total=total)
    type_text(training.search, " такого нет")
    assert training.model.rowCount() == 0 and not training.empty_state.showing_empty()
