import pytest

from app.services.validation import (
    FieldError,
    normalise_inn,
    parse_date,
    validate_inn,
    validate_kpp,
    validate_ogrn,
)

# Real, published numbers: Sberbank (INN 7707083893, OGRN 1027700132195),
# Yandex (7736207543 / 1027700229193), and a 12-digit personal INN that passes.
REAL_INNS = ["7707083893", "7736207543", "500100732259"]
REAL_OGRNS = ["1027700132195", "1027700229193"]


@pytest.mark.parametrize("inn", REAL_INNS)
def test_real_inns_pass(inn):
    assert validate_inn(inn) == inn


def test_broken_inn_names_the_digit_and_the_expected_value():
    with pytest.raises(FieldError) as err:
        validate_inn("7707083894")
    assert "10" in str(err.value) and "3" in str(err.value)
    assert "контрольн" in str(err.value).lower()


def test_broken_personal_inn_names_the_11th_or_12th_digit():
    with pytest.raises(FieldError) as err:
        validate_inn("500100732250")
    assert "12" in str(err.value)


def test_inn_wrong_length_and_letters():
    with pytest.raises(FieldError, match="10"):
        validate_inn("12345")
    with pytest.raises(FieldError):
        validate_inn("77070838AB")


def test_inn_typed_as_number_gets_its_leading_zero_back():
    # 0274062111 (a real Bashkortostan INN) typed into Excel as a number loses the zero.
    assert normalise_inn(274062111) == "0274062111"
    assert validate_inn(274062111.0) == "0274062111"
    assert validate_inn("0274062111") == "0274062111"


@pytest.mark.parametrize("ogrn", REAL_OGRNS)
def test_real_ogrns_pass(ogrn):
    assert validate_ogrn(ogrn) == ogrn


def test_broken_ogrn_says_the_last_digit():
    with pytest.raises(FieldError) as err:
        validate_ogrn("1027700132196")
    assert "5" in str(err.value)


def test_ogrn_length():
    with pytest.raises(FieldError, match="13"):
        validate_ogrn("102770013")


def test_kpp_format():
    assert validate_kpp("770701001") == "770701001"
    assert validate_kpp("7707AB001") == "7707AB001"
    with pytest.raises(FieldError):
        validate_kpp("77070100")
    assert validate_kpp(77070100) == "077070100"  # typed as a number: zero restored


def test_dates_from_text_and_dates():
    from datetime import date, datetime

    assert parse_date("01.09.2024") == date(2024, 9, 1)
    assert parse_date(" 01.09.2024 г.") == date(2024, 9, 1)
    assert parse_date(datetime(2024, 9, 1, 0, 0)) == date(2024, 9, 1)
    assert parse_date("2024-09-01") == date(2024, 9, 1)
    assert parse_date("") is None
    with pytest.raises(FieldError):
        parse_date("31.02.2024")
