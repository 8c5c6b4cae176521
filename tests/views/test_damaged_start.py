"""A damaged database at start: the window offers this database's newest good backup, restores
it, and the restored database passes its own check — the audit log's recorded head included
(the restore is an audited event, so the newer head of the damaged file is no alarm)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.bootstrap import open_gui_services
from app.cli import build_parser
from app.services import Services, open_store
from app.services.participants import OrganizationData


def test_a_damaged_database_is_restored_at_start_and_passes_its_check(tmp_path, answers,
                                                                      settings):
    db = tmp_path / "clusterdesk.sqlite3"
    svc = Services(open_store(str(db)))
    svc.cluster.update(replace(svc.cluster.get(), name="Кластер"))
    svc.participants.create(OrganizationData(full_name="ООО «Раньше»"))
    svc.backups.backup_now(now=datetime(2026, 12, 1, 9, 0))
    svc.participants.create(OrganizationData(full_name="ООО «Позже»"))  # after the copy
    svc.close()
    raw = bytearray(db.read_bytes())
    raw[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200  # smash a b-tree page
    db.write_bytes(bytes(raw))

    answers.confirm = True  # «Restore the newest good backup now?»
    services = open_gui_services(build_parser().parse_args(["--db", str(db)]), settings)
    assert services is not None, answers.messages
    try:
        names = [o.full_name for o in services.participants.list_organizations()]
        assert names == ["ООО «Раньше»"]
        report = services.system.check(full=True)
        assert report.ok, report.problems
        assert [e.action for e in services.audit.entries(action="restore")] == ["restore"]
    finally:
        services.close()
