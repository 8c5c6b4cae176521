"""A year of event plans for the demo cluster: the popularization programme's plan of events
and information campaign and the annual work plan, for the current year, approved in
January.  About half of the events are held, with reach, schools, enterprises and evidence;
every past one is held with its reach recorded (a cluster in good order), one is cancelled
with its reason, one moved (the plan's one revision).  Also the year's baselines and three ambassador teams.

The templates' months are spread so that about half of the events fall on or before today
whenever the demo is made: the demo always shows a year half way through."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AmbassadorMember,
    AmbassadorTeam,
    Cluster,
    Event,
    EventOrganization,
    EventPlan,
    EventReach,
    Organization,
    PlanRevision,
    ReachBaseline,
    Site,
)
from app.services import clock
from app.services.ambassadors import MemberData, TeamData, validate_team
from app.services.event_codes import EventFormat, EventStatus, OrgKind, PlanKind
from app.services.event_data import EventData, validate_event
from app.services.plan_changes import describe_changes
from app.services.plan_templates import template_events

TITLES = {
    PlanKind.ANNUAL: "План работы образовательно-производственного центра (кластера) на {year} год",
    PlanKind.EVENTS: "План мероприятий программы популяризации на {year} год",
    PlanKind.CAMPAIGN: "План информационной кампании программы популяризации на {year} год",
}
# plan kind: (the council, in the genitive; protocol number; January day)
# the January day each plan is approved on: the annual work plan by the coordination
# council, the popularization programme's two plans by the regional supervisory council (the
# demo's register records those meetings and their decisions: demo/governance.py)
APPROVALS = {PlanKind.ANNUAL: 19, PlanKind.EVENTS: 28, PlanKind.CAMPAIGN: 28}
# КЦП is not a baseline: the reach report reads it from the admission figures
BASELINE = dict(pupils=48_000, schools=310, students=6_200, enterprises=140)

SITE, SCHOOL, FIRM, HALL, OFFICE, ONLINE, MEDIA, CAMP = range(8)
# template kind: (days it lasts, where, reach scale (0: no head count), schools, enterprises)
KINDS = {
    "Открытие": (1, SITE, 1.0, 3, 6), "День открытых дверей": (5, SITE, 2.0, 10, 0),
    "Профессиональные пробы": (10, SITE, 1.5, 8, 0), "Экскурсия": (10, FIRM, 1.0, 6, 6),
    "Родительское собрание": (10, SCHOOL, 1.5, 10, 0), "Классный час": (20, SCHOOL, 2.0, 12, 0),
    "Проект «Билет в будущее»": (15, SITE, 1.5, 8, 2), "Чемпионат": (4, SITE, 1.0, 0, 5),
    "Ярмарка": (1, HALL, 2.0, 10, 8), "Встреча с работодателем": (1, SITE, 1.0, 0, 4),
    "Амбассадоры": (15, SCHOOL, 1.0, 8, 0), "Акция": (5, FIRM, 1.0, 5, 6),
    "Семинар": (1, HALL, 1.0, 10, 0), "Торжественное мероприятие": (1, HALL, 1.0, 0, 6),
    "Профильная смена": (14, CAMP, 0.5, 6, 2), "Мастер-класс": (10, SCHOOL, 1.0, 6, 0),
    "Конкурс": (20, ONLINE, 0.7, 8, 0), "Квест": (1, SITE, 0.7, 4, 0),
    "Олимпиада": (2, SITE, 0.6, 6, 0), "Интенсив": (3, HALL, 0.8, 8, 0),
    "Диагностика": (10, SCHOOL, 1.5, 8, 0), "День карьеры": (1, FIRM, 1.0, 0, 5),
    "Стажировка": (5, FIRM, 0.6, 4, 4), "Семейный день": (1, FIRM, 0.7, 2, 1),
    "Игра": (1, SITE, 0.7, 4, 0), "Онлайн-марафон": (3, ONLINE, 1.5, 10, 3),
    "Встреча": (1, SITE, 0.8, 3, 4),
    "Заседание": (1, OFFICE, 0.4, 0, 5), "Программы": (30, SITE, 0.5, 0, 5),
    "Демонстрационный экзамен": (10, SITE, 1.0, 0, 4), "Повышение квалификации": (18, SITE, 0.8, 0, 0),
    "Наставничество": (5, FIRM, 0.8, 0, 6), "Практика": (30, FIRM, 1.5, 0, 8),
    "Целевое обучение": (20, HALL, 0.8, 0, 6), "План": (1, OFFICE, 0, 0, 0),
    "Мониторинг": (20, OFFICE, 0, 0, 6), "Отчёт": (5, OFFICE, 0, 0, 0),
    "Сайт": (5, ONLINE, 0, 0, 0), "Социальные сети": (5, ONLINE, 0, 0, 0),
    "Прямой эфир": (1, ONLINE, 1.0, 4, 0), "Рассылка": (5, ONLINE, 2.0, 10, 0),
    "Видео": (30, ONLINE, 1.0, 0, 3), "Публикация": (20, MEDIA, 0, 0, 2),
    "Телевидение": (10, MEDIA, 0, 0, 2), "Пресс-релиз": (5, MEDIA, 0, 0, 0),
    "Истории успеха": (20, MEDIA, 0, 0, 3), "Наружная реклама": (30, MEDIA, 0, 0, 0),
    "Полиграфия": (20, SCHOOL, 1.0, 12, 0), "Стенды": (20, SCHOOL, 0.8, 15, 0),
    "Информирование": (20, HALL, 0.8, 0, 0),
}
WEEKEND_OK = {"Семейный день", "Ярмарка", "Профильная смена", "Онлайн-марафон"}
PEOPLE = {"grade_6_7": (60, 300), "grade_8_9": (80, 400), "grade_10_11": (50, 250),
          "parents": (40, 250), "college": (60, 350), "teachers": (15, 80), "employers": (6, 35)}

# the colleges' towns: (of the town, of its district, school names)
TOWNS = {
    "Череповец": ("г. Череповца", "Череповецкого района", [
        *(f"МБОУ «СОШ № {n}» г. Череповца" for n in (1, 3, 4, 7, 9, 10, 12, 14, 17, 18, 20,
                                                      21, 22, 23, 25, 26, 27, 29, 31, 33)),
        "МАОУ «Гимназия № 2» г. Череповца", "МОУ «Тоншаловская СОШ»", "МОУ «СОШ № 5»"]),
    "Вологда": ("г. Вологды", "Вологодского округа", [
        *(f"МОУ «СОШ № {n}» г. Вологды" for n in (1, 3, 4, 5, 8, 9, 11, 13, 15, 18, 20, 21,
                                                   23, 25, 26, 28, 29, 30, 31, 33)),
        "МОУ «Гимназия № 2» г. Вологды", "МОУ «СОШ № 12»"]),
    "Сокол": ("г. Сокола", "Сокольского округа", [
        *(f"МБОУ «Сокольская СОШ № {n}»" for n in (2, 3, 5, 9)), "МБОУ «Сокольская СШ № 1»"]),
    "Великий Устюг": ("г. Великого Устюга", "Великоустюгского округа", [
        *(f"МБОУ «Великоустюгская СОШ № {n}»" for n in (1, 2, 9)),
        "МБОУ «Великоустюгская гимназия»"]),
    "Тотьма": ("г. Тотьмы", "Тотемского округа", [
        f"МБОУ «Тотемская СОШ № {n}»" for n in (1, 2, 3)]),
    "Шексна": ("пос. Шексна", "Шекснинского района", [
        "МБОУ «Шекснинская СОШ № 1»", "МБОУ «Шекснинская СОШ № 2»", "МБОУ «Чебсарская СОШ»"]),
}
OTHER_ENTERPRISES = [
    "АО «Вологодский механический завод»", "ООО «Череповецкий ремонтно-механический завод»",
    "ООО «Сокольский машиностроительный завод»", "ООО «Вологодская электротехническая компания»",
    "ООО «Грязовецкий завод прицепной техники»", "ООО «ТехноПрофиль-Череповец»",
    "ООО «Шекснинский комбинат древесных плит»", "АО «Вологдаагрокомплекс»",
]
HALLS = ["Конференц-зал АНО «ЦРК ВО», г. Вологда, ул. Предтеченская, д. 31",
         "ДК «Строитель», г. Череповец, пр. Победы, д. 125",
         "Актовый зал БПОУ ВО «ВПТ», г. Вологда, ул. Ленинградская, д. 71"]
ONLINE_PLACE = "Сообщество кластера «ВКонтакте», платформа «Сферум»"
MEDIA_PLACE = "Региональные СМИ: газеты «Красный Север», «Речь», телеканал «Русский Север»"
CAMP_PLACE = "ДОЛ «Лесная сказка», Вологодский округ"
SLUGS = {"БПОУ ВО «ЧМК»": "chmk", "БПОУ ВО «ВПТ»": "vpt", "БПОУ ВО «СПТ»": "spt",
         "БПОУ ВО «ВУМК»": "vumk", "БПОУ ВО «ТПК»": "tpk", "БПОУ ВО «ШТТ»": "shtt"}

# (name, college short name, curator, curator's post, members with study groups)
TEAMS = [
    ("Команда амбассадоров ЧМК «Точка опоры»", "БПОУ ВО «ЧМК»", "Лукина Татьяна Владимировна",
     "преподаватель специальных дисциплин",
     [("Соколов Кирилл", "ТМ-22"), ("Игнатьева Полина", "ТМ-22"), ("Жуков Артём", "СП-23"),
      ("Рябова Алина", "ТМ-23"), ("Никитин Егор", "АП-22"), ("Гусева Варвара", "СП-23")]),
    ("Команда амбассадоров ВПТ «Сварка без границ»", "БПОУ ВО «ВПТ»", "Ершов Олег Николаевич",
     "мастер производственного обучения",
     [("Баранов Илья", "СВ-22"), ("Тихонова Дарья", "МХ-23"), ("Фомин Никита", "СВ-23"),
      ("Калинина Ева", "МХ-22"), ("Осипов Матвей", "СВ-22")]),
    ("Команда амбассадоров СПТ «Ток»", "БПОУ ВО «СПТ»", "Щербакова Ирина Юрьевна",
     "педагог-организатор",
     [("Медведев Даниил", "ЭМ-22"), ("Крылова София", "ЭМ-23"), ("Зуев Тимофей", "СЛ-23"),
      ("Полякова Милана", "ЭМ-22"), ("Титов Лев", "СЛ-22")]),
]
TEAM_EVENTS = {  # the start of an event's title: the team (index in TEAMS) that runs it
    "Выступления команд амбассадоров": 0, "Мастер-классы преподавателей колледжа": 0,
    "Прямые эфиры с командами амбассадоров": 1, "Единый день открытых дверей": 1,
    "Профориентационный квест": 2, "Деловая игра «Кем быть?»": 2,
}
CANCELLED = ("Профильная смена", "Отменено: лагерь не открыл смену из-за ремонта корпусов; "
             "участникам предложены профессиональные пробы на площадках кластера.")
MOVED = ("День карьеры", "По просьбе ООО «ЧСЗ»: на прежнюю дату назначена плановая остановка "
         "цеха на ремонт.")


def _short_person(full_name: str, post: str) -> str:
    """«Смирнова О. Н., директор»."""
    surname, *rest = full_name.split()
    return f"{surname} {' '.join(p[0] + '.' for p in rest)}, {post}".strip(", ")


def spread(nominal: list[date], today: date) -> list[tuple[date, bool]]:
    """The templates' dates, moved so that 45–64 % of them (the share of the year gone by,
    within those bounds) fall on or before ``today``, in their order: the demo always shows
    a year about half done.  Dates stay as they are where they already fit.  With each date:
    whether it is one of the past ones (on 31 December the rest fall on today too)."""
    first, last = date(today.year, 1, 1), date(today.year, 12, 31)
    share = min(max((today - first).days / 365, 0.45), 0.64)
    order = sorted(range(len(nominal)), key=lambda i: (nominal[i], i))
    cut = round(share * len(order))
    out = list(nominal)
    past, future = order[:cut], order[cut:]
    if past:
        # squeezed into 1 January…today if they run past it; else the last third of them
        # drawn out towards today, so the weeks just gone are not empty
        hi = nominal[past[-1]]
        knee = first if hi > today else nominal[past[len(past) * 2 // 3]]
        span = max(1, (hi - knee).days)
        for i in past:
            if nominal[i] > knee:
                out[i] = knee + timedelta((nominal[i] - knee).days * (today - knee).days // span)
    if future and nominal[future[0]] <= today:
        start = min(today + timedelta(1), last)
        span = max(1, (last - nominal[future[0]]).days)
        for i in future:
            out[i] = start + timedelta((nominal[i] - nominal[future[0]]).days
                                       * (last - start).days // span)
    due = set(past)
    return [(d, i in due) for i, d in enumerate(out)]


def _weekday(day: date, lo: date, hi: date) -> date:
    """A working day near ``day`` within [lo, hi], if there is one."""
    if day.weekday() < 5:
        return day
    for step in (-1, -2, 1, 2):
        moved = day + timedelta(step)
        if lo <= moved <= hi and moved.weekday() < 5:
            return moved
    return day


class _Demo:
    def __init__(self, session: Session, cluster_id, orgs: list[Organization], today: date):
        self.s, self.cluster_id, self.today = session, cluster_id, today
        self.rng = random.Random(2030)
        self.role = {o.id: o.memberships[0].role for o in orgs if o.memberships}
        self.colleges = [o for o in orgs if self.role.get(o.id) == "college"]
        self.by_short = {o.short_name: o for o in orgs}
        managing = session.get(Cluster, cluster_id).managing_organization_id
        self.managing = next((o for o in orgs if o.id == managing), orgs[-1])
        self.enterprises = [o.short_name for o in orgs if self.role.get(o.id) == "employer"]
        self.enterprises += OTHER_ENTERPRISES
        self.site_of = {s.organization_id: s for s in session.scalars(
            select(Site).where(Site.cluster_id == cluster_id).order_by(Site.name))}
        self.org_ids = {}
        for o in orgs:
            for name in (o.full_name, o.short_name):
                self.org_ids.setdefault(" ".join(name.split()).casefold(), o.id)

    def town(self, org: Organization) -> str:
        return next((t for t in TOWNS if t in org.address), "Вологда")

    def teams(self) -> list[uuid.UUID]:
        ids = []
        for name, college, curator, post, members in TEAMS:
            data = validate_team(TeamData(name, curator, [MemberData(*m) for m in members],
                                          self.by_short[college].id, post))
            team = AmbassadorTeam(id=uuid.uuid4(), cluster_id=self.cluster_id, name=data.name,
                                  college_id=data.college_id, curator=data.curator,
                                  curator_post=data.curator_post)
            self.s.add(team)
            self.s.flush()  # no relationship orders the inserts: the team first
            self.s.add_all(AmbassadorMember(team_id=team.id, position=n, full_name=m.full_name,
                                            study_group=m.study_group)
                           for n, m in enumerate(data.members))
            ids.append(team.id)
        return ids

    def plan(self, kind: PlanKind, year: int, teams: list[uuid.UUID]) -> tuple[EventPlan, list]:
        plan = EventPlan(id=uuid.uuid4(), cluster_id=self.cluster_id, year=year, kind=kind,
                         title=TITLES[kind].format(year=year))
        self.s.add(plan)
        events = []
        for n, row in enumerate(template_events(kind, year)):
            month = row["starts_on"].month
            day = date(year, month, self.rng.randint(12, 28) if month == 1
                       else self.rng.randint(2, 27))
            team = next((t for prefix, t in TEAM_EVENTS.items()
                         if row["title"].startswith(prefix)), None)
            if team is not None:
                org = self.by_short[TEAMS[team][1]]
            elif kind == PlanKind.EVENTS:
                org = self.colleges[n % len(self.colleges)]
            elif kind == PlanKind.ANNUAL and row["section"] == "Образовательная деятельность":
                org = self.colleges[n % 3]
            else:
                org = self.managing
            events.append(self.event(plan.id, row, day, org,
                                     teams[team] if team is not None else None, n))
        return plan, events

    def event(self, plan_id, row: dict, day: date, org: Organization, team_id, n: int
              ) -> EventData:
        days, where, scale, _, _ = KINDS.get(row["kind"], (1, HALL, 1.0, 0, 0))
        town = self.town(org)
        site = self.site_of.get(org.id) if where == SITE else None
        place = {
            SITE: "" if site else f"{org.short_name}, {town}",
            SCHOOL: f"Школы {TOWNS[town][0]} и {TOWNS[town][1]}",
            FIRM: f"Предприятия-работодатели {TOWNS[town][0]} и {TOWNS[town][1]}",
            HALL: HALLS[n % len(HALLS)], OFFICE: HALLS[0], ONLINE: ONLINE_PLACE, MEDIA: MEDIA_PLACE,
            CAMP: CAMP_PLACE}[where]
        fmt = (EventFormat.ONLINE if where == ONLINE
               else EventFormat.HYBRID if row["kind"] in ("Семинар", "Интенсив", "Заседание")
               else EventFormat.IN_PERSON)
        audiences = [a for a in row["audiences"].split(",") if a]
        planned = {a: max(10, round(self.rng.uniform(*PEOPLE[a]) * scale, -1))
                   for a in audiences} if scale else {}
        contact = org.contacts[0] if org.contacts else None
        return EventData(
            plan_id=plan_id, title=row["title"], starts_on=day, section=row["section"],
            kind=row["kind"], ends_on=None if days == 1 else day + timedelta(days - 1),
            site_id=site.id if site else None, place=place, format=fmt.value,
            responsible_org_id=org.id,
            responsible_person=_short_person(contact.full_name, contact.post) if contact else "",
            audiences=audiences, planned_reach=int(sum(planned.values())), team_id=team_id,
            reach={a: int(p) for a, p in planned.items()})  # kept here until it is held

    def held(self, e: EventData, org_town: str, n: int) -> EventData:
        _, _, scale, schools, enterprises = KINDS.get(e.kind, (1, HALL, 1.0, 0, 0))
        rng = self.rng
        reach = {a: max(5, round(p * rng.uniform(0.75, 1.2))) for a, p in e.reach.items()}
        names = []
        if schools:
            local = TOWNS[org_town][2]
            names = rng.sample(local, min(len(local), rng.randint(schools // 2, schools)))
            names += rng.sample([s for t in TOWNS.values() for s in t[2]], 2)
        firms = rng.sample(self.enterprises, rng.randint(enterprises // 2, enterprises)) \
            if enterprises else []
        org = next((o for o in self.colleges if o.id == e.responsible_org_id), None)
        evidence = [f"https://vk.com/wall-219874563_{1200 + 37 * n}"]
        if org is not None:
            evidence.append(f"https://{SLUGS.get(org.short_name, 'opc35')}.example.ru/news/"
                            f"{e.starts_on:%Y}/{n + 101}")
        return replace(e, status=EventStatus.HELD.value, reach=reach if scale else {},
                       schools=names, enterprises=firms, evidence="\n".join(evidence))

    def write(self, e: EventData, position: int) -> list:
        """The event added; its reach and organizations returned, to add once it is in."""
        e = validate_event(e, self.today)
        event = Event(id=uuid.uuid4(), plan_id=e.plan_id, position=position, section=e.section,
                      title=e.title, kind=e.kind, starts_on=e.starts_on, ends_on=e.ends_on,
                      site_id=e.site_id, place=e.place, format=e.format,
                      responsible_org_id=e.responsible_org_id,
                      responsible_person=e.responsible_person, audiences=",".join(e.audiences),
                      planned_reach=e.planned_reach, status=e.status, status_note=e.status_note,
                      evidence=e.evidence, team_id=e.team_id)
        self.s.add(event)
        rows: list = [EventReach(event_id=event.id, audience=a, people=p)
                      for a, p in e.reach.items()]
        for kind, names in ((OrgKind.SCHOOL, e.schools), (OrgKind.ENTERPRISE, e.enterprises)):
            rows += [EventOrganization(
                event_id=event.id, kind=kind.value, name=name,
                organization_id=self.org_ids.get(" ".join(name.split()).casefold()))
                for name in names]
        return rows


def approval_days(year: int, today: date) -> dict[str, date]:
    """The day of the council meeting that approves each kind of plan of ``year``."""
    first = date(year, 1, 1)
    return {k: _weekday(min(date(year, 1, day), today), first, today)
            for k, day in APPROVALS.items()}


def add_demo_events(session: Session, cluster_id, orgs: list[Organization], username: str,
                    today: date | None = None) -> None:
    today = today or clock.today()
    year = today.year
    demo = _Demo(session, cluster_id, orgs, today)
    teams = demo.teams()
    plans, events = {}, []
    for kind in (PlanKind.EVENTS, PlanKind.CAMPAIGN, PlanKind.ANNUAL):
        plans[kind], rows = demo.plan(kind, year, teams)
        events += [(kind, e) for e in rows]
    session.flush()  # the plans and teams before their events

    dates = spread([e.starts_on for _, e in events], today)
    first, last = date(year, 1, 1), date(year, 12, 31)
    approved = approval_days(year, today)
    out = []
    for (kind, e), (day, past) in zip(events, dates, strict=True):
        if e.kind not in WEEKEND_OK:
            day = _weekday(day, first if past else min(today + timedelta(1), last),
                           today if past else last)
        if kind == PlanKind.ANNUAL and e.kind == "Заседание" and e.starts_on.month == 1:
            day = approved[kind]  # the council meeting that approved this very plan
        length = (e.ends_on - e.starts_on) if e.ends_on else None
        end = min(day + length, today if past else last) if length else None
        out.append((kind, past, replace(e, starts_on=day, ends_on=end if end != day else None)))

    # the results, as the year went: every past event held (one cancelled, one moved)
    moved_index = next(i for i, (_, _, e) in enumerate(out) if e.kind == MOVED[0])
    positions: dict[PlanKind, int] = {}
    children = []
    for n, (kind, past, e) in enumerate(out):
        positions[kind] = positions.get(kind, 0) + 10
        if e.kind == CANCELLED[0]:
            e = replace(e, status=EventStatus.CANCELLED.value, status_note=CANCELLED[1],
                        reach={})
        elif past and n != moved_index:
            org = session.get(Organization, e.responsible_org_id)
            e = demo.held(e, demo.town(org), n)
        else:
            e = replace(e, reach={})
        if n == moved_index:
            before = e
            new_day = min(max(e.starts_on, today) + timedelta(14), last)
            if new_day <= e.starts_on:
                new_day = e.starts_on - timedelta(7)
            shift = new_day - e.starts_on
            e = replace(e, starts_on=new_day, ends_on=e.ends_on and min(e.ends_on + shift, last),
                        status=EventStatus.MOVED.value,
                        status_note=f"Перенесено с {before.starts_on:%d.%m.%Y} на "
                                    f"{new_day:%d.%m.%Y}. {MOVED[1]}")
            moved = (kind, before, e)
        children += demo.write(e, positions[kind])
    session.flush()
    session.add_all(children)

    # the plans stay drafts here: the council's decisions approve them (demo/governance.py)
    kind, before, after = moved
    plans[kind].revision = 1
    session.add(PlanRevision(
        plan_id=plans[kind].id, number=1, made_at=clock.now(), username=username,
        what=describe_changes(before, after, {"sites": {}, "orgs": {}, "teams": {}}),
        why=MOVED[1]))
    session.add(ReachBaseline(cluster_id=cluster_id, year=year, **BASELINE))
    session.flush()
