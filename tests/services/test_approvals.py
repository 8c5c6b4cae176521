"""Approving by choosing a council's decision (app.services.approvals): the programme of
activity (its targets with it), a workshop's design project and equipment list; a wrong
decision is refused and changes nothing; the register's protocol is what the record shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.errors import ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.indicators import ProgrammeData
from app.services.site_data import SiteData, WorkshopData
from tests.council_decisions import council_decision

DAY = date(2025, 3, 20)


def test_the_programme_is_approved_by_a_decision_and_shows_its_protocol(services):
    programme = services.indicators.save_programme(ProgrammeData("Программа", 2024, 2027))
    wrong = council_decision(services, DecisionSubject.PLAN, "2", DAY)
    ahead = council_decision(services, DecisionSubject.PROGRAMME, "9",
                             date.today() + timedelta(days=2))
    for decision in (None, wrong, ahead):
        with pytest.raises(ValidationError) as err:
            services.indicators.approve_programme(decision)
        assert set(err.value.errors) == {"decision_id"}
    assert services.indicators.programme().approval_decision_id is None
    right = council_decision(services, DecisionSubject.PROGRAMME, "3", DAY)
    assert [c.id for c in services.indicators.approval_decisions()] == [right]
    approved = services.indicators.approve_programme(right)
    assert (approved.approval_decision_id, approved.protocol_no, approved.approved_on,
            approved.approved_by) == (right, "3", DAY, "Регионального наблюдательного совета")
    # saving the programme again keeps the approval (it is not typed in the form)
    again = services.indicators.save_programme(ProgrammeData(
        "Программа деятельности", 2024, 2027, id=programme.id, version=approved.version))
    assert again.approval_decision_id == right


def test_a_workshops_design_project_and_list_are_approved_with_its_save(services):
    site = services.sites.save_site(SiteData("Площадка ЧМК"))
    design = council_decision(services, DecisionSubject.DESIGN, "2", date(2025, 2, 14))
    listing = council_decision(services, DecisionSubject.EQUIPMENT, "3", DAY)
    workshop = services.sites.save_workshop(WorkshopData("Сварка", site_id=site.id))
    offered = services.sites.approval_decisions(DecisionSubject.EQUIPMENT, workshop.id)
    assert [c.id for c in offered] == [listing]
    with pytest.raises(ValidationError) as err:  # a design decision is not a list's
        services.sites.save_workshop(WorkshopData("Сварка", site_id=site.id, id=workshop.id,
                                                  version=workshop.version,
                                                  equipment_decision_id=design))
    assert set(err.value.errors) == {"equipment_decision_id"}
    saved = services.sites.save_workshop(WorkshopData(
        "Сварка", site_id=site.id, id=workshop.id, version=workshop.version,
        design_decision_id=design, equipment_decision_id=listing))
    assert (saved.design_approved_on, saved.equipment_approved_on) == (date(2025, 2, 14), DAY)
    assert "3" in saved.equipment_approved_doc
    assert saved.equipment_approved_by == "Регионального наблюдательного совета"
    assert services.governance.decision(listing).subject_id == workshop.id
    # the same decision cannot approve another workshop's list
    other = services.sites.save_workshop(WorkshopData("Токарка", site_id=site.id))
    assert services.sites.approval_decisions(DecisionSubject.EQUIPMENT, other.id) == []
    with pytest.raises(ValidationError):
        services.sites.save_workshop(WorkshopData("Токарка", site_id=site.id, id=other.id,
                                                  version=other.version,
                                                  equipment_decision_id=listing))
