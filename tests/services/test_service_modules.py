"""Governance, participants, career maps (their service, store and page layout) and the
governance demo split into modules of at most 400 lines along their seams; the methods the
window calls and the names the rest of the program imports are all still there, each
public method with its permission."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent

#: each split module: the old one and what was taken out of it
MODULES = (
    "services/governance.py", "services/governance_councils.py",
    "services/governance_data.py",
    "services/participants.py", "services/participants_service.py",
    "services/careers.py", "services/career_store.py",
    "services/reports/career_layout.py", "services/reports/career_page.py",
    "services/demo/governance.py", "services/demo/programme.py",
)

#: what other modules import from each of them (kept where it was, or moved with its users)
USED = {
    "app.services.governance": ("GovernanceService", "DecisionRow", "MeetingRow"),
    "app.services.governance_data": (
        "CouncilData", "MemberData", "MeetingData", "MeetingRow", "DecisionData",
        "DecisionRow", "validate_decision"),
    "app.services.participants": (
        "MemberRole", "ROLE_LABELS", "role_label", "OrganizationRow", "member_day",
        "member_clause", "member_ids", "count_members", "members_by_role", "ContactData",
        "LeaveKind", "MembershipData", "OrganizationData", "periods_overlap",
        "validate_organization", "organization_to_data", "apply_organization"),
    "app.services.participants_service": ("ParticipantsService", "check_decisions"),
    "app.services.careers": ("CareerMapsService", "CareerMapData", "EmployerData", "LogoSlot",
                             "MapStatus", "StepData", "ToolData", "validate_map"),
    "app.services.career_store": ("map_data", "printable_map", "write_map"),
    "app.services.reports.career_layout": ("layout_page", "rubles", "salary_lines"),
    "app.services.reports.career_page": ("PAGE_SIZES", "Page", "page_size"),
    "app.services.demo.governance": ("add_demo_governance", "approve_in_register"),
}

#: what the window and the command line call, by area
METHODS = {
    "governance": {
        "councils", "save_council", "delete_council", "members", "save_member",
        "delete_member", "meetings", "meeting", "save_meeting", "delete_meeting",
        "decisions", "decision", "save_decision", "delete_decision", "exclude_participant",
        "admit_participant", "apply_decision"},
    "participants": {
        "list_organizations", "members", "counterparties", "member_count", "count", "get",
        "create", "update", "delete", "restore", "erase_contact"},
    "career_maps": {
        "maps", "get", "save", "delete", "import_logo", "put_logo", "remove_logo",
        "logo_png", "send", "return_to_draft", "approve", "approval_decisions",
        "new_edition"},
}


def test_the_split_modules_are_there():
    """Their sizes are tests/test_module_sizes.py's (every module of app/ within 400 lines)."""
    assert [name for name in MODULES if not (APP / name).is_file()] == []


@pytest.mark.parametrize("module", sorted(USED))
def test_what_others_import_is_still_there(module):
    loaded = importlib.import_module(module)
    assert [name for name in USED[module] if not hasattr(loaded, name)] == []


@pytest.mark.parametrize("area", sorted(METHODS))
def test_each_area_keeps_its_methods_and_their_permissions(services, area):
    service = getattr(services, area)
    methods = {name for name in dir(type(service)) if not name.startswith("_")}
    assert METHODS[area] <= methods
    assert [m for m in METHODS[area]
            if not hasattr(getattr(type(service), m), "__permission__")] == []
