"""The monthly monitoring form: its figures read back from the xlsx and the PDF against sums
worked out here from the scenario's own numbers, its print setup, the submission history and
the changes after a submission, the council's limits, and the command line."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from stdnum.ru import inn as stdnum_inn

from app.bootstrap import main
from app.models import MonitoringSubmission
from app.services import Services
from app.services.cluster import ClusterData
from app.services.errors import PermissionDenied, ValidationError
from app.services.grants import (
    AcceptanceData,
    ContractData,
    LineData,
    PaymentData,
    ProcurementData,
    SourceData,
)
from app.services.participants import OrganizationData
from app.services.permissions import Actor, Role
from app.services.reports.monitoring_form import MonitoringService, parse_month
from app.services.reports.monitoring_form_files import form_title, xlsx_columns

OCTOBER = date(2026, 10, 1)
OCT_END = date(2026, 10, 31)
NOVEMBER = date(2026, 11, 1)
D = Decimal


def inn(prefix: str) -> str:
    return prefix + stdnum_inn.calc_company_check_digit(prefix)


# --- the scenario: every number the tests check comes from these tables ----------------------

SOURCES = {  # key: kind, name, amount
    "F": ("federal_grant", "Грант 2026", D("100000000.00")),
    "R": ("regional", "Софинансирование Пермского края 2026", D("20000000.00")),
}
LINES = {  # key: source, category, name, planned
    "F1": ("F", "equipment", "Оборудование мастерских", D("60000000.00")),
    "F2": ("F", "software", "Программы для мастерских", D("10000000.00")),
    "F3": ("F", "capital_repair", "Капитальный ремонт корпуса Б", D("30000000.00")),
    "R1": ("R", "equipment", "Мебель и оборудование", D("5000000.00")),
    "R2": ("R", "software", "Лицензии САПР", D("1000000.00")),
    "R3": ("R", "capital_repair", "Ремонт входной группы", D("4000000.00")),
    "R4": ("R", "training", "Повышение квалификации мастеров", D("2000000.00")),
    "R5": ("R", "other", "Брендирование по брендбуку", D("1500000.50")),
}
PROCEDURES = {  # key: line, subject, method, status, price, notice, planned, announced, summed
    "P1": ("F1", "Поставка станков с ЧПУ", "auction_44", "summed_up", D("58000000.00"),
           "0356300000126000001", date(2026, 2, 1), date(2026, 3, 2), date(2026, 3, 20)),
    "P2": ("F2", "Поставка САПР", "quotation_44", "announced", D("9500000.00"),
           "0356300000126000002", date(2026, 9, 1), date(2026, 10, 10), None),
    "P3": ("F3", "Ремонт корпуса Б (подряд)", "tender_44", "summed_up", D("30000000.00"),
           "0356300000126000003", date(2026, 3, 1), date(2026, 4, 1), date(2026, 4, 25)),
    "P4": ("R1", "Поставка мебели", "auction_44", "failed", D("5000000.00"),
           "0356300000126000004", date(2026, 4, 1), date(2026, 5, 5), date(2026, 5, 20)),
    "P5": ("R2", "=СУММ(1;2) лицензии", "fz_223", "planned", D("1000000.00"),
           "", date(2026, 12, 1), None, None),
    "P6": ("R3", "Ремонт входной группы", "quotation_44", "cancelled", D("4000000.00"),
           "0356300000126000006", date(2026, 5, 1), date(2026, 6, 1), None),
    "P7": ("R1", "Повторная закупка мебели", "auction_44", "announced", D("4800000.00"),
           "0356300000126000007", date(2026, 10, 20), date(2026, 11, 5), None),
}
Contract = tuple  # line, procedure, number, signed, supplier INN, supplier, amount, vat, status,
#                   delivery due, over reason
CONTRACTS = {
    "C1": ("F1", "P1", "К-1/2026", date(2026, 4, 1), inn("590200001"), "ООО «Станкомаш»",
           D("57500000.00"), D("9583333.33"), "active", date(2026, 9, 30), ""),
    "C2": ("F3", "P3", "К-2/2026", date(2026, 5, 10), inn("590200002"), "ООО «РемСтрой»",
           D("29900000.00"), D("4983333.33"), "active", date(2026, 12, 20), ""),
    "C3": ("F2", "P2", "К-3/2026", date(2026, 11, 3), inn("590200003"), "ООО «Софт-Проект»",
           D("9400000.00"), D("1566666.67"), "active", date(2026, 12, 1), ""),
    "C4": ("R1", None, "Р-1/2026", date(2026, 7, 1), inn("590200004"), "ООО «Мебель-Урал»",
           D("5600000.00"), D("933333.33"), "fulfilled", date(2026, 8, 1),
           "Рост цен поставщика; решение совета № 5"),
    "C5": ("R4", None, "Р-2/2026", date(2026, 9, 1), inn("590200005"), "АНО ДПО «Мастер»",
           D("1234567.89"), D("0"), "active", date(2026, 12, 15), ""),
    "C6": ("R5", None, "Р-3/2026", date(2026, 2, 1), inn("590200006"), "ИП Рекламщиков",
           D("300000.00"), D("50000.00"), "terminated", date(2026, 3, 1), ""),
}
ACCEPTANCES = [  # contract, date, amount
    ("C1", date(2026, 6, 15), D("20000000.00")),
    ("C1", date(2026, 9, 20), D("15000000.00")),
    ("C2", date(2026, 8, 31), D("12345678.90")),
    ("C4", date(2026, 8, 1), D("5600000.00")),
    ("C5", date(2026, 9, 30), D("617283.95")),
    ("C1", date(2026, 11, 12), D("5000000.00")),  # after October
]
PAYMENTS = [  # contract, date, amount
    ("C1", date(2026, 6, 30), D("20000000.00")),
    ("C1", date(2026, 10, 15), D("10000000.00")),
    ("C1", date(2026, 11, 10), D("5000000.00")),  # after October: not in its form
    ("C2", date(2026, 9, 5), D("12345678.90")),
    ("C3", date(2026, 11, 20), D("1000000.00")),  # a contract signed after October
    ("C4", date(2026, 8, 10), D("3000000.00")),
    ("C4", date(2026, 10, 30), D("2600000.00")),
    ("C5", date(2026, 10, 1), D("617283.94")),
    ("C6", date(2026, 3, 1), D("100000.00")),  # paid before it was terminated
]


@dataclass
class Scenario:
    ids: dict
    college: str


def build_scenario(svc: Services) -> Scenario:
    svc.cluster.update(ClusterData(None, "Кластер «Машиностроение Прикамья»", "production", None,
                                   "Пермский край", None, None))
    college = svc.participants.create(OrganizationData(
        full_name="ГБПОУ «Пермский машиностроительный колледж»", short_name="ПМК",
        inn=inn("590100001")))
    ids: dict = {}
    g = svc.grants
    for key, (kind, name, amount) in SOURCES.items():
        ids[key] = g.save_source(SourceData(kind, name, 2026, amount,
                                            college.id if kind == "federal_grant" else None)).id
    for key, (source, category, name, planned) in LINES.items():
        ids[key] = g.save_line(LineData(ids[source], category, name, planned)).id
    for key, (line, subject, method, status, price, notice, planned, announced,
              summed) in PROCEDURES.items():
        ids[key] = g.save_procurement(ProcurementData(
            ids[line], subject, method, notice, price, planned, announced, summed, status)).id
    for key, (line, proc, number, signed, supplier_inn, supplier, amount, vat, status, due,
              reason) in CONTRACTS.items():
        ids[key] = g.save_contract(ContractData(
            ids[line], number, signed, supplier_inn, amount, supplier_name=supplier,
            subject=f"Договор {number}", vat=vat, delivery_due=due, status=status,
            procurement_id=ids[proc] if proc else None, over_reason=reason)).id
    for contract, day, amount in ACCEPTANCES:
        g.add_acceptance(AcceptanceData(ids[contract], f"УПД-{day:%m%d}", day, amount))
    for contract, day, amount in PAYMENTS:
        g.add_payment(PaymentData(ids[contract], day, amount, f"ПП-{day:%m%d}"))
    return Scenario(ids, "ПМК")


def expected(as_of: date, payments=PAYMENTS) -> dict:
    """Per line, per source and in total, worked out from the tables above."""
    signed = {k: c for k, c in CONTRACTS.items() if c[3] <= as_of}
    live = {k: c for k, c in signed.items() if c[8] != "terminated"}
    out: dict = {}
    for key, (_source, _category, _name, planned) in LINES.items():
        out[key] = {
            "planned": planned,
            "announced": sum((p[4] for p in PROCEDURES.values() if p[0] == key
                              and p[3] in ("announced", "summed_up") and p[7]
                              and p[7] <= as_of), D(0)),
            "contracted": sum((c[6] for c in live.values() if c[0] == key), D(0)),
            "accepted": sum((a[2] for a in ACCEPTANCES if a[0] in live
                             and live[a[0]][0] == key and a[1] <= as_of), D(0)),
            "paid": sum((p[2] for p in payments if p[0] in signed
                         and signed[p[0]][0] == key and p[1] <= as_of), D(0)),
        }
    for source in SOURCES:
        out[source] = {f: sum((v[f] for k, v in out.items() if k in LINES
                               and LINES[k][0] == source), D(0))
                       for f in ("planned", "announced", "contracted", "accepted", "paid")}
    out["total"] = {f: out["F"][f] + out["R"][f] for f in out["F"]}
    return out


@pytest.fixture
def scenario(services) -> Scenario:
    return build_scenario(services)


@pytest.fixture
def monitoring(services) -> MonitoringService:
    return MonitoringService(services.store, services.actor)


# --- reading the files back ------------------------------------------------------------------

def read_form(path):
    """The sheet, the header's row number and {column title: index}."""
    ws = load_workbook(path, data_only=True).active
    titles = [c.title for c in xlsx_columns_for(ws)]
    header = next(r for r in range(1, 20) if ws.cell(r, 2).value == titles[1])
    return ws, header, {t: i + 1 for i, t in enumerate(titles)}


