"""Breaking another computer's lock is a use case of the services with a declared permission
(``Permission.LOCK_BREAK``, administrators only in the matrix), not a role test in the
command line."""

from __future__ import annotations

import pytest

from app.db import sqlite_url
from app.lock import lock_path
from app.services import Services, open_store
from app.services import permissions as perms
from app.services.database_lock import break_stale_lock
from app.services.errors import PermissionDenied
from app.services.permissions import MATRIX, Actor, Permission, Role
from tests.test_lock import _fake_lock


@pytest.fixture
def locked(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    services = Services(open_store(str(path)))
    services.demo.seed()  # a database with accounts: whoever asks is asked who they are
    services.close()
    _fake_lock(path, "PC-BUHGALTERIA", 4242)
    return path


def test_only_the_administrators_role_holds_the_permission():
    assert [r for r in Role if Permission.LOCK_BREAK in MATRIX[r]] == [Role.ADMIN]


def test_the_matrix_decides_who_may_break_a_lock(locked, monkeypatch):
    staff = Actor("staff", Role.STAFF)
    with pytest.raises(PermissionDenied):
        break_stale_lock(sqlite_url(locked), lambda store: staff)
    assert lock_path(locked).exists()
    # the declared permission, not the role's name, is what is checked
    monkeypatch.setitem(perms.MATRIX, Role.STAFF, MATRIX[Role.STAFF] | {Permission.LOCK_BREAK})
    break_stale_lock(sqlite_url(locked), lambda store: staff)
    assert not lock_path(locked).exists()
