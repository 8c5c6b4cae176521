"""The data check: runs the declared rules (``app/services/data_rules``) and lists each
record that contradicts one, with a link to it.  One door for the window's «Проверка
данных», the dashboard's count and ``python -m app check --data``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.services import clock
from app.services.base import Service, translate
from app.services.data_rules import Link, load
from app.services.permissions import Permission, requires


@dataclass(frozen=True)
class RuleInfo:
    id: str
    title: str  # translated
    explanation: str  # translated


@dataclass(frozen=True)
class Contradiction:
    rule_id: str
    rule: str  # the rule's title, translated
    explanation: str  # the rule's explanation, translated
    detail: str  # what is wrong with this record
    section: str  # a section key of the main window
    record_id: uuid.UUID | None
    record: str  # the record as a person reads it

    @property
    def link(self) -> Link:
        return Link(self.section, self.record_id, self.record)

    def line(self) -> str:
        """«правило: описание — запись», as ``check --data`` prints it."""
        return f"{self.rule}: {self.detail} — {self.record}"


@dataclass
class DataCheckResult:
    today: date
    rules: list[RuleInfo]
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.contradictions

    def count(self, rule_id: str) -> int:
        return sum(1 for c in self.contradictions if c.rule_id == rule_id)

    def by_rule(self) -> dict[str, int]:
        """Every rule's id with its count (0 for a rule that found nothing), in rule order."""
        return {r.id: self.count(r.id) for r in self.rules}


class DataCheckService(Service):
    """Read-only: anyone who can view the cluster may run it."""

    @requires(Permission.CLUSTER_READ)
    def rules(self) -> list[RuleInfo]:
        return [RuleInfo(r.id, translate("DataCheck", r.title), translate("DataCheck", r.explanation))
                for r in load()]

    @requires(Permission.CLUSTER_READ)
    def run(self, today: date | None = None) -> DataCheckResult:
        """Every rule against the database as of ``today`` (the services' clock by default)."""
        today = today or clock.today()
        declared = load()
        result = DataCheckResult(today, [RuleInfo(r.id, translate("DataCheck", r.title),
                                                  translate("DataCheck", r.explanation))
                                         for r in declared])
        with self._session() as s:
            for r, info in zip(declared, result.rules, strict=True):
                for hit in r.query(s, today):
                    result.contradictions.append(Contradiction(
                        r.id, info.title, info.explanation, hit.detail, hit.link.section,
                        hit.link.record_id, hit.link.label))
        return result
