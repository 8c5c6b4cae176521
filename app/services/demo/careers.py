"""Three approved career maps for the demo cluster (machine building, Vologda region), with
logos drawn here: Pillow pictures for most, one SVG to show that path too.

    add_demo_career_maps(session, cluster_id)   # inside DemoService.seed's session

Colleges and employers are linked to the demo participants of the same short name when
they exist (app/services/demo/service.py); the maps print the same without them.
"""

from __future__ import annotations

import hashlib
import io
import math
import uuid
from datetime import date, timedelta
from pathlib import Path

import fontpkg_pt_sans
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CareerEmployer, CareerImage, CareerMap, Organization
from app.services import clock
from app.services.career_images import logo_picture, svg_available
from app.services.career_store import write_map
from app.services.careers import (
    CareerMapData,
    EmployerData,
    LogoSlot,
    MapStatus,
    StepData,
    ToolData,
    validate_map,
)
from app.services.demo.governance import approve_in_register

WEBSITE = "https://opc-vologda.example.ru/career"
TOOLS = [
    ("college", "Портфолио и цифровой паспорт компетенций",
     "Достижения студента собираются с первого курса и видны работодателю."),
    ("college", "Чемпионат «Профессионалы»",
     "Подготовка в учебно-производственном комплексе, участие в региональном и "
     "национальном этапах."),
    ("employer", "Наставничество и адаптация",
     "Опытный наставник на первый год работы, доплата за освоение второй профессии."),
    ("employer", "Поддержка молодых семей",
     "Компенсация аренды жилья, путёвки в детский лагерь, материальная помощь при "
     "рождении ребёнка."),
    ("employer", "Обучение за счёт предприятия",
     "Повышение квалификации и заочное высшее образование по направлению работодателя."),
    ("region", "Выплата молодым специалистам",
     "Единовременная выплата до 100 000 ₽ выпускникам, трудоустроенным на предприятия "
     "области."),
    ("region", "Целевое обучение",
     "Договор о целевом обучении: стипендия работодателя и гарантированное рабочее место."),
]

