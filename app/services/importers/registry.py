"""Every import the program reads, in one list (after OpenLP's song-importer format
registry): its key (the command line's word, ``python -m app import <key>``), its title, the
file kinds it reads, what it needs besides the file, and the importer class.

The command line's ``import`` command and the window's import actions find their importer
here, so adding an import is one module under app/services/importers/ and one entry below
(and the class named in app/services/__init__.py's list of services).  Classes are named by a
dotted path: reading the registry loads no importer, no openpyxl and no ORM.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from app.services.importers.base import Cancelled, ImportResult, Progress

#: what an import may need besides the file
WORKSHOP = "workshop"


@dataclass(frozen=True)
class ImportKind:
    key: str
    title: str  # QT_TRANSLATE_NOOP("ImportCatalog", …): translate at display
    file_kinds: tuple[str, ...]  # suffixes without the dot; the first is the default
    importer: str  # "package.module:Class", a Service with import_xlsx(…)
    service: str  # the Services attribute that holds an instance of ``importer``
    needs: tuple[str, ...] = ()

    def display_title(self) -> str:
        return QCoreApplication.translate("ImportCatalog", self.title)

    def importer_class(self) -> type:
        module, _, name = self.importer.partition(":")
        return getattr(importlib.import_module(module), name)


IMPORTS: tuple[ImportKind, ...] = (
    ImportKind("participants", QT_TRANSLATE_NOOP("ImportCatalog", "Participants"), ("xlsx",),
               "app.services.importers.participants:ParticipantsImportService",
               "participants_import"),
    ImportKind("infrastructure",
               QT_TRANSLATE_NOOP("ImportCatalog", "Infrastructure list of a workshop"),
               ("xlsx",),
               "app.services.importers.infrastructure:InfrastructureImportService",
               "infrastructure_import", (WORKSHOP,)),
    ImportKind("contracts",
               QT_TRANSLATE_NOOP("ImportCatalog", "Register of contracts and payments"),
               ("xlsx",), "app.services.importers.contracts:ContractsImportService",
               "contracts_import"),
)


def import_keys() -> tuple[str, ...]:
    """The words of the command line's ``import``, in the registry's order."""
    return tuple(kind.key for kind in IMPORTS)


def import_kind(key: str) -> ImportKind:
    for kind in IMPORTS:
        if kind.key == key:
            return kind
    raise KeyError(key)


def importer(services, key: str):
    """The importer service for ``key`` from a Services facade (its permission and its
    actor are the facade's)."""
    return getattr(services, import_kind(key).service)


def run_import(services, key: str, path: Path | str, *, workshop_id=None,
               dry_run: bool = False, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ImportResult:
    """Import ``path`` as ``key``: everything or nothing.  ``workshop_id`` for the imports
    that need a workshop."""
    kind = import_kind(key)
    args = (workshop_id, path) if WORKSHOP in kind.needs else (path,)
    return importer(services, key).import_xlsx(*args, dry_run=dry_run, progress=progress,
                                               cancelled=cancelled)
