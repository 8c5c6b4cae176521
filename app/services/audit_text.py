"""The audit log in words: field names, record kinds and values as people read them.

One place for the log's wording: the administrator's log, a record's «История» tab and their
exports all describe an entry through :func:`describe` and :func:`when`, so no table name,
column key, ISO timestamp or ``True`` reaches the screen.
"""

from __future__ import annotations

import importlib
import re
import uuid
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.audit_labels import FIELDS, RECORD_KINDS
from app.services.audit_trail import HIDDEN, is_bytes_marker
from app.services.translation import translate

#: Tables where ``full_name`` is a person's name, not an organisation's.
_PERSON_NAME = {"contact", "app_user", "expert", "council_member", "staff_training",
                "ambassador_member"}
#: The fields that name a record, in the order tried, for «Организация «…»».
_NAMING = ("short_name", "name", "title", "full_name", "username", "number", "filename",
           "file_name", "text", "subject")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
#: Where a stored code is put in words: (table or "*", field) -> "module:function".  The
#: labels stay with the services that own the codes; they are looked up when first needed
#: (those services import the audit log themselves).
_CODE_LABELS = {
    ("app_user", "role"): "app.services.audit_text:_account_role",
    ("membership", "role"): "app.services.participants:role_label",
    ("roadmap_item", "status"): "app.services.roadmap:status_label",
    ("infra_item", "stage"): "app.services.site_data:stage_label",
    ("infra_item", "category"): "app.services.site_data:category_label",
    ("event", "status"): "app.services.event_codes:status_label",
    ("event", "format"): "app.services.event_codes:format_label",
    ("event", "section"): "app.services.event_codes:section_label",
    ("event_plan", "kind"): "app.services.event_codes:plan_kind_label",
    ("inspection", "status"): "app.services.inspection_data:status_label",
    ("inspection_answer", "value"): "app.services.inspection_data:answer_label",
    ("finding", "status"): "app.services.findings:finding_status_label",
    ("checklist_template", "kind"): "app.services.checklists:kind_label",
    ("checklist_item", "answer_type"): "app.services.checklists:answer_type_label",
    ("career_map", "status"): "app.services.career_data:status_label",
    ("staff_training", "category"): "app.services.training:category_label",
    ("procurement", "status"): "app.services.grants:label",
    ("procurement", "method"): "app.services.grants:label",
    ("contract", "status"): "app.services.grants:label",
    ("funding_source", "kind"): "app.services.grants:label",
    ("budget_line", "category"): "app.services.grants:label",
    ("council", "kind"): "app.services.governance_codes:label",
    ("council_member", "role"): "app.services.governance_codes:label",
    ("council_meeting", "form"): "app.services.governance_codes:label",
    ("council_decision", "status"): "app.services.governance_codes:label",
    ("council_decision", "subject_kind"): "app.services.governance_codes:label",
}
_CODE = re.compile(r"^[a-z]+(_[a-z]+)*$")
#: Fields people type, where a lower-case word is just a word.
_FREE_TEXT = {"name", "title", "short_name", "full_name", "text", "comment", "notes", "place",
              "subject", "post", "address", "description", "agreement_no", "number"}
#: Technical details some events were recorded with, in words.
_DETAILS = {"--demo": QT_TRANSLATE_NOOP("AuditLog", "demo mode")}
_LONG = 80  # a longer value is cut: one line per event


def record_kind(table_name: str) -> str:
    if not table_name:
        return ""
    text = RECORD_KINDS.get(table_name)
    return translate("AuditRecords", text) if text else translate("AuditRecords", "Record")


def field_label(table_name: str, key: str) -> str:
    if key == "full_name" and table_name in _PERSON_NAME:
        return translate("AuditFields", "Full name of the person")
    text = FIELDS.get(key)
    return translate("AuditFields", text) if text else translate("AuditFields", "Other field")


def when(moment: datetime) -> str:
    """07.12.2026 14:05 in the computer's time zone."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def who(username: str) -> str:
    return translate("AuditLog", "system") if username in ("", "system") else username


def value_text(value) -> str:
    """A stored value as a person writes it: да/нет, 07.12.2026, 12,50; file bytes are not
    shown (their size and checksum mean nothing to a reader)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("AuditLog", "yes") if value else translate("AuditLog", "no")
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value) or "—"
    if isinstance(value, dict):
        return "…"
    if not isinstance(value, str):
        return str(value).replace(".", ",")
    if value == HIDDEN:
        return value
    if is_bytes_marker(value):
        return translate("AuditLog", "file")
    if _ISO_DATE.match(value):
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    if _ISO_DATETIME.match(value):
        try:
            return when(datetime.fromisoformat(value))
        except ValueError:
            pass
    if _DECIMAL.match(value):
        return value.replace(".", ",")
    text = " ".join(value.split())
    return text if len(text) <= _LONG else text[:_LONG - 1] + "…"


def _is_reference(key: str, value) -> bool:
    if not key.endswith("_id") or not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _account_role(code: str) -> str:
    from app.services.permissions import ROLE_LABELS, Role

    try:
        return translate("Permissions", ROLE_LABELS[Role(code)])
    except (KeyError, ValueError):
        return ""


def code_text(table: str, key: str, value: str) -> str:
    """A stored code in words, or '' when no service names it."""
    target = _CODE_LABELS.get((table, key))
    if target is None:
        return ""
    module, function = target.split(":")
    try:
        label = getattr(importlib.import_module(module), function)(value)
    except (KeyError, ValueError):
        return ""
    return "" if not label or label == value else label


def _shown(table: str, key: str, value):
    """The value as shown, or None when it means nothing to a reader (an id, a hidden
    value, a code no service names)."""
    if _is_reference(key, value) or value == HIDDEN:
        return None
    if isinstance(value, str) and _CODE.match(value) and key not in _FREE_TEXT:
        return code_text(table, key, value) or None
    return value_text(value)


def _change(table: str, key: str, before, after) -> str:
    label = field_label(table, key)
    shown = [_shown(table, key, v) if v not in (None, "") else "—" for v in (before, after)]
    if None in shown:  # only that it changed
        return translate("AuditLog", "{field}: changed").format(field=label)
    if shown[0] == shown[1]:  # e.g. no value before and an empty one after
        return ""
    return f"{label}: {shown[0]} → {shown[1]}"


def _name(values: dict) -> str:
    for key in _NAMING:
        value = values.get(key)
        if value not in (None, "", HIDDEN):
            return value_text(value)
    return ""


def describe(action: str, table_name: str, before: dict, after: dict, detail: str) -> str:
    """One line for one entry: what changed, in words."""
    if action == "update":
        keys = sorted(after, key=lambda k: field_label(table_name, k))
        changes = (_change(table_name, k, before.get(k), after.get(k)) for k in keys)
        return "; ".join(c for c in changes if c)
    if action in ("create", "delete"):
        kind = record_kind(table_name)
        name = _name(after or before)
        return f"{kind} «{name}»" if name else kind
    parts = [_DETAILS.get(detail) and translate("AuditLog", _DETAILS[detail]) or detail]
    parts += [_change(table_name, k, before.get(k), after.get(k)) for k in sorted(after)]
    return "; ".join(p for p in parts if p)
