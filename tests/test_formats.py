"""app/formats.py: the one place numbers, money and dates are read and written."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D

import pytest

from app import formats
from app.formats import (
    DATE_FORMAT,
    NotADate,
    NotANumber,
    format_amount,
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
    format_signed_money,
    number_or_none,
    parse_date,
    parse_money,
    parse_number,
    percent_of,
    round_half_up,
)

NB = "\u00a0"


@pytest.mark.parametrize(("text", "expected"), [
    ("1 234,50", D("1234.50")), ("1234.5", D("1234.5")), ("1\u00a0234,50 руб.", D("1234.50")),
    ("1 234,5 ₽", D("1234.5")), ("1.234,56", D("1234.56")), ("1,234.56", D("1234.56")),
    ("-12,5", D("-12.5")), (",5", D("0.5")), ("500 000 р.", D("500000")), (1234.5, D("1234.5")),
    (7, D("7")), (D("0.125"), D("0.125")),
])
def test_numbers_as_people_type_them(text, expected):
    assert parse_number(text) == expected and isinstance(parse_number(text), D)


@pytest.mark.parametrize("text", ["1e5", "NaN", "inf", "12,3,4", "четыре", "1 2 3 abc", True])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(NotANumber):
        parse_number(text)
    assert number_or_none(text) is None


@pytest.mark.parametrize("empty", [None, "", "   ", "\u00a0"])
def test_empty_is_none_not_zero(empty):
    assert parse_number(empty) is None and parse_money(empty) is None


@pytest.mark.parametrize(("text", "kopecks"), [
    ("0,125", D("0.13")), ("0,135", D("0.14")), ("0,124", D("0.12")), ("-0,125", D("-0.13")),
    ("2,675", D("2.68")), (0.125, D("0.13")), ("1 000,005 ₽", D("1000.01")),
])
def test_money_is_rounded_to_kopecks_half_up(text, kopecks):
    assert parse_money(text) == kopecks
    assert round_half_up(D(str(text).replace(",", ".").replace(" ", "").rstrip(" ₽"))) == kopecks


@pytest.mark.parametrize(("text", "day"), [
    ("01.09.2024", date(2024, 9, 1)), ("1.9.2024", date(2024, 9, 1)),
    ("01.09.24", date(2024, 9, 1)), ("2024-09-01", date(2024, 9, 1)),
    ("01/09/2024", date(2024, 9, 1)), ("01.09.2024 г.", date(2024, 9, 1)),
    (datetime(2024, 9, 1, 13, 5), date(2024, 9, 1)), (date(2024, 9, 1), date(2024, 9, 1)),
    ("", None), (None, None),
])
def test_dates_in_the_forms_the_dialogs_and_importers_accept(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31.02.2024", "завтра", "2024/13/01"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(NotADate):
        parse_date(text)


def test_money_and_numbers_written_the_russian_way():
    assert format_money(D("1234567.891")) == f"1{NB}234{NB}567,89{NB}₽"
    assert format_money(D("0.125")) == f"0,13{NB}₽"  # half up, as read
    assert format_money(D("-0.001")) == f"0,00{NB}₽"  # never «-0,00»
    assert format_money(None) == "" and format_amount(None) == ""
    assert format_amount(D("1234.5")) == f"1{NB}234,50"
    assert format_signed_money(D("1234.5")) == f"+1{NB}234,50{NB}₽"
    assert format_signed_money(D("-5")) == f"-5,00{NB}₽"
    assert format_signed_money(D("0")) == f"0,00{NB}₽"
    assert format_number(D("1234.50")) == f"1{NB}234,5" and format_number(1234567) == \
        f"1{NB}234{NB}567"
    assert format_number(D("2.000")) == "2" and format_number(None) == ""
    assert format_percent(D("45.25")) == f"45,3{NB}%" and format_percent(None) == "—"
    assert percent_of(1, 3) == D("33.3") and percent_of(1, 0) is None


def test_dates_written_one_way():
    assert DATE_FORMAT == "%d.%m.%Y"
    assert format_date(date(2026, 9, 1)) == "01.09.2026" and format_date(None) == ""
    assert format_datetime(datetime(2026, 3, 5, 14, 7)) == "05.03.2026 14:07"
    # spelled out for speed, the same text as DATE_FORMAT gives, any day of two centuries
    day = date(1950, 1, 1)
    while day.year < 2150:
        assert format_date(day) == day.strftime(DATE_FORMAT)
        day += timedelta(days=1)


def test_what_is_written_reads_back():
    for value in (D("0.01"), D("1234567.89"), D("-42.10")):
        assert parse_money(format_money(value)) == value
        assert parse_number(format_amount(value)) == value
    assert parse_date(format_date(date(2026, 12, 31))) == date(2026, 12, 31)


def test_the_module_draws_nothing():
    """Pure Python: the services, the importers and the command line use it without Qt."""
    source = formats.__loader__.get_source(formats.__name__)
    assert "PySide6" not in source