MAPS = [
    dict(
        code="15.02.16", profession="Технология машиностроения", kind="specialty",
        college="БПОУ ВО «ЧМК»", industry="Машиностроение",
        geography="Вологодская область: Череповец, Вологда, Шексна, Грязовец",
        contacts="БПОУ ВО «Череповецкий машиностроительный колледж», г. Череповец, "
                 "ул. Первомайская, д. 15\nПриёмная комиссия: +7 (8202) 55-12-34, "
                 "priem@chmk.example.ru",
        employers=[("АО «ВОМЗ»", "#1F5C99", "ВОМЗ", "hex"), ("ООО «ЧСЗ»", "#B3261E", "ЧСЗ",
                                                          "svg"),
                   ("ООО «Северный инструмент»", "#2E8B7A", "СИ", "circle")],
        college_mark=("ЧМК", "#163F6B"),
        steps=[
            StepData("Оператор станков с программным управлением\nНаладчик станков с ЧПУ",
                     "Обработка деталей на токарных и фрезерных станках с ЧПУ, контроль "
                     "размеров, наладка оснастки", "Опыт от 1 года, 4–5 разряд, курс "
                     "программирования станков с ЧПУ", 45_000, 70_000, 55_000),
            StepData("Техник-технолог", "Разработка технологических процессов, подбор "
                     "инструмента, документация в САПР", "2–3 года на производстве; высшее "
                     "образование заочно за счёт предприятия", 55_000, 85_000, 68_000, [3, 4]),
            StepData("Инженер-технолог II категории", "Технологическая подготовка новых "
                     "изделий, внедрение оборудования", "Высшее образование, 3 года в "
                     "должности", 75_000, 115_000, 92_000, [5]),
            StepData("Мастер участка механической обработки", "Руководство сменой, план "
                     "выпуска, качество и охрана труда", "Курсы управления производством, "
                     "опыт руководства бригадой", 70_000, 105_000, 86_000),
            StepData("Ведущий инженер-технолог\nНачальник технологического бюро",
                     "Технологическая политика цеха, наставничество, цифровые двойники "
                     "производства", "", 110_000, 170_000, 135_000),
        ],
    ),
    dict(
        code="15.01.05", profession="Сварщик (ручной и частично механизированной сварки "
                                    "(наплавки))", kind="profession",
        college="БПОУ ВО «ВПТ»", industry="Машиностроение",
        geography="Вологодская область: Вологда, Шексна, Череповец, Кадуй",
        contacts="БПОУ ВО «Вологодский политехнический техникум», г. Вологда, "
                 "ул. Ленинградская, д. 71\nТелефон: +7 (8172) 71-20-40, vpt@example.ru",
        employers=[("ООО «ШЗМК»", "#6A4C93", "ШЗМК", "square"),
                   ("ООО «ЧЛМЗ»", "#D9731A", "ЧЛМЗ", "hex"),
                   ("АО «КЗЭО»", "#1F5C99", "КЗЭО", "circle")],
        college_mark=("ВПТ", "#2E8B7A"),
        steps=[
            StepData("Сварщик ручной дуговой сварки 3 разряда", "Сварка металлоконструкций "
                     "под руководством наставника, подготовка кромок", "Аттестация НАКС, "
                     "1 год практики", 40_000, 60_000, 50_000),
            StepData("Электрогазосварщик 4–5 разряда", "Сварка ответственных конструкций и "
                     "трубопроводов во всех пространственных положениях", "Допуск к сварке "
                     "сосудов под давлением, обучение на предприятии", 60_000, 95_000, 75_000),
            StepData("Сварщик 6 разряда\nСварщик-оператор роботизированного комплекса",
                     "Программирование сварочного робота, сварка специальных сталей",
                     "Среднее профессиональное или высшее образование по сварке",
                     85_000, 130_000, 105_000),
            StepData("Мастер сварочного участка\nИнженер-технолог сварочного производства",
                     "Технология сварки, контроль качества швов, обучение молодых сварщиков",
                     "", 100_000, 160_000, 125_000),
        ],
    ),
    dict(
        code="13.02.13", profession="Эксплуатация и обслуживание электрического и "
                                    "электромеханического оборудования (по отраслям)",
        kind="specialty", college="БПОУ ВО «СПТ»", industry="Машиностроение",
        geography="Вологодская область: Сокол, Вологда, Кадуй",
        contacts="БПОУ ВО «Сокольский политехнический техникум», г. Сокол, "
                 "ул. Советская, д. 30\nТелефон: +7 (81733) 2-15-60, spt@example.ru",
        employers=[("ООО «ВЭМ»", "#D9A21A", "ВЭМ", "square"),
                   ("АО «СДК»", "#2E7D32", "СДК", "circle"),
                   ("ООО «Агромаш-Вологда»", "#B3261E", "АМ", "hex"),
                   ("АО «ВОМЗ»", "#1F5C99", "ВОМЗ", "hex")],
        college_mark=("СПТ", "#6A4C93"),
        steps=[
            StepData("Электромонтёр по ремонту и обслуживанию электрооборудования 3 разряда",
                     "Монтаж и ремонт силовых и осветительных сетей, обслуживание "
                     "электродвигателей", "Группа по электробезопасности III–IV, 1 год "
                     "работы", 42_000, 62_000, 52_000, [2, 3]),
            StepData("Электромонтёр 5 разряда\nНаладчик электрооборудования",
                     "Наладка приводов и автоматики станков, поиск неисправностей",
                     "Курсы программирования ПЛК", 58_000, 88_000, 72_000, [4]),
            StepData("Техник-энергетик цеха", "Планово-предупредительный ремонт, учёт "
                     "электроэнергии, документация", "Высшее образование заочно",
                     55_000, 80_000, 66_000, [4]),
            StepData("Инженер-энергетик\nНачальник электротехнической лаборатории",
                     "Энергохозяйство предприятия, модернизация оборудования, испытания",
                     "", 90_000, 150_000, 115_000),
        ],
    ),
]


# ---- logos drawn with Pillow ---------------------------------------------------------------
def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    name = "PT_Sans-Web-Bold.ttf" if bold else "PT_Sans-Web-Regular.ttf"
    return ImageFont.truetype(str(Path(fontpkg_pt_sans.ROOT) / "files" / name), size)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS).save(out, "PNG")
    return out.getvalue()


def _centred(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font, fill) -> None:
    draw.text(xy, text, font=font, fill=fill, anchor="mm")


