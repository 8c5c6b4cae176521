"""Import participants from the spreadsheets people actually send.

Tolerated: a title above the header, columns in any order, Russian headers in any case and
spacing, INN typed as a number (its leading zero lost), dates as dates or as «01.09.2024»,
empty trailing rows, the same organization twice (merged, and said so).  Any bad row stops
the whole import: nothing is written, every bad cell is reported.

An organization already listed (the same INN; with no INN, the same name) takes what the file
adds; a row that says what is stored is counted unchanged and not written at all, so a list
exported and imported back moves no version and leaves no audit row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Contact, Membership, Organization
from app.services.base import Service, translate
from app.services.cluster import current_cluster
from app.services.errors import ValidationError
from app.services.importers.base import (
    Cancelled,
    ImportResult,
    Progress,
    RowErrors,
    data_rows,
    is_blank,
    normalise_header,
    read_sheet,
    record_import,
    write_batches,
)
from app.services.importers.bulk import insert_created, new_row
from app.services.importers.cells import cell_text
from app.services.participants import (
    ContactData,
    MemberRole,
    MembershipData,
    OrganizationData,
    apply_organization,
    organization_to_data,
    validate_organization,
)
from app.services.permissions import Permission, requires
from app.services.validation import FieldError, parse_date, validate_inn

#: The file's column headers.  They are a file format shared with other offices, so they
#: stay Russian whatever the interface language is.
HEADERS = {
    "full_name": "Наименование",
    "short_name": "Краткое наименование",
    "inn": "ИНН",
    "ogrn": "ОГРН",
    "kpp": "КПП",
    "address": "Адрес",
    "region": "Регион",
    "role": "Роль",
    "joined_on": "Дата вступления",
    "agreement_no": "Номер соглашения",
    "agreement_date": "Дата соглашения",
    "contact": "Контактное лицо",
    "phone": "Телефон",
    "email": "E-mail",
}
_EXTRA_ALIASES = {
    "full_name": ["Полное наименование", "Наименование организации", "Организация"],
    "short_name": ["Сокращенное наименование", "Краткое название"],
    "address": ["Юридический адрес"],
    "region": ["Субъект РФ", "Субъект Российской Федерации"],
    "role": ["Роль в кластере", "Роль участника"],
    "agreement_no": ["№ соглашения", "Номер договора", "№ договора"],
    "agreement_date": ["Дата договора"],
    "contact": ["Контакт", "ФИО контактного лица"],
    "email": ["Email", "Эл. почта", "Электронная почта", "e-mail"],
}
ALIASES = {normalise_header(h): f for f, h in HEADERS.items()}
ALIASES.update({normalise_header(a): f for f, names in _EXTRA_ALIASES.items() for a in names})

#: Role words in the file (any case, ё or е).
ROLE_WORDS = {
    MemberRole.COLLEGE: "Колледж",
    MemberRole.EMPLOYER: "Работодатель",
    MemberRole.AUTHORITY: "Орган власти",
    MemberRole.SCHOOL: "Школа",
    MemberRole.UNIVERSITY: "Вуз",
    MemberRole.OTHER: "Иной партнёр",
}
_ROLE_LOOKUP = {normalise_header(w): r for r, w in ROLE_WORDS.items()}
_ROLE_LOOKUP.update({normalise_header(r.value): r for r in MemberRole})
_ROLE_LOOKUP[normalise_header("Партнёр")] = MemberRole.OTHER


def parse_role(value: object) -> str:
    text = normalise_header(value)
    if not text:
        return ""
    role = _ROLE_LOOKUP.get(text)
    if role is None:
        raise FieldError(
            translate("Import", "Unknown role «{value}»; write one of: {roles}.").format(
                value=str(value).strip(), roles=", ".join(ROLE_WORDS.values())
            )
        )
    return role.value


@dataclass
class _Parsed:
    row: int
    data: OrganizationData
    merged_rows: list[int] = field(default_factory=list)


def parse_rows(rows: Iterable[tuple], result: ImportResult) -> list[_Parsed]:
    columns, body = data_rows(rows, ALIASES, {"full_name": HEADERS["full_name"]})
    header_of = {name: text for name, text in columns.values()}

    def column(name: str) -> str:
        return header_of.get(name, HEADERS.get(name, name))

    parsed: list[_Parsed] = []
    for offset, raw in body:
        if is_blank(raw):
            continue
        result.rows_read += 1
        values = {name: raw[col] if col < len(raw) else None for col, (name, _) in columns.items()}
        errors = RowErrors()
        role = errors.read("role", parse_role, values.get("role")) or ""
        joined = errors.read("joined_on", parse_date, values.get("joined_on"))
        agreement_date = errors.read("agreement_date", parse_date, values.get("agreement_date"))
        inn = errors.read("inn", validate_inn, values.get("inn")) or ""
        data = OrganizationData(
            full_name=cell_text(values.get("full_name")),
            short_name=cell_text(values.get("short_name")),
            inn=inn,
            ogrn=cell_text(values.get("ogrn")),
            kpp=cell_text(values.get("kpp")),
            address=cell_text(values.get("address")),
            region=cell_text(values.get("region")),
        )
        contact = cell_text(values.get("contact"))
        phone, email = cell_text(values.get("phone")), cell_text(values.get("email"))
        if contact:
            data.contacts.append(ContactData(full_name=contact, phone=phone, email=email))
        else:
            data.phone, data.email = phone, email
        agreement_no = cell_text(values.get("agreement_no"))
        if role:
            data.memberships.append(
                MembershipData(role, joined, agreement_no, agreement_date)
            )
        elif (joined or agreement_no or agreement_date) and is_blank([values.get("role")]):
            errors.add("role", translate(
                "Import", "The role is empty, but membership details are given."))
        try:
            cleaned = validate_organization(data)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                errors.add_for_value(key.split(".")[-1].split("[")[0], message)
            cleaned = data
        errors.report(result, offset, column)
        if not errors:
            cleaned.inn = inn
            parsed.append(_Parsed(offset, cleaned))
    return _merge_duplicates(parsed, result)


def _key(data: OrganizationData) -> str:
    """The same organization: the same INN, or, with no INN, the same name."""
    return data.inn or _name_key(data.full_name)


def _name_key(full_name: str) -> str:
    return "name:" + full_name.lower().replace("ё", "е")


def _existing(s: Session, parsed: list[_Parsed]) -> dict[str, Organization]:
    """The stored organizations the rows name, by :func:`_key`, children loaded.  One with
    no INN is found by its name, so an exported list imports back onto itself instead of
    adding its INN-less organizations again."""
    inns = [p.data.inn for p in parsed if p.data.inn]
    names = [p.data.full_name for p in parsed if not p.data.inn]
    found: dict[str, Organization] = {}
    query = select(Organization).options(
        selectinload(Organization.contacts), selectinload(Organization.memberships))
    for chunk in (inns[i:i + 500] for i in range(0, len(inns), 500)):
        for org in s.scalars(query.where(Organization.inn.in_(chunk))):
            found[org.inn] = org
    for chunk in (names[i:i + 500] for i in range(0, len(names), 500)):
        for org in s.scalars(query.where(Organization.inn.is_(None),
                                         Organization.full_name.in_(chunk))
                             .order_by(Organization.created_at)):
            found.setdefault(_name_key(org.full_name), org)
    return found


def _merge_duplicates(parsed: list[_Parsed], result: ImportResult) -> list[_Parsed]:
    """The same organization twice (same INN, or same name with no INN) becomes one."""
    by_key: dict[str, _Parsed] = {}
    out: list[_Parsed] = []
    for item in parsed:
        key = _key(item.data)
        first = by_key.get(key)
        if first is None:
            by_key[key] = item
            out.append(item)
            continue
        first.merged_rows.append(item.row)
        a, b = first.data, item.data
        for name in ("short_name", "ogrn", "kpp", "address", "region", "phone", "email"):
            if not getattr(a, name) and getattr(b, name):
                setattr(a, name, getattr(b, name))
        names = {c.full_name for c in a.contacts}
        a.contacts += [c for c in b.contacts if c.full_name not in names]
        if not a.memberships and b.memberships:
            a.memberships = b.memberships
        result.notes.append(
            translate("Import", "Row {row} repeats row {first} ({name}): merged into one.").format(
                row=item.row, first=first.row, name=a.short_name or a.full_name
            )
        )
    return out


class ParticipantsImportService(Service):
    @requires(Permission.PARTICIPANTS_IMPORT)
    def import_xlsx(
        self,
        path: Path | str,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import an .xlsx of participants: everything or nothing."""
        result = ImportResult(dry_run=dry_run)
        parsed = parse_rows(read_sheet(Path(path)), result)
        if not result.ok or dry_run:
            return result
        with self._session() as s:
            existing = _existing(s, parsed)
            cluster_id = current_cluster(s).id

            def write(batch: Sequence[_Parsed]) -> None:
                created: dict[type, list[dict]] = {Organization: [], Contact: [], Membership: []}
                for item in batch:
                    org = existing.get(_key(item.data))
                    if org is None:  # new: plain rows, inserted in bulk below
                        _new_rows(item.data, cluster_id, created)
                        result.created += 1
                    elif apply_organization(s, org, _merge_into_existing(org, item.data),
                                            cluster_id):
                        result.updated += 1
                    else:  # the file says what is stored: the row is left alone
                        result.unchanged += 1
                insert_created(s, created)  # parents before their children

            with s.no_autoflush:  # the updated organizations flush once, at the commit
                write_batches(parsed, write, progress, cancelled)
            s.flush()  # the updates' audit entries before the import's own
            record_import(s, result, Path(path).name, "organization")
        result.committed = True
        return result


