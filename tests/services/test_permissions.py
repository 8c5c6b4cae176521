"""Every service method declares a permission, and the matrix decides, deny by default."""

from __future__ import annotations

import inspect

import pytest

from app.services import Services
from app.services.errors import PermissionDenied
from app.services.permissions import MATRIX, Actor, Role


def public_methods(service):
    for name, member in inspect.getmembers(type(service), inspect.isfunction):
        if not name.startswith("_"):
            yield name, member


def test_every_public_service_method_declares_a_permission(services):
    missing = [
        f"{area}.{name}"
        for area, svc in services.all().items()
        for name, method in public_methods(svc)
        if not hasattr(method, "__permission__")
    ]
    assert missing == []


@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_exactly_what_the_matrix_says(services, role):
    as_role = Services(services.store, Actor("tester", role))
    for area, svc in as_role.all().items():
        for name, method in public_methods(svc):
            permission = method.__permission__
            try:
                # Called without arguments: the check runs before the body, so a denied
                # call raises PermissionDenied and an allowed one fails later, on arguments.
                getattr(svc, name)()
            except PermissionDenied:
                denied = True
            except Exception:
                denied = False
            else:
                denied = False
            assert denied == (permission not in MATRIX[role]), f"{role}: {area}.{name}"


def test_council_member_cannot_write(services):
    from app.services.participants import OrganizationData

    council = Services(services.store, Actor("член совета", Role.COUNCIL))
    with pytest.raises(PermissionDenied):
        council.participants.create(OrganizationData(full_name="ООО «Попытка»"))
    assert services.participants.count() == 0
    assert council.participants.list_organizations() == []
