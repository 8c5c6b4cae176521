"""What in an event is part of the approved plan, and a Russian line saying what changed
(kept in the plan's revision)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.formats import format_date
from app.services.base import translate
from app.services.event_codes import audience_label, format_label, section_label

#: The fields a council approves.  Status, reach, schools, enterprises and evidence are the
#: results, filled in as the year goes, and are not revisions.
PLAN_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Events", "title"),
    "section": QT_TRANSLATE_NOOP("Events", "section"),
    "kind": QT_TRANSLATE_NOOP("Events", "kind"),
    "starts_on": QT_TRANSLATE_NOOP("Events", "start date"),
    "ends_on": QT_TRANSLATE_NOOP("Events", "end date"),
    "site_id": QT_TRANSLATE_NOOP("Events", "site"),
    "place": QT_TRANSLATE_NOOP("Events", "place"),
    "format": QT_TRANSLATE_NOOP("Events", "format"),
    "responsible_org_id": QT_TRANSLATE_NOOP("Events", "responsible organization"),
    "responsible_person": QT_TRANSLATE_NOOP("Events", "responsible person"),
    "audiences": QT_TRANSLATE_NOOP("Events", "target audiences"),
    "planned_reach": QT_TRANSLATE_NOOP("Events", "planned reach"),
    "team_id": QT_TRANSLATE_NOOP("Events", "ambassador team"),
}


def plan_fields_changed(before, after) -> bool:
    if before is None:
        return True
    return any(getattr(before, k) != getattr(after, k) for k in PLAN_FIELDS)


def _show(key: str, value, labels: dict) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, date):
        return format_date(value)
    if key == "site_id":
        return labels["sites"].get(value, "—")
    if key == "responsible_org_id":
        return labels["orgs"].get(value, "—")
    if key == "team_id":
        return labels["teams"].get(value, "—")
    if key == "audiences":
        return ", ".join(audience_label(a) for a in value)
    if key == "format":
        return format_label(value)
    if key == "section":
        return section_label(value)
    return str(value)


def describe_changes(before, after, labels: dict) -> str:
    """«Мероприятие «…»: дата начала 12.03.2026 → 19.03.2026; …» or «Добавлено …»."""
    if before is None:
        return translate("Events", "Event added: «{title}» ({date}).").format(
            title=after.title, date=_show("starts_on", after.starts_on, labels))
    parts = [
        translate("Events", "{field}: {old} → {new}").format(
            field=translate("Events", name), old=_show(key, getattr(before, key), labels),
            new=_show(key, getattr(after, key), labels))
        for key, name in PLAN_FIELDS.items() if getattr(before, key) != getattr(after, key)]
    return translate("Events", "Event «{title}»: {changes}.").format(
        title=before.title, changes="; ".join(parts))
