"""Staff training (seed 003: teachers, masters and methodologists on 144-hour programmes,
people from industry on 252-hour retraining, management teams by modules and tracks) and
admission figures with graduates (КЦП planned and filled, targeted-training contracts,
graduates and those employed)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.formats import percent_of
from app.models import AdmissionFigure, Organization, StaffTraining, TrainingStandard
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text, require_text

MAX_PEOPLE = 1_000_000
MAX_STANDARD_HOURS = 2_000  # longer than any programme of professional retraining


class TrainingCategory(enum.StrEnum):
    TEACHER = "teacher"
    MASTER = "master"  # мастер производственного обучения
    METHODOLOGIST = "methodologist"
    INDUSTRY = "industry"  # приходящие с производства, победители чемпионатов
    MANAGEMENT = "management"  # управленческие команды


#: The standard length of each category's programme (seed 003: 144 academic hours for
#: teachers, masters and methodologists, 252 for people from industry).  A course shorter than
#: its category's standard is kept but does not count toward the training indicators.
#: Management teams train by modules and tracks: no standard, any certified course counts.
STANDARD_HOURS = {TrainingCategory.TEACHER: 144, TrainingCategory.MASTER: 144,
                  TrainingCategory.METHODOLOGIST: 144, TrainingCategory.INDUSTRY: 252}


def standard_hours(s: Session | None = None) -> dict[str, int]:
    """The standard hours by category code: the one place every count and screen reads them
    (stored in ``training_standard``, edited in the settings; the seed's values until then)."""
    out = {category.value: hours for category, hours in STANDARD_HOURS.items()}
    if s is not None:
        for category, hours in s.execute(select(TrainingStandard.category,
                                                TrainingStandard.hours)):
            if category in out:
                out[category] = hours
    return out


def counted_clause(categories: tuple[str, ...], standards: dict[str, int]):
    """SQL: a certified training of one of ``categories`` at least its category's standard
    hours (``TrainingData.counts`` is the same rule for one record)."""
    return and_(StaffTraining.certificate_no != "", or_(*(
        and_(StaffTraining.category == c, StaffTraining.hours >= standards.get(c, 0))
        for c in categories)))

CATEGORY_LABELS = {
    TrainingCategory.TEACHER: QT_TRANSLATE_NOOP("Training", "Teacher"),
    TrainingCategory.MASTER: QT_TRANSLATE_NOOP("Training", "Master of vocational training"),
    TrainingCategory.METHODOLOGIST: QT_TRANSLATE_NOOP("Training", "Methodologist"),
    TrainingCategory.INDUSTRY: QT_TRANSLATE_NOOP("Training", "Specialist from industry"),
    TrainingCategory.MANAGEMENT: QT_TRANSLATE_NOOP("Training", "Management team"),
}


def category_label(code: str) -> str:
    try:
        return translate("Training", CATEGORY_LABELS[TrainingCategory(code)])
    except ValueError:
        return code


@dataclass
class TrainingData:
    full_name: str
    category: str
    programme: str
    hours: int = 0
    post: str = ""
    organization_id: uuid.UUID | None = None
    track: str = ""
    provider: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    certificate_no: str = ""
    certificate_on: date | None = None
    id: uuid.UUID | None = None
    version: int = 0
    organization: str = ""  # for display
    standard_hours: int | None = None  # the category's standard when read; None: no standard

    @property
    def completed(self) -> bool:
        return bool(self.certificate_no)

    @property
    def short(self) -> bool:
        """Shorter than the category's standard: it does not count toward the indicator."""
        return self.standard_hours is not None and self.hours < self.standard_hours

    @property
    def counts(self) -> bool:
        """Counts toward the training indicator: certified and not short
        (``counted_clause`` is the same rule in SQL)."""
        return self.completed and not self.short


@dataclass
class AdmissionData:
    year: int
    code: str
    profession: str
    college_id: uuid.UUID | None = None
    places_planned: int = 0
    admitted: int = 0
    targeted_contracts: int = 0
    graduates: int = 0
    employed: int = 0
    id: uuid.UUID | None = None
    version: int = 0
    college: str = ""

    @property
    def filled_pct(self):
        return percent_of(self.admitted, self.places_planned)

    @property
    def employed_pct(self):
        return percent_of(self.employed, self.graduates)


def _orgs(s: Session) -> dict:
    return {i: short or full for i, short, full in s.execute(
        select(Organization.id, Organization.short_name, Organization.full_name))}


def _training_data(t: StaffTraining, orgs: dict, standards: dict[str, int]) -> TrainingData:
    return TrainingData(t.full_name, t.category, t.programme, t.hours, t.post,
                        t.organization_id, t.track, t.provider, t.starts_on, t.ends_on,
                        t.certificate_no, t.certificate_on, t.id, t.version,
                        orgs.get(t.organization_id, ""), standards.get(t.category))


def _admission_data(a: AdmissionFigure, orgs: dict) -> AdmissionData:
    return AdmissionData(a.year, a.code, a.profession, a.college_id, a.places_planned,
                         a.admitted, a.targeted_contracts, a.graduates, a.employed, a.id,
                         a.version, orgs.get(a.college_id, ""))


def validate_training(d: TrainingData) -> TrainingData:
    errors: dict[str, str] = {}
    name = check_field(errors, "full_name", require_text, d.full_name, 300)
    programme = check_field(errors, "programme", require_text, d.programme, 2000)
    if d.category not in set(TrainingCategory):
        errors["category"] = translate("Training", "Choose who is trained.")
    if not 1 <= int(d.hours or 0) <= 5000:
        errors["hours"] = translate("Training", "Give the length of the programme in hours.")
    if d.starts_on and d.ends_on and d.ends_on < d.starts_on:
        errors["ends_on"] = translate("Training", "The course cannot end before it starts.")
    if d.certificate_no.strip() and d.ends_on is None:
        errors["ends_on"] = translate("Training", "A certificate is issued at the end of the "
                                                  "course: give the end date.")
    if d.certificate_on and d.ends_on and d.certificate_on < d.ends_on:
        errors["certificate_on"] = translate("Training", "The certificate is dated before the "
                                                         "end of the course.")
    fields = {k: check_field(errors, k, optional_text, getattr(d, k), n) for k, n in (
        ("post", 300), ("track", 300), ("provider", 500), ("certificate_no", 100))}
    if errors:
        raise ValidationError(errors)
    return replace(d, full_name=name, programme=programme, hours=int(d.hours), **fields)


def validate_admission(d: AdmissionData) -> AdmissionData:
    errors: dict[str, str] = {}
    code = check_field(errors, "code", require_text, d.code, 20)
    profession = check_field(errors, "profession", require_text, d.profession, 500)
    if not 2000 <= int(d.year) <= 2100:
        errors["year"] = translate("Training", "The year must be between 2000 and 2100.")
    for key in ("places_planned", "admitted", "targeted_contracts", "graduates", "employed"):
        value = getattr(d, key)
        if not isinstance(value, int) or not 0 <= value <= MAX_PEOPLE:
            errors[key] = translate("Training", "A whole number of people from 0 to "
                                                "1,000,000.")
    if not errors and d.employed > d.graduates:
        errors["employed"] = translate("Training", "More graduates employed than graduated.")
    if not errors and d.targeted_contracts > max(d.admitted, d.places_planned):
        errors["targeted_contracts"] = translate(
            "Training", "More targeted-training contracts than students admitted.")
    if errors:
        raise ValidationError(errors)
    return replace(d, code=code, profession=profession)


class TrainingService(Service):
    # ---- staff training ----------------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def trainings(self, year: int | None = None, category: str = "") -> list[TrainingData]:
        """Training records (those ending in ``year``, if given), by end date and name."""
        query = select(StaffTraining)
        if year is not None:
            query = query.where(StaffTraining.ends_on >= date(year, 1, 1),
                                StaffTraining.ends_on <= date(year, 12, 31))
        if category:
            query = query.where(StaffTraining.category == category)
        with self._session() as s:
            query = query.where(StaffTraining.cluster_id == current_cluster(s).id)
            orgs, standards = _orgs(s), standard_hours(s)
            return [_training_data(t, orgs, standards) for t in s.scalars(
                query.order_by(StaffTraining.ends_on, StaffTraining.full_name))]

    @requires(Permission.INDICATORS_READ)
    def standard_hours(self) -> dict[str, int]:
        """The standard hours by category (see ``standard_hours``)."""
        with self._session() as s:
            return standard_hours(s)

    @requires(Permission.INDICATORS_WRITE)
    def set_standard_hours(self, hours: dict[str, int]) -> dict[str, int]:
        """Store the standard hours of the categories given (every computer reads them);
        each between 1 and MAX_STANDARD_HOURS academic hours."""
        errors: dict[str, str] = {}
        for category, value in hours.items():
            if category not in {c.value for c in STANDARD_HOURS}:
                errors[category] = translate("Training", "Unknown training category.")
            elif not isinstance(value, int) or not 1 <= value <= MAX_STANDARD_HOURS:
                errors[category] = translate(
                    "Training", "The standard is a whole number of hours from 1 to {most}."
                ).format(most=MAX_STANDARD_HOURS)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            stored = {row.category: row for row in s.scalars(select(TrainingStandard))}
            for category, value in hours.items():
                row = stored.get(category)
                if row is None:
                    s.add(TrainingStandard(category=category, hours=value))
                elif row.hours != value:  # an unchanged value is no change (no audit row)
                    row.hours = value
            s.flush()
            return standard_hours(s)

    @requires(Permission.INDICATORS_WRITE)
    def save_training(self, data: TrainingData) -> TrainingData:
        clean = validate_training(data)
        with self._session() as s:
            if clean.id is None:
                row = StaffTraining(cluster_id=current_cluster(s).id)
                s.add(row)
            else:
                row = self._get(s, StaffTraining, clean.id)
                if row.version != clean.version:
                    raise conflict_error()
            for name in ("full_name", "category", "programme", "hours", "post",
                         "organization_id", "track", "provider", "starts_on", "ends_on",
                         "certificate_no", "certificate_on"):
                setattr(row, name, getattr(clean, name))
            s.flush()
            return _training_data(row, _orgs(s), standard_hours(s))

    @requires(Permission.INDICATORS_WRITE)
    def delete_training(self, training_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, StaffTraining, training_id))

    # ---- admissions and graduates ------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def admissions(self, year: int | None = None) -> list[AdmissionData]:
        query = select(AdmissionFigure)
        if year is not None:
            query = query.where(AdmissionFigure.year == year)
        with self._session() as s:
            query = query.where(AdmissionFigure.cluster_id == current_cluster(s).id)
            orgs = _orgs(s)
            return [_admission_data(a, orgs) for a in s.scalars(
                query.order_by(AdmissionFigure.year, AdmissionFigure.code))]

    @requires(Permission.INDICATORS_WRITE)
    def save_admission(self, data: AdmissionData) -> AdmissionData:
        clean = validate_admission(data)
        with self._session() as s:
            cluster = current_cluster(s)
            clash = s.scalar(select(AdmissionFigure.id).where(
                AdmissionFigure.cluster_id == cluster.id, AdmissionFigure.year == clean.year,
                AdmissionFigure.code == clean.code,
                AdmissionFigure.college_id.is_(None) if clean.college_id is None
                else AdmissionFigure.college_id == clean.college_id))
            if clash is not None and clash != clean.id:
                raise ValidationError({"code": translate(
                    "Training", "This profession already has figures for the year and the "
                                "college.")})
            if clean.id is None:
                row = AdmissionFigure(cluster_id=cluster.id)
                s.add(row)
            else:
                row = self._get(s, AdmissionFigure, clean.id)
                if row.version != clean.version:
                    raise conflict_error()
            for name in ("year", "code", "profession", "college_id", "places_planned",
                         "admitted", "targeted_contracts", "graduates", "employed"):
                setattr(row, name, getattr(clean, name))
            s.flush()
            return _admission_data(row, _orgs(s))

    @requires(Permission.INDICATORS_WRITE)
    def delete_admission(self, admission_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, AdmissionFigure, admission_id))

    def _get(self, s: Session, model, row_id):
        row = s.get(model, row_id) if row_id else None
        if row is None:
            raise NotFoundError(translate("Training",
                                          "This record no longer exists: someone deleted it."))
        return row
