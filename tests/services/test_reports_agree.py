"""Every report agrees with every other (issue 17, item 10): on the demo and on random
clusters built through the services, each figure that appears in two places — participants
by role, grant planned/contracted/accepted/paid, workshops delivered and commissioned, КЦП,
reach by audience, open and overdue findings, approved maps — is the same number in each.
The places are listed in tests/services/report_figures.py; files are read back."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.services import clock
from tests.services.random_cluster import build
from tests.services.report_figures import collect


@pytest.fixture
def fixed_today():
    """One day for the whole test: a run across midnight must not split the figures."""
    clock.set_now(datetime.now(UTC))
    yield clock.today()
    clock.set_now(None)


def _explain(disagree: dict) -> str:
    return "\n".join(f"{figure}: " + ", ".join(f"{place}={value}" for place, value in
                                               places.items())
                     for figure, places in disagree.items())


def test_the_demo_reports_agree(demo, tmp_path, fixed_today):
    ledger = collect(demo, tmp_path / "out", fixed_today)
    assert not ledger.disagreements(), _explain(ledger.disagreements())
    # every listed figure was found in at least two places
    for figure, places in ledger.values.items():
        assert len(places) >= 2, (figure, places)
    assert ledger.values["participants"]["participants xlsx"] == 25


@pytest.fixture
def blank(services):
    """Empties the test's database between examples (hypothesis runs many in one test):
    every table but the reference data migrations fill and the append-only audit log."""
    from sqlalchemy import delete, func, select

    from app.models import Base

    engine = services.store.engine
    with engine.connect() as conn:
        keep = {t.name for t in Base.metadata.sorted_tables
                if conn.scalar(select(func.count()).select_from(t))}
    keep |= {"audit_log"}
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name not in keep]

    def clear() -> None:
        with engine.begin() as conn:
            for table in tables:
                conn.execute(delete(table))
    return clear


# no shrinking: a failure is reported at once with the figures that disagree (shrinking a
# cluster of reports would outlast the per-test timeout)
@settings(max_examples=int(os.environ.get("AGREE_EXAMPLES", "8")), deadline=None,
          phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_clusters_agree(data, services, blank, tmp_path_factory, fixed_today):
    blank()
    build(services, data.draw, fixed_today)
    ledger = collect(services, tmp_path_factory.mktemp("cluster"), fixed_today)
    assert not ledger.disagreements(), _explain(ledger.disagreements())


# --- what the random clusters found, pinned ---------------------------------------------------

def test_overlapping_memberships_are_refused(services):
    """Two memberships sharing a day counted the organization once on the dashboard and
    twice in the list and the annual report (once a role)."""
    from datetime import date

    from app.services.errors import ValidationError
    from app.services.participants import MembershipData, OrganizationData

    data = OrganizationData("ООО «Ромашка»", memberships=[
        MembershipData("employer", date(2024, 1, 1), left_on=date(2026, 6, 1),
                       leave_reason="Выход по заявлению"),
        MembershipData("school", date(2025, 1, 1))])
    with pytest.raises(ValidationError) as refused:
        services.participants.create(data)
    assert "memberships" in refused.value.errors
    assert services.participants.count() == 0
    data.memberships[1].joined_on = date(2026, 6, 1)  # the day the first one ended: fine
    services.participants.create(data)


def test_one_rule_of_an_overdue_contract(services, fixed_today):
    """Past its delivery date: in force with everything accepted is not overdue (the
    dashboard said it was); in force with nothing accepted is; marked fulfilled is not
    (this month's form said it was).  The dashboard, the form and the data check agree."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.grants import AcceptanceData, ContractData, LineData, SourceData

    day = fixed_today - timedelta(days=30)
    source = services.grants.save_source(SourceData("federal_grant", "Грант", day.year,
                                                    Decimal(100_000_000)))
    line = services.grants.save_line(LineData(source.id, "equipment", "Станки",
                                              Decimal(1_000_000)))

    def contract(number: str, status: str = "active"):
        return services.grants.save_contract(ContractData(
            line.id, number, day, "7707083893", Decimal(100), supplier_name="ООО «А»",
            delivery_due=day + timedelta(days=1), status=status))

    done = contract("1")
    services.grants.add_acceptance(AcceptanceData(done.id, "УПД 1", day, Decimal(100)))
    late = contract("2")
    contract("3", "fulfilled")
    dash = services.dashboard.summary(fixed_today)
    check = services.data_check.run(fixed_today).contradictions
    form = services.monitoring.form(fixed_today)
    assert dash.overdue_contracts == 1
    assert [c.record_id for c in check if c.rule_id == "contract.delivery_overdue"] == [late.id]
    assert [r.id for r in form.rows if r.attention] == [late.id]


def test_a_workshop_commissioned_by_its_stage_but_not_accepted_is_not_counted(
        services, fixed_today):
    """The indicator counted items by their own stage; the map counts a contract's items by
    its acceptance: half accepted, the workshop is not fully commissioned on either."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.grants import AcceptanceData, ContractData, LineData, SourceData
    from app.services.metrics import METRICS
    from app.services.readiness import workshop_state
    from app.services.site_data import ItemData, SiteData, WorkshopData

    day = fixed_today - timedelta(days=30)
    source = services.grants.save_source(SourceData("federal_grant", "Грант", day.year,
                                                    Decimal(100_000_000)))
    line = services.grants.save_line(LineData(source.id, "equipment", "Станки",
                                              Decimal(1_000_000)))
    contract = services.grants.save_contract(ContractData(
        line.id, "1", day, "7707083893", Decimal(1000), supplier_name="ООО «А»"))
    services.grants.add_acceptance(AcceptanceData(contract.id, "УПД 1", day, Decimal(500)))
    site = services.sites.save_site(SiteData("Площадка"))
    workshop = services.sites.save_workshop(WorkshopData("Мастерская", site_id=site.id))
    services.sites.save_item(ItemData("Станок", unit_price=Decimal(1000), stage="commissioned",
                                      workshop_id=workshop.id, contract_id=contract.id))
    [row] = [r for r in services.sites.readiness_map() if r.workshop]
    assert workshop_state(row.figures) == ""  # half delivered: neither
    with services.store.sessions() as s:
        from app.services.cluster import current_cluster

        counted = METRICS["workshops_commissioned"].compute(s, current_cluster(s).id,
                                                            fixed_today.year)
    assert counted == 0


def test_a_percentage_not_complete_never_prints_100(tmp_path):
    from decimal import Decimal

    from openpyxl import load_workbook

    from app.services.readiness import percent_text, shown_percent
    from app.services.reports.model import Column, TableReport
    from app.services.reports.xlsx import write_xlsx

    assert [shown_percent(Decimal(x)) for x in ("99.96", "0.04", "100", "0", "42.5")] == [
        99, 1, 100, 0, 43]
    assert percent_text(Decimal("99.6")) == "99 %"
    report = TableReport("Карта", [Column("Мастерская"), Column("%", "percent")],
                         rows=[["А", Decimal("99.96")], ["Б", None]])
    write_xlsx(report, tmp_path / "map.xlsx")
    values = [r[1] for r in load_workbook(tmp_path / "map.xlsx").active.iter_rows(
        values_only=True) if r[0] in ("А", "Б")]
    assert values == [99, "—"]
