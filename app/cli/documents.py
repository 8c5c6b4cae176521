"""Command-line commands for the documents people edit in Word before signing:

    report agreement --id ИНН|ID --out СОГЛАШЕНИЕ.docx

(``report plan … --out план.docx`` and ``report protocol … --out протокол.docx`` are the
plan's and the protocol's own commands with a .docx name.)  A module of the command line
(app/cli/run.py dispatches to it); it prints through app/cli/common.py, as the others do."""

from __future__ import annotations

import uuid

from app.cli.common import echo, translate


def _member(services, key: str):
    """A member of the cluster by its ИНН or its id; None when there is none."""
    key = key.strip()
    rows = services.agreements.parties()
    try:
        wanted = uuid.UUID(key)
    except ValueError:
        return next((r for r in rows if (r.inn or "") == key), None)
    return next((r for r in rows if r.id == wanted), None)


def agreement_report(services, args) -> int:
    if not args.id:
        echo(translate("Cli", "Name the participant with --id: its ИНН or its id."), err=True)
        return 2
    if args.out.suffix.lower() != ".docx":
        echo(translate("Cli", "The agreement is a Word file: its name must end in .docx."),
             err=True)
        return 1
    row = _member(services, args.id)
    if row is None:
        echo(translate("Cli", "No participant of the cluster has the ИНН or id {key}.").format(
            key=args.id), err=True)
        return 2
    services.agreements.agreement(row.id, args.out)
    echo(translate("Cli", "Agreement with {name} written to {path}").format(
        name=row.short_name or row.full_name, path=args.out))
    return 0
