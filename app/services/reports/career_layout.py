"""The career map's page, laid out once for every renderer.

``layout_page(map, "A3", landscape=True)`` returns a ``Page``: the list of placed primitives
(career_text) in points, top-left origin.  The PDF writer (career_map.py) draws it with
reportlab; a preview draws the same list with QPainter.  Nothing here touches a canvas.

The page, top to bottom: the federal project's band («Профессионалитет», the map's title,
the council's approval or «ПРОЕКТ»), the logos row (project, industry, college, then the
employers), the profession's code and name, the career ladder beside (landscape) or above
(portrait) the motivation tools, and the footer with geography, contacts and the QR code of
the cluster's web page.  The band runs to the paper's edge (it bleeds); all text and
pictures stay inside the safe margin (12 mm on A4, 17 mm on A3).

The ladder climbs: in landscape each rung is a column, left to right, each a little higher
than the one before; in portrait each rung is a row, bottom to top, each a little further
right.  A step that leads to two steps gets a forked arrow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.reports.career_model import PrintableMap, PrintStep
from app.services.reports.career_page import (
    ACCENT,
    ACCENT_PALE,
    INK,
    MUTED,
    NAVY,
    PALE,
    SKY,
    TOOL_COLOURS,
    WHITE,
    Page,
    PageFrame,
    page_size,
)
from app.services.reports.career_text import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    NBSP,
    Box,
    Circle,
    Polygon,
    Polyline,
    Rect,
    Run,
    fit_text,
    measure,
    set_text,
    word_scale,
)
from app.services.reports.pdf import register_fonts

translate = QCoreApplication.translate


def rubles(value: int) -> str:
    return f"{value:,}".replace(",", NBSP)


def salary_lines(step: PrintStep) -> list[str]:
    """«от 45 000 до 80 000 ₽» and «в среднем 60 000 ₽»; nothing without a salary."""
    low, high, avg = step.salary_min, step.salary_max, step.salary_avg
    if avg is None:
        return []
    if low is None or high is None or low == high:
        return [translate("CareerMaps", "{amount} ₽").format(amount=rubles(avg))]
    return [translate("CareerMaps", "from {low} to {high} ₽").format(low=rubles(low),
                                                                      high=rubles(high)),
            translate("CareerMaps", "on average {avg} ₽").format(avg=rubles(avg))]


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def levels(steps: tuple[PrintStep, ...]) -> dict[int, int]:
    """Each step's rung: 1 for a step nothing leads to, else one above its highest source."""
    level = {s.number: 1 for s in steps}
    for s in sorted(steps, key=lambda x: x.number):  # targets are always later steps
        for t in s.leads_to:
            if t in level:
                level[t] = max(level[t], level[s.number] + 1)
    return level


