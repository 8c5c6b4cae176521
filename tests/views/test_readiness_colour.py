"""The readiness window paints a cell as the printed map does: a workshop 99.6 % delivered
is «99 %» and yellow on screen, in the xlsx and in the PDF — never green beside «99 %»."""

from __future__ import annotations

from decimal import Decimal

from app.services.readiness import percent_text
from app.services.reports.model import PERCENT_FILLS, percent_band
from app.views.sites.readiness_map import GREEN, GREY, RED, YELLOW, colour


def test_the_window_and_the_printed_map_agree_on_colour():
    assert percent_text(Decimal("99.6")) == "99 %" and colour(Decimal("99.6")) == YELLOW
    assert colour(Decimal("100")) == GREEN and colour(None) == GREY
    assert colour(Decimal("49.9")) == RED and colour(Decimal("50")) == YELLOW
    for value in (None, Decimal("0.4"), Decimal("49.9"), Decimal("50"), Decimal("99.96"),
                  Decimal("100")):
        band = percent_band(value)
        assert band in PERCENT_FILLS
        assert colour(value) == {"full": GREEN, "mid": YELLOW, "low": RED, "none": GREY}[band]
