"""The lineage of a field package: which saves made this copy.

Every save in field mode draws a random save id and extends a hash chain
``head_N = sha256(head_{N-1} + save_id_N)`` (``head_0`` comes from the package id); the package
keeps every head (``FieldPackage.lineage``, fixed-width hex, one per save), and the office keeps
the lineage of the newest copy it merged.  Two copies of one file filled on two laptops share
the heads up to the copy and differ from then on, so the office tells an older copy of what it
merged (a prefix), a newer one (extends it) and a parallel one (neither) by comparing one head.

Packages from before lineages (no heads for their saves) are compared by the save count alone.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from dataclasses import dataclass

HEAD_CHARS = 32  # 128 bits of the SHA-256: ample against chance equality, half the size


def next_head(previous: str, save_id: str) -> str:
    return hashlib.sha256(f"{previous}{save_id}".encode("ascii")).hexdigest()[:HEAD_CHARS]


def root_head(package_id: uuid.UUID) -> str:
    return next_head("", package_id.hex)


def extended(package_id: uuid.UUID, lineage: str) -> str:
    """The lineage after one more save (a fresh random save id)."""
    previous = lineage[-HEAD_CHARS:] if lineage else root_head(package_id)
    return lineage + next_head(previous, uuid.uuid4().hex)


class Relation(enum.Enum):
    SAME = "same"  # this very copy (or its lineage) was merged: a merge changes nothing
    OLDER = "older"  # an earlier save of what was merged
    NEWER = "newer"  # continues what was merged
    DIVERGED = "diverged"  # filled in parallel with what was merged: neither contains the other


@dataclass(frozen=True)
class Lineage:
    saves: int
    heads: str = ""

    @property
    def known(self) -> bool:
        """Every save has its head (a package from before lineages has none)."""
        return len(self.heads) == self.saves * HEAD_CHARS

    def head(self, save: int) -> str:
        """The head after ``save`` saves ("" for the export itself)."""
        return self.heads[(save - 1) * HEAD_CHARS:save * HEAD_CHARS] if save else ""


def relation(merged: Lineage, package: Lineage) -> Relation:
    """How a package stands to the newest copy the office merged of the same export."""
    by_count = (Relation.OLDER if package.saves < merged.saves else
                Relation.NEWER if package.saves > merged.saves else Relation.SAME)
    if not (merged.known and package.known):
        return by_count
    common = min(merged.saves, package.saves)  # the shorter must be a prefix of the longer
    if merged.head(common) != package.head(common):
        return Relation.DIVERGED
    return by_count
