"""The demo cluster: realistic rows so a newcomer sees a full program (``--demo``,
``seed-demo``).  INN, OGRN and KPP are made up but pass their checksums."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from stdnum.ru import inn as stdnum_inn
from stdnum.ru import ogrn as stdnum_ogrn

from app.models import Organization, Site, Workshop
from app.services import clock
from app.services.accounts import add_demo_accounts
from app.services.base import Service, translate
from app.services.cluster import current_cluster
from app.services.demo.careers import add_demo_career_maps
from app.services.demo.events import add_demo_events
from app.services.demo.governance import add_demo_governance
from app.services.demo.grants import add_demo_grants
from app.services.demo.inspections import add_demo_inspections
from app.services.demo.sites import add_demo_sites_and_roadmap, align_demo_opening
from app.services.errors import ConflictError
from app.services.participants import (
    ContactData,
    MemberRole,
    MembershipData,
    OrganizationData,
    apply_organization,
    validate_organization,
)
from app.services.permissions import Permission, requires

REGION = "Вологодская область"
TAX_OFFICE = "3528"

# (full name, short name, role, city, contact, post)
ORGANIZATIONS = [
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Череповецкий машиностроительный колледж»", "БПОУ ВО «ЧМК»", MemberRole.COLLEGE, "Череповец", "Смирнова Ольга Николаевна", "директор"),
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Вологодский политехнический техникум»", "БПОУ ВО «ВПТ»", MemberRole.COLLEGE, "Вологда", "Кузнецов Андрей Викторович", "директор"),
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Сокольский политехнический техникум»", "БПОУ ВО «СПТ»", MemberRole.COLLEGE, "Сокол", "Попова Елена Сергеевна", "заместитель директора"),
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Великоустюгский многопрофильный колледж»", "БПОУ ВО «ВУМК»", MemberRole.COLLEGE, "Великий Устюг", "Васильев Игорь Петрович", "директор"),
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Тотемский политехнический колледж»", "БПОУ ВО «ТПК»", MemberRole.COLLEGE, "Тотьма", "Новикова Марина Алексеевна", "директор"),
    ("Бюджетное профессиональное образовательное учреждение Вологодской области «Шекснинский технологический техникум»", "БПОУ ВО «ШТТ»", MemberRole.COLLEGE, "Шексна", "Морозов Денис Олегович", "директор"),
    ("Акционерное общество «Вологодский оптико-механический завод»", "АО «ВОМЗ»", MemberRole.EMPLOYER, "Вологда", "Лебедев Сергей Иванович", "начальник отдела кадров"),
    ("Общество с ограниченной ответственностью «Череповецкий станкостроительный завод»", "ООО «ЧСЗ»", MemberRole.EMPLOYER, "Череповец", "Козлова Анна Дмитриевна", "руководитель службы персонала"),
    ("Общество с ограниченной ответственностью «Шекснинский завод металлоконструкций»", "ООО «ШЗМК»", MemberRole.EMPLOYER, "Шексна", "Егоров Павел Андреевич", "главный инженер"),
    ("Общество с ограниченной ответственностью «Вологодский подшипниковый завод — Инжиниринг»", "ООО «ВПЗ-Инжиниринг»", MemberRole.EMPLOYER, "Вологда", "Павлова Татьяна Викторовна", "менеджер по персоналу"),
    ("Акционерное общество «Сокольский деревообрабатывающий комбинат»", "АО «СДК»", MemberRole.EMPLOYER, "Сокол", "Семёнов Алексей Юрьевич", "заместитель генерального директора"),
    ("Общество с ограниченной ответственностью «Грязовецкий машиностроительный завод»", "ООО «ГМЗ»", MemberRole.EMPLOYER, "Грязовец", "Голубева Наталья Сергеевна", "начальник отдела кадров"),
    ("Общество с ограниченной ответственностью «Череповецкий литейно-механический завод»", "ООО «ЧЛМЗ»", MemberRole.EMPLOYER, "Череповец", "Виноградов Максим Олегович", "директор по персоналу"),
    ("Общество с ограниченной ответственностью «Вологдаэлектромонтаж»", "ООО «ВЭМ»", MemberRole.EMPLOYER, "Вологда", "Богданова Ирина Павловна", "специалист по обучению"),
    ("Акционерное общество «Кадуйский завод энергетического оборудования»", "АО «КЗЭО»", MemberRole.EMPLOYER, "Кадуй", "Воробьёв Николай Александрович", "технический директор"),
    ("Общество с ограниченной ответственностью «Северный инструмент»", "ООО «Северный инструмент»", MemberRole.EMPLOYER, "Вологда", "Фёдорова Юлия Игоревна", "генеральный директор"),
    ("Общество с ограниченной ответственностью «Агромаш-Вологда»", "ООО «Агромаш-Вологда»", MemberRole.EMPLOYER, "Вологда", "Михайлов Роман Евгеньевич", "начальник производства"),
    ("Общество с ограниченной ответственностью «Устюгская судоверфь»", "ООО «Устюгская судоверфь»", MemberRole.EMPLOYER, "Великий Устюг", "Беляева Светлана Николаевна", "заместитель директора"),
    ("Министерство образования Вологодской области", "Минобразования ВО", MemberRole.AUTHORITY, "Вологда", "Тарасов Владимир Михайлович", "заместитель министра"),
    ("Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 5» г. Череповца", "МОУ «СОШ № 5»", MemberRole.SCHOOL, "Череповец", "Белова Ольга Викторовна", "директор"),
    ("Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» г. Вологды", "МОУ «СОШ № 12»", MemberRole.SCHOOL, "Вологда", "Комарова Елена Андреевна", "заместитель директора"),
    ("Муниципальное бюджетное общеобразовательное учреждение «Сокольская средняя школа № 1»", "МБОУ «Сокольская СШ № 1»", MemberRole.SCHOOL, "Сокол", "Орлова Галина Петровна", "директор"),
    ("Федеральное государственное бюджетное образовательное учреждение высшего образования «Вологодский государственный университет»", "ВоГУ", MemberRole.UNIVERSITY, "Вологда", "Киселев Артём Сергеевич", "проректор"),
    ("Федеральное государственное бюджетное образовательное учреждение высшего образования «Череповецкий государственный университет»", "ЧГУ", MemberRole.UNIVERSITY, "Череповец", "Макарова Дарья Ильинична", "начальник управления"),
    ("Автономная некоммерческая организация «Центр развития компетенций Вологодской области»", "АНО «ЦРК ВО»", MemberRole.OTHER, "Вологда", "Андреев Кирилл Валерьевич", "директор"),
    ("Союз «Торгово-промышленная палата Вологодской области»", "Союз «ТПП ВО»", MemberRole.OTHER, "Вологда", "Зайцева Вера Николаевна", "вице-президент"),
]

SITES = [
    (0, "Площадка ЧМК: учебно-производственный корпус", "г. Череповец, ул. Первомайская, д. 15",
     [("Мастерская токарной обработки на станках с ЧПУ", "Токарные работы на станках с ЧПУ", "96.50"),
      ("Мастерская фрезерной обработки на станках с ЧПУ", "Фрезерные работы на станках с ЧПУ", "112.00"),
      ("Мастерская аддитивного производства", "Аддитивное производство", "64.30")]),
    (1, "Площадка ВПТ: корпус № 2", "г. Вологда, ул. Ленинградская, д. 71",
     [("Мастерская сварочных технологий", "Сварочные технологии", "140.00"),
      ("Мастерская мехатроники", "Мехатроника", "78.20")]),
    (2, "Площадка СПТ: лабораторный корпус", "г. Сокол, ул. Советская, д. 30",
     [("Мастерская электромонтажа", "Электромонтаж", "88.00"),
      ("Мастерская слесарной работы", "Слесарные работы", "72.40")]),
]


def _make_inn(rng: random.Random) -> str:
    head = TAX_OFFICE + "".join(rng.choice("0123456789") for _ in range(5))
    return head + stdnum_inn.calc_company_check_digit(head)


def _make_ogrn(rng: random.Random, year: int) -> str:
    head = f"1{year % 100:02d}35" + "".join(rng.choice("0123456789") for _ in range(7))
    return head + stdnum_ogrn.calc_check_digit(head + "0")


def demo_organizations(seed: int = 2026) -> list[OrganizationData]:
    rng = random.Random(seed)
    out = []
    for index, (full, short, role, city, person, post) in enumerate(ORGANIZATIONS):
        joined = date(2024, 3, 1) if index < 20 else date(2025, 2, 10)
        phone = f"+7 (8172) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        login = f"info{index + 1}"
        out.append(
            OrganizationData(
                full_name=full,
                short_name=short,
                inn=_make_inn(rng),
                ogrn=_make_ogrn(rng, rng.choice([2, 3, 5, 8, 11])),
                kpp=f"{TAX_OFFICE}01001",
                address=f"Вологодская область, г. {city}, ул. Советская, д. {rng.randint(1, 120)}",
                region=REGION,
                phone=phone,
                email=f"{login}@example.ru",
                contacts=[
                    ContactData(
                        full_name=person, post=post, phone=phone,
                        email=f"contact{index + 1}@example.ru",
                        consent_given=True, consent_date=joined,
                    )
                ],
                memberships=[
                    MembershipData(
                        role=role.value,
                        joined_on=joined,
                        agreement_no=f"ОПЦ-{joined.year}/{index + 1:02d}",
                        agreement_date=joined,
                        is_grant_recipient=index == 0,
                    )
                ],
            )
        )
    return out


class DemoService(Service):
    @requires(Permission.DEMO_SEED)
    def seed(self) -> int:
        """Fill an empty database with the demo cluster; returns the organizations added."""
        with self._session() as s:
            if s.scalar(select(func.count()).select_from(Organization)):
                raise ConflictError(
                    translate("Demo", "The database already has participants; demo data goes only "
                               "into an empty database.")
                )
            cluster = current_cluster(s)
            cluster.name = ("Образовательно-производственный центр (кластер) "
                            "машиностроения Вологодской области")
            cluster.kind_code, cluster.industry_code = "production", "machine_building"
            cluster.region = REGION
            cluster.programme_start, cluster.programme_end = date(2024, 9, 1), date(2027, 8, 31)
            orgs = []
            for data in demo_organizations():
                org = Organization()
                s.add(org)
                apply_organization(s, org, validate_organization(data))
                orgs.append(org)
            s.flush()
            cluster.managing_organization_id = orgs[24].id
            for org_index, name, address, workshops in SITES:
                site = Site(
                    cluster_id=cluster.id, organization_id=orgs[org_index].id, name=name,
                    address=address, person_in_charge=orgs[org_index].contacts[0].full_name,
                )
                site.workshops = [
                    Workshop(name=w, kind_of_work=k, area_m2=Decimal(a))
                    for w, k, a in workshops
                ]
                s.add(site)
            s.flush()
            add_demo_sites_and_roadmap(s, cluster.id)
            add_demo_grants(s, cluster.id, orgs[0].id)
            add_demo_events(s, cluster.id, orgs, self.actor.username or "—")
            align_demo_opening(s, clock.today())
            add_demo_inspections(s)
            add_demo_governance(s, cluster.id, orgs)
            add_demo_career_maps(s, cluster.id)  # approved in the register governance wrote
            add_demo_accounts(s)
            return len(orgs)