def federal_logo() -> bytes:
    """A wordmark in the project's spirit (not its trademark): a blue tile and the name."""
    image = Image.new("RGBA", (1700, 400), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((20, 40, 340, 360), 60, fill="#1F5C99")
    d.rectangle((110, 110, 150, 290), fill="white")
    d.rectangle((210, 110, 250, 290), fill="white")
    d.rectangle((110, 110, 250, 150), fill="white")
    d.polygon([(250, 110), (300, 110), (250, 160)], fill="#F2A541")
    d.text((390, 120), "ПРОФЕССИОНАЛИТЕТ", font=_font(120), fill="#163F6B")
    d.text((394, 250), "федеральный проект", font=_font(70, bold=False), fill="#5F6B76")
    return _png(image.crop(image.getbbox()))


def industry_logo(name: str = "МАШИНОСТРОЕНИЕ") -> bytes:
    image = Image.new("RGBA", (1500, 400), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    cx, cy = 200, 200
    for k in range(10):  # a gear: teeth, rim, hub
        a = k * math.pi / 5
        x, y = cx + 150 * math.cos(a), cy + 150 * math.sin(a)
        d.regular_polygon((x, y, 40), 4, rotation=math.degrees(a) + 45, fill="#2E8B7A")
    d.ellipse((cx - 140, cy - 140, cx + 140, cy + 140), fill="#2E8B7A")
    d.ellipse((cx - 60, cy - 60, cx + 60, cy + 60), fill=(0, 0, 0, 0))
    d.text((400, 140), name, font=_font(110), fill="#1F2933")
    return _png(image.crop(image.getbbox()))


def mark_logo(text: str, colour: str, shape: str = "circle", caption: str = "") -> bytes:
    """A monogram: initials in a circle, square or hexagon, a caption beside if given."""
    width = 520 + 70 * len(caption) if caption else 420
    image = Image.new("RGBA", (width, 420), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    box = (10, 10, 410, 410)
    if shape == "circle":
        d.ellipse(box, fill=colour)
    elif shape == "square":
        d.rounded_rectangle(box, 70, fill=colour)
    else:
        d.regular_polygon((210, 210, 205), 6, fill=colour)
    size = {2: 190, 3: 150, 4: 118}.get(len(text), 100)
    _centred(d, (210, 214), text, _font(size), "white")
    if caption:
        d.text((460, 150), caption, font=_font(100), fill="#1F2933")
    return _png(image.crop(image.getbbox()))


def svg_logo(text: str, colour: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120" '
            f'width="300" height="120">'
            f'<rect x="4" y="4" width="112" height="112" rx="18" fill="{colour}"/>'
            f'<path d="M30 86 L60 30 L90 86 Z" fill="#ffffff"/>'
            f'<text x="130" y="78" font-family="PT Sans, Arial, sans-serif" font-size="54" '
            f'font-weight="bold" fill="#1F2933">{text}</text></svg>').encode()


def _image(session: Session, map_id: uuid.UUID, slot: str, name: str,
           content: bytes) -> CareerImage:
    picture = logo_picture(name, content)
    image = CareerImage(map_id=map_id, slot=slot, filename=name,
                        content_type=picture.content_type, original=content,
                        sha256=hashlib.sha256(content).hexdigest(), png=picture.png,
                        width=picture.width, height=picture.height)
    session.add(image)
    session.flush()
    return image


def add_demo_career_maps(session: Session, cluster_id: uuid.UUID,
                         approved_on: date | None = None) -> list[uuid.UUID]:
    """Three career maps with logos, approved by the regional supervisory council's decisions
    at its meeting of ``approved_on`` or the latest before (recorded if the register has
    none); returns their ids.  Written through the ORM (the audit log records them) with the
    service's own validation."""
    today = clock.today()
    approved_on = approved_on or today - timedelta(days=30)
    orgs = {short: oid for oid, short in session.execute(
        select(Organization.id, Organization.short_name))}
    federal, industry = federal_logo(), industry_logo()
    ids = []
    for spec in MAPS:
        tools = [ToolData(g, t, x) for g, t, x in TOOLS]
        data = validate_map(CareerMapData(
            code=spec["code"], profession=spec["profession"], kind=spec["kind"],
            college=spec["college"], college_id=orgs.get(spec["college"]),
            industry=spec["industry"], geography=spec["geography"],
            contacts=spec["contacts"], website=WEBSITE, steps=spec["steps"],
            employers=[EmployerData(name, orgs.get(name)) for name, *_ in spec["employers"]],
            tools=tools))
        m = CareerMap(cluster_id=cluster_id)
        write_map(session, m, data)
        _image(session, m.id, LogoSlot.FEDERAL, "professionalitet.png", federal)
        _image(session, m.id, LogoSlot.INDUSTRY, "industry.png", industry)
        mark, colour = spec["college_mark"]
        _image(session, m.id, LogoSlot.COLLEGE, f"{mark}.png",
               mark_logo(mark, colour, "circle", mark))
        rows = session.scalars(select(CareerEmployer).where(CareerEmployer.map_id == m.id)
                               .order_by(CareerEmployer.position)).all()
        for row, (_, colour, initials, shape) in zip(rows, spec["employers"], strict=True):
            if shape == "svg" and svg_available():
                image = _image(session, m.id, LogoSlot.EMPLOYER, f"{initials}.svg",
                               svg_logo(initials, colour))
            else:  # without a GUI application (the command line) the SVG one is a PNG
                image = _image(session, m.id, LogoSlot.EMPLOYER, f"{initials}.png",
                               mark_logo(initials, colour, "square" if shape == "svg"
                                         else shape, initials))
            row.logo_id = image.id
        m.status = MapStatus.SENT.value
        session.flush()
        ids.append(m.id)
    meeting = approve_in_register(session, cluster_id, "approve_career_map", [
        (m_id, f"Утвердить карьерную карту выпускника «{spec['profession']}» "
               f"({spec['code']}).") for m_id, spec in zip(ids, MAPS, strict=True)],
        approved_on, today)
    for m_id in ids:  # sent to the council two weeks before it met
        session.get(CareerMap, m_id).sent_on = meeting.held_on - timedelta(days=14)
    session.flush()
    return ids
