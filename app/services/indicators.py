"""The programme of activity and its performance indicators (показатели результативности):
baseline, a target per year, an actual per year with its source and date.  A computed
indicator (``metric`` set) takes its actual from the data in the program (app/services/
metrics.py) every time it is read, so it never goes stale; a manual one keeps what was
entered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Indicator, IndicatorValue, Programme
from app.services import clock
from app.services.approvals import Approval, DecisionChoice, approval_of, approve, choices
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.metrics import METRICS, TENTH
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text, require_text

MIN_YEARS = 3
MAX_FIGURE = Decimal("1e14")


@dataclass
class ProgrammeData:
    title: str
    year_from: int
    year_to: int
    # read from the approving decision (app.services.approvals), or as typed before the
    # register for an old unlinked programme; saving never writes them
    approved_by: str = ""
    protocol_no: str = ""
    approved_on: date | None = None
    id: uuid.UUID | None = None
    version: int = 0
    approval_decision_id: uuid.UUID | None = None  # chosen: the council's approving decision

    @property
    def years(self) -> list[int]:
        return list(range(self.year_from, self.year_to + 1))


@dataclass
class ValueData:
    year: int
    target: Decimal | None = None
    actual: Decimal | None = None
    source: str = ""
    as_of: date | None = None


@dataclass
class IndicatorData:
    name: str
    unit: str = ""
    code: str = ""
    baseline: Decimal | None = None
    baseline_year: int | None = None
    metric: str = ""  # a key of METRICS, or "" for a manual indicator
    position: int = 0
    values: dict[int, ValueData] = field(default_factory=dict)  # by year
    id: uuid.UUID | None = None
    version: int = 0

    @property
    def computed(self) -> bool:
        return bool(self.metric)


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator in one year: plan against actual."""

    id: uuid.UUID
    code: str
    name: str
    unit: str
    computed: bool
    baseline: Decimal | None
    target: Decimal | None
    actual: Decimal | None
    source: str
    as_of: date | None

    @property
    def deviation(self) -> Decimal | None:
        if self.target is None or self.actual is None:
            return None
        return self.actual - self.target

    @property
    def percent(self) -> Decimal | None:
        if not self.target or self.actual is None:
            return None
        return (self.actual * 100 / self.target).quantize(TENTH)

    @property
    def behind(self) -> bool:
        return self.deviation is not None and self.deviation < 0


