"""The programme's approval in the indicators section is a choice among the council's
decisions of recorded meetings (nothing typed): chosen, saved, and the section shows the
decision's protocol."""

from __future__ import annotations

from datetime import date

from app.services.governance_codes import DecisionSubject
from app.services.indicators import ProgrammeData
from tests.council_decisions import council_decision
from tests.views.test_indicators_page import make_page, tasks  # noqa: F401 - a fixture


def test_the_programme_is_approved_by_choosing_a_decision(qtbot, services, settings,
                                                           tasks):  # noqa: F811
    services.indicators.save_programme(ProgrammeData("Программа деятельности", 2024, 2027))
    decision = council_decision(services, DecisionSubject.PROGRAMME, "4", date(2024, 3, 21))
    council_decision(services, DecisionSubject.PLAN, "5", date(2024, 3, 21))  # not offered
    page = make_page(qtbot, services, settings, tasks)
    tab = page.indicators_tab
    assert tab.approve_action.isEnabled()
    dialog = tab.approval_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.decision.combo.count() == 2
    dialog.save()  # nothing chosen: refused under the choice
    assert dialog.errors["decision_id"].isVisible()
    dialog.decision.choose(decision)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.reload()
    tasks.wait()
    assert "21.03.2024" in tab.programme.text() and "4" in tab.programme.text()
    assert services.indicators.programme().approval_decision_id == decision