def xlsx_columns_for(ws):
    from app.services.reports.monitoring_form import FormData

    # the headers of the two «since» columns depend on the month; the others do not
    return xlsx_columns(FormData(OCTOBER, OCT_END, "", "", "", "", None))


def total_row(ws, header: int) -> int:
    """«Итого по всем источникам» (the signature block follows it)."""
    from app.services.base import translate

    text = translate("MonitoringForm", "Total for all sources")
    return next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 2).value == text)


def find_row(ws, header: int, text: str, level: int | None = None) -> int:
    """The one row whose name holds ``text`` (at an outline level: 1 for budget lines)."""
    rows = [r for r in range(header + 1, ws.max_row + 1)
            if text in str(ws.cell(r, 2).value or "")
            and level in (None, ws.row_dimensions[r].outlineLevel)]
    assert len(rows) == 1, (text, rows)
    return rows[0]


def rub(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",") + " ₽"


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def check_figures(ws, row: int, cols: dict, want: dict) -> None:
    titles = list(cols)
    names = dict(zip(("planned", "announced", "contracted", "accepted", "paid", "remaining"),
                     (titles[8], titles[9], titles[10], titles[12], titles[13], titles[14]),
                     strict=True))
    want = {**want, "remaining": want["planned"] - want["paid"]}
    for figure, title in names.items():
        value = ws.cell(row, cols[title]).value
        assert D(str(value or 0)).quantize(D("0.01")) == want[figure], (row, figure)
        assert ws.cell(row, cols[title]).number_format == "#,##0.00"  # «in roubles» above
    for part, title in (("contracted", titles[15]), ("paid", titles[16])):
        cell = ws.cell(row, cols[title])
        share = (want[part] * 100 / want["planned"]).quantize(D("0.1"))
        assert D(str(cell.value)).quantize(D("0.1")) == share, (row, part)
        assert cell.number_format == '0.0" %"'


