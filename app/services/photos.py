"""Inspection photos: taken from files, kept with their original bytes and checksum (one copy
per checksum), a thumbnail made at once, EXIF orientation honoured; print copies for PDFs."""

from __future__ import annotations

import hashlib
import io
import uuid
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Attachment, ChecklistItem, ChecklistSection, Inspection, InspectionPhoto
from app.services import clock
from app.services.attachments import add_attachment, read_evidence, write_attachment
from app.services.base import Service, conflict_error, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.inspection_state import ensure_open, inspection_or_404, refresh_score, touch
from app.services.permissions import Permission, requires

THUMBNAIL_PX = 320
PRINT_PX = 1200
#: Pillow refuses pictures over twice this as a possible decompression bomb; a 50 MB file of a
#: real camera stays far below (a 200-megapixel phone photo is 200 M).
MAX_PIXELS = 250_000_000
_ORIENTATION, _EXIF_IFD, _DATETIME_ORIGINAL, _DATETIME = 0x0112, 0x8769, 0x9003, 0x0132


@dataclass(frozen=True)
class ImageFacts:
    width: int  # as shown, after the EXIF orientation
    height: int
    taken_at: datetime | None
    thumbnail: bytes


@dataclass
class PhotoData:
    id: uuid.UUID
    inspection_id: uuid.UUID
    item_id: uuid.UUID | None
    item_text: str
    caption: str
    filename: str
    size: int
    sha256: str
    width: int
    height: int
    taken_at: datetime | None
    position: int
    version: int


def _not_a_picture(name: str) -> ValidationError:
    return ValidationError({"photo": translate(
        "Inspections", "The file {name} is not a picture: choose a JPEG or PNG photo."
    ).format(name=name)})


