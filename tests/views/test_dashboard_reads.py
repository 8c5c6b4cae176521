"""The dashboard reads as one (issue 21): the chart's planned total is the card's (one fact,
one place), the per cent sits beside its bar, «₽» never wraps alone, one month style in every
chart, the grant's share is no alarm by itself, the indicators behind are amber, and the
charts are within reach of a 1366×705 window."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QScrollArea

from app.services.dashboard import DashboardSummary
from app.views.dashboard.page import fmt_mln
from app.views.widgets.charts import month_names, month_short
from app.views.widgets.colours import AMBER, RED
from app.views.widgets.reach_chart import month_labels
from tests.views.test_dashboard_page import open_window

MILLION = Decimal(1_000_000)


def test_the_planned_total_is_the_same_on_the_chart_and_the_card(demo):
    s: DashboardSummary = demo.dashboard.summary()
    assert s.money_by_month and all(row[1] == s.planned for row in s.money_by_month)
    spending_total = next(r for r in demo.grants.spending(today=s.today) if r.level == "total")
    assert s.planned == spending_total.figures.planned


def test_one_month_style_everywhere(qapp):
    names = month_names()
    assert names[0] == "янв" and names[1] == "фев" and names[5] == "июн"
    assert all(len(n) == 3 and "." not in n for n in names)
    assert month_labels([(2026, 6)]) == ["июн"]
    assert month_labels([(2025, 12), (2026, 1)]) == ["дек 25", "янв 26"]
    assert month_short(9) == "сен"


def test_the_unit_never_wraps_alone(qapp):
    text = fmt_mln(Decimal("57400000"))
    assert text == "57,4\u00a0млн\u00a0₽" and " " not in text


def test_the_dashboard_as_a_user_sees_it(qtbot, demo, settings, answers):
    window = open_window(qtbot, demo, settings)
    window.resize(1366, 705)
    page = window.page("dashboard")
    s = page.summary
    planned, _contracted, _paid = page.money_chart.values()
    assert planned[-1] == float(s.planned / MILLION)  # the card's «из 126,5 млн ₽»
    assert fmt_mln(s.planned) in page.bars["contracted"].caption.text()
    for bar in page.bars.values():  # the per cent beside the bar, never dark on dark
        assert not bar.bar.isTextVisible() and bar.percent.text().endswith("%")
    assert page.money_chart.months.categories() == month_names()
    assert all(len(m) == 3 for m in page.reach_chart.months.categories())
    assert RED not in page.grant_card.figure.styleSheet()
    if s.indicators_behind:
        assert AMBER in page.indicators_card.figure.styleSheet()
    scroll = page.findChild(QScrollArea)
    qtbot.wait(50)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # scrolled down
    qtbot.wait(50)
    top = page.money_chart.mapTo(scroll.viewport(), page.money_chart.rect().topLeft())
    assert 0 <= top.y() and top.y() + page.money_chart.height() <= scroll.viewport().height()
    assert window.minimumSizeHint().width() <= 1024
