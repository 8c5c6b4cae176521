"""A contract type import-linter lacks: "these packages import none of these submodules of
an external package" (import-linter's graph knows PySide6 only as a whole, and QtCore is
allowed to services while QtWidgets and QtGui are not).  Named in .importlinter."""

from __future__ import annotations

import re

from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ForbiddenSubmodulesContract(Contract):
    """source_modules: packages of ours; forbidden_modules: dotted names such as
    PySide6.QtGui.  Only direct imports count (a service may use a helper that draws)."""

    type_name = "forbidden_submodules"

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        found = []
        for forbidden in self.forbidden_modules:  # type: ignore[attr-defined]
            top, _, sub = forbidden.partition(".")
            pattern = re.compile(
                rf"^\s*(from\s+{re.escape(forbidden)}(\.|\s)|import\s+{re.escape(forbidden)}\b"
                rf"|from\s+{re.escape(top)}\s+import\s+.*\b{re.escape(sub)}\b)")
            for source in self.source_modules:  # type: ignore[attr-defined]
                modules = {source} | graph.find_descendants(source)
                for module in sorted(modules):
                    if top not in graph.find_modules_directly_imported_by(module):
                        continue
                    for detail in graph.get_import_details(importer=module, imported=top):
                        if pattern.search(detail["line_contents"]):
                            found.append((module, detail["line_number"], forbidden,
                                          detail["line_contents"].strip()))
        return ContractCheck(kept=not found, warnings=[], metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line, forbidden, text in check.metadata["found"]:
            output.print(f"{module}:{line} imports {forbidden}: {text}")
            output.new_line()


class AcyclicModulesContract(Contract):
    """No module imports itself through others (a cycle of any length, imports inside
    functions included), within ``package``."""

    type_name = "acyclic_modules"

    package = fields.StringField()

    def check(self, graph, verbose: bool) -> ContractCheck:
        root = self.package  # type: ignore[attr-defined]
        modules = sorted({root} | graph.find_descendants(root))
        edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m)
                           if i == root or i.startswith(root + "."))
                 for m in modules}
        return ContractCheck(kept=True, warnings=[], metadata={"cycles": []}) \
            if not (cycles := _cycles(modules, edges)) else \
            ContractCheck(kept=False, warnings=[], metadata={"cycles": cycles})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print(" ↔ ".join(cycle))
            output.new_line()


def _cycles(modules: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in modules:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)
