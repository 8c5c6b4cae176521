"""«Подключение к базе»: the setting's URL built from and read back into the dialog's parts,
described in words, and checked against a real server."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app.services import connection
from app.services.connection import SERVER, ConnectionParts, check, describe, parts_of, url_of
from app.services.errors import ValidationError
from tests.conftest import PG_URL


def test_server_parts_round_trip_with_a_password_full_of_signs():
    parts = ConnectionParts(kind=SERVER, host="db.college.local", port=6543,
                            database="cluster", user="office", password="p@ss/w:rd")
    url = url_of(parts)
    assert parts_of(url) == parts
    assert make_url(url).password == "p@ss/w:rd"  # one password, not split at «@» or «/»


def test_file_parts_round_trip_and_the_default_is_empty(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    url = url_of(ConnectionParts(path=str(path)))
    assert parts_of(url).path == str(path.resolve())
    assert url_of(ConnectionParts(path="  ")) == ""  # empty: the file in the data folder
    assert parts_of("") == ConnectionParts()


def test_missing_server_parts_are_named_and_nothing_is_built():
    with pytest.raises(ValidationError) as caught:
        url_of(ConnectionParts(kind=SERVER, host=" ", database="", user=""))
    assert set(caught.value.errors) == {"host", "database", "user"}
    assert "сервер" in caught.value.errors["host"].lower()


def test_a_folder_is_not_a_database_file(tmp_path):
    with pytest.raises(ValidationError) as caught:
        url_of(ConnectionParts(path=str(tmp_path)))
    assert "path" in caught.value.errors


def test_description_has_no_url_and_no_password(tmp_path):
    said = describe("postgresql://office:secret@db.local:5433/cluster")
    assert "secret" not in said and "://" not in said
    assert "db.local:5433" in said and "cluster" in said and "office" in said
    file_said = describe(str(tmp_path / "a.sqlite3"))
    assert "://" not in file_said and "a.sqlite3" in file_said


def test_check_a_file_in_a_missing_folder_says_which(tmp_path):
    missing = tmp_path / "nowhere" / "a.sqlite3"
    problem = check(str(missing))
    assert problem and str(missing.parent) in problem
    assert check(str(tmp_path / "new.sqlite3")) is None  # created on the next start
    assert not (tmp_path / "new.sqlite3").exists()  # the check creates nothing


def test_check_a_port_nobody_listens_on_says_it_does_not_answer():
    url = url_of(ConnectionParts(kind=SERVER, host="127.0.0.1", port=1, database="x", user="u"))
    problem = check(url)
    assert problem and "не отвечает" in problem


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL test server (CLUSTERDESK_TEST_DB)")
def test_check_a_live_server_and_a_missing_database():
    parts = connection.parts_of(PG_URL)
    assert check(url_of(parts)) is None
    parts.database = "no_such_database_here"
    problem = check(url_of(parts))
    assert problem and "нет базы" in problem.lower()
