"""The dashboard's tiles are one size and each says, in grey, how its number moved since the
end of last month (issue 21, item 5): «+1 за месяц», «−1 за месяц», «без изменений за
месяц», «+1,2 млн ₽ за месяц»; a tile whose figure has no history says nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.services import clock
from app.views.dashboard.cards import change_text
from app.views.widgets.colours import AMBER, RED
from tests.services.test_dashboard_changes import (
    _findings,
    _maps,
    _members,
    _money,
    _roadmap,
)
from tests.views.test_dashboard_page import open_window


def test_each_tile_says_how_it_moved_in_russian(qtbot, services, settings, answers):
    clock.set_now(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    try:
        for build in (_members, _money, _roadmap, _findings, _maps):
            build(services)
        window = open_window(qtbot, services, settings)
        window.resize(1366, 705)
        page = window.page("dashboard")
        texts = page.change_texts()
    finally:
        clock.set_now(None)
    assert texts["participants"] == "+1 за месяц"
    assert texts["grant"] == "+1,2\u00a0млн\u00a0₽ за месяц"
    assert texts["sources"] == "+1,7\u00a0млн\u00a0₽ за месяц"
    assert texts["roadmap"] == "без изменений за месяц"
    assert texts["findings"] == "\u22121 за месяц"
    assert texts["career-maps"] == "+1 за месяц"
    assert texts["events"] == "без изменений за месяц"  # none in either month
    # no history in the data: no line rather than an invented one
    assert texts["indicators"] == texts["sites"] == texts["data-check"] == ""
    # neutral grey whichever way it moved (colour is for slipping and overdue)
    for card in page.cards:
        assert RED not in card.change.styleSheet() and AMBER not in card.change.styleSheet()
        colour = card.change.palette().color(card.change.foregroundRole()).name()
        assert colour == "#6b7782", (card.title.text(), colour)
    # one size for every tile, whatever its text
    qtbot.wait(20)
    sizes = {(card.width(), card.height()) for card in page.cards}
    widths, heights = {w for w, _h in sizes}, {h for _w, h in sizes}
    assert max(widths) - min(widths) <= 1 and max(heights) - min(heights) <= 1, sizes
    # the tile's number is the summary's, the change under it
    assert page.grant_card.change.y() > page.grant_card.figure.y()
    assert page.participants_card.change.toolTip() == "По сравнению со значением на 28.02.2026"
    assert page.sites_card.change.toolTip() == ""


def test_small_and_odd_changes_read_well(qapp):
    assert change_text(None) == ""
    assert change_text(0) == "без изменений за месяц"
    assert change_text(Decimal(0), money=True) == "без изменений за месяц"
    assert change_text(-3) == "\u22123 за месяц"
    assert change_text(1500) == "+1\u00a0500 за месяц"
    assert change_text(Decimal("-2500000"), money=True) == "\u22122,5\u00a0млн\u00a0₽ за месяц"
    assert change_text(Decimal("45000.40"), money=True) == "+45\u00a0000\u00a0₽ за месяц"
    assert change_text(Decimal("0.40"), money=True) == "+0,40\u00a0₽ за месяц"


def test_an_empty_tile_has_nothing_to_compare(qtbot, services, settings, answers):
    page = open_window(qtbot, services, settings).page("dashboard")
    texts, changes = page.card_texts(), page.change_texts()
    assert texts["grant"][0] == texts["participants"][0] == "—"
    assert changes["grant"] == changes["participants"] == changes["sources"] == ""
    assert changes["findings"] == "без изменений за месяц"  # «0» open findings is a figure
