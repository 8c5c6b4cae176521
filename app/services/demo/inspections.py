"""Demo inspections: a done brand-book inspection of the ЧМК site (every item answered, four
"no"s become findings: one overdue, one closed with evidence, two open; six photos), the
equipment inspection of its CNC turning workshop half way through, and a planned
labour-safety inspection of the ВПТ welding workshop for the demo inspector.

Written in the seed's session with the same helpers the inspection services use (check of
each answer, findings from "no"s, score, photo thumbnails), so the audit log records every
row.  The photos are drawn here: about 30 ms each."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Answer,
    ChecklistItem,
    Finding,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
    Organization,
    Site,
    Workshop,
)
from app.services import clock
from app.services.checklists import (
    AnswerType,
    TemplateKind,
    current_template,
    ensure_standard_templates,
    equipment_template,
)
from app.services.findings import FindingStatus, sync_finding
from app.services.inspection_data import check_value, long_text
from app.services.inspection_state import InspectionStatus, refresh_score, template_items, touch
from app.services.photos import examine, photo_attachment

#: The demo inspector, as a name in inspections: ``field export --inspector "Петров П. П."``.
DEMO_INSPECTOR = "Петров П. П."
SECOND_INSPECTOR = "Сидорова Е. А."
MANAGING = "АНО «ЦРК ВО»"
PHOTO_SIZE = (1600, 1200)

# The brand-book answers that are not a plain "yes": item text prefix → (value, comment)
BRANDBOOK = {
    "Навигационные указатели": ("no", "На 2-м этаже указатели к мастерским старого образца"),
    "Информационный стенд": ("yes", "Стенд обновлён в этом месяце"),
    "Фотозона": ("no", "Фотозона не оборудована: место в холле 1-го этажа определено"),
    "Состояние оформления": ("Частично", ""),
    "Цветовое решение стен": ("no", "Мастерская аддитивного производства: стены серые, "
                                    "зоны не размечены фирменными цветами"),
    "Логотипы предприятий-партнёров": ("no", "Логотипы АО «ВОМЗ» и ООО «ЧСЗ» без охранного "
                                             "поля, на фоне не из палитры брендбука"),
    "Доля оформленных мастерских": ("67", "Две мастерские из трёх"),
    "Замечания и предложения": ("Оформление площадки в основном соответствует брендбуку. "
                                "Повторная проверка — после устранения замечаний.", ""),
}
# the findings of those "no"s: item text prefix → (responsible: short name or None for the
# site's college, due in days from today or None for the default, closed: evidence)
FINDINGS = {
    "Цветовое решение стен": (None, None, "Стены мастерской аддитивного производства "
                                          "перекрашены в цвета брендбука (акт № 21 "
                                          "выполненных работ)"),  # critical: closed in time
    "Логотипы предприятий-партнёров": (MANAGING, 12, ""),
    "Фотозона": (None, 20, ""),
    "Навигационные указатели": (None, None, "Указатели на 2-м этаже заменены на фирменные "
                                            "(акт № 14 выполненных работ)"),
}
EQUIPMENT = {  # the equipment inspection so far: the rest not answered yet
    "Товарные накладные": ("yes", ""),
    "Акты ввода оборудования": ("yes", ""),
    "Паспорта и инструкции": ("yes", ""),
    "Инвентарные номера": ("no", "Номера нанесены не на все позиции: нет на верстаках и шкафах"),
    "Токарный станок с ЧПУ": ("yes", "Пусконаладка проведена поставщиком"),
}
# (inspection, caption, drawn label, item text prefix or "", EXIF orientation, colours)
PHOTOS = [
    ("brandbook", "Фасад учебно-производственного корпуса, вход", "Площадка ЧМК — фасад и вход",
     "Фото фасада", None, ("#8C3B2E", "#D9B38C", "#4A4A4A")),
    ("brandbook", "Вывеска «Профессионалитет» над входом",
     "Площадка ЧМК — вывеска над входом", "Фасадная вывеска", 6,
     ("#1E4E8C", "#E8EEF4", "#C8102E")),
    ("brandbook", "Мастерская аддитивного производства: стены не в фирменных цветах",
     "Мастерская аддитивного производства — стены", "Цветовое решение стен", None,
     ("#8A8F94", "#C9CCCF", "#5B6670")),
    ("brandbook", "Мастерская токарной обработки после оформления",
     "Мастерская токарной обработки — вход", "Фото мастерской", None,
     ("#E35205", "#F4F1EA", "#263238")),
    ("brandbook", "Табличка мастерской фрезерной обработки",
     "Мастерская фрезерной обработки — вход", "Таблички мастерских", 8,
     ("#00843D", "#EEF3EA", "#1F2933")),
    ("brandbook", "Холл 1-го этажа: место для фотозоны", "Холл 1-го этажа — место фотозоны",
     "Фотозона", None, ("#6D2077", "#EDE3EF", "#3B3B3B")),
    ("equipment", "Общий вид мастерской токарной обработки",
     "Мастерская токарной обработки — общий вид", "Фото общего вида", None,
     ("#2F6F8F", "#DCE8EE", "#E35205")),
    ("equipment", "Токарный станок с ЧПУ, табличка с заводским номером",
     "Токарный станок с ЧПУ — табличка", "Токарный станок с ЧПУ", 6,
     ("#3C4A57", "#B7C3CC", "#F2A900")),
]


def _workday(day: date) -> date:
    """The Friday before a weekend day."""
    return day - timedelta(days=max(0, day.weekday() - 4))


@cache
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        import fontpkg_pt_sans

        return ImageFont.truetype(
            str(Path(fontpkg_pt_sans.ROOT) / "files" / "PT_Sans-Web-Bold.ttf"), size)
    except (ImportError, OSError):  # no Cyrillic font: the picture still shows colours
        return ImageFont.load_default()


def demo_photo(label: str, colours: tuple[str, str, str], taken: datetime, seed: int,
               orientation: int | None = None) -> bytes:
    """A 1600×1200 JPEG: a wall, a floor, a door and some shapes, ``label`` on a plate, the
    date stamped in a corner.  With ``orientation`` the pixels are stored turned and the EXIF
    tag says how to turn them back, as a phone held sideways does."""
    rng = random.Random(seed)
    wall, light, accent = colours
    upright = (PHOTO_SIZE[1], PHOTO_SIZE[0]) if orientation in (5, 6, 7, 8) else PHOTO_SIZE
    w, h = upright
    gradient = Image.linear_gradient("L").resize(upright)
    image = ImageOps.colorize(gradient, wall, light)
    draw = ImageDraw.Draw(image)
    floor = int(h * 0.72)
    draw.rectangle((0, floor, w, h), fill="#5A5148")
    for x in range(0, w, 160):  # floor tiles
        draw.line((x, floor, x - 120, h), fill="#4A423A", width=3)
    door = (int(w * 0.62), int(h * 0.3), int(w * 0.8), floor)
    draw.rectangle(door, fill=accent, outline="#222222", width=6)
    for _ in range(4):  # cabinets, machines, posters
        x, y = rng.randint(20, int(w * 0.5)), rng.randint(int(h * 0.35), int(h * 0.6))
        draw.rectangle((x, y, x + rng.randint(120, 260), y + rng.randint(80, 220)),
                       fill=rng.choice([accent, "#DDDDDD", "#333333", light]), outline="#222222",
                       width=3)
    font = _font(max(28, w // 26))
    box = draw.textbbox((0, 0), label, font=font)
    left, top = 60, int(h * 0.08)
    draw.rectangle((left - 24, top - 18, left + box[2] + 24, top + box[3] + 18),
                   fill="#FFFFFF", outline=accent, width=6)
    draw.text((left, top), label, fill="#1F2933", font=font)
    stamp = taken.strftime("%d.%m.%Y %H:%M")
    draw.text((w - 20 - draw.textlength(stamp, font=_font(36)), h - 60), stamp,
              fill="#FFB000", font=_font(36))
    exif = Image.Exif()
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTime
    exif[0x010F], exif[0x0110] = "Xiaomi", "Redmi Note 12"  # Make, Model
    if orientation in (5, 6, 7, 8):
        # stored as the sensor saw it; EXIF turns it back (6: 90° clockwise, 8: 90° back)
        image = image.transpose(Image.Transpose.ROTATE_90 if orientation == 6
                                else Image.Transpose.ROTATE_270)
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, exif=exif)
    return out.getvalue()


class _Inspections:
    def __init__(self, session: Session, today: date):
        self.s, self.today = session, today
        self.orgs = {o.short_name: o for o in session.scalars(select(Organization))}

    def site(self, short_name: str) -> Site:
        return self.s.scalars(select(Site).where(
            Site.organization_id == self.orgs[short_name].id)).one()

    def workshop(self, site: Site, name_start: str) -> Workshop:
        return next(w for w in site.workshops if w.name.startswith(name_start))

    def create(self, site: Site, template, planned_on: date, inspectors: list[str],
               workshops: list[Workshop]) -> tuple[Inspection, list[ChecklistItem]]:
        """As InspectionsService.create: an empty answer for every item."""
        inspection = Inspection(
            site_id=site.id, template_id=template.id, title=template.title,
            planned_on=planned_on, inspectors="\n".join(inspectors),
            status=InspectionStatus.PLANNED.value)
        self.s.add(inspection)
        self.s.flush()
        self.s.add_all(InspectionWorkshop(inspection_id=inspection.id, workshop_id=w.id)
                       for w in workshops)
        items = template_items(self.s, template.id)
        self.s.add_all(Answer(inspection_id=inspection.id, item_id=i.id) for i in items)
        self.s.flush()
        return inspection, items

    def answer(self, inspection: Inspection, item: ChecklistItem, value: str, comment: str,
               day: date) -> None:
        """As InspectionsService.answer: checked, a "no" opens its finding."""
        answer = self.s.scalars(select(Answer).where(
            Answer.inspection_id == inspection.id, Answer.item_id == item.id)).one()
        answer.value, answer.comment = check_value(item, value), long_text(comment)
        touch(inspection, day)
        sync_finding(self.s, inspection, item, answer, day)

    def answer_all(self, inspection: Inspection, items: list[ChecklistItem],
                   answers: dict[str, tuple[str, str]], day: date, every: bool) -> None:
        for item in items:
            given = next((v for k, v in answers.items() if item.text.startswith(k)), None)
            if given is None and not every or item.answer_type == AnswerType.PHOTO:
                continue  # a photo item is answered by its photo
            if given is None:
                given = {AnswerType.CHOICE: (item.choices.split("\n")[0], ""),
                         AnswerType.NUMBER: ("1", ""), AnswerType.TEXT: ("", "")}.get(
                    item.answer_type, ("yes", ""))
            self.answer(inspection, item, *given, day)
        self.s.flush()

    def photo(self, inspection: Inspection, items: list[ChecklistItem], position: int,
              caption: str, label: str, item_start: str, orientation: int | None, colours,
              taken: datetime, seed: int) -> None:
        """As PhotosService.add: checked, thumbnail made, bytes kept once."""
        content = demo_photo(label, colours, taken, seed, orientation)
        name = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
        facts = examine(name, content)
        item = next((i for i in items if item_start and i.text.startswith(item_start)), None)
        self.s.add(InspectionPhoto(
            inspection_id=inspection.id, item_id=item.id if item else None,
            attachment_id=photo_attachment(self.s, name, content).id, position=position,
            caption=caption, width=facts.width, height=facts.height, taken_at=facts.taken_at,
            thumbnail=facts.thumbnail))

    def findings(self, inspection: Inspection, items: list[ChecklistItem]) -> None:
        by_item = {f.item_id: f for f in self.s.scalars(select(Finding).where(
            Finding.inspection_id == inspection.id))}
        for item in items:
            plan = next((v for k, v in FINDINGS.items() if item.text.startswith(k)), None)
            finding = by_item.get(item.id)
            if plan is None or finding is None:
                continue
            responsible, due_in, evidence = plan
            if responsible:
                finding.responsible_org_id = self.orgs[responsible].id
            if due_in is not None:
                finding.due_on = self.today + timedelta(days=due_in)
            if evidence:
                finding.status, finding.evidence = FindingStatus.CLOSED.value, evidence
                finding.closed_on = min(self.today, inspection.inspected_on + timedelta(days=9))


def add_demo_inspections(session: Session, today: date | None = None) -> None:
    today = today or clock.today()
    demo = _Inspections(session, today)
    ensure_standard_templates(session)
    chmk, vpt = demo.site("БПОУ ВО «ЧМК»"), demo.site("БПОУ ВО «ВПТ»")
    turning = demo.workshop(chmk, "Мастерская токарной")

    # the brand book, done three weeks ago
    day = _workday(today - timedelta(days=21))
    brandbook, b_items = demo.create(
        chmk, current_template(session, TemplateKind.BRANDBOOK.value), day,
        [DEMO_INSPECTOR, SECOND_INSPECTOR], sorted(chmk.workshops, key=lambda w: w.name))
    brandbook.comment = "Проверка проведена вместе с заместителем директора колледжа по УПР."
    demo.answer_all(brandbook, b_items, BRANDBOOK, day, every=True)

    # the equipment of the turning workshop, started two days ago
    e_day = _workday(today - timedelta(days=2))
    equipment, e_items = demo.create(
        chmk, equipment_template(session, turning), e_day, [SECOND_INSPECTOR], [turning])
    demo.answer_all(equipment, e_items, EQUIPMENT, e_day, every=False)

    positions = {"brandbook": 0, "equipment": 0}
    for n, (which, caption, label, item_start, orientation, colours) in enumerate(PHOTOS):
        inspection, items, when = ((brandbook, b_items, day) if which == "brandbook"
                                   else (equipment, e_items, e_day))
        positions[which] += 1
        taken = datetime.combine(when, datetime.min.time()) + timedelta(hours=10, minutes=7 * n)
        demo.photo(inspection, items, positions[which], caption, label, item_start,
                   orientation, colours, taken, seed=7000 + n)
    session.flush()
    demo.findings(brandbook, b_items)
    for inspection in (brandbook, equipment):
        refresh_score(session, inspection)
    brandbook.status = InspectionStatus.DONE.value

    # labour safety in the ВПТ welding workshop, next week, for the demo inspector
    welding = demo.workshop(vpt, "Мастерская сварочных")
    demo.create(vpt, current_template(session, TemplateKind.SAFETY.value), _workday(today + timedelta(days=9)), [DEMO_INSPECTOR],
                [welding])
    session.flush()