def figure(value, key: str, errors: dict[str, str]) -> Decimal | None:
    """A figure typed by a user: «1 234,5» or a number; None if empty."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except InvalidOperation:
        errors[key] = translate("Indicators", "Write a number.")
        return None
    if not number.is_finite() or abs(number) >= MAX_FIGURE:
        errors[key] = translate("Indicators", "Write a number.")
        return None
    return number.quantize(Decimal("0.001"))


def _programme_data(s: Session, p: Programme) -> ProgrammeData:
    stamp = approval_of(s, DecisionSubject.PROGRAMME, p) or Approval("", "", None)
    return ProgrammeData(p.title, p.year_from, p.year_to, stamp.council, stamp.number,
                         stamp.held_on, p.id, p.version, p.approval_decision_id)


def computed_source(year: int, today: date) -> tuple[str, date]:
    # printed in documents for regulators: the cluster's records, not the program's name
    return (translate("Indicators", "computed from the cluster's records"),
            min(today, date(year, 12, 31)))


class IndicatorsService(Service):
    # ---- the programme -----------------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def programme(self) -> ProgrammeData | None:
        with self._session() as s:
            p = self._programme(s)
            return _programme_data(s, p) if p else None

    @requires(Permission.INDICATORS_WRITE)
    def save_programme(self, data: ProgrammeData) -> ProgrammeData:
        errors: dict[str, str] = {}
        title = check_field(errors, "title", require_text, data.title, 2000)
        if not 2000 <= int(data.year_from) <= 2100:
            errors["year_from"] = translate("Indicators", "The year must be between 2000 and "
                                                          "2100.")
        elif int(data.year_to) - int(data.year_from) + 1 < MIN_YEARS:
            errors["year_to"] = translate(
                "Indicators", "The programme of activity runs for at least 3 years.")
        elif int(data.year_to) > 2100:
            errors["year_to"] = translate("Indicators", "The year must be between 2000 and "
                                                        "2100.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            p = self._programme(s)
            if p is None:
                p = Programme(cluster_id=current_cluster(s).id)
                s.add(p)
            elif data.version and p.version != data.version:
                raise conflict_error()
            p.title, p.year_from, p.year_to = title, int(data.year_from), int(data.year_to)
            s.flush()
            if data.approval_decision_id not in (None, p.approval_decision_id):
                # approved (or approved anew) by the decision chosen, with the save
                approve(s, DecisionSubject.PROGRAMME, p.id, data.approval_decision_id,
                        clock.today())
            return _programme_data(s, p)

    @requires(Permission.INDICATORS_WRITE)
    def approve_programme(self, decision_id: uuid.UUID | None) -> ProgrammeData:
        """Approve the programme (its targets with it) by the council's decision chosen from
        the register; a later decision approves it anew."""
        with self._session() as s:
            p = self._programme(s)
            if p is None:
                raise ValidationError({"decision_id": translate(
                    "Indicators", "There is no programme of activity to approve.")})
            approve(s, DecisionSubject.PROGRAMME, p.id, decision_id, clock.today())
            return _programme_data(s, p)

    @requires(Permission.INDICATORS_READ)
    def approval_decisions(self) -> list[DecisionChoice]:
        """The decisions of recorded meetings that may approve the programme."""
        with self._session() as s:
            p = self._programme(s)
            return choices(s, DecisionSubject.PROGRAMME, p.id if p else None,
                           current_cluster(s).id, clock.today())

    @requires(Permission.INDICATORS_READ)
    def metrics(self) -> list[tuple[str, str, str]]:
        """What can be computed: (code, name, unit) for the indicator form's list."""
        return [(m.code, m.label, m.unit_label) for m in METRICS.values()]

    # ---- indicators --------------------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def indicators(self, today: date | None = None) -> list[IndicatorData]:
        """Every indicator with its values for each year of the programme (computed
        actuals filled in)."""
        today = today or clock.today()
        with self._session() as s:
            p = self._programme(s)
            if p is None:
                return []
            cluster_id = p.cluster_id
            out = [self._data(s, i) for i in self._indicators(s, p)]
            for data in out:
                if data.computed:
                    for year in range(p.year_from, p.year_to + 1):
                        value = data.values.setdefault(year, ValueData(year))
                        value.actual = METRICS[data.metric].compute(s, cluster_id, year)
                        value.source, value.as_of = computed_source(year, today)
            return out

    @requires(Permission.INDICATORS_READ)
    def rows(self, year: int, today: date | None = None) -> list[IndicatorRow]:
        """Plan against actual for ``year``, one row an indicator, in the programme's
        order (the indicators report and the dashboard read this)."""
        today = today or clock.today()
        with self._session() as s:
            p = self._programme(s)
            if p is None:
                return []
            return year_rows(s, p, year, today)

    @requires(Permission.INDICATORS_WRITE)
    def save_indicator(self, data: IndicatorData) -> IndicatorData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 2000)
        unit = check_field(errors, "unit", optional_text, data.unit, 50)
        code = check_field(errors, "code", optional_text, data.code, 20)
        baseline = figure(data.baseline, "baseline", errors)
        if data.metric and data.metric not in METRICS:
            errors["metric"] = translate("Indicators", "Choose what the indicator is computed "
                                                       "from.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            p = self._programme(s)
            if p is None:
                raise ValidationError({"programme": translate(
                    "Indicators", "Enter the programme of activity first.")})
            if data.id is None:
                last = s.scalar(select(func.max(Indicator.position))
                                .where(Indicator.programme_id == p.id)) or 0
                row = Indicator(programme_id=p.id, position=data.position or last + 10)
                s.add(row)
            else:
                row = self._get(s, data.id)
                if row.version != data.version:
                    raise conflict_error()
                row.position = data.position or row.position
            row.name, row.unit, row.code, row.metric = name, unit, code, data.metric
            row.baseline, row.baseline_year = baseline, data.baseline_year
            s.flush()
            for value in data.values.values():
                self._set(s, row, value)
            s.flush()
            return self._data(s, row)

    @requires(Permission.INDICATORS_WRITE)
    def delete_indicator(self, indicator_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, indicator_id))

    @requires(Permission.INDICATORS_WRITE)
    def set_value(self, indicator_id: uuid.UUID, value: ValueData) -> IndicatorData:
        """Enter a year's target (and, for a manual indicator, its actual, source, date)."""
        with self._session() as s:
            row = self._get(s, indicator_id)
            self._set(s, row, value)
            s.flush()
            return self._data(s, row)

    # ---- inside ------------------------------------------------------------------------
    def _set(self, s: Session, row: Indicator, value: ValueData) -> None:
        errors: dict[str, str] = {}
        target = figure(value.target, "target", errors)
        actual = figure(value.actual, "actual", errors)
        source = check_field(errors, "source", optional_text, value.source, 500)
        if not 2000 <= int(value.year) <= 2100:
            errors["year"] = translate("Indicators", "The year must be between 2000 and 2100.")
        if row.metric and actual is not None:
            errors["actual"] = translate("Indicators", "This indicator is computed from the "
                                                       "data; its actual is not typed in.")
        if actual is not None and not source:
            errors["source"] = translate("Indicators", "Say where the actual comes from.")
        if errors:
            raise ValidationError(errors)
        have = s.scalar(select(IndicatorValue).where(IndicatorValue.indicator_id == row.id,
                                                     IndicatorValue.year == value.year))
        if have is None:
            have = IndicatorValue(indicator_id=row.id, year=int(value.year))
            s.add(have)
        have.target, have.actual = target, actual
        have.source = "" if row.metric else source
        have.as_of = None if row.metric else (value.as_of or (clock.today() if actual is not None
                                                               else None))

    def _data(self, s: Session, i: Indicator) -> IndicatorData:
        values = {v.year: ValueData(v.year, v.target, v.actual, v.source, v.as_of)
                  for v in s.scalars(select(IndicatorValue)
                                     .where(IndicatorValue.indicator_id == i.id))}
        return IndicatorData(i.name, i.unit, i.code, i.baseline, i.baseline_year, i.metric,
                             i.position, values, i.id, i.version)

    def _indicators(self, s: Session, p: Programme) -> list[Indicator]:
        return list(s.scalars(select(Indicator).where(Indicator.programme_id == p.id)
                              .order_by(Indicator.position, Indicator.created_at)))

    def _programme(self, s: Session) -> Programme | None:
        cluster = current_cluster(s)
        return s.scalars(select(Programme).where(Programme.cluster_id == cluster.id)
                         .order_by(Programme.created_at)).first()

    def _get(self, s: Session, indicator_id: uuid.UUID) -> Indicator:
        row = s.get(Indicator, indicator_id) if indicator_id else None
        if row is None:
            raise NotFoundError(translate("Indicators", "This indicator no longer exists."))
        return row


def year_rows(s: Session, p: Programme, year: int, today: date) -> list[IndicatorRow]:
    values = {i: (t, a, src, on) for i, t, a, src, on in s.execute(
        select(IndicatorValue.indicator_id, IndicatorValue.target, IndicatorValue.actual,
               IndicatorValue.source, IndicatorValue.as_of)
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(Indicator.programme_id == p.id, IndicatorValue.year == year))}
    out = []
    for i in s.scalars(select(Indicator).where(Indicator.programme_id == p.id)
                       .order_by(Indicator.position, Indicator.created_at)):
        target, actual, source, as_of = values.get(i.id, (None, None, "", None))
        if i.metric in METRICS:
            actual = METRICS[i.metric].compute(s, p.cluster_id, year)
            source, as_of = computed_source(year, today)
        out.append(IndicatorRow(i.id, i.code, i.name, i.unit, bool(i.metric), i.baseline,
                                target, actual, source, as_of))
    return out
