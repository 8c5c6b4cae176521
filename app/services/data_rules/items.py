"""Rules of the procurement chain's last links: an infrastructure item and its contract (the
item names its contract by a foreign key since migration 0011; app/services/procurement_chain
holds the checks the services apply to new saves, these list what was saved before them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.procurement_chain import items_against_contracts, unlinked_items

SECTION = "sites"


@rule("item.delivered_before_contract",
      QT_TRANSLATE_NOOP("DataCheck", "Item delivered before its contract"),
      QT_TRANSLATE_NOOP("DataCheck", "An item of an infrastructure list is marked delivered, "
                                     "installed or commissioned on a date before its contract "
                                     "was signed. Either the date or the contract is wrong: "
                                     "correct the item's dates or choose its real contract."))
def delivered_before_contract(s: Session, today: date):
    for item in items_against_contracts(s):
        if item.what == "before_contract":
            yield Hit(translate("DataCheck", "{date}, contract no. {number}").format(
                date=day(item.day), number=item.number), Link(SECTION, item.id,
                                                               short(item.name, 90)))


@rule("item.delivered_not_accepted",
      QT_TRANSLATE_NOOP("DataCheck", "Item delivered with nothing accepted"),
      QT_TRANSLATE_NOOP("DataCheck", "An item is marked delivered (or later), but no "
                                     "acceptance document is recorded under its contract, so "
                                     "the readiness map and the monitoring form disagree. "
                                     "Record the acceptance under the contract, or set the "
                                     "item's stage back."))
def delivered_not_accepted(s: Session, today: date):
    for item in items_against_contracts(s):
        if item.what == "not_accepted":
            yield Hit(translate("DataCheck", "contract no. {number}").format(
                number=item.number), Link(SECTION, item.id, short(item.name, 90)))


@rule("item.contract_not_in_register",
      QT_TRANSLATE_NOOP("DataCheck", "Item's contract is not in the register"),
      QT_TRANSLATE_NOOP("DataCheck", "The item's contract was typed as text that matches no "
                                     "contract of the register (kept as it was typed when the "
                                     "contract became a link). Choose the contract from the "
                                     "list in the item's window, or add the contract to "
                                     "«Grant and procurement» first."))
def contract_not_in_register(s: Session, today: date):
    for item in unlinked_items(s):
        yield Hit(translate("DataCheck", "«{text}», {workshop}").format(
            text=short(item.contract_text, 40), workshop=short(item.workshop, 50)),
            Link(SECTION, item.id, short(item.name, 90)))
