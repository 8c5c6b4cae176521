"""The monthly monitoring form handed in from the window (issue 21, item 10): «Сдать форму»
writes the workbook and its PDF and keeps the figures sent; the history lists it; a payment
entered later shows as a change against the form handed in."""

from __future__ import annotations

from calendar import monthrange
from decimal import Decimal as D

import openpyxl
from pypdf import PdfReader

from app.services import clock
from app.services.grants import PaymentData
from app.views.grants.submissions import SubmissionsDialog, previous_month


def test_hand_in_then_a_late_payment_shows_as_a_change(qtbot, demo, answers, tmp_path):
    month = previous_month(clock.today())
    dialog = SubmissionsDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.month() == month
    before = dialog.history.rows()
    assert any(r.month == month for r in before)  # the demo handed the last month in
    assert "сдана" in dialog.state.text()
    assert dialog.submit_button.isEnabled()  # the demo's administrator may hand it in

    assert dialog.submit(month, tmp_path / "форма.xlsx")
    workbook, pdf = tmp_path / "форма.xlsx", tmp_path / "форма.pdf"
    assert openpyxl.load_workbook(workbook).active.max_row > 5
    assert "мониторинг" in "".join(p.extract_text() for p in PdfReader(pdf).pages).lower()
    assert len(dialog.history.rows()) == len(before) + 1
    newest = max(dialog.history.rows(), key=lambda r: r.submitted_at)
    assert newest.month == month and newest.submitted_by == (demo.actor.username or "—")
    assert "ничего не изменилось" in dialog.state.text()
    assert dialog.changes.rowCount() == 0

    last_day = month.replace(day=monthrange(month.year, month.month)[1])
    contract = next(c for c in demo.grants.contracts()
                    if c.signed_on <= last_day and c.paid + D("1.00") <= c.amount)
    demo.grants.add_payment(PaymentData(contract.id, last_day, D("1.00"), "ПП-поздний"))
    dialog.reload()
    assert dialog.changes.rowCount() >= 1
    dialog.month_edit.setDate(dialog.month_edit.date().addMonths(-1))  # an untouched month
    dialog.month_edit.setDate(dialog.month_edit.date().addMonths(1))
    assert any(contract.number in c.what for c in dialog.changes.rows())
    assert "изменил" in dialog.state.text()


def test_a_role_without_the_right_cannot_hand_in(qtbot, demo, answers):
    from app.services import Services
    from app.services.permissions import Actor, Role

    viewer = Services(demo.store, Actor("член совета", Role.COUNCIL))
    dialog = SubmissionsDialog(viewer)
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()
    assert dialog.submit_button.toolTip()
