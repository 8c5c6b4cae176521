"""One restrained colour language (issue 21, app/views/widgets/colours.py): neutral by
default, amber for what is slipping, red only for what is overdue or critical — a small dot,
never a row's background or a whole row's text colour."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import clock
from app.services.inspection_data import AnswerData
from app.views.inspections.checklist import ItemRow
from app.views.widgets.colours import (
    AMBER,
    RED,
    Level,
    badge,
    deadline_level,
    level_colour,
    progress_level,
)

TODAY = date(2026, 12, 7)


def test_levels_for_figures_against_targets():
    assert progress_level(None, False) == Level.NEUTRAL
    assert progress_level(Decimal("100"), True) == Level.NEUTRAL
    assert progress_level(Decimal("97.1"), False) == Level.NEUTRAL  # nearly there: calm
    assert progress_level(Decimal("57.4"), False) == Level.SLIPPING
    assert progress_level(Decimal("97.1"), True) == Level.CRITICAL  # the year is over


def test_levels_for_deadlines():
    assert deadline_level(TODAY - timedelta(days=1), False, TODAY) == Level.CRITICAL
    assert deadline_level(TODAY - timedelta(days=1), True, TODAY) == Level.NEUTRAL
    assert deadline_level(TODAY + timedelta(days=5), False, TODAY) == Level.SLIPPING
    assert deadline_level(TODAY + timedelta(days=60), False, TODAY) == Level.NEUTRAL
    assert deadline_level(None, False, TODAY) == Level.NEUTRAL


def test_a_badge_is_a_small_dot_only_for_amber_and_red():
    assert badge(Level.NEUTRAL) is None
    assert level_colour(Level.SLIPPING) == AMBER and level_colour(Level.CRITICAL) == RED
    image = badge(Level.CRITICAL).pixmap(10, 10).toImage()
    assert image.pixelColor(5, 5).name() == RED
    assert image.pixelColor(0, 0).alpha() == 0  # a round dot, not a filled square


def answer(value: str, critical: bool = True) -> AnswerData:
    return AnswerData(uuid.uuid4(), "Раздел", "Огнетушители на месте", "yes_no",
                      Decimal(1), critical, [], "", value=value)


def tag_is_red(qtbot, value: str) -> bool:
    row = ItemRow("1.1", answer(value), lambda *a: answer(value), True)
    qtbot.addWidget(row)
    return row.tag.property("alarm") and RED in row.tag.styleSheet()


def test_a_critical_item_is_red_only_while_unanswered_or_failed(qtbot):
    assert tag_is_red(qtbot, "")
    assert tag_is_red(qtbot, "no")
    assert not tag_is_red(qtbot, "yes")
    assert not tag_is_red(qtbot, "na")


def test_answering_yes_calms_the_tag(qtbot):
    saved = answer("yes")
    row = ItemRow("1.1", answer(""), lambda *a: saved, True)
    qtbot.addWidget(row)
    assert row.tag.property("alarm")
    row.commit("yes")
    assert not row.tag.property("alarm") and RED not in row.tag.styleSheet()


def test_no_list_model_paints_whole_rows(qtbot, demo):
    """The demo's indicators: at most the per cent carries a dot; 97 % in a running year is
    calm; nothing has a background."""
    from app.views.indicators.indicators_tab import IndicatorsModel

    model = IndicatorsModel()
    model.year = clock.today().year
    rows = demo.indicators.rows(model.year)
    model.set_rows(rows)
    percent = model.COLUMNS.index("percent")
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            assert index.data(Qt.ItemDataRole.BackgroundRole) is None
            if c != percent:
                assert index.data(Qt.ItemDataRole.DecorationRole) is None
    levels = [model.level(row) for row in rows]
    assert levels.count(Level.NEUTRAL) > len(rows) // 3  # not «14 of 21 pink»
    assert Level.CRITICAL not in levels  # a running year is never red