class _Composer(PageFrame):
    """The page's body, the ladder beside or above the motivation tools, within the frame."""

    # ---- the ladder ----------------------------------------------------------------------
    def ladder(self, area: Box) -> None:
        u, steps = self.u, self.m.steps
        self.label(translate("CareerMaps", "Career ladder"), Box(area.x, area.y, area.w, 11 * u))
        area = Box(area.x, area.y + 16 * u, area.w, area.h - 16 * u)
        if not steps:
            return
        rung = levels(steps)
        top = max(rung.values())
        rows: dict[int, list[PrintStep]] = {}
        for s in steps:
            rows.setdefault(rung[s.number], []).append(s)
        gap, inner_gap = 24 * u, 9 * u
        boxes: dict[int, Box] = {}
        names: dict[int, str] = {}
        if self.landscape:
            rise = min(10 * u, area.h * 0.12 / max(1, top - 1))
            # a rung with a fork gets a wider column: its boxes are half as tall
            weight = {lv: 1 + 0.3 * (len(g) - 1) for lv, g in rows.items()}
            unit = (area.w - gap * (top - 1)) / sum(weight.values())
            height = area.h - rise * (top - 1)
            x = area.x
            for level in range(1, top + 1):
                group = rows.get(level, [])
                width = unit * weight.get(level, 1)
                y = area.y + (top - level) * rise
                h = (height - inner_gap * (len(group) - 1)) / max(1, len(group))
                for i, s in enumerate(group):
                    boxes[s.number] = Box(x, y + i * (h + inner_gap), width, h)
                x += width + gap
        else:
            shift = min(18 * u, area.w * 0.12 / max(1, top - 1))
            height = (area.h - gap * (top - 1)) / top
            width = area.w - shift * (top - 1)
            for level, group in rows.items():
                y = area.y + (top - level) * (height + gap)
                x = area.x + (level - 1) * shift
                w = (width - inner_gap * (len(group) - 1)) / len(group)
                for i, s in enumerate(group):
                    boxes[s.number] = Box(x + i * (w + inner_gap), y, w, height)
        letters = "абвгд"
        for level, group in rows.items():
            for i, s in enumerate(group):
                names[s.number] = f"{level}{letters[i]}" if len(group) > 1 else str(level)
        self.arrows(steps, boxes, rung, top, gap)
        for s in steps:
            colour = _mix(SKY, NAVY, (rung[s.number] - 1) / max(1, top - 1))
            self.step(s, boxes[s.number], names[s.number], colour)

    def arrows(self, steps, boxes: dict[int, Box], rung: dict[int, int], top: int,
               gap: float) -> None:
        u = self.u
        head, width, colour = 6.5 * u, 1.6 * u, "#8FB0D0"
        for s in steps:
            a = boxes[s.number]
            for t in s.leads_to:
                if t not in boxes:
                    continue
                b = boxes[t]
                if self.landscape:
                    mid = b.x - gap / 2
                    tip = (b.x - 1 * u, b.cy)
                    points = ((a.right, a.cy), (mid, a.cy), (mid, b.cy), (tip[0] - head, b.cy))
                    arrow = (tip, (tip[0] - head, b.cy - head * 0.55),
                             (tip[0] - head, b.cy + head * 0.55))
                else:
                    mid = b.bottom + gap / 2
                    tip = (b.cx, b.bottom + 1 * u)
                    points = ((a.cx, a.y), (a.cx, mid), (b.cx, mid), (b.cx, tip[1] + head))
                    arrow = (tip, (b.cx - head * 0.55, tip[1] + head),
                             (b.cx + head * 0.55, tip[1] + head))
                self.add(Polyline(points, colour, width))
                self.add(Polygon(arrow, colour))

    def step(self, s: PrintStep, box: Box, name: str, colour: str) -> None:
        u = self.u
        pad = min(6 * u, max(3.5 * u, min(box.w, box.h) * 0.045))
        salary = salary_lines(s)
        self.add(Rect(box, fill=WHITE, stroke=colour, stroke_width=1.0 * u, radius=5 * u))
        # each job title its own paragraph with a gap above: two titles never read as one
        titles = [Run(title, FONT_BOLD, 9.5 * u, WHITE, 1.18, space_before=0.45 if i else 0.0)
                  for i, title in enumerate(s.titles)] or [Run("", FONT_BOLD, 9.5 * u, WHITE)]
        body = []
        if s.work:
            body.append(Run(s.work, FONT, 7.8 * u, INK, 1.25))
        if s.growth and s.leads_to:
            body.append(Run(translate("CareerMaps", "Next step:"), FONT_BOLD, 7 * u, colour,
                            1.2, space_before=0.6))
            body.append(Run(s.growth, FONT_ITALIC, 7.5 * u, MUTED, 1.22, space_before=0.1))
        elif s.growth:
            body.append(Run(s.growth, FONT_ITALIC, 7.5 * u, MUTED, 1.22, space_before=0.6))
        pay = []
        if salary:
            pay = [Run(salary[0], FONT_BOLD if len(salary) == 1 else FONT,
                       (10 if len(salary) == 1 else 7.6) * u, INK if len(salary) > 1 else ACCENT,
                       1.25, align="center")]
            if len(salary) > 1:
                pay.append(Run(salary[1], FONT_BOLD, 9.5 * u, ACCENT, 1.25, align="center",
                               space_before=0.05))
        wide = box.w > 2.2 * box.h
        if wide:
            self._wide_step(box, name, colour, titles, body, pay, pad)
        else:
            self._tall_step(box, name, colour, titles, body, pay, pad)

    def _tall_step(self, box, name, colour, titles, body, pay, pad) -> None:
        """A column box: the titles on a coloured head, the work, the salary at the foot.
        Titles and body shrink by one scale, so a long title never dwarfs the rest."""
        u = self.u
        badge = min(15 * u, max(11 * u, box.h * 0.1))
        pay_h = 0.0
        if pay:
            pay_h = min(box.h * 0.3, 2 * pad + sum(r.size * r.leading for r in pay) + 2 * u)
        inner_w = box.w - 2 * pad
        head_w = inner_w - badge - 5 * u
        room = box.h - pay_h - 4 * pad

        # each part as large as its longest word allows, then both shrunk alike to fit
        # (career_text.sized keeps every run at the smallest readable type or more)
        t_floor = b_floor = 0.45
        t_top = max(t_floor, min(1.0, word_scale(titles, head_w)))
        b_top = max(b_floor, min(1.0, word_scale(body, inner_w))) if body else 1.0

        def need(k: float) -> tuple[float, float]:
            return (max(measure(titles, head_w, max(t_floor, t_top * k)), badge),
                    measure(body, inner_w, max(b_floor, b_top * k)) if body else 0.0)

        k = 1.0
        if sum(need(1.0)) > room:
            low, high = 0.45, 1.0
            for _ in range(7):
                middle = (low + high) / 2
                low, high = (middle, high) if sum(need(middle)) <= room else (low, middle)
            k = low
        t_scale, b_scale = max(t_floor, t_top * k), max(b_floor, b_top * k)
        head_need, body_need = need(k)
        head_text_h = head_need if head_need + body_need <= room else min(
            head_need, max(room * 0.5, room - body_need))
        head_h = head_text_h + 2 * pad
        head = Box(box.x, box.y, box.w, head_h)
        self.add(Rect(head, fill=colour, radius=5 * u))
        self.add(Rect(Box(box.x, head.bottom - 5 * u, box.w, 5 * u), fill=colour))
        self.add(Circle(box.x + pad + badge / 2, box.y + pad + badge / 2, badge / 2, fill=WHITE))
        self.add(fit_text([Run(name, FONT_BOLD, 8.5 * u, colour, 1.0, align="center")],
                          Box(box.x + pad, box.y + pad + 2 * u, badge, badge - 4 * u),
                          valign="middle", floor=0.6, role="step-badge"))
        self.add(set_text(titles, Box(box.x + pad + badge + 5 * u, box.y + pad, head_w,
                                      head_text_h), scale=t_scale, role="step-titles"))
        if body:
            self.add(set_text(body, Box(box.x + pad, head.bottom + pad, inner_w,
                                        box.h - head_h - pay_h - 2 * pad),
                              scale=b_scale, role="step-body"))
        if pay:
            band = Box(box.x + 1.2 * u, box.bottom - pay_h, box.w - 2.4 * u, pay_h - 1.2 * u)
            self.add(Rect(band, fill=ACCENT_PALE, radius=4 * u))
            self.add(fit_text(pay, band.inset(pad, 3 * u), valign="middle", floor=0.6,
                              role="salary"))

    def _wide_step(self, box, name, colour, titles, body, pay, pad) -> None:
        """A row box: a coloured side with the rung, the text, the salary on the right."""
        u = self.u
        side = 24 * u
        self.add(Rect(Box(box.x, box.y, side, box.h), fill=colour, radius=5 * u))
        self.add(Rect(Box(box.x + side - 5 * u, box.y, 5 * u, box.h), fill=colour))
        self.add(fit_text([Run(name, FONT_BOLD, 12 * u, WHITE, 1.0, align="center")],
                          Box(box.x, box.y + 2 * u, side, box.h - 4 * u), valign="middle",
                          floor=0.6, role="step-badge"))
        pay_w = min(110 * u, box.w * 0.26) if pay else 0.0
        text = Box(box.x + side + pad, box.y + pad * 0.8, box.w - side - pay_w - 2 * pad,
                   box.h - 1.6 * pad)
        runs = [Run(t.text, FONT_BOLD, 9.5 * u, colour, 1.18, space_before=t.space_before)
                for t in titles] + body
        if body:
            runs[len(titles)] = Run(body[0].text, body[0].font, body[0].size, body[0].color,
                                    body[0].leading, space_before=0.35)
        self.add(fit_text(runs, text, floor=0.45, valign="middle", role="step-text"))
        if pay:
            band = Box(box.right - pay_w, box.y + 1.2 * u, pay_w - 1.2 * u, box.h - 2.4 * u)
            self.add(Rect(band, fill=ACCENT_PALE, radius=4 * u))
            self.add(fit_text(pay, band.inset(5 * u, 3 * u), valign="middle", floor=0.55,
                              role="salary"))

    # ---- motivation tools, footer --------------------------------------------------------
    def tools(self, area: Box) -> None:
        u = self.u
        groups = [(g, [t for t in self.m.tools if t.group == g]) for g in TOOL_COLOURS]
        groups = [(g, items) for g, items in groups if items]
        if not groups:
            return
        self.label(translate("CareerMaps", "Motivation tools"), Box(area.x, area.y, area.w,
                                                                   11 * u))
        area = Box(area.x, area.y + 16 * u, area.w, area.h - 16 * u)
        titles = {"college": translate("CareerMaps", "College support"),
                  "employer": translate("CareerMaps", "Employers' social projects"),
                  "region": translate("CareerMaps", "Regional support")}
        gap = 8 * u
        contents = []
        for group, items in groups:
            runs = []
            for item in items:
                runs.append(Run(item.title, FONT_BOLD, 8.6 * u, INK, 1.2, space_before=0.7))
                if item.text:
                    runs.append(Run(item.text, FONT, 8 * u, MUTED, 1.24, space_before=0.15))
            contents.append((group, runs))
        if self.landscape:  # stacked, each as tall as its text needs
            pad = 7 * u
            # each panel: its fixed heading and padding, plus a share of the room left for
            # text by how much text it has, so every panel's text shrinks alike (a share of
            # the whole height squeezed the smallest panel's text first)
            fixed = 22 * u + 2 * pad + 4 * u
            need = [_height(runs, area.w - 2 * pad - 2 * u) for _, runs in contents]
            free = area.h - gap * (len(contents) - 1) - fixed * len(contents)
            total = sum(need)
            heights = [fixed + free * n / total for n in need] if total else []
            boxes, y = [], area.y
            for h in heights:
                boxes.append(Box(area.x, y, area.w, h))
                y += h + gap
        else:
            w = (area.w - gap * (len(contents) - 1)) / len(contents)
            boxes = [Box(area.x + i * (w + gap), area.y, w, area.h) for i in range(len(contents))]
        for (group, runs), panel in zip(contents, boxes, strict=True):
            colour = TOOL_COLOURS[group]
            pad = 7 * u
            self.add(Rect(panel, fill=PALE, radius=5 * u))
            self.add(Rect(Box(panel.x, panel.y + 5 * u, 2.4 * u, panel.h - 10 * u), fill=colour))
            head = Box(panel.x + pad + 2 * u, panel.y + pad, panel.w - 2 * pad - 2 * u, 14 * u)
            self.add(fit_text([Run(titles[group], FONT_BOLD, 9.5 * u, colour, 1.15)], head,
                              floor=0.6, role="tool-group"))
            runs[0] = Run(runs[0].text, runs[0].font, runs[0].size, runs[0].color,
                          runs[0].leading)
            self.add(fit_text(runs, Box(head.x, head.bottom + 4 * u, head.w,
                                        panel.bottom - head.bottom - 4 * u - pad),
                              floor=0.55, role="tools"))

    def tools_height(self, width: float) -> float:
        """How tall the motivation tools' row must be in portrait (its fullest column)."""
        u = self.u
        groups = [[t for t in self.m.tools if t.group == g] for g in TOOL_COLOURS]
        groups = [g for g in groups if g]
        if not groups:
            return 0.0
        w = (width - 8 * u * (len(groups) - 1)) / len(groups) - 16 * u
        need = 0.0
        for items in groups:
            runs = []
            for item in items:
                runs.append(Run(item.title, FONT_BOLD, 8.6 * u, INK, 1.2, space_before=0.7))
                if item.text:
                    runs.append(Run(item.text, FONT, 8 * u, MUTED, 1.24, space_before=0.15))
            need = max(need, measure(runs, w, 1.0))
        return need + 16 * u + 14 * u + 4 * u + 14 * u  # label, heading, gaps, padding

    # ---- the page ------------------------------------------------------------------------
    def compose(self) -> Page:
        u, safe = self.u, self.page.safe
        y = self.band()
        y = self.logos(y)
        y = self.heading(y)
        footer_h = 62 * u if self.landscape else 66 * u
        footer = Box(safe.x, safe.bottom - footer_h, safe.w, footer_h)
        body = Box(safe.x, y + 10 * u, safe.w, footer.y - y - 22 * u)
        has_tools = bool(self.m.tools)
        if self.landscape and has_tools:
            tools_w = body.w * (0.27 if len(self.m.steps) > 4 else 0.3)
            self.ladder(Box(body.x, body.y, body.w - tools_w - 18 * u, body.h))
            self.tools(Box(body.right - tools_w, body.y, tools_w, body.h))
        elif has_tools:
            tools_h = min(body.h * 0.3, max(body.h * 0.16, self.tools_height(body.w)))
            self.ladder(Box(body.x, body.y, body.w, body.h - tools_h - 16 * u))
            self.tools(Box(body.x, body.bottom - tools_h, body.w, tools_h))
        else:
            self.ladder(body)
        self.footer(footer)
        return self.page


def _height(runs: list[Run], width: float) -> float:
    return measure(runs, width, 1.0)


def layout_page(m: PrintableMap, size: str = "A3", landscape: bool = True) -> Page:
    """Place everything the printed map shows on one page of ``size``."""
    register_fonts()
    width, height = page_size(size, landscape)
    return _Composer(m, width, height).compose()
