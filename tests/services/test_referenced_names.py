"""Lists that name an organization read the names of the organizations they refer to, not
the whole register (issue 19: 10,000 organizations made each such list slow): the names
they show are still those of the organizations referred to."""

from __future__ import annotations

from dataclasses import replace

from app.services.participants import OrganizationData


def test_sites_teams_and_council_members_show_their_organizations_names(demo):
    short = {row.id: row.short_name for row in demo.participants.list_organizations()}
    sites = [site for site in demo.sites.list_sites() if site.organization_id]
    assert sites and all(site.organization_name == short[site.organization_id]
                         for site in sites)
    teams = [team for team in demo.ambassadors.teams() if team.college_id]
    assert teams and all(team.college == short[team.college_id] for team in teams)
    members = [m for council in demo.governance.councils()
               for m in demo.governance.members(council.id) if m.organization_id]
    assert members and all(m.organization == short[m.organization_id] for m in members)
    # a member saved with another organization is returned with that one's name
    other = demo.participants.create(OrganizationData(full_name="ООО «Новый участник»",
                                                      short_name="«Новый»"))
    saved = demo.governance.save_member(replace(members[0], organization_id=other.id))
    assert saved.organization == "«Новый»"