# --- the tests -------------------------------------------------------------------------------

def test_xlsx_form_adds_up_to_the_scenario(scenario, monitoring, tmp_path):
    out = tmp_path / "форма.xlsx"
    from app.services.base import translate

    rows = monitoring.export_form(OCTOBER, out)
    ws, header, cols = read_form(out)
    total = next(r for r in range(header + 1, ws.max_row + 1)
                 if ws.cell(r, 2).value == translate("MonitoringForm", "Total for all sources"))
    assert rows == total - header  # then the signature block
    want = expected(OCT_END)
    # the hand-made sums themselves, so a slip in expected() cannot hide one in the form
    assert want["F1"]["paid"] == D("30000000.00")  # the November payment is not counted
    assert want["total"]["paid"] == D("48662962.84")
    assert want["total"]["contracted"] == D("94234567.89")  # C3 (November), C6 (terminated) out
    assert want["total"]["planned"] == D("113500000.50")

    assert ws["A1"].value == form_title()
    block = " ".join(str(ws.cell(r, 1).value) for r in range(2, header))
    for text in ("Кластер «Машиностроение Прикамья»", "ПМК", "Пермский край", "31.10.2026"):
        assert text in block
    for key, (_source, _category, name, _planned) in LINES.items():
        check_figures(ws, find_row(ws, header, name, level=1), cols, want[key])
    for key, (_kind, name, amount) in SOURCES.items():
        title_row = next(r for r in range(header + 1, ws.max_row + 1)
                         if ws.cell(r, 1).value and str(ws.cell(r, 2).value).endswith(name))
        assert ws.cell(title_row, cols[list(cols)[8]]).value == float(amount)
        assert ws.cell(title_row, 2).font.b
        sub = find_row(ws, header, translate("MonitoringForm", "Subtotal: {source}").format(
            source=name))
        assert ws.cell(sub, 2).font.b
        check_figures(ws, sub, cols, want[key])
    assert ws.cell(total, 2).font.b
    check_figures(ws, total, cols, want["total"])


