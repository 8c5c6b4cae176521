"""Evidence files kept in the database: read a file the user chose, keep its bytes, give
them back.  Shared by the roadmap, events and inspections."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Attachment
from app.services.base import translate
from app.services.errors import NotFoundError, ValidationError
from app.services.files import atomic_write

MAX_ATTACHMENT = 50 * 1024 * 1024


def read_evidence(path: Path | str, field: str = "attachment") -> tuple[str, bytes]:
    """The file's name and bytes, or a field error in Russian (missing, too large)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError({field: translate(
            "Attachments", "The file {name} does not exist.").format(name=path)})
    if path.stat().st_size > MAX_ATTACHMENT:
        raise ValidationError({field: translate(
            "Attachments", "The file is larger than 50 MB.")})
    return path.name, path.read_bytes()


def add_attachment(session: Session, name: str, content: bytes) -> Attachment:
    attachment = Attachment(
        filename=name, content=content, size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content_type=mimetypes.guess_type(name)[0] or "")
    session.add(attachment)
    session.flush()
    return attachment


def write_attachment(session: Session, attachment_id, target: Path | str) -> Path:
    attachment = session.get(Attachment, attachment_id) if attachment_id else None
    if attachment is None:
        raise NotFoundError(translate("Attachments", "No file is attached."))
    with atomic_write(target) as tmp:
        Path(tmp).write_bytes(attachment.content)
    return Path(target)
