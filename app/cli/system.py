"""The command line's commands about the database as a whole: ``check`` (and ``check
--data``, ``check --accept-audit-head``), ``backup``, ``backups``, ``restore`` and
``seed-demo``.  Exit codes: 0 done, 1 a failed check or a refused restore."""

from __future__ import annotations

from app.cli.common import echo as _print
from app.cli.common import translate


def check_command(services, args) -> int:
    if args.data:
        return _check_data(services)
    if args.accept_audit_head:
        services.system.accept_audit_head()
    report = services.system.check(full=True)
    for line in report.lines:
        _print(line)
    for problem in report.problems:
        _print(problem, err=True)
    _print(translate("Cli", "Check passed.") if report.ok else translate("Cli", "Check FAILED."))
    return 0 if report.ok else 1


def _check_data(services) -> int:
    """The declared data rules only: each contradiction on a line of its own (stdout), the
    count last (stderr); exit 1 when there is any."""
    result = services.data_check.run()
    for contradiction in result.contradictions:
        _print(contradiction.line())
    if result.ok:
        _print(translate("Cli", "Data check: no contradictions."))
        return 0
    _print(translate("Cli", "Data check: {count} contradictions.").format(
        count=len(result.contradictions)), err=True)
    return 1


def seed_demo(services, args) -> int:
    count = services.demo.seed()
    _print(translate("Cli", "Demo data added: {count} organizations.").format(count=count))
    return 0


def backup(services, args) -> int:
    target = services.backups.backup_now()
    _print(translate("Cli", "Backup written to {path}").format(path=target))
    return 0


def _backup_state(info) -> str:
    """A backup's checksum as `backups` lists it (the checksum itself is compared on restore)."""
    if info.manifest_error:
        return translate("Cli", "manifest unreadable")
    return translate("Cli", "with checksum") if info.has_checksum else \
        translate("Cli", "without checksum")


def backups(services, args) -> int:
    for info in services.backups.list_backups():
        _print(f"{info.taken_at:%d.%m.%Y %H:%M}  {info.reason:<24} "
               f"{_backup_state(info):<24} {info.path}")
    return 0


def restore(services, args) -> int:
    from app.services.backups import OtherClusterError

    try:
        before = services.backups.restore(args.file, other_cluster=args.other_cluster)
    except OtherClusterError as exc:
        _print(str(exc) + "\n" + translate(
            "Cli", "To restore it all the same, repeat the command with "
                   "--other-cluster."), err=True)
        return 1
    _print(translate("Cli", "Restored from {path}.").format(path=args.file))
    if before is not None:
        _print(translate("Cli", "The state before the restore was kept in {path}").format(
            path=before))
    return 0
