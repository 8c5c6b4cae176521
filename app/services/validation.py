"""Field checks shared by the forms, the importers and the services.

INN and OGRN checksums come from python-stdnum; what stdnum does not say (which check digit
failed, what it should be) is worked out with stdnum's own digit functions, so a user reads
«the 10th digit should be 3» instead of «invalid checksum».  KPP has no stdnum module: it is
a fixed format (4 digits of the tax office, 2 characters of the reason, 3 digits).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from stdnum.ru import inn as stdnum_inn
from stdnum.ru import ogrn as stdnum_ogrn

from app import formats
from app.services.base import translate


class FieldError(ValueError):
    """A single field's value is wrong; the message is for the user."""


def _digits_only(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def normalise_inn(value: object) -> str:
    """INN as text.  A number from Excel lost its leading zero: 9 or 11 digits get it back."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _digits_only(str(value).strip())
    if isinstance(value, int) and len(text) in (9, 11):
        text = "0" + text
    return text


def validate_inn(value: object) -> str:
    """Return the INN as a 10/12-character string or raise FieldError saying what is wrong."""
    text = normalise_inn(value)
    if not text:
        return ""
    return _checked_inn(text)


@lru_cache(maxsize=256)  # an import reads a row's INN, then checks the whole organization:
def _checked_inn(text: str) -> str:  # one check; a wrong INN raises (not cached) each time
    if not text.isdigit():
        raise FieldError(translate("Validation", "INN must contain digits only."))
    if len(text) not in (10, 12):
        raise FieldError(
            translate(
                "Validation",
                "INN must have 10 digits (organization) or 12 digits (individual); "
                "this one has {count}.",
            ).format(count=len(text))
        )
    if len(text) == 10:
        expected = stdnum_inn.calc_company_check_digit(text[:9])
        if text[9] != expected:
            raise FieldError(
                translate(
                    "Validation",
                    "INN check digit failed: the 10th digit should be {expected}, not {actual}. "
                    "Check the number against the organization's documents.",
                ).format(expected=expected, actual=text[9])
            )
    else:
        expected = stdnum_inn.calc_personal_check_digits(text[:10])
        for position, (want, got) in enumerate(zip(expected, text[10:], strict=True), start=11):
            if want != got:
                raise FieldError(
                    translate(
                        "Validation",
                        "INN check digit failed: the {position}th digit should be {expected}, "
                        "not {actual}.",
                    ).format(position=position, expected=want, actual=got)
                )
    stdnum_inn.validate(text)  # the library has the last word
    return text


def validate_ogrn(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _digits_only(str(value).strip())
    if not text:
        return ""
    if not text.isdigit():
        raise FieldError(translate("Validation", "OGRN must contain digits only."))
    if len(text) not in (13, 15):
        raise FieldError(
            translate(
                "Validation",
                "OGRN must have 13 digits (organization) or 15 digits (individual "
                "entrepreneur); this one has {count}.",
            ).format(count=len(text))
        )
    expected = stdnum_ogrn.calc_check_digit(text)
    if text[-1] != expected:
        raise FieldError(
            translate(
                "Validation",
                "OGRN check digit failed: the last digit should be {expected}, not {actual}.",
            ).format(expected=expected, actual=text[-1])
        )
    if (len(text) == 13 and text[0] == "0") or (len(text) == 15 and text[0] not in "34"):
        raise FieldError(
            translate("Validation", "OGRN cannot start with {digit}: check the first digit.").format(
                digit=text[0]
            )
        )
    stdnum_ogrn.validate(text)  # the library has the last word
    return text


_KPP = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def validate_kpp(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _digits_only(str(value).strip()).upper()
    if isinstance(value, int) and len(text) == 8:
        text = "0" + text
    if not text:
        return ""
    if not _KPP.match(text):
        raise FieldError(
            translate(
                "Validation",
                "KPP must have 9 characters: 4 digits, 2 digits or Latin capitals, 3 digits.",
            )
        )
    return text


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_email(value: object) -> str:
    text = str(value or "").strip()
    if text and not _EMAIL.match(text):
        raise FieldError(translate("Validation", "This does not look like an e-mail address."))
    return text


def parse_date(value: object) -> date | None:
    """A date from a date, a datetime or text such as 01.09.2024 (the forms app.formats
    reads); None for empty; a FieldError for anything else."""
    try:
        return formats.parse_date(value)
    except formats.NotADate as exc:
        raise FieldError(translate(
            "Validation", "«{value}» is not a date; write it as 01.09.2024.").format(
                value=str(exc))) from None


def require_text(value: object, max_length: int) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise FieldError(translate("Validation", "This field is required."))
    if len(text) > max_length:
        raise FieldError(
            translate("Validation", "Too long: at most {limit} characters.").format(limit=max_length)
        )
    return text


def optional_text(value: object, max_length: int) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > max_length:
        raise FieldError(
            translate("Validation", "Too long: at most {limit} characters.").format(limit=max_length)
        )
    return text


def optional_lines(value: object, max_length: int) -> str:
    """Multi-line text (links one a line, a reason): each line trimmed, empty lines dropped,
    the line breaks kept."""
    lines = (" ".join(line.split()) for line in str(value or "").splitlines())
    text = "\n".join(line for line in lines if line)
    if len(text) > max_length:
        raise FieldError(
            translate("Validation", "Too long: at most {limit} characters.").format(limit=max_length)
        )
    return text


def check_field(errors: dict[str, str], key: str, fn, *args, default=""):
    """``fn(*args)``, or ``default`` with the field's message put into ``errors``."""
    try:
        return fn(*args)
    except FieldError as exc:
        errors[key] = str(exc)
        return default