def _new_rows(data: OrganizationData, cluster_id, created: dict[type, list[dict]]) -> None:
    """A new organization, its contacts and its membership as table rows: the values
    apply_organization would set on new ORM objects."""
    org = new_row(Organization, full_name=data.full_name, short_name=data.short_name,
                  inn=data.inn or None, ogrn=data.ogrn or None, kpp=data.kpp or None,
                  address=data.address, region=data.region, phone=data.phone,
                  email=data.email, website=data.website)
    created[Organization].append(org)
    created[Contact].extend(
        new_row(Contact, organization_id=org["id"], full_name=c.full_name.strip(), post=c.post,
                phone=c.phone, email=c.email, consent_given=c.consent_given,
                consent_date=c.consent_date)
        for c in data.contacts)
    created[Membership].extend(
        new_row(Membership, cluster_id=cluster_id, organization_id=org["id"], role=m.role,
                joined_on=m.joined_on, agreement_no=m.agreement_no,
                agreement_date=m.agreement_date, left_on=m.left_on,
                leave_reason=m.leave_reason, is_grant_recipient=m.is_grant_recipient,
                leave_kind=m.leave_kind, admission_decision_id=m.admission_decision_id,
                exclusion_decision_id=m.exclusion_decision_id)
        for m in data.memberships)


def _merge_into_existing(org: Organization, new: OrganizationData) -> OrganizationData:
    """An organization already listed: fill what the file adds, keep what it leaves empty."""
    current = organization_to_data(org)
    for name in ("full_name", "short_name", "ogrn", "kpp", "address", "region", "phone", "email"):
        if getattr(new, name):
            setattr(current, name, getattr(new, name))
    names = {c.full_name for c in current.contacts}
    current.contacts += [c for c in new.contacts if c.full_name not in names]
    if new.memberships and current.current_membership is None:
        current.memberships += new.memberships
    elif new.memberships and current.current_membership is not None:
        m, n = current.current_membership, new.memberships[0]
        m.role = n.role
        m.joined_on = n.joined_on or m.joined_on
        m.agreement_no = n.agreement_no or m.agreement_no
        m.agreement_date = n.agreement_date or m.agreement_date
    return validate_organization(current)
