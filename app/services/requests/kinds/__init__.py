"""The kinds of data request: a new kind is one module and one entry here."""

from __future__ import annotations

from app.services.requests.kinds.admissions import AdmissionsKind
from app.services.requests.kinds.base import Kind
from app.services.requests.kinds.events import EventsKind
from app.services.requests.kinds.network import NetworkKind
from app.services.requests.kinds.training import TrainingKind

KINDS: dict[str, Kind] = {k.code: k for k in (EventsKind(), TrainingKind(), AdmissionsKind(),
                                               NetworkKind())}


def kind_label(code: str) -> str:
    kind = KINDS.get(code)
    return kind.title if kind is not None else code
