"""The command line: exact words, exit codes, per-row messages, nothing changed on error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.bootstrap import main
from app.services import Services, open_store
from tests.helpers import read_sheet, write_sheet

ROOT = Path(__file__).resolve().parent.parent


def count(url: str) -> int:
    svc = Services(open_store(url))
    try:
        return svc.participants.count()
    finally:
        svc.close()


def member_count(url: str) -> int:
    svc = Services(open_store(url))
    try:
        return svc.participants.member_count()
    finally:
        svc.close()


def test_version(capsys):
    assert main(["--version"]) == 0
    assert "ClusterDesk" in capsys.readouterr().out


def as_user(monkeypatch, user="admin", password="demo"):
    monkeypatch.setenv("CLUSTERDESK_USER", user)
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", password)


def test_seed_demo_then_export(db_url, tmp_path, capsys, monkeypatch):
    assert main(["--db", db_url, "seed-demo"]) == 0
    as_user(monkeypatch)
    out = tmp_path / "участники.xlsx"
    assert main(["--db", db_url, "export", "participants", str(out)]) == 0
    rows = read_sheet(out)
    assert rows[0][0] == "Наименование"
    assert len(rows) - 1 == member_count(db_url)  # the members, not the suppliers
    assert str(len(rows) - 1) in capsys.readouterr().out


def test_seed_demo_refuses_a_database_with_data(db_url, capsys, monkeypatch):
    assert main(["--db", db_url, "seed-demo"]) == 0
    as_user(monkeypatch)
    before = count(db_url)
    assert main(["--db", db_url, "seed-demo"]) == 1
    assert count(db_url) == before
    assert "пуст" in capsys.readouterr().err


def test_template(db_url, tmp_path):
    out = tmp_path / "template.xlsx"
    assert main(["--db", db_url, "export", "participants-template", str(out)]) == 0
    assert read_sheet(out)[0][:3] == ("Наименование", "Краткое наименование", "ИНН")


def test_import_bad_file_exits_1_with_row_column_and_reason(db_url, tmp_path, capsys):
    path = write_sheet(tmp_path / "bad.xlsx", [
        ["Наименование", "ИНН", "Роль"],
        ["ООО «Верное»", "7707083893", "Работодатель"],
        ["ООО «Неверное»", "7707083894", "Работодатель"],
    ])
    assert main(["--db", db_url, "import", "participants", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Строка 3" in err and "«ИНН»" in err and "10-я цифра" in err
    assert count(db_url) == 0


def test_import_dry_run_then_real(db_url, tmp_path, capsys):
    path = write_sheet(tmp_path / "ok.xlsx", [
        ["Наименование", "ИНН", "Роль", "Дата вступления"],
        ["ООО «Верное»", "7707083893", "Работодатель", "01.09.2024"],
    ])
    assert main(["--db", db_url, "import", "participants", str(path), "--dry-run"]) == 0
    assert count(db_url) == 0
    assert main(["--db", db_url, "import", "participants", str(path)]) == 0
    assert count(db_url) == 1


def test_import_missing_file_exits_1(db_url, tmp_path, capsys):
    assert main(["--db", db_url, "import", "participants", str(tmp_path / "nope.xlsx")]) == 1
    assert "nope.xlsx" in capsys.readouterr().err


def test_check_reports_integrity_and_schema(db_url, capsys):
    assert main(["--db", db_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "Проверка пройдена" in out
    from app.migrate import head_revision

    assert f"{head_revision()} (" in out


def test_check_fails_when_the_newest_audit_entries_were_removed(db_url, capsys):
    """Dropping the append-only trigger and deleting the log's tail leaves a whole chain;
    the head recorded outside the database still gives it away (exit 1)."""
    from sqlalchemy import text

    from app.services.participants import OrganizationData

    svc = Services(open_store(db_url))
    try:
        svc.participants.create(OrganizationData(full_name="ООО «Ромашка»"))
        with svc.store.engine.begin() as conn:
            last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar()
            if conn.dialect.name == "sqlite":
                conn.execute(text("DROP TRIGGER audit_log_no_delete"))
            else:
                conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
            conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": last})
    finally:
        svc.close()
    assert main(["--db", db_url, "check"]) == 1
    assert f"{last}–{last}" in capsys.readouterr().err
    # the administrator, having looked into it, takes the log as it is now (audited)
    assert main(["--db", db_url, "check", "--accept-audit-head"]) == 0
    assert main(["--db", db_url, "check"]) == 0


def test_demo_flag_works_for_commands(tmp_path, capsys):
    out = tmp_path / "demo.xlsx"
    assert main(["--demo", "export", "participants", str(out)]) == 0
    assert len(read_sheet(out)) > 20


def test_usage_error_exits_2():
    proc = subprocess.run(
        [sys.executable, "-m", "app", "import", "sites", "x.xlsx"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ}, timeout=60,
    )
    assert proc.returncode == 2


def test_real_process_check(db_url):
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--db", db_url, "check"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ}, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Проверка пройдена" in proc.stdout


def test_once_accounts_exist_the_command_line_asks_who_you_are(db_url, tmp_path, capsys,
                                                              monkeypatch):
    assert main(["--db", db_url, "seed-demo"]) == 0
    out = tmp_path / "x.xlsx"
    assert main(["--db", db_url, "export", "participants", str(out)]) == 1
    assert "--user" in capsys.readouterr().err
    assert not out.exists()

    as_user(monkeypatch, password="wrong")
    assert main(["--db", db_url, "export", "participants", str(out)]) == 1
    assert "Неверное имя пользователя или пароль" in capsys.readouterr().err
    assert not out.exists()

    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    assert main(["--user", "staff", "--db", db_url, "export", "participants", str(out)]) == 0
    svc = Services(open_store(db_url))
    try:
        entries = svc.audit.entries()
        failed = [e for e in entries if e.action == "login_failed"]
        assert failed and failed[0].username == "admin"
        assert all("wrong" not in (e.detail + str(e.before) + str(e.after)) for e in entries)
        assert any(e.action == "login" and e.username == "staff" for e in entries)
    finally:
        svc.close()


def test_council_member_cannot_import_from_the_command_line(db_url, tmp_path, capsys,
                                                           monkeypatch):
    assert main(["--db", db_url, "seed-demo"]) == 0
    before = count(db_url)
    as_user(monkeypatch, "council")
    path = write_sheet(tmp_path / "ok.xlsx", [
        ["Наименование", "ИНН"], ["ООО «Верное»", "7707083893"]])
    assert main(["--db", db_url, "import", "participants", str(path)]) == 1
    assert "роль" in capsys.readouterr().err.lower()
    assert count(db_url) == before
    svc = Services(open_store(db_url))
    try:
        assert any(e.action == "denied" and e.username == "council"
                   for e in svc.audit.entries())
    finally:
        svc.close()


def test_export_participants_to_pdf(tmp_path):
    out = tmp_path / "участники.pdf"
    assert main(["--demo", "export", "participants", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Участники кластера" in text
    assert "БПОУ ВО «ЧМК»" in text


def test_infrastructure_import_and_export_by_workshop_name(tmp_path, capsys):
    out = tmp_path / "list.xlsx"
    name = "Мастерская сварочных технологий"
    assert main(["--demo", "export", "infrastructure", str(out), "--workshop", name]) == 0
    rows = read_sheet(out)
    assert len(rows) > 5
    bad = write_sheet(tmp_path / "bad.xlsx", [
        ["Наименование", "Количество", "Цена за единицу"],
        ["Сварочный полуавтомат", "-2", "186 000,00"],
    ])
    assert main(["--demo", "import", "infrastructure", str(bad), "--workshop", name]) == 1
    assert "Строка 2" in capsys.readouterr().err
    assert main(["--demo", "import", "infrastructure", str(out), "--workshop", "нет такой"]) == 1
    assert main(["--demo", "import", "infrastructure", str(out), "--workshop", name]) == 0
    assert main(["--demo", "import", "infrastructure", str(out)]) == 1  # no --workshop


def test_import_contracts_from_the_command_line(tmp_path, capsys):
    path = write_sheet(tmp_path / "contracts.xlsx", [
        ["Статья бюджета", "№ контракта", "Дата контракта", "Поставщик", "ИНН поставщика",
         "Сумма контракта", "Дата оплаты", "Сумма оплаты"],
        ["Профориентационные мероприятия", "77/2026", "01.10.2026", "ООО «Новый поставщик»",
         "7736207543", "150 000,00", "15.10.2026", "50 000,00"],
    ])
    assert main(["--demo", "import", "contracts", str(path), "--dry-run"]) == 0
    assert main(["--demo", "import", "contracts", str(path)]) == 0
    assert main(["--demo", "import", "contracts", str(path)]) == 0  # idempotent
    out = tmp_path / "form.xlsx"
    assert main(["--demo", "report", "monitoring", "--month", "2026-10", "--out", str(out)]) == 0
    from openpyxl import load_workbook

    texts = [c.value for row in load_workbook(out).active.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any("77/2026" in t for t in texts)


def test_a_file_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["--demo", "export", "participants", str(blocker / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "не удалось" in err.lower()


def test_a_failed_login_leaves_no_lock_behind(db_url, monkeypatch, capsys):
    from app.db import sqlite_path
    from app.lock import lock_path

    assert main(["--db", db_url, "seed-demo"]) == 0
    monkeypatch.setenv("CLUSTERDESK_USER", "admin")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "wrong")
    assert main(["--db", db_url, "check"]) == 1
    path = sqlite_path(db_url)
    assert path is None or not lock_path(path).exists()


def test_an_unreachable_database_server_is_a_message_not_a_traceback(capsys):
    # nothing listens on port 9 of the loopback
    assert main(["--db", "postgresql://clerk:secret@127.0.0.1:9/cluster", "check"]) == 1
    err = capsys.readouterr().err
    assert "127.0.0.1:9" in err and "Traceback" not in err
    assert "secret" not in err  # the password is never printed
