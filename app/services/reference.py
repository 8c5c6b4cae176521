"""Reference data: cluster kinds and grant sizes, industries, the industry centres table."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ClusterKind, GrantSize, Industry, IndustryCentre
from app.paths import RESOURCES
from app.services.base import Service
from app.services.permissions import Permission, requires

REFERENCE_DIR = RESOURCES / "reference"


@dataclass(frozen=True)
class ClusterKindInfo:
    code: str
    name: str
    short_name: str
    grant_amounts: tuple[Decimal, ...]


@dataclass(frozen=True)
class IndustryInfo:
    code: str
    name: str
    kind_code: str


@dataclass(frozen=True)
class IndustryCentreInfo:
    number: int
    industry: str
    curating_ministry: str
    key_employer: str
    leading_college: str


def _read_csv(name: str, folder: Path = REFERENCE_DIR) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_reference_data(session: Session) -> None:
    """Insert or refresh the shipped reference rows (idempotent: keyed by code / number)."""
    kinds = {k.code: k for k in session.scalars(select(ClusterKind))}
    sizes = {(g.kind_code, g.amount) for g in session.scalars(select(GrantSize))}
    for row in _read_csv("cluster_kinds.csv"):
        kind = kinds.get(row["code"]) or ClusterKind(code=row["code"])
        kind.name, kind.short_name = row["name"], row["short_name"]
        session.add(kind)
        session.flush()
        for amount in row["grant_amounts"].split(";"):
            if (row["code"], Decimal(amount)) not in sizes:
                session.add(GrantSize(kind_code=row["code"], amount=Decimal(amount)))
    industries = {i.code: i for i in session.scalars(select(Industry))}
    for row in _read_csv("industries.csv"):
        industry = industries.get(row["code"]) or Industry(code=row["code"])
        industry.name, industry.kind_code = row["name"], row["kind_code"]
        session.add(industry)
    centres = {c.number: c for c in session.scalars(select(IndustryCentre))}
    for row in _read_csv("industry_centres.csv"):
        number = int(row["number"])
        centre = centres.get(number) or IndustryCentre(number=number)
        centre.industry = row["industry"]
        centre.curating_ministry = row["curating_ministry"]
        centre.key_employer = row["key_employer"]
        centre.leading_college = row["leading_college"]
        session.add(centre)


class ReferenceService(Service):
    @requires(Permission.REFERENCE_READ)
    def cluster_kinds(self) -> list[ClusterKindInfo]:
        with self._session() as s:
            amounts: dict[str, list[Decimal]] = {}
            for size in s.scalars(select(GrantSize).order_by(GrantSize.amount.desc())):
                amounts.setdefault(size.kind_code, []).append(size.amount)
            return [
                ClusterKindInfo(k.code, k.name, k.short_name, tuple(amounts.get(k.code, [])))
                for k in s.scalars(select(ClusterKind).order_by(ClusterKind.code.desc()))
            ]

    @requires(Permission.REFERENCE_READ)
    def industries(self, kind_code: str | None = None) -> list[IndustryInfo]:
        query = select(Industry).order_by(Industry.name)
        if kind_code:
            query = query.where(Industry.kind_code == kind_code)
        with self._session() as s:
            return [IndustryInfo(i.code, i.name, i.kind_code) for i in s.scalars(query)]

    @requires(Permission.REFERENCE_READ)
    def industry_centres(self) -> list[IndustryCentreInfo]:
        with self._session() as s:
            return [
                IndustryCentreInfo(
                    c.number, c.industry, c.curating_ministry, c.key_employer, c.leading_college
                )
                for c in s.scalars(select(IndustryCentre).order_by(IndustryCentre.number))
            ]
