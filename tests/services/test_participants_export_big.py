"""The participants export at 2,000 organizations (issue 19): the rows stream from a select
into a write-only sheet that declares its size, the PDF lays plain text out without a
Paragraph per cell and keeps long names whole, and a cancelled export writes nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from app.models import Contact, Membership, Organization
from app.services import clock
from app.services.cluster import current_cluster
from app.services.errors import Cancelled
from tests.services.test_pdf import pdftotext

ROWS = 2_000


@pytest.fixture
def big(services):
    """2,000 organizations, nine in ten members today; every third has two contacts; a few
    names are long enough to wrap, one begins with «=»."""
    clock.set_now(datetime(2026, 6, 15, 9, 0, tzinfo=UTC))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    orgs, members, contacts = [], [], []
    with services.store.sessions.begin() as s:
        cluster_id = current_cluster(s).id
        for i in range(ROWS):
            org_id = uuid.uuid4()
            name = f"ООО «Предприятие {i:04d}»"
            if i % 97 == 0:
                name += " научно-производственного объединения точного машиностроения и " \
                        "приборостроения имени основателя"
            if i == 5:
                name = "=SUM(A1:A2) «Формула»"
            orgs.append({"id": org_id, "full_name": name, "short_name": f"П{i}",
                         "inn": None, "ogrn": None, "kpp": None, "address": f"ул. {i}",
                         "region": "Владимирская область", "phone": f"+7 {i:07d}",
                         "email": f"org{i}@example.ru", "website": "", "version": 1,
                         "created_at": now, "updated_at": now})
            if i % 10:
                members.append({"id": uuid.uuid4(), "cluster_id": cluster_id,
                                "organization_id": org_id, "role": "employer",
                                "is_grant_recipient": False,
                                "joined_on": date(2024, 1, 1) + timedelta(days=i % 300),
                                "agreement_no": f"С-{i}", "agreement_date": date(2024, 1, 1),
                                "left_on": None, "leave_reason": "", "version": 1,
                                "created_at": now, "updated_at": now})
            if i % 3 == 0:
                for who in ("Яковлев Я. Я.", "Алексеев А. А."):  # the first by name is listed
                    contacts.append({"id": uuid.uuid4(), "organization_id": org_id,
                                     "full_name": who, "post": "", "phone": f"8{i}",
                                     "email": "", "consent_given": False,
                                     "consent_date": None, "version": 1,
                                     "created_at": now, "updated_at": now})
        s.execute(insert(Organization), orgs)
        s.execute(insert(Membership), members)
        s.execute(insert(Contact), contacts)
    yield services
    clock.set_now(None)


def test_xlsx_declares_its_size_and_holds_every_member(big, tmp_path):
    target = tmp_path / "members.xlsx"
    seen: list[tuple[int, int]] = []
    written = big.participants_export.export_xlsx(
        target, progress=lambda done, total: seen.append((done, total)))
    assert written == ROWS - ROWS // 10
    assert seen and seen[0] == (0, written)  # progress counts the rows to write

    book = load_workbook(target, read_only=True)
    sheet = book.active
    # the size is the one written in <dimension>, read without scanning the rows
    assert sheet.calculate_dimension() == f"A1:N{written + 1}"
    assert (sheet.max_row, sheet.max_column) == (written + 1, 14)
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert len(rows) == written + 1
    assert rows[0][0] == "Наименование" and rows[0][13] == "E-mail"
    names = [r[0] for r in rows[1:]]
    assert names == sorted(names)  # by name, as before
    row = next(r for r in rows if r[0] == "ООО «Предприятие 0003»")
    assert row[7] == "Работодатель"
    assert row[8] == datetime(2024, 1, 4)  # a date, formatted as one
    assert row[11] == "Алексеев А. А."  # the first contact by name
    assert row[12] == "83"  # the contact's phone before the organization's
    assert row[13] == "org3@example.ru"  # no contact e-mail: the organization's
    formula = next(r for r in rows if r[0] and r[0].startswith("=SUM"))
    assert formula[0] == "=SUM(A1:A2) «Формула»"  # text, never a formula

    # the counterparties: the others, without a membership
    other = tmp_path / "others.xlsx"
    assert big.participants_export.export_xlsx(other, counterparties=True) == ROWS // 10
    book = load_workbook(other, read_only=True)
    assert book.active.calculate_dimension() == f"A1:N{ROWS // 10 + 1}"
    book.close()


def test_pdf_of_two_thousand_rows_keeps_every_name_and_long_ones_whole(big, tmp_path):
    target = tmp_path / "members.pdf"
    seen: list[int] = []
    printed = big.participants_export.export_pdf(target, progress=lambda d, t: seen.append(d))
    assert printed == ROWS - ROWS // 10
    assert seen and seen[-1] <= printed and seen == sorted(seen)
    text = " ".join(pdftotext(target).split())
    for i in (1, 2, 3, 1001, 1999):
        assert f"ООО «Предприятие {i:04d}»" in text
    # a long name wraps inside its cell: every word of it is printed
    for word in ("научно-производственного", "приборостроения", "основателя"):
        assert word in text
    assert "=SUM(A1:A2) «Формула»" in text


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_cancelled_export_writes_nothing(big, tmp_path, kind):
    target = tmp_path / f"members.{kind}"
    export = getattr(big.participants_export, f"export_{kind}")
    with pytest.raises(Cancelled):
        export(target, cancelled=lambda: True)
    assert not target.exists()
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind either
