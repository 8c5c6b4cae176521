"""Databases the figures measure, built by bulk Core inserts (seconds, not minutes)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

REGIONS = ["Владимирская область", "Ивановская область", "Костромская область",
           "Ярославская область", "Тверская область", "Калужская область"]
FORMS = [("Общество с ограниченной ответственностью", "ООО"),
         ("Государственное бюджетное профессиональное образовательное учреждение", "ГБПОУ"),
         ("Акционерное общество", "АО"), ("Муниципальное бюджетное общеобразовательное "
                                          "учреждение", "МБОУ")]
PLACES = ["Ковровский", "Муромский", "Гусевской", "Владимирский", "Суздальский", "Вязниковский"]
KINDS = ["механический завод", "колледж технологий и сервиса", "приборостроительный завод",
         "педагогический колледж", "агрокомплекс", "школа № 3"]
ROLES = ["college", "employer", "employer", "employer", "school", "university", "other"]


def inn(serial: int) -> str:
    from stdnum.ru import inn as stdnum_inn

    head = f"{33 + serial % 40:02d}{serial:07d}"
    return head + stdnum_inn.calc_company_check_digit(head)


def participants(url: str, count: int, seed: int = 19) -> int:
    """``count`` organizations, nine in ten members today, every third with two contacts;
    returns how many are members."""
    from sqlalchemy import insert

    from app.models import Contact, Membership, Organization
    from app.services import open_store
    from app.services.cluster import current_cluster

    rng = random.Random(seed)
    now = datetime.now(UTC)
    store = open_store(url)
    members = 0
    try:
        with store.sessions.begin() as s:
            cluster_id = current_cluster(s).id
            for start in range(0, count, 20_000):  # batches: flat memory at a million rows
                orgs, links, people = [], [], []
                for i in range(start, min(count, start + 20_000)):
                    full, short = FORMS[i % len(FORMS)]
                    name = f"{rng.choice(PLACES)} {rng.choice(KINDS)} {i}"
                    org_id = uuid.uuid4()
                    orgs.append({
                        "id": org_id, "full_name": f"{full} «{name}»",
                        "short_name": f"{short} «{name}»", "inn": inn(i),
                        "ogrn": None, "kpp": None, "address": f"ул. Советская, д. {i % 150}",
                        "region": REGIONS[i % len(REGIONS)], "phone": f"+7 (4922) {i:06d}",
                        "email": f"info{i}@example.ru", "website": "", "version": 1,
                        "created_at": now, "updated_at": now})
                    if i % 10:
                        joined = date(2023, 9, 1) + timedelta(days=i % 900)
                        links.append({
                            "id": uuid.uuid4(), "cluster_id": cluster_id,
                            "organization_id": org_id, "role": ROLES[i % len(ROLES)],
                            "is_grant_recipient": False, "joined_on": joined,
                            "agreement_no": f"ОПЦ-{joined.year}/{i:06d}",
                            "agreement_date": joined, "left_on": None, "leave_reason": "",
                            "version": 1, "created_at": now, "updated_at": now})
                    if i % 3 == 0:
                        for who in ("Иванова Мария Петровна", "Петров Иван Сергеевич"):
                            people.append({
                                "id": uuid.uuid4(), "organization_id": org_id,
                                "full_name": who, "post": "директор", "phone": f"8 900 {i:07d}",
                                "email": "", "consent_given": True, "consent_date": None,
                                "version": 1, "created_at": now, "updated_at": now})
                s.execute(insert(Organization), orgs)
                if links:
                    s.execute(insert(Membership), links)
                if people:
                    s.execute(insert(Contact), people)
                members += len(links)
    finally:
        store.close()
    return members
