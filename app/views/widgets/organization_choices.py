"""The organizations a dialog offers to choose from (a participant, a recipient, the
responsible organization): one list per open database, shared by every such combo.

Ten dialogs offer the whole register.  Each read it and filled its combo item by item as it
opened, and the combo then measured every name for its width: half a second with 10,000
organizations, at every opening (issue 19, no frozen moment).  The names are now read once
into one string list model (Qt's own: the drop-down draws 10,000 rows without a Python call
per row), shared by the combos; it is read again only when the register changed (a stamp of
one query: count, versions, last change), so an organization added or renamed a moment ago
is there.  The ids sit beside the names and ``OrganizationCombo`` answers ``currentData``
and ``itemData`` from them."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox

from app.services.errors import ServiceError
from app.services.permissions import Permission

ORGANIZATION_CHARS = 36  # a participant's short name fits; a longer one shows in its tooltip


class OrganizationChoices(QStringListModel):
    """«— not chosen —» (None), then every organization by its short name (else full), in
    alphabetical order; ``ids`` and ``full_names`` row by row beside the names."""

    def __init__(self, names: list[tuple], stamp: tuple | None):
        rows = sorted(((short or full, org_id, full) for org_id, short, full in names),
                      key=lambda r: r[0].casefold())
        super().__init__([QCoreApplication.translate("FormDialog", "— not chosen —")]
                         + [shown for shown, _, _ in rows])
        self.stamp = stamp
        self.ids = [None] + [org_id for _, org_id, _ in rows]
        self.full_names = [""] + [full for _, _, full in rows]
        self.row_of = {org_id: row for row, org_id in enumerate(self.ids) if row}


class OrganizationCombo(QComboBox):
    """A combo over the shared list: the organization's id is the item's data, its full
    name the tooltip of the one chosen."""

    def __init__(self, choices: OrganizationChoices, current=None):
        super().__init__()
        self.choices = choices
        self.setModel(choices)
        self.setMaxVisibleItems(20)
        self.view().setUniformItemSizes(True)  # one line each: the drop-down measures one
        # as wide as a long name, not measured over every organization each time the dialog
        # is shown; the form stretches it anyway
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(ORGANIZATION_CHARS)
        self.currentIndexChanged.connect(self._chosen)
        self.select(current)

    def select(self, org_id) -> None:
        """The organization ``org_id`` chosen; «not chosen» when it is not in the list."""
        self.setCurrentIndex(self.choices.row_of.get(org_id, 0))
        self._chosen(self.currentIndex())

    def itemData(self, index: int, role=Qt.ItemDataRole.UserRole):  # noqa: N802 (Qt's name)
        if role == Qt.ItemDataRole.UserRole:
            return self.choices.ids[index] if 0 <= index < len(self.choices.ids) else None
        return super().itemData(index, role)

    def currentData(self, role=Qt.ItemDataRole.UserRole):  # noqa: N802 (Qt's name)
        return self.itemData(self.currentIndex(), role)

    def _chosen(self, index: int) -> None:
        names = self.choices.full_names
        self.setToolTip(names[index] if 0 < index < len(names) else "")


_made: WeakKeyDictionary = WeakKeyDictionary()  # Services → its OrganizationChoices


def organization_choices(services) -> OrganizationChoices:
    """The list for ``services``' database: the one made before while the register is as
    it was then, else made now.  A role that may not read participants gets «not chosen»
    alone (and still edits the rest of the form)."""
    if not services.actor.allows(Permission.PARTICIPANTS_READ):
        return OrganizationChoices([], None)
    try:
        stamp = services.participants.register_stamp()
        made = _made.get(services)
        if made is not None and made.stamp == stamp:
            return made
        made = OrganizationChoices(services.participants.names(), stamp)
    except ServiceError:
        return OrganizationChoices([], None)
    _made[services] = made
    return made
