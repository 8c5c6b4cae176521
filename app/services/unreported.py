"""Who has not reported: the participants asked for figures of a period whose file has not
been accepted.  The reports print it under the figures those participants owe; the requests
section lists it.  Its own module so that the reports read it without depending on the
requests package (which itself writes workbooks with the reports' page setup)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DataRequest, Organization, RequestRecipient
from app.services.base import translate


def not_reported(s: Session, date_from: date, date_to: date,
                 kinds: Iterable[str] | None = None) -> list[str]:
    """The participants asked for figures of a period overlapping [date_from, date_to] whose
    file has not been accepted: a report using those figures names them."""
    query = (select(Organization.short_name, Organization.full_name)
             .join(RequestRecipient, RequestRecipient.organization_id == Organization.id)
             .join(DataRequest, DataRequest.id == RequestRecipient.request_id)
             .where(RequestRecipient.accepted_on.is_(None),
                    DataRequest.period_from <= date_to, DataRequest.period_to >= date_from))
    if kinds is not None:
        query = query.where(DataRequest.kind.in_(list(kinds)))
    return sorted({r.short_name or r.full_name for r in s.execute(query)}, key=str.casefold)


def not_reported_line(names: list[str]) -> str:
    """The line a report prints (empty when everyone asked has reported)."""
    if not names:
        return ""
    return translate("Requests", "Have not reported for the period (requested figures not "
                                 "accepted): {names}.").format(names="; ".join(names))
