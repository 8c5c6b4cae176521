"""Demo data for the programme's indicators, staff training, admissions and graduates, and
network cooperation (agreements, shared use, experts).

``add_demo_governance`` (demo/governance.py) calls these after the councils and their
meetings, in the same session and with the same random generator, so the demo stays the
same for a given ``today``.  All rows go through ``session.add`` (the audit log sees them)."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import (
    AdmissionFigure,
    Expert,
    Indicator,
    IndicatorValue,
    NetworkAgreement,
    Organization,
    Programme,
    SharedUse,
    Site,
    StaffTraining,
    Workshop,
)
from app.services.metrics import METRICS

SURNAMES = ["Алексеев", "Борисов", "Власов", "Гусев", "Давыдов", "Ершов", "Жуков", "Зуев",
            "Ильин", "Карпов", "Лукин", "Мельников", "Никитин", "Осипов", "Панов", "Рябов",
            "Савин", "Титов", "Ульянов", "Фомин", "Хохлов", "Цветков", "Чернов", "Шилов"]
NAMES = [("Андрей", "Викторович"), ("Ольга", "Николаевна"), ("Сергей", "Петрович"),
         ("Марина", "Алексеевна"), ("Дмитрий", "Олегович"), ("Елена", "Сергеевна"),
         ("Игорь", "Юрьевич"), ("Наталья", "Ивановна")]
PROFESSIONS = [("15.02.16", "Технология машиностроения"),
               ("15.01.05", "Сварщик (ручной и частично механизированной сварки (наплавки))"),
               ("13.02.13", "Эксплуатация и обслуживание электрического и электромеханического "
                            "оборудования"),
               ("15.02.10", "Мехатроника и робототехника"),
               ("15.01.32", "Оператор станков с программным управлением")]
MANUAL = [("4.1", "Доля выпускников, трудоустроенных в течение года после выпуска", "%",
           "60", ["65", "70", "75", "80"], "мониторинг трудоустройства выпускников"),
          ("4.2", "Число студентов, обучающихся по договорам о целевом обучении", "чел.",
           "120", ["180", "260", "340", "400"], "отчёты колледжей"),
          ("4.3", "Доля педагогов, прошедших стажировку на предприятиях", "%", "15",
           ["30", "50", "70", "90"], "отчёты колледжей"),
          ("4.4", "Объём средств работодателей, направленных на развитие кластера", "млн ₽",
           "5", ["12", "20", "28", "35"], "бухгалтерия колледжа-грантополучателя")]
COMPUTED_TARGETS = {  # metric: targets for the programme's four years
    "participants": [20, 26, 28, 30], "colleges": [6, 6, 6, 7], "employers": [12, 13, 14, 15],
    "schools": [3, 4, 5, 6], "events_held": [20, 60, 70, 80],
    "people_reached": [3000, 9000, 12000, 15000], "grant_contracted": [40, 90, 100, 100],
    "workshops_commissioned": [0, 3, 7, 7], "teachers_trained": [8, 14, 14, 14],
    "industry_retrained": [3, 6, 6, 6], "managers_trained": [4, 4, 4, 4],
    "network_agreements": [6, 10, 12, 14], "shared_use": [2, 4, 6, 6],
    "experts": [10, 18, 22, 26], "admission_filled": [100, 100, 100, 100],
    "targeted_contracts": [60, 120, 160, 200], "employment": [65, 70, 75, 80],
}


def person(rng: random.Random) -> str:
    """A made-up full name: surname, first name and patronymic."""
    first, middle = rng.choice(NAMES)
    surname = rng.choice(SURNAMES)
    if middle.endswith("на"):  # a woman (Наталья too): the surname takes her form
        surname += "а"
    return f"{surname} {first} {middle}"


def add_demo_indicators(s: Session, programme: Programme, rng: random.Random,
                        today: date) -> None:
    """The programme's computed and manual indicators, targets for every year and the
    manual actuals of the years gone by."""
    years = range(2024, 2028)
    position = 0
    for code, targets in COMPUTED_TARGETS.items():
        position += 10
        metric = METRICS[code]
        indicator = Indicator(id=uuid.uuid4(), programme_id=programme.id, position=position,
                              code=f"{position // 10}", name=metric.label,
                              unit=metric.unit_label, metric=code)
        s.add(indicator)
        s.flush()
        for year, target in zip(years, targets, strict=True):
            s.add(IndicatorValue(indicator_id=indicator.id, year=year, target=Decimal(target)))
    for code, name, unit, base, targets, source in MANUAL:
        position += 10
        indicator = Indicator(id=uuid.uuid4(), programme_id=programme.id, position=position,
                              code=code, name=name, unit=unit, baseline=Decimal(base),
                              baseline_year=2023)
        s.add(indicator)
        s.flush()
        for year, target in zip(years, targets, strict=True):
            done = year < today.year
            actual = (Decimal(target) * Decimal(rng.choice(["0.92", "1.0", "1.05", "1.1"]))
                      ).quantize(Decimal("0.1")) if done else None
            s.add(IndicatorValue(indicator_id=indicator.id, year=year, target=Decimal(target),
                                 actual=actual, source=source if done else "",
                                 as_of=date(year + 1, 2, 1) if done else None))


def add_demo_training(s: Session, cluster_id: uuid.UUID, colleges: list[Organization],
                      employers: list[Organization], rng: random.Random, today: date) -> None:
    """About 60 people trained: teachers, masters, methodologists (144 h), people from
    industry (252 h) and management teams."""
    courses = [("teacher", 144, "ДПП ПК «Практика и методика реализации образовательных "
                "программ СПО с учётом специфики стандартов Ворлдскиллс»",
                "ФГБОУ ВО «Государственный университет просвещения»", ""),
               ("master", 144, "ДПП ПК «Мастер производственного обучения: от технологии "
                "к наставничеству»", "ФГБОУ ВО «Государственный университет просвещения»", ""),
               ("methodologist", 144, "ДПП ПК методических работников (144 ак. ч.)",
                "ФГБОУ ВО «Государственный университет просвещения»", ""),
               ("industry", 252, "ДПП ПП работников, приходящих с производства, в т. ч. "
                "призёров чемпионатов (252 ак. ч.)",
                "ФГБОУ ВО «Государственный университет просвещения»", ""),
               ("management", 72, "Программа для управленческих команд",
                "ВДЦ «Смена»", "Модуль «Воспитательная работа»")]
    for n in range(60):
        category, hours, name, provider, track = courses[n % len(courses)]
        year = 2024 + n % 3
        ends = date(year, rng.choice([5, 6, 10, 11, 12]), rng.randint(5, 25))
        if ends > today:
            ends = today - timedelta(days=rng.randint(1, 60))
        begins = ends - timedelta(days=hours // 3)
        org = rng.choice(employers if category == "industry" else colleges)
        done = ends < today - timedelta(days=10) and rng.random() < 0.9
        s.add(StaffTraining(
            cluster_id=cluster_id, full_name=person(rng),
            post={"teacher": "преподаватель", "master": "мастер производственного обучения",
                  "methodologist": "методист", "industry": "наставник с производства",
                  "management": "заместитель директора"}[category],
            organization_id=org.id, category=category, programme=name, hours=hours,
            track=track, provider=provider, starts_on=begins, ends_on=ends,
            certificate_no=f"7727{rng.randint(10**7, 10**8 - 1)}" if done else "",
            certificate_on=ends if done else None))


def add_demo_admissions(s: Session, cluster_id: uuid.UUID, colleges: list[Organization],
                        rng: random.Random, today: date) -> None:
    """Admission and graduates per profession, college and year."""
    for year in range(2024, min(today.year, 2027) + 1):
        for k, (code, name) in enumerate(PROFESSIONS):
            college = colleges[k % len(colleges)]
            planned = rng.choice([25, 50, 75])
            admitted = planned - rng.randint(0, 3) + (rng.random() < 0.3) * 2
            graduates = rng.randint(18, 45) if year < today.year or today.month >= 7 else 0
            s.add(AdmissionFigure(
                cluster_id=cluster_id, year=year, code=code, profession=name,
                college_id=college.id, places_planned=planned, admitted=admitted,
                targeted_contracts=rng.randint(admitted // 4, admitted * 3 // 4),
                graduates=graduates, employed=int(graduates * rng.uniform(0.6, 0.9))))


def add_demo_network(s: Session, cluster_id: uuid.UUID, colleges: list[Organization],
                     employers: list[Organization], workshops: list[Workshop],
                     rng: random.Random, today: date) -> None:
    """Network agreements, shared use of the workshops and 24 experts."""
    for n in range(14):
        college, employer = colleges[n % len(colleges)], employers[n % len(employers)]
        signed = date(2024, 4, 1) + timedelta(days=45 * n)
        if signed > today:
            signed = today - timedelta(days=n)
        s.add(NetworkAgreement(
            cluster_id=cluster_id, number=f"СВ-{signed.year}/{n + 1:02d}", signed_on=signed,
            party_a_id=college.id, party_b_id=employer.id,
            subject=rng.choice(["Сетевая реализация образовательной программы",
                                "Организация производственной практики студентов",
                                "Наставничество и стажировки педагогов на предприятии",
                                "Совместная профориентационная работа со школьниками"]),
            starts_on=signed, ends_on=signed + timedelta(days=365 * 3)
            if n % 4 else date(2025, 6, 30)))
    for n, w in enumerate(workshops[:6]):
        site = s.get(Site, w.site_id)
        user = colleges[(n + 1) % len(colleges)]
        s.add(SharedUse(
            cluster_id=cluster_id, resource=w.name, site_id=site.id, workshop_id=w.id,
            owner_id=site.organization_id, user_id=user.id,
            purpose="Практические занятия и демонстрационный экзамен студентов",
            starts_on=date(2024 + n % 2, 9, 1), ends_on=date(2027, 6, 30),
            hours=rng.choice([72, 144, 216]), people=rng.randint(20, 90)))
    specialties = ["Токарные работы на станках с ЧПУ", "Сварочные технологии", "Мехатроника",
                   "Электромонтаж", "Аддитивное производство", "Промышленная автоматика"]
    for n in range(24):
        org = rng.choice(employers + colleges)
        s.add(Expert(cluster_id=cluster_id, full_name=person(rng),
                     specialty=specialties[n % len(specialties)],
                     organization_id=org.id if n % 5 else None,
                     organization_name="" if n % 5 else "ФГБОУ ВО «ВоГУ»",
                     expertise="Эксперт демонстрационного экзамена; рецензент программ",
                     since=date(2024 + n % 3, 3, 1)))
