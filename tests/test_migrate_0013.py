"""Migration 0013 on a copy of the demo as revision 0012 kept it (approvals typed as text):
every row kept, approvals whose council, protocol number and date match a recorded meeting's
decision linked, the rest left unlinked with their text and listed by the data check."""

from __future__ import annotations

import uuid

from sqlalchemy import func, inspect, select, text

from app.db import make_engine
from app.migrate import current_revision, head_revision
from app.models import CareerMap, Decision, EventPlan, Programme, Workshop
from app.services import Services, open_store
from tests.helpers import downgrade


def _counts(conn) -> dict[str, int]:
    names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
    return {t: conn.execute(select(func.count()).select_from(text(t))).scalar() for t in names}


def _id(engine, value: uuid.UUID):
    return value.hex if engine.dialect.name == "sqlite" else value


def test_0013_links_matching_approvals_and_lists_the_rest(db_url):
    store = open_store(db_url)
    services = Services(store)
    services.demo.seed()
    maps = sorted(services.career_maps.maps(status="approved"), key=lambda m: m.code)
    plans = {p.kind: p for p in services.events.plans()}
    store.engine.dispose()
    if store.lock:
        store.lock.release()

    downgrade(db_url, "0012")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM infra_item")).scalar() > 0
        assert "approval_decision_id" not in {
            c["name"] for c in inspect(conn).get_columns("career_map")}
        # the demo as 0012 kept it: the approval typed into each record
        typed = conn.execute(text("SELECT approved_by, protocol_no, approved_on FROM career_map "
                                  "WHERE id = :i"), {"i": _id(engine, maps[0].id)}).one()
        assert typed[0] == "Регионального наблюдательного совета Вологодской области"
        # a person typed the council in other case and spacing: still the same council
        conn.execute(text("UPDATE event_plan SET approved_by = :b WHERE id = :i"),
                     {"b": "  регионального НАБЛЮДАТЕЛЬНОГО совета  вологодской области",
                      "i": _id(engine, plans["events"].id)})
        # a protocol no meeting has (the issue's «№ 5»), and a council not in the register
        conn.execute(text("UPDATE career_map SET protocol_no = '5' WHERE id = :i"),
                     {"i": _id(engine, maps[1].id)})
        conn.execute(text("UPDATE event_plan SET approved_by = 'Минпросвещения' WHERE id = :i"),
                     {"i": _id(engine, plans["campaign"].id)})
        # a decision recorded without naming the plan: bound to it when the rest matches
        conn.execute(text("UPDATE council_decision SET subject_id = NULL "
                          "WHERE subject_id = :i"), {"i": _id(engine, plans["annual"].id)})
        before = _counts(conn)
    engine.dispose()

    store = open_store(db_url)  # the application's own upgrade path (with its copy first)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            after = _counts(conn)
        assert {t: after[t] for t in before} == before  # every row kept, no decision made up
        services = Services(store)
        with store.sessions() as s:
            linked_maps = {m.id: m.approval_decision_id for m in s.scalars(select(CareerMap))}
            plan_rows = {p.kind: p for p in s.scalars(select(EventPlan))}
            assert linked_maps[maps[0].id] is not None and linked_maps[maps[2].id] is not None
            assert linked_maps[maps[1].id] is None
            assert plan_rows["events"].approval_decision_id is not None
            assert plan_rows["campaign"].approval_decision_id is None
            annual = plan_rows["annual"]
            assert annual.approval_decision_id is not None
            assert s.get(Decision, annual.approval_decision_id).subject_id == annual.id
            assert s.scalar(select(Programme.approval_decision_id)) is not None
            workshops = s.scalars(select(Workshop)).all()
            assert sum(w.equipment_decision_id is not None for w in workshops) == 6
            assert sum(w.design_decision_id is not None for w in workshops) == 6
            # a linked record's text is cleared: the decision is the one fact
            assert (annual.approved_by, annual.protocol_no, annual.approved_on) == ("", "",
                                                                                    None)
        # the unlinked keep what was typed, shown as it was
        unlinked = services.career_maps.get(maps[1].id)
        assert (unlinked.protocol_no, unlinked.approval_decision_id) == ("5", None)
        assert services.events.plan(plans["campaign"].id).approved_by == "Минпросвещения"
        # the linked print the register's protocol
        linked = services.career_maps.get(maps[0].id)
        assert (linked.protocol_no, linked.approved_on) == (maps[0].protocol_no,
                                                            maps[0].approved_on)
        # and the data check lists exactly the two left unlinked, with links to them
        result = services.data_check.run()
        hits = [c for c in result.contradictions if c.rule_id == "approval.without_decision"]
        assert sorted((h.section, h.record_id) for h in hits) == sorted(
            [("career-maps", maps[1].id), ("events", plans["campaign"].id)])
        assert any("Минпросвещения" in h.detail for h in hits)
    finally:
        store.engine.dispose()
        if store.lock:
            store.lock.release()