def test_xlsx_rows_formats_and_print_setup(scenario, monitoring, tmp_path):
    out = tmp_path / "форма.xlsx"
    monitoring.export_form(OCTOBER, out)
    ws, header, cols = read_form(out)
    titles = list(cols)
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any("К-3/2026" in t for t in texts)  # signed on 3 November
    c1 = next(r for r in range(header + 1, ws.max_row + 1)
              if ws.cell(r, cols[titles[4]]).value == "К-1/2026")
    assert ws.cell(c1, cols[titles[13]]).value == 30000000  # not the November 5 000 000
    assert ws.cell(c1, cols[titles[12]]).value == 35000000  # nor the November acceptance
    assert ws.cell(c1, cols[titles[3]]).value == CONTRACTS["C1"][4]
    assert ws.cell(c1, cols[titles[3]]).data_type == "s"  # INN as text
    assert ws.cell(c1, cols[titles[11]]).value == pytest.approx(9583333.33)
    signed = ws.cell(c1, cols[titles[5]])
    assert signed.value == datetime(2026, 4, 1) and signed.number_format == "DD.MM.YYYY"
    assert ws.cell(c1, 2).font.color.rgb.endswith("9B1C1C")  # due 30.09, not delivered
    # the over-commitment and its reason are on the form
    c4 = next(r for r in range(header + 1, ws.max_row + 1)
              if ws.cell(r, cols[titles[4]]).value == "Р-1/2026")
    assert CONTRACTS["C4"][10] in ws.cell(c4, cols[titles[7]]).value
    # the procedure announced on 5 November is still planned in October, without a notice
    p7 = find_row(ws, header, "Повторная закупка мебели")
    assert ws.cell(p7, cols[titles[4]]).value is None
    assert ws.cell(p7, cols[titles[5]]).value is None
    # user text stays text
    p5 = find_row(ws, header, "=СУММ(1;2) лицензии")
    assert ws.cell(p5, 2).data_type == "s"
    # outline: lines under sources, procedures and contracts under lines
    line = find_row(ws, header, LINES["F1"][2], level=1)
    assert ws.row_dimensions[line].outlineLevel == 1
    assert ws.row_dimensions[c1].outlineLevel == 2
    # printing
    assert ws.page_setup.orientation == "landscape"
    # 19 columns: A3, where the text prints at 7 pt or more (A4 shrank it to about 4 pt)
    assert int(ws.page_setup.paperSize) == 8
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${header}:${header}"
    assert all(ws.column_dimensions[chr(ord("A") + i)].width >= 6 for i in range(len(cols)))


def test_pdf_shows_the_same_totals(scenario, monitoring, tmp_path):
    out = tmp_path / "форма.pdf"
    monitoring.export_form(OCTOBER, out)
    text = pdf_text(out)
    want = expected(OCT_END)
    assert "31.10.2026" in text and "Кластер «Машиностроение Прикамья»" in text
    for key in ("F", "R", "total"):
        for figure in ("planned", "contracted", "accepted", "paid"):
            assert rub(want[key][figure]) in text, (key, figure)
    assert rub(D("48662962.84")) == "48 662 962,84 ₽"
    assert "48 662 962,84 ₽" in text
    assert "К-3/2026" not in text
    assert "Р-1/2026" in text and CONTRACTS["C4"][10] in text


