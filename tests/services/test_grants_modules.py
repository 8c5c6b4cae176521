"""app.services.grants split into modules of at most 400 lines (grant_data: the codes and
dataclasses; grant_figures: the spending read from the database); everything the views, the
reports and the tests import from app.services.grants is still there."""

from __future__ import annotations

from pathlib import Path

import app.services.grants as grants

APP = Path(grants.__file__).parent

#: what the rest of the program imports from app.services.grants
USED = ("AcceptanceData", "ContractData", "ContractRow", "ContractStatus", "Figures",
        "GRANT_CATEGORIES", "GrantsService", "KOPECK", "LABELS", "LineCategory", "LineData",
        "PaymentData", "ProcurementData", "ProcurementMethod", "ProcurementStatus",
        "SourceData", "SourceKind", "SpendingRow", "contract_rows", "delivery_overdue", "label",
        "money", "rub", "spending_rows", "with_reason")


def test_the_grants_api_is_unchanged():
    missing = [name for name in USED if not hasattr(grants, name)]
    assert not missing
    methods = {"sources", "save_source", "delete_source", "lines", "save_line", "delete_line",
               "procurements", "save_procurement", "contracts", "save_contract", "contract",
               "add_payment", "add_acceptance", "payments", "acceptances", "spending",
               "monthly"}
    assert methods <= set(dir(grants.GrantsService))


def test_the_grant_modules_stay_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in APP.glob("grant*.py")}
    assert {"grants.py", "grant_data.py", "grant_figures.py"} <= set(sizes)
    assert max(sizes.values()) <= 400, sizes
