"""Issue 17, items 6 and 7c: the training indicators count only courses of at least the
standard hours of their category (and the training tab says which do not count), and a report
of a period not ended yet says «Предварительные данные на <дата>» in its title block — the
indicators report, the annual report (every sheet but the readiness map, which is a picture
as of today), the reach report and the monitoring form
of the current month — read back from the xlsx (openpyxl) and the PDF (pdftotext)."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services import clock
from app.services.base import translate
from app.services.cluster import ClusterData, current_cluster
from app.services.metrics import METRICS
from app.services.reports.period import is_preliminary, preliminary_mark
from app.services.training import TrainingData

TODAY = date(2026, 12, 7)


def mark() -> str:
    """«Предварительные данные на 07.12.2026» (through the translation, as the reports print
    it; the source string is English)."""
    return translate("Reports", "Preliminary data as of {date}").format(date="07.12.2026")


def not_marked(text: str) -> bool:
    return translate("Reports", "Preliminary data as of {date}").split("{")[0] not in text


@pytest.fixture
def frozen():
    clock.set_now(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))
    yield clock
    clock.set_now(None)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def sheet_texts(path) -> dict[str, str]:
    """Each sheet's cell texts, joined."""
    wb = load_workbook(path)
    return {ws.title: " ".join(str(c.value) for row in ws.iter_rows() for c in row
                               if c.value is not None) for ws in wb.worksheets}


# --- item 6: the training indicators ------------------------------------------------------

COURSES = [  # name, category, hours, certified, counts toward the indicator
    ("Иванова Анна Петровна", "teacher", 144, True, True),
    ("Петров Олег Ильич", "teacher", 16, True, False),  # a 16-hour course
    ("Сидорова Мария Олеговна", "master", 143, True, False),
    ("Кузнецов Игорь Павлович", "methodologist", 180, True, True),
    ("Орлов Денис Андреевич", "teacher", 144, False, False),  # no certificate yet
    ("Волков Пётр Сергеевич", "industry", 252, True, True),
    ("Зайцев Антон Юрьевич", "industry", 144, True, False),  # 144 is short for industry
    ("Морозова Елена Викторовна", "management", 16, True, True),  # modules: no standard
]


@pytest.fixture
def trained(services):
    services.cluster.update(ClusterData(None, "Кластер «Машиностроение»", "production", None,
                                        "Пермский край", None, None))
    for name, category, hours, certified, _counts in COURSES:
        services.training.save_training(TrainingData(
            name, category, "ДПП ПК", hours, starts_on=date(2025, 9, 1),
            ends_on=date(2025, 11, 20), certificate_no="УД-1" if certified else "",
            certificate_on=date(2025, 11, 20) if certified else None))
    return services


def test_training_indicators_count_only_courses_of_the_standard_hours(trained):
    with trained.store.sessions() as s:
        cluster_id = current_cluster(s).id
        figures = {code: METRICS[code].compute(s, cluster_id, 2025)
                   for code in ("teachers_trained", "industry_retrained", "managers_trained")}
    assert figures == {"teachers_trained": 2, "industry_retrained": 1, "managers_trained": 1}

    assert trained.training.standard_hours() == {
        "teacher": 144, "master": 144, "methodologist": 144, "industry": 252}
    rows = {t.full_name: t for t in trained.training.trainings(year=2025)}
    for name, _category, _hours, _certified, counts in COURSES:
        assert rows[name].counts is counts, name
    assert rows["Петров Олег Ильич"].short and rows["Петров Олег Ильич"].standard_hours == 144
    assert not rows["Морозова Елена Викторовна"].short
    # the annual report's training figures are the indicators' figures
    d = trained.annual_reports.annual_data(2025, today=date(2026, 2, 1))
    by_category: dict[str, int] = {}
    for t in d.certified():
        by_category[t.category] = by_category.get(t.category, 0) + 1
    assert by_category == {"teacher": 1, "methodologist": 1, "industry": 1, "management": 1}
    assert sum(by_category.get(c, 0) for c in ("teacher", "master", "methodologist")) == \
        figures["teachers_trained"]
    assert by_category["industry"] == figures["industry_retrained"]