def test_final_export_keeps_a_snapshot_and_later_changes_show(scenario, services, monitoring,
                                                               tmp_path):
    assert monitoring.submissions() == []
    monitoring.export_form(OCTOBER, tmp_path / "октябрь.xlsx", final=True)
    history = monitoring.submissions()
    assert [(h.month, h.submitted_by) for h in history] == [(OCTOBER, "—")]
    assert history[0].submitted_at.tzinfo is not None
    exports = [e.detail for e in services.audit.entries(action="export")]
    assert any(d.startswith("октябрь.xlsx: ") and "final" in d for d in exports)
    with services.store.sessions() as s:
        snapshot = json.loads(s.scalar(select(MonitoringSubmission.snapshot)))
    line = snapshot["lines"][str(scenario.ids["F1"])]
    assert line["paid"] == "30000000.00" and line["contracted"] == "57500000.00"
    assert snapshot["contracts"][str(scenario.ids["C1"])]["paid"] == "30000000.00"
    assert str(scenario.ids["C3"]) not in snapshot["contracts"]
    assert snapshot["total"]["paid"] == str(expected(OCT_END)["total"]["paid"])
    assert monitoring.changes_since_submission(OCTOBER) == []

    # a payment dated in October, entered after the form went out
    services.grants.add_payment(PaymentData(scenario.ids["C2"], date(2026, 10, 28),
                                            D("1000000.00"), "ПП-поздний"))
    changes = monitoring.changes_since_submission(OCTOBER)
    assert {(c.kind, c.id, c.before, c.now) for c in changes} == {
        ("line", str(scenario.ids["F3"]), D("12345678.90"), D("13345678.90")),
        ("contract", str(scenario.ids["C2"]), D("12345678.90"), D("13345678.90")),
    }
    assert any(LINES["F3"][2] in c.what for c in changes)
    assert any("К-2/2026" in c.what for c in changes)
    assert all("12 345 678,90 ₽ → 13 345 678,90 ₽" in c.text().replace("\u00a0", " ")
               for c in changes)
    # a payment in November does not change October
    services.grants.add_payment(PaymentData(scenario.ids["C2"], date(2026, 11, 2),
                                            D("1.00")))
    assert len(monitoring.changes_since_submission(OCTOBER)) == 2

    # sent again: history keeps both, and the newer one is the reference
    monitoring.export_form(OCTOBER, tmp_path / "октябрь-2.pdf", final=True)
    assert [h.month for h in monitoring.submissions()] == [OCTOBER, OCTOBER]
    assert monitoring.changes_since_submission(OCTOBER) == []


@pytest.fixture
def in_december():
    """The one clock in mid-December 2026: November's form can be made, whatever the real
    date (before November it could not, and the test used to skip)."""
    from app.services import clock

    clock.set_now(datetime(2026, 12, 15, 9, 0, tzinfo=UTC))
    yield clock.today()
    clock.set_now(None)


def test_next_month_shows_the_change_since_the_last_submitted_form(in_december, scenario,
                                                                    monitoring, tmp_path):
    monitoring.export_form(OCTOBER, tmp_path / "октябрь.xlsx", final=True)
    out = tmp_path / "ноябрь.xlsx"
    monitoring.export_form(NOVEMBER, out)
    ws = load_workbook(out, data_only=True).active
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == list(read_form(out)[2])[0])
    titles = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    assert "10.2026" in titles[-1] and "10.2026" in titles[-2]
    oct_, nov = expected(OCT_END), expected(date(2026, 11, 30))
    for key in ("F1", "F2", "R1"):
        row = find_row(ws, header, LINES[key][2], level=1)
        assert D(str(ws.cell(row, len(titles) - 1).value)) == \
            nov[key]["contracted"] - oct_[key]["contracted"]
        assert D(str(ws.cell(row, len(titles)).value)) == nov[key]["paid"] - oct_[key]["paid"]
    assert D(str(ws.cell(total_row(ws, header), len(titles)).value)) == \
        nov["total"]["paid"] - oct_["total"]["paid"] == D("6000000.00")


def test_a_council_member_cannot_submit(scenario, services, tmp_path):
    council = MonitoringService(services.store, Actor("c", Role.COUNCIL))
    with pytest.raises(PermissionDenied):
        council.export_form(OCTOBER, tmp_path / "final.xlsx", final=True)
    assert not (tmp_path / "final.xlsx").exists()
    assert council.submissions() == []
    denied = services.audit.entries(action="denied")
    assert [(e.username, "grants.monitoring_submit" in e.detail) for e in denied] == [("c", True)]
    assert council.export_form(OCTOBER, tmp_path / "draft.xlsx") > 0  # a draft is reading
    assert (tmp_path / "draft.xlsx").exists()


