"""Offline field work: export a package for an inspector, open it in field mode on a laptop,
merge it back at the office (app/services/field/merge.py says how)."""

from app.services.field.export import ExportResult
from app.services.field.merge import ConflictKind, MergeCounts, MergeResult
from app.services.field.package import (
    PACKAGE_SUFFIX,
    PackageDiverged,
    PackageInfo,
    PackageRefused,
    field_actor,
    open_field_store,
    package_info,
)
from app.services.field.service import ConflictData, FieldService, PackageRow

__all__ = [
    "PACKAGE_SUFFIX",
    "ConflictData",
    "ConflictKind",
    "ExportResult",
    "FieldService",
    "MergeCounts",
    "MergeResult",
    "PackageDiverged",
    "PackageInfo",
    "PackageRefused",
    "PackageRow",
    "field_actor",
    "open_field_store",
    "package_info",
]
