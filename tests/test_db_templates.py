"""The databases tests start from are copies (tests/db_templates.py): a copy must be what the
program itself leaves after the same steps, and its audit log must verify on this computer."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import sqlite_url
from app.models import Base
from app.services import Services, open_store
from app.services.audit_chain import current_head, recorded_head
from app.services.audit_trail import check_chain
from app.services.site_data import SiteData


def _counts(services: Services) -> dict[str, int]:
    with services.store.sessions() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def test_the_demo_copy_holds_what_a_seed_makes(demo, tmp_path):
    fresh = Services(open_store(sqlite_url(tmp_path / "seeded-here.sqlite3")))
    try:
        fresh.demo.seed()
        expected = _counts(fresh)
    finally:
        fresh.close()
    got = _counts(demo)
    assert got == expected
    assert got["organization"] > 20 and got["audit_log"] > 0


def _as_written_here(services: Services) -> None:
    """The log verifies with keys on this computer, and its head is recorded here."""
    engine = services.store.engine
    chain = check_chain(engine)
    assert chain.problems == [] and chain.notes == []  # no «key not on this computer»
    if engine.dialect.name == "sqlite":
        assert chain.signed == chain.entries > 0
    with engine.connect() as conn:
        assert recorded_head(engine) == current_head(conn)
    assert services.audit.verify() == []


def test_the_copy_verifies_here_and_goes_on_signing(demo):
    _as_written_here(demo)
    before = _counts(demo)["audit_log"]
    demo.sites.save_site(SiteData("Площадка после копии"))  # an audited change on the copy
    assert _counts(demo)["audit_log"] > before
    _as_written_here(demo)
    assert demo.system.check().ok


def test_a_new_database_copy_is_empty_and_up_to_date(services):
    report = services.system.check()
    assert report.ok, report.problems
    counts = _counts(services)
    assert counts["organization"] == 0