def test_a_month_not_begun_is_refused(scenario, monitoring, tmp_path):
    ahead = date.today().replace(day=1) + timedelta(days=40)
    with pytest.raises(ValidationError):
        monitoring.export_form(ahead, tmp_path / "будущее.xlsx")
    assert not (tmp_path / "будущее.xlsx").exists()


@pytest.mark.parametrize("text", ["2026-13", "октябрь", "", "2026-1-1", "13.2026"])
def test_bad_months_do_not_parse(text):
    with pytest.raises(ValueError):
        parse_month(text)


def test_months_parse():
    assert parse_month("2026-10") == parse_month(" 10.2026 ") == OCTOBER
    assert parse_month("2026-3") == date(2026, 3, 1)


def test_command_line(scenario, services, db_url, tmp_path, capsys):
    services.close()  # the command line opens the database itself
    out = tmp_path / "форма.xlsx"
    assert main(["--db", db_url, "report", "monitoring", "--month", "2026-10",
                 "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    ws, header, cols = read_form(out)
    check_figures(ws, total_row(ws, header), cols, expected(OCT_END)["total"])

    assert main(["--db", db_url, "report", "monitoring", "--month", "2026-10",
                 "--out", str(out), "--pdf", "--final"]) == 0
    assert rub(expected(OCT_END)["total"]["paid"]) in pdf_text(out.with_suffix(".pdf"))
    capsys.readouterr()
    for bad in ("2026-13", "октябрь"):
        assert main(["--db", db_url, "report", "monitoring", "--month", bad,
                     "--out", str(tmp_path / "bad.xlsx")]) == 1
        assert bad in capsys.readouterr().err
    ahead = date.today().replace(day=1) + timedelta(days=40)
    assert main(["--db", db_url, "report", "monitoring", "--month", f"{ahead:%Y-%m}",
                 "--out", str(tmp_path / "bad.xlsx")]) == 1
    assert f"{ahead:%m.%Y}" in capsys.readouterr().err
    assert not (tmp_path / "bad.xlsx").exists()

    from app.services import open_store

    again = Services(open_store(db_url))
    try:
        history = MonitoringService(again.store, again.actor).submissions()
    finally:
        again.close()
    assert [h.month for h in history] == [OCTOBER]


def test_an_overdue_contract_is_printed_overdue_not_active(scenario, monitoring, tmp_path):
    """Issue 17 item 7a: a contract whose delivery was due before the form's date and not all
    of it accepted reads «Просрочен (срок поставки …)» in the xlsx and the PDF; one still in
    time reads «Действует»; in the current month's form, «late» is counted from today."""
    from app.services import clock
    from app.services.base import translate
    from app.services.grants import label

    def overdue(day: str) -> str:
        return translate("MonitoringForm", "Overdue (delivery was due {date})").format(date=day)

    active = label("active")
    clock.set_now(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))
    try:
        out = tmp_path / "октябрь.xlsx"
        monitoring.export_form(OCTOBER, out)
        ws, header, cols = read_form(out)
        titles = list(cols)

        def status(number: str) -> str:
            row = next(r for r in range(header + 1, ws.max_row + 1)
                       if ws.cell(r, cols[titles[4]]).value == number)
            return str(ws.cell(row, cols[titles[7]]).value)

        assert status("К-1/2026") == overdue("30.09.2026")  # 35 of 57.5 million accepted
        assert status("К-2/2026") == active  # due 20.12.2026
        monitoring.export_form(OCTOBER, tmp_path / "октябрь.pdf")
        text = pdf_text(tmp_path / "октябрь.pdf")
        assert overdue("30.09.2026") in text
        # December, made on 7 December: К-3 (due 01.12, nothing accepted) is late, К-2 (due
        # 20.12) is not yet, whatever the month's last day
        monitoring.export_form(date(2026, 12, 1), tmp_path / "декабрь.xlsx")
        ws, header, cols = read_form(tmp_path / "декабрь.xlsx")
        assert status("К-3/2026") == overdue("01.12.2026")
        assert status("К-2/2026") == active
        monitoring.export_form(date(2026, 12, 1), tmp_path / "декабрь.pdf")
        text = pdf_text(tmp_path / "декабрь.pdf")
        assert overdue("01.12.2026") in text and overdue("20.12.2026") not in text
    finally:
        clock.set_now(None)
