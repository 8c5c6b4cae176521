"""Participants are members (issue 17, item 5): the list, its xlsx and PDF, the dashboard,
the indicator and the annual report count the same organizations, those with a membership
today; suppliers and former members are the «Контрагенты» list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.services import clock
from app.services.participants import MembershipData, OrganizationData
from app.services.reports.annual import summary_figures
from tests.helpers import read_sheet
from tests.services.test_pdf import pdftotext


@pytest.fixture
def fixed_day():
    clock.set_now(datetime(2026, 6, 15, 9, 0, tzinfo=UTC))
    yield date(2026, 6, 15)
    clock.set_now(None)


def participants_indicator(svc, year: int, today: date) -> int:
    """The computed indicator «participants» of ``year`` (added if the programme lacks it)."""
    from app.services.indicators import IndicatorData, ProgrammeData

    if svc.indicators.programme() is None:
        svc.indicators.save_programme(ProgrammeData("Программа деятельности", 2024, 2027))
    found = [i for i in svc.indicators.indicators(today) if i.metric == "participants"]
    if not found:
        svc.indicators.save_indicator(IndicatorData("Участники кластера", "ед.",
                                                     metric="participants"))
        found = [i for i in svc.indicators.indicators(today) if i.metric == "participants"]
    return int(found[0].values[year].actual)


def every_count(svc, tmp_path, today: date) -> dict[str, int]:
    xlsx, pdf = tmp_path / "members.xlsx", tmp_path / "members.pdf"
    written = svc.participants_export.export_xlsx(xlsx)
    printed = svc.participants_export.export_pdf(pdf)
    names = [r.full_name for r in svc.participants.members()]
    text = " ".join(pdftotext(pdf).split())
    annual = svc.annual_reports.annual_data(today.year, today)
    [(_, _, annual_figure, _)] = [f for f in summary_figures(annual)][:1]
    return {
        "list": len(svc.participants.members()),
        "page-count": svc.participants.member_count(),
        "xlsx": len(read_sheet(xlsx)) - 1,
        "xlsx-returned": written,
        "pdf-returned": printed,
        "pdf-names": sum(1 for n in names if " ".join(n.split())[:30] in text),
        "dashboard": svc.dashboard.summary(today).members,
        "dashboard-roles": sum(svc.dashboard.summary(today).members_by_role.values()),
        "indicator": participants_indicator(svc, today.year, today),
        "annual": annual_figure,
        "annual-list": len(annual.current_members()),
    }


def inn10(head: str) -> str:
    """A valid 10-digit INN from its first nine digits."""
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return head + str(sum(int(c) * w for c, w in zip(head, weights, strict=True)) % 11 % 10)


def org(name: str, inn: str, *memberships: MembershipData) -> OrganizationData:
    return OrganizationData(full_name=name, short_name=name, inn=inn10(inn[:9]),
                            memberships=list(memberships))


def test_a_small_cluster_counts_its_members_everywhere(services, tmp_path, fixed_day):
    p = services.participants
    p.create(org("ГБПОУ «Колледж»", "3525000012",
                 MembershipData("college", date(2024, 3, 1), "1/2024")))
    p.create(org("АО «Завод»", "3525000020",
                 MembershipData("employer", date(2025, 2, 1), "2/2025")))
    supplier = p.create(org("ООО «Поставщик»", "3525000037"))
    p.create(org("ООО «Ушедший»", "3525000044",
                 MembershipData("employer", date(2024, 3, 1), "3/2024",
                                left_on=date(2026, 3, 1), leave_reason="Вышел по заявлению",
                                leave_kind="withdrawal")))
    counts = every_count(services, tmp_path, fixed_day)
    assert counts == dict.fromkeys(counts, 2), counts
    assert sorted(r.full_name for r in p.counterparties()) == ["ООО «Поставщик»",
                                                               "ООО «Ушедший»"]
    assert supplier.id in {r.id for r in p.counterparties()}
    assert p.count() == 4  # the register keeps every organization

    # the counterparties' own export holds them, and none of the members
    out = tmp_path / "counterparties.xlsx"
    assert services.participants_export.export_xlsx(out, counterparties=True) == 2
    assert sorted(r[0] for r in read_sheet(out)[1:]) == ["ООО «Поставщик»", "ООО «Ушедший»"]


def test_a_member_joining_later_this_year_is_not_counted_yet(services, tmp_path, fixed_day):
    p = services.participants
    p.create(org("ГБПОУ «Колледж»", "3525000012",
                 MembershipData("college", date(2024, 3, 1), "1/2024")))
    p.create(org("АО «Будущий»", "3525000020",
                 MembershipData("employer", date(2026, 9, 1), "2/2026")))
    counts = every_count(services, tmp_path, fixed_day)
    assert counts == dict.fromkeys(counts, 1), counts
    # a past year is counted on its last day, the list's rule on that day
    assert participants_indicator(services, 2025, fixed_day) == 1
    assert services.participants.member_count(date(2026, 12, 31)) == 2


def test_the_demo_counts_its_members_everywhere(demo, tmp_path):
    today = clock.today()
    counts = every_count(demo, tmp_path, today)
    members = counts["list"]
    assert counts == dict.fromkeys(counts, members), counts
    suppliers = demo.participants.counterparties()
    assert suppliers and all(not r.role for r in suppliers)
    assert members + len(suppliers) == demo.participants.count()


def test_contracts_still_offer_every_organization(demo):
    """Suppliers are chosen in contracts: the contract form lists the whole register."""
    everyone = {r.id for r in demo.participants.list_organizations()}
    assert len(everyone) == demo.participants.count()
    assert {r.id for r in demo.participants.counterparties()} < everyone
    assert {r.id for r in demo.participants.members()} < everyone
