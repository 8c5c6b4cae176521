"""The demo is a cluster in good order: its own data check finds nothing, and its people's
names agree in gender (surname, first name, patronymic)."""

from __future__ import annotations

import re

from sqlalchemy import select

from app.models import (
    AmbassadorMember,
    AmbassadorTeam,
    Contact,
    CouncilMember,
    Expert,
    FieldPackage,
    Inspection,
    Site,
    StaffTraining,
    User,
)

# the female first names the demo uses; a name ending in -а/-я is female unless listed male
FEMALE = {"Ольга", "Елена", "Марина", "Анна", "Татьяна", "Наталья", "Ирина", "Юлия", "Светлана",
          "Галина", "Дарья", "Вера", "Полина", "Алина", "Варвара", "Ева", "София", "Милана",
          "Мария", "Екатерина", "Людмила", "Надежда", "Любовь", "Ксения", "Валентина",
          "Александра", "Виктория", "Анастасия", "Евгения", "Лариса", "Оксана", "Нина"}
MALE_IN_A = {"Илья", "Никита", "Данила", "Кузьма", "Фома", "Лука", "Савва"}


def _surname(word: str) -> str | None:
    if re.search(r"(ова|ева|ёва|ина|ына|ая)$", word):
        return "f"
    if re.search(r"(ов|ев|ёв|ин|ын|ий|ой|ый)$", word):
        return "m"
    return None  # a surname that does not say (Шевчук, Дурново…)


def _first(word: str) -> str:
    if word in FEMALE or (word[-1] in "ая" and word not in MALE_IN_A):
        return "f"
    return "m"


def _patronymic(word: str) -> str | None:
    if re.search(r"(овна|евна|ична|инична)$", word):
        return "f"
    if re.search(r"(ович|евич|ич)$", word):
        return "m"
    return None


def gender_clash(name: str) -> str | None:
    """Why ``name`` («Фамилия Имя [Отчество]») mixes genders, or None.  Initials say
    nothing and are skipped."""
    words = [w for w in name.replace(",", " ").split() if not w.endswith(".")]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    said = {"surname": _surname(words[0]), "first name": _first(words[1])}
    if len(words) > 2:
        said["patronymic"] = _patronymic(words[2])
    known = {k: v for k, v in said.items() if v}
    return None if len(set(known.values())) <= 1 else f"{name}: {known}"


def test_the_checker_tells_a_clash():
    assert gender_clash("Смирнова Ольга Николаевна") is None
    assert gender_clash("Ершов Олег Николаевич") is None
    assert gender_clash("Баранов Илья") is None
    assert gender_clash("Петров П. П.") is None
    assert gender_clash("Смирнов Ольга Николаевна")
    assert gender_clash("Смирнова Олег Николаевич")
    assert gender_clash("Смирнов Олег Николаевна")
    assert gender_clash("Игнатьев Полина")


def demo_people(services) -> list[str]:
    with services.store.sessions() as s:
        names = list(s.scalars(select(Contact.full_name)))
        names += s.scalars(select(CouncilMember.full_name))
        names += s.scalars(select(AmbassadorMember.full_name))
        names += s.scalars(select(AmbassadorTeam.curator))
        names += s.scalars(select(StaffTraining.full_name))
        names += s.scalars(select(Expert.full_name))
        names += s.scalars(select(FieldPackage.inspector))
        names += s.scalars(select(Site.person_in_charge))
        names += s.scalars(select(User.full_name))
        for text in s.scalars(select(Inspection.inspectors)):
            names += text.splitlines()
    return [n for n in names if n]


def test_the_demo_has_no_contradictions(demo):
    result = demo.data_check.run()
    assert [f"{c.rule_id}: {c.detail} — {c.record}" for c in result.contradictions] == []
    assert result.ok


def test_every_person_in_the_demo_is_one_gender(demo):
    people = demo_people(demo)
    assert len(people) > 60  # contacts, council members, ambassadors, trainees, inspectors…
    assert [c for c in map(gender_clash, people) if c] == []