def _open(content: bytes, name: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            previous, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, MAX_PIXELS
            try:
                image = Image.open(io.BytesIO(content))
                image.size  # noqa: B018 - a header that does not parse fails here
            finally:
                Image.MAX_IMAGE_PIXELS = previous
    except Image.DecompressionBombError as exc:
        raise ValidationError({"photo": translate(
            "Inspections", "The picture {name} is too large (over 250 megapixels).").format(
                name=name)}) from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise _not_a_picture(name) from exc
    return image


def _taken_at(image: Image.Image) -> datetime | None:
    try:
        exif = image.getexif()
        raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S") if raw else None
    except (ValueError, TypeError, KeyError, OSError):
        return None


def _upright_rgb(image: Image.Image, box: int) -> Image.Image:
    """The picture turned as its EXIF says, at most ``box`` pixels on a side, in RGB."""
    if image.format == "JPEG":
        image.draft("RGB", (box, box))  # decode at a reduced scale: fast for big photos
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((box, box), Image.Resampling.LANCZOS)
    if upright.mode in ("RGBA", "LA", "P", "PA"):
        upright = upright.convert("RGBA")
        background = Image.new("RGB", upright.size, "white")
        background.paste(upright, mask=upright.getchannel("A"))
        return background
    return upright.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def examine(name: str, content: bytes) -> ImageFacts:
    """Check that ``content`` is a picture and make its thumbnail; ValidationError if not."""
    image = _open(content, name)
    try:
        width, height = image.size
        if image.getexif().get(_ORIENTATION) in (5, 6, 7, 8):
            width, height = height, width
        taken = _taken_at(image)
        thumbnail = _jpeg(_upright_rgb(image, THUMBNAIL_PX), 80)
    except (OSError, ValueError, SyntaxError) as exc:  # truncated or broken image data
        raise _not_a_picture(name) from exc
    return ImageFacts(width, height, taken, thumbnail)


def print_copy(content: bytes, box: int = PRINT_PX) -> bytes:
    """A JPEG at most ``box`` pixels on a side, upright: what a PDF embeds."""
    return _jpeg(_upright_rgb(_open(content, "photo"), box), 85)


def photo_rows(s: Session, *, inspection_id: uuid.UUID | None = None,
               photo_id: uuid.UUID | None = None) -> list[PhotoData]:
    query = (select(InspectionPhoto, Attachment.filename, Attachment.size, Attachment.sha256,
                    ChecklistItem.text)
             .join(Attachment, Attachment.id == InspectionPhoto.attachment_id)
             .outerjoin(ChecklistItem, ChecklistItem.id == InspectionPhoto.item_id)
             .outerjoin(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
             .order_by(InspectionPhoto.inspection_id, InspectionPhoto.position,
                       InspectionPhoto.created_at))
    if inspection_id:
        query = query.where(InspectionPhoto.inspection_id == inspection_id)
    if photo_id:
        query = query.where(InspectionPhoto.id == photo_id)
    return [PhotoData(p.id, p.inspection_id, p.item_id, text or "", p.caption, filename, size,
                      sha, p.width, p.height, p.taken_at, p.position, p.version)
            for p, filename, size, sha, text in s.execute(query)]


def photo_attachment(s: Session, name: str, content: bytes) -> Attachment:
    """The stored copy of these bytes: an existing one with the same checksum, or a new one."""
    sha = hashlib.sha256(content).hexdigest()
    same = s.scalars(select(Attachment).where(Attachment.sha256 == sha,
                                              Attachment.size == len(content))).first()
    return same if same is not None else add_attachment(s, name, content)


class PhotosService(Service):
    @requires(Permission.INSPECTIONS_READ)
    def list_photos(self, inspection_id: uuid.UUID | None = None) -> list[PhotoData]:
        with self._session() as s:
            return photo_rows(s, inspection_id=inspection_id)

    @requires(Permission.INSPECTIONS_WRITE)
    def add(self, inspection_id: uuid.UUID, path: Path | str, *,
            item_id: uuid.UUID | None = None, caption: str = "",
            today: date | None = None) -> PhotoData:
        """Attach a photo file to the inspection, or to one of its items."""
        name, content = read_evidence(path, "photo")
        facts = examine(name, content)  # before the transaction: decoding is slow
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            ensure_open(inspection)
            self._check_item(s, inspection, item_id)
            sha = hashlib.sha256(content).hexdigest()
            if s.scalar(select(func.count()).select_from(InspectionPhoto)
                        .join(Attachment, Attachment.id == InspectionPhoto.attachment_id)
                        .where(InspectionPhoto.inspection_id == inspection.id,
                               Attachment.sha256 == sha)):
                raise ValidationError({"photo": translate(
                    "Inspections", "This photo is already attached to the inspection.")})
            position = (s.scalar(select(func.max(InspectionPhoto.position)).where(
                InspectionPhoto.inspection_id == inspection.id)) or 0) + 1
            photo = InspectionPhoto(
                inspection_id=inspection.id, item_id=item_id,
                attachment_id=photo_attachment(s, name, content).id, position=position,
                caption=" ".join(str(caption or "").split())[:1000], width=facts.width,
                height=facts.height, taken_at=facts.taken_at, thumbnail=facts.thumbnail)
            s.add(photo)
            s.flush()
            touch(inspection, today or clock.today())
            refresh_score(s, inspection)
            s.flush()
            return photo_rows(s, photo_id=photo.id)[0]

    @requires(Permission.INSPECTIONS_WRITE)
    def update(self, photo_id: uuid.UUID, caption: str, item_id: uuid.UUID | None = None,
               version: int | None = None) -> PhotoData:
        """The caption and the item the photo proves."""
        with self._session() as s:
            photo = self._get(s, photo_id)
            if version is not None and photo.version != version:
                raise conflict_error()
            inspection = inspection_or_404(s, photo.inspection_id)
            ensure_open(inspection)
            self._check_item(s, inspection, item_id)
            caption = " ".join(str(caption or "").split())[:1000]
            if photo.caption != caption:
                photo.caption = caption
            if photo.item_id != item_id:
                photo.item_id = item_id
            s.flush()
            refresh_score(s, inspection)
            s.flush()
            return photo_rows(s, photo_id=photo.id)[0]

    @requires(Permission.INSPECTIONS_WRITE)
    def remove(self, photo_id: uuid.UUID) -> None:
        with self._session() as s:
            photo = self._get(s, photo_id)
            inspection = inspection_or_404(s, photo.inspection_id)
            ensure_open(inspection)
            s.delete(photo)
            s.flush()
            refresh_score(s, inspection)

    @requires(Permission.INSPECTIONS_READ)
    def thumbnail(self, photo_id: uuid.UUID) -> bytes:
        with self._session() as s:
            return self._get(s, photo_id).thumbnail

    @requires(Permission.INSPECTIONS_READ)
    def original(self, photo_id: uuid.UUID) -> bytes:
        with self._session() as s:
            return s.get(Attachment, self._get(s, photo_id).attachment_id).content

    @requires(Permission.INSPECTIONS_READ)
    def save_original(self, photo_id: uuid.UUID, target: Path | str) -> Path:
        with self._session() as s:
            return write_attachment(s, self._get(s, photo_id).attachment_id, target)

    def _get(self, s: Session, photo_id: uuid.UUID) -> InspectionPhoto:
        photo = s.get(InspectionPhoto, photo_id) if photo_id else None
        if photo is None:
            raise NotFoundError(translate("Inspections", "The photo no longer exists."))
        return photo

    def _check_item(self, s: Session, inspection: Inspection, item_id) -> None:
        if item_id is None:
            return
        item = s.get(ChecklistItem, item_id)
        section = s.get(ChecklistSection, item.section_id) if item else None
        if section is None or section.template_id != inspection.template_id:
            raise ValidationError({"item_id": translate(
                "Inspections", "This item is not in the inspection's checklist.")})
