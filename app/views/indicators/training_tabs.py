"""Staff training (обучение кадров) and admission figures with graduates: lists with a year
filter and a dialog each."""

from __future__ import annotations

from datetime import date

from app.formats import format_date, format_percent
from app.services.training import (
    AdmissionData,
    TrainingCategory,
    TrainingData,
    category_label,
)
from app.views.indicators.common import Column
from app.views.indicators.records import Field, RecordsTab

#: A course shorter than its category's standard: kept, shown greyed, not counted.
SHORT_TEXT = "#8a949e"


class TrainingTab(RecordsTab):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model.colour = lambda t: SHORT_TEXT if t.short else None
        self.model.tooltip = self.short_tip

    def short_tip(self, t: TrainingData) -> str | None:
        """Why a greyed row does not count: «меньше 144 ч — не засчитывается в показатель»;
        and where the record came from, when a participant's file brought it."""
        lines = []
        if t.short:
            lines.append(self.tr("Less than {hours} h — not counted in the indicator").format(
                hours=t.standard_hours))
        source = self.services.requests.provenance("staff_training", t.id) if t.id else None
        if source is not None:
            lines.append(source.line())
        return "\n".join(lines) or None

    def columns(self):
        return [
            Column(self.tr("Full name"), lambda t: t.full_name),
            Column(self.tr("Who"), lambda t: category_label(t.category)),
            Column(self.tr("Organization"), lambda t: t.organization),
            Column(self.tr("Programme"), lambda t: t.programme),
            Column(self.tr("Hours"), lambda t: str(t.hours), lambda t: t.hours, right=True),
            Column(self.tr("Ended"), lambda t: format_date(t.ends_on), lambda t: t.ends_on or 0),
            Column(self.tr("Certificate"), lambda t: t.certificate_no),
        ]

    def widths(self):
        return (200, 150, 120, 200, 60, 100, 125)

    def fill_column(self):
        return 3

    def fields(self):
        return [
            Field("full_name", self.tr("Full name *")),
            Field("category", self.tr("Who is trained"), "choice",
                  tuple((category_label(c), c.value) for c in TrainingCategory)),
            Field("post", self.tr("Post")),
            Field("organization_id", self.tr("Organization"), "org"),
            Field("programme", self.tr("Programme *"), "lines"),
            Field("hours", self.tr("Hours *"), "int", maximum=5000),
            Field("track", self.tr("Module or track")),
            Field("provider", self.tr("Provider")),
            Field("starts_on", self.tr("Starts on"), "date"),
            Field("ends_on", self.tr("Ends on"), "date"),
            Field("certificate_no", self.tr("Certificate No.")),
            Field("certificate_on", self.tr("Certificate date"), "date"),
        ]

    def fetch(self, year):
        training = self.services.training
        return lambda: training.trainings(year=year)

    def blank(self):
        teacher = TrainingCategory.TEACHER.value  # offered with its standard hours
        return TrainingData(full_name="", category=teacher, programme="",
                            hours=self.services.training.standard_hours()[teacher])

    def save_record(self, data):
        return self.services.training.save_training(data)

    def delete_record(self, row_id):
        self.services.training.delete_training(row_id)

    def describe(self, row):
        return row.full_name

    def dialog_title(self, row):
        return row.full_name if row is not None else self.tr("New training record")

    def empty_text(self):
        return self.tr("No staff training is recorded yet.")

    def empty_button(self):
        return self.tr("Add the first training record")


class AdmissionsTab(RecordsTab):
    def columns(self):
        return [
            Column(self.tr("Year"), lambda a: str(a.year), lambda a: a.year, right=True),
            Column(self.tr("Code"), lambda a: a.code),
            Column(self.tr("Profession"), lambda a: a.profession),
            Column(self.tr("College"), lambda a: a.college),
            Column(self.tr("Places (КЦП)"), lambda a: str(a.places_planned),
                   lambda a: a.places_planned, right=True),
            Column(self.tr("Admitted"), lambda a: str(a.admitted), lambda a: a.admitted, right=True),
            Column(self.tr("Filled"), lambda a: format_percent(a.filled_pct),
                   lambda a: a.filled_pct, right=True),
            Column(self.tr("Targeted"), lambda a: str(a.targeted_contracts),
                   lambda a: a.targeted_contracts, right=True),
            Column(self.tr("Graduates"), lambda a: str(a.graduates), lambda a: a.graduates,
                   right=True),
            Column(self.tr("Employed"), lambda a: format_percent(a.employed_pct),
                   lambda a: a.employed_pct, right=True),
        ]

    def widths(self):
        return (50, 72, 140, 115, 95, 80, 105, 80, 115, 125)

    def fill_column(self):
        return 2

    def fields(self):
        return [
            Field("year", self.tr("Year *"), "int", maximum=2100),
            Field("code", self.tr("Code *"), placeholder=self.tr("e.g. 15.02.16")),
            Field("profession", self.tr("Profession *")),
            Field("college_id", self.tr("College"), "org"),
            Field("places_planned", self.tr("Places planned (КЦП)"), "int"),
            Field("admitted", self.tr("Admitted"), "int"),
            Field("targeted_contracts", self.tr("Targeted training contracts"), "int"),
            Field("graduates", self.tr("Graduates"), "int"),
            Field("employed", self.tr("Graduates employed"), "int"),
        ]

    def fetch(self, year):
        training = self.services.training
        return lambda: training.admissions(year=year)

    def blank(self):
        return AdmissionData(year=self.year.currentData() or date.today().year, code="",
                             profession="")

    def save_record(self, data):
        return self.services.training.save_admission(data)

    def delete_record(self, row_id):
        self.services.training.delete_admission(row_id)

    def describe(self, row):
        return f"{row.code} {row.profession}, {row.year}"

    def dialog_title(self, row):
        return self.describe(row) if row is not None else self.tr("New admission figures")

    def empty_text(self):
        return self.tr("No admission figures are recorded yet.")

    def empty_button(self):
        return self.tr("Add the first admission figures")
