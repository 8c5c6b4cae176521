"""Everything kept about one person, as a workbook for their request under 152-FZ.

A report, so it lives among the reports: kept in app.services.participants it made the
participants service import the report writers while the reports import participants (a
cycle between the packages, checked by .importlinter).  The window's organization dialog
calls ``services.personal_data.export_contact``; the export is audited.
"""

from __future__ import annotations

import uuid

from app.formats import format_date
from app.models import Contact
from app.services.audit import Action, record
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.errors import NotFoundError
from app.services.permissions import Permission, requires
from app.services.reports.model import Column, TableReport
from app.services.reports.xlsx import write_xlsx


def contact_report(contact: Contact, author: str) -> TableReport:
    org = contact.organization
    return TableReport(
        title=translate("Participants", "Personal data of a contact"),
        columns=[Column(translate("Participants", "Field"), width=30),
                 Column(translate("Participants", "Value"), width=60)],
        rows=[
            [translate("Participants", "Full name"), contact.full_name],
            [translate("Participants", "Post"), contact.post],
            [translate("Participants", "Phone"), contact.phone],
            [translate("Participants", "E-mail"), contact.email],
            [translate("Participants", "Organization"), org.full_name],
            [translate("Participants", "Consent to processing"),
             translate("Participants", "yes") if contact.consent_given
             else translate("Participants", "no")],
            [translate("Participants", "Consent date"),
             format_date(contact.consent_date) if contact.consent_date else ""],
        ],
        sheet_name="ПДн",
        author=author,
    )


class PersonalDataService(Service):
    @requires(Permission.PERSONAL_DATA)
    def export_contact(self, contact_id: uuid.UUID, target) -> None:
        """Everything kept about one person, for their request under 152-FZ (audited)."""
        with self._session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(translate("Participants", "This contact no longer exists."))
            write_xlsx(contact_report(contact, document_author(s)), target)
            record(s, Action.EXPORT_PERSONAL, str(target), table_name="contact",
                   row_id=str(contact_id))
