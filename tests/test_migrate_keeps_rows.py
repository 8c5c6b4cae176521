"""The newest migration keeps every row of a full cluster (the demo), on SQLite and on
PostgreSQL: a database at the previous schema is upgraded by the program's own path
(``open_store``) and every table holds as many rows as before.

On SQLite a batch migration rebuilds a table (copy, DROP, rename); with foreign keys on, the
DROP of a plan's or a workshop's table used to cascade to its events or items."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.db import make_engine, sqlite_path
from app.migrate import SCHEMA_HEAD, alembic_config, current_revision
from app.services import Services, open_store
from tests.helpers import downgrade


def _counts(conn) -> dict[str, int]:
    names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
    return {n: conn.execute(text(f'SELECT COUNT(*) FROM "{n}"')).scalar_one() for n in names}


def test_upgrading_a_full_cluster_to_the_newest_schema_keeps_every_row(db_url):
    store = open_store(db_url)
    Services(store).demo.seed()
    store.engine.dispose()
    if store.lock:
        store.lock.release()

    config = alembic_config()
    previous = ScriptDirectory.from_config(config).get_revision(SCHEMA_HEAD).down_revision
    downgrade(db_url, previous)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        before = _counts(conn)
    engine.dispose()
    assert before["event"] > 0 and before["infra_item"] > 0 and before["career_step"] > 0

    store = open_store(db_url)  # upgrades, as a user's next start does
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD
        with store.engine.connect() as conn:
            after = _counts(conn)
        assert {n: after[n] for n in before} == before
        if sqlite_path(store.engine) is not None:
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        store.engine.dispose()
        if store.lock:
            store.lock.release()
