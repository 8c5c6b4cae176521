"""The dashboard («Сводка») as a user sees it: the window opens on it, its figures are the
service's summary, a click on a card opens that card's section, an empty database is calm."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.formats import format_money, format_number, format_percent
from app.services.dashboard import DashboardSummary
from app.views.dashboard.page import DashboardPage, fmt_mln
from app.views.main_window import MainWindow


def open_window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.wait_until_loaded()
    return window


def test_the_window_opens_on_the_dashboard_with_the_demo_figures(qtbot, demo, settings,
                                                                 answers):
    window = open_window(qtbot, demo, settings)
    assert window.current_section() == "dashboard"
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    s = demo.dashboard.summary()
    assert page.summary == s
    texts = page.card_texts()
    assert texts["grant"][0] == format_percent(s.pct_grant_contracted)
    bars = page.bars
    assert bars["grant_contracted"].bar.value() == int(s.pct_grant_contracted)
    assert bars["grant_paid"].bar.value() == int(s.pct_grant_paid)
    assert bars["grant_contracted"].bar.text() == format_percent(s.pct_grant_contracted)
    assert fmt_mln(s.grant_contracted) in bars["grant_contracted"].caption.text()
    assert fmt_mln(s.paid) in bars["paid"].caption.text()
    assert format_money(s.grant_paid) in page.grant_card.toolTip()
    assert s.overdue_contracts == 0 and "нет" in texts["grant"][1]  # the demo in order
    assert texts["events"][0] == format_number(s.events_month)
    assert format_number(s.reach_year) in texts["events"][1]
    assert texts["roadmap"][0] == str(len(s.roadmap_overdue))
    assert s.roadmap_overdue[0][:20] in texts["roadmap"][1]
    assert texts["findings"][0] == str(s.findings_open)
    assert s.findings_overdue == 0 and "просроченных нет" in texts["findings"][1]
    assert texts["indicators"][0] == str(len(s.indicators_behind))
    assert s.indicators_behind[0].name in texts["indicators"][1]
    planned, contracted, paid = page.money_chart.values()
    million = Decimal(1_000_000)
    assert paid == [float(row[3] / million) for row in s.money_by_month]
    assert contracted == [float(row[2] / million) for row in s.money_by_month]
    held, people = page.reach_chart.values()
    assert people == [float(p) for _y, _m, _h, p in s.reach_by_month]
    assert not page.error.isVisible() and answers.messages == []


def test_a_click_on_a_card_opens_its_section(qtbot, demo, settings, answers):
    window = open_window(qtbot, demo, settings)
    page = window.page("dashboard")
    sections = DashboardSummary.SECTIONS
    qtbot.mouseClick(page.indicators_card, Qt.MouseButton.LeftButton)
    assert window.current_section() == sections["indicators"] == "indicators"
    window.show_section("dashboard")
    window.wait_until_loaded()
    qtbot.mouseClick(page.findings_card, Qt.MouseButton.LeftButton)
    assert window.current_section() == "inspections"
    window.show_section("dashboard")
    page.roadmap_card.setFocus()
    qtbot.keyClick(page.roadmap_card, Qt.Key.Key_Return)
    assert window.current_section() == "roadmap"
    window.show_section("dashboard")
    qtbot.mouseClick(page.grant_card.detail, Qt.MouseButton.LeftButton)  # a label on it
    assert window.current_section() == "grants"
    window.wait_until_loaded()


def test_an_empty_database_gives_calm_empty_states(qtbot, services, settings, answers):
    window = open_window(qtbot, services, settings)
    page = window.page("dashboard")
    assert page.summary is not None
    texts = page.card_texts()
    assert texts["grant"][0] == "—" and texts["indicators"][0] == "—"
    assert texts["findings"][0] == "0"
    assert all(bar.isHidden() for bar in page.bars.values())
    assert page.charts_empty.isVisible() and page.money_chart.isHidden()
    assert not page.error.isVisible() and answers.messages == []


def test_participants_sites_and_career_map_cards_count_what_their_sections_hold(
        qtbot, demo, settings, answers):
    window = open_window(qtbot, demo, settings)
    page = window.page("dashboard")
    texts = page.card_texts()
    members = [row for row in demo.participants.list_organizations() if row.role]
    colleges = sum(1 for row in members if row.role == "college")
    employers = sum(1 for row in members if row.role == "employer")
    assert texts["participants"][0] == format_number(len(members))
    assert f"колледжей: {colleges}, работодателей: {employers}" in texts["participants"][1]
    sites = demo.sites.list_sites()
    assert texts["sites"][0] == format_number(sum(len(site.workshops) for site in sites))
    assert f"на {len(sites)} площадках" in texts["sites"][1]
    maps = demo.career_maps.maps()
    assert texts["career-maps"][0] == format_number(sum(1 for m in maps if m.status == "approved"))
    qtbot.mouseClick(page.careers_card, Qt.MouseButton.LeftButton)
    assert window.current_section() == "career-maps"


def test_the_new_cards_are_calm_on_an_empty_database(qtbot, services, settings, answers):
    window = open_window(qtbot, services, settings)
    texts = window.page("dashboard").card_texts()
    assert texts["participants"] == ("—", "Пока нет участников.")
    assert texts["sites"] == ("—", "Пока нет площадок.")
    assert texts["career-maps"] == ("—", "Пока нет карьерных карт.")