def test_training_tab_greys_a_course_that_does_not_count(qtbot, trained):
    from app.services.tasks import TaskRunner
    from app.views.indicators.training_tabs import TrainingTab

    tasks = TaskRunner()
    tab = TrainingTab(trained, tasks, True)
    qtbot.addWidget(tab)
    tab.reload()
    tasks.wait()
    model = tab.model
    by_name = {model.row_at(r).full_name: r for r in range(model.rowCount())}
    assert len(by_name) == len(COURSES)

    def looks(name: str):
        index = model.index(by_name[name], 0)
        return (model.data(index, Qt.ItemDataRole.ForegroundRole),
                model.data(index, Qt.ItemDataRole.ToolTipRole))

    def short(hours: int) -> str:  # «меньше 144 ч — не засчитывается в показатель»
        return tab.tr("Less than {hours} h — not counted in the indicator").format(hours=hours)

    colour, tip = looks("Петров Олег Ильич")
    assert colour is not None and tip == short(144)
    assert looks("Зайцев Антон Юрьевич")[1] == short(252)
    colour, tip = looks("Иванова Анна Петровна")
    assert colour is None and tip == "Иванова Анна Петровна"
    assert looks("Морозова Елена Викторовна")[0] is None
    tasks.wait()


# --- item 7c: «Предварительные данные на <дата>» -------------------------------------------

def test_the_helper_decides_by_the_period_end_and_the_clock(frozen):
    assert is_preliminary(date(2026, 12, 31)) and is_preliminary(TODAY)
    assert not is_preliminary(date(2026, 12, 6)) and not is_preliminary(None)
    assert preliminary_mark(date(2026, 12, 31)) == mark()
    assert preliminary_mark(date(2025, 12, 31)) == ""
    assert preliminary_mark(date(2026, 12, 31), date(2027, 1, 1)) == ""


@pytest.fixture
def cluster(services):
    services.cluster.update(ClusterData(None, "Кластер «Машиностроение»", "production", None,
                                        "Пермский край", None, None))
    return services


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_indicators_report_of_the_current_year_is_preliminary(cluster, frozen, tmp_path,
                                                              suffix):
    reports = cluster.indicator_reports
    current, past = tmp_path / f"2026{suffix}", tmp_path / f"2025{suffix}"
    reports.indicators_report(2026, current)
    reports.indicators_report(2025, past)
    if suffix == ".xlsx":
        [text] = sheet_texts(current).values()
        assert mark() in text
        assert not_marked(" ".join(sheet_texts(past).values()))
    else:
        assert mark() in pdf_text(current)
        assert not_marked(pdf_text(past))


def test_annual_report_of_the_current_year_is_preliminary_on_every_sheet(cluster, frozen,
                                                                         tmp_path):
    annual = cluster.annual_reports
    annual.annual_report(2026, tmp_path / "2026.xlsx")
    texts = sheet_texts(tmp_path / "2026.xlsx")
    # pictures as of today, not of the year: the map, the roadmap, the maps and teams in force
    as_of_today = tuple(translate("Reports", t) for t in (
        "Site readiness map", "Roadmap control list", "Career maps", "Ambassador teams"))
    marked = [name for name, t in texts.items() if not t.startswith(as_of_today)]
    assert len(marked) > 3 and all(mark() in texts[name] for name in marked), texts.keys()
    annual.annual_report(2026, tmp_path / "2026.pdf")
    assert mark() in pdf_text(tmp_path / "2026.pdf")
    annual.annual_report(2025, tmp_path / "2025.xlsx")
    assert all(not_marked(t) for t in sheet_texts(tmp_path / "2025.xlsx").values())
    annual.annual_report(2025, tmp_path / "2025.pdf")
    assert not_marked(pdf_text(tmp_path / "2025.pdf"))


def test_reach_report_of_a_period_not_ended_is_preliminary(cluster, frozen, tmp_path):
    reports = cluster.event_reports
    reports.reach_report(date(2026, 1, 1), date(2026, 12, 31), tmp_path / "год.xlsx")
    assert mark() in " ".join(sheet_texts(tmp_path / "год.xlsx").values())
    reports.reach_report(date(2026, 1, 1), date(2026, 12, 31), tmp_path / "год.pdf")
    assert mark() in pdf_text(tmp_path / "год.pdf")
    reports.reach_report(date(2026, 1, 1), date(2026, 6, 30), tmp_path / "полугодие.xlsx")
    assert not_marked(" ".join(sheet_texts(tmp_path / "полугодие.xlsx").values()))
    reports.reach_report(date(2026, 1, 1), date(2026, 6, 30), tmp_path / "полугодие.pdf")
    assert not_marked(pdf_text(tmp_path / "полугодие.pdf"))


def test_monitoring_form_of_the_current_month_is_preliminary(cluster, frozen, tmp_path):
    monitoring = cluster.monitoring
    for suffix in (".xlsx", ".pdf"):
        december, november = tmp_path / f"12{suffix}", tmp_path / f"11{suffix}"
        monitoring.export_form(date(2026, 12, 1), december)
        monitoring.export_form(date(2026, 11, 1), november)
        read = pdf_text if suffix == ".pdf" else (
            lambda p: " ".join(sheet_texts(p).values()))
        assert mark() in read(december) and "31.12.2026" in read(december)
        assert not_marked(read(november))


def _teachers_trained(services) -> int:
    with services.store.sessions() as s:
        return METRICS["teachers_trained"].compute(s, current_cluster(s).id, 2025)


def test_the_standard_hours_are_stored_and_the_indicators_follow_them(trained):
    """The standards are data every computer shares: lowering the teachers' standard to 16
    hours makes the 16-hour course count; a bad value is refused and changes nothing."""
    from app.models import AuditEntry
    from app.services.errors import PermissionDenied, ValidationError
    from app.services.permissions import Actor, Role
    from app.services.training import TrainingService

    assert _teachers_trained(trained) == 2
    with pytest.raises(ValidationError):
        trained.training.set_standard_hours({"teacher": 0})
    with pytest.raises(ValidationError):
        trained.training.set_standard_hours({"nobody": 100})
    assert trained.training.standard_hours()["teacher"] == 144
    council = TrainingService(trained.store, Actor("council", Role.COUNCIL))
    with pytest.raises(PermissionDenied):
        council.set_standard_hours({"teacher": 16})

    saved = trained.training.set_standard_hours({"teacher": 16, "industry": 252})
    assert saved["teacher"] == 16 and saved["master"] == 144
    assert _teachers_trained(trained) == 3  # Петров's 16-hour course counts now
    rows = {t.full_name: t for t in trained.training.trainings(year=2025)}
    assert rows["Петров Олег Ильич"].counts

    with trained.store.sessions() as s:
        before = s.query(AuditEntry).count()
    trained.training.set_standard_hours({"teacher": 16})  # the same value: no change
    with trained.store.sessions() as s:
        assert s.query(AuditEntry).count() == before


def test_the_settings_page_edits_the_standards(qtbot, trained, monkeypatch):
    from app.views import dialogs
    from app.views.settings_page import TrainingStandards

    shown = []
    monkeypatch.setattr(dialogs, "show_message", lambda *a, **k: shown.append(a[2]))
    group = TrainingStandards(trained)
    qtbot.addWidget(group)
    assert group.fields["industry"].value() == 252
    group.fields["teacher"].setValue(16)
    group.save_button.click()
    assert trained.training.standard_hours()["teacher"] == 16
    assert _teachers_trained(trained) == 3
    assert shown == [translate("TrainingStandards",
                               "Saved: the indicators count by the new standards.")]
