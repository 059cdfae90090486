"""Bringing photos into a passport's photo annex (issue 12): JPEG or PNG files from a camera's
memory card or a phone, read with Qt (no Pillow), turned upright, scaled so the long side is at
most 1600 px, stored as JPEG (a PNG with transparency stays PNG) with a JPEG thumbnail of at most
160 px.

A file that is not a picture, is empty, cut short, unreadable or of an impossible size gives a
message naming the file, never a traceback; the other files of a batch still come in.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from models.objects.photos import MAX_PICTURE_BYTES, PICTURE_SIDE, THUMBNAIL_SIDE

#: A file larger than this is no camera's or phone's photo (a 50-megapixel JPEG is ~25 MB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: More pixels than this (a 200-megapixel sensor) is an impossible photo, not one to decode.
MAX_PIXELS = 200_000_000
#: Batches of more files than this show a progress dialog with Cancel.
PROGRESS_FROM = 3
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80
#: The file types offered by the file dialog.
PHOTO_SUFFIXES = ("*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhotoImport", text)


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo read from a file, ready for a :class:`~models.objects.dto.PhotoDraft`."""

    data: bytes
    mime: str
    width: int
    height: int
    thumbnail: bytes
    taken_on: date | None
    source_name: str


class PhotoFileError(Exception):
    """A file that cannot be a photo of the annex; ``text`` says why, naming the file."""

    def __init__(self, code: str, name: str, text: str) -> None:
        super().__init__(f"{code}: {name}")
        self.code, self.name, self.text = code, name, text


def _failure(code: str, name: str) -> PhotoFileError:
    texts = {
        "empty": _tr("{name}: the file is empty."),
        "unreadable": _tr(
            "{name}: the file cannot be read. Check that it is still there and that you may "
            "open it."
        ),
        "too_large": _tr("{name} is too large to be a photo."),
        "not_image": _tr("{name} is not a JPEG or PNG picture."),
        "damaged": _tr(
            "{name}: the picture is damaged or cut short. Copy it from the camera or phone again."
        ),
        "size": _tr("{name}: the picture has no size or an impossible one."),
    }
    return PhotoFileError(code, name, texts[code].format(name=name))


# -- what Qt does not tell ----------------------------------------------------------------------


def jpeg_complete(data: bytes) -> bool:
    """Return True when a JPEG's segments run to its end-of-image marker.

    Qt decodes a JPEG cut short with a warning only (grey below the cut), so a photo copied
    half-way from a card would come in silently; the marker walk finds it.
    """
    if not data.startswith(b"\xff\xd8"):
        return False
    i, n = 2, len(data)
    while i + 2 <= n:
        if data[i] != 0xFF:
            return False
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:
            return True
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            i += 2
            continue
        if i + 4 > n:
            return False
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        i += 2 + length
        if marker == 0xDA:  # entropy-coded data: runs to the next marker that is not RSTn
            while True:
                i = data.find(b"\xff", i)
                if i < 0 or i + 1 >= n:
                    return False
                following = data[i + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    i += 1 if following == 0xFF else 2
                    continue
                break
    return False


def exif_date(data: bytes) -> date | None:
    """Return the day a JPEG's EXIF says it was taken (DateTimeOriginal, else DateTime)."""
    i, n = 2, len(data)
    while i + 4 <= n and data[i] == 0xFF:
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker == 0xE1 and data[i + 4 : i + 10] == b"Exif\x00\x00":
            return _tiff_date(data[i + 10 : i + 2 + length])
        if marker == 0xDA:
            return None
        i += 2 + length
    return None


def _tiff_date(tiff: bytes) -> date | None:
    try:
        order = {b"II": "<", b"MM": ">"}[tiff[:2]]
        found: dict[int, date] = {}

        def walk(offset: int) -> None:
            (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
            for k in range(count):
                at = offset + 2 + 12 * k
                tag, kind, num, value = struct.unpack(order + "HHII", tiff[at : at + 12])
                if tag == 0x8769 and 0 < value < len(tiff):
                    walk(value)  # the Exif sub-IFD holds DateTimeOriginal
                elif tag in (0x0132, 0x9003) and kind == 2 and num >= 19:
                    text = tiff[value : value + 19].decode("ascii")
                    found[tag] = datetime.strptime(text, "%Y:%m:%d %H:%M:%S").date()

        (first,) = struct.unpack(order + "I", tiff[4:8])
        walk(first)
        return found.get(0x9003) or found.get(0x0132)
    except (KeyError, struct.error, ValueError, UnicodeDecodeError, RecursionError):
        return None


def _file_date(path: Path) -> date | None:
    try:
        day = datetime.fromtimestamp(path.stat().st_mtime).date()
    except (OSError, ValueError, OverflowError):
        return None
    return day if day <= date.today() else None


# -- reading and encoding -----------------------------------------------------------------------


def _encode(image: QImage, fmt: bytes, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    writer.setQuality(quality)
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode {fmt!r}: {writer.errorString()}")
    buffer.close()
    return bytes(array.data())


def _on_white(image: QImage) -> QImage:
    """Return ``image`` without transparency, as if laid on white paper."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _fit(width: int, height: int, side: int) -> QSize:
    long_side = max(width, height)
    if long_side <= side:
        return QSize(width, height)
    factor = side / long_side
    return QSize(max(1, round(width * factor)), max(1, round(height * factor)))


def photo_from_bytes(data: bytes, name: str, fallback_date: date | None = None) -> ImportedPhoto:
    """Read a photo from a file's bytes; ``name`` names the file in messages.

    Raises:
        PhotoFileError: the bytes are not a whole JPEG or PNG picture of a possible size.
    """
    if not data:
        raise _failure("empty", name)
    if len(data) > MAX_FILE_BYTES:
        raise _failure("too_large", name)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # phone photos upright (EXIF orientation)
    fmt = bytes(reader.format().data())
    if fmt not in (b"jpeg", b"png"):
        raise _failure("not_image", name)
    if fmt == b"jpeg" and not jpeg_complete(data):
        raise _failure("damaged", name)
    if fmt == b"png" and b"IEND" not in data[-64:]:
        raise _failure("damaged", name)
    size = reader.size()
    if size.width() < 1 or size.height() < 1 or size.width() * size.height() > MAX_PIXELS:
        raise _failure("size", name)
    # Decode at the stored size where the format can (a JPEG's DCT scaling): a 24-megapixel
    # photo never lies in memory at full size. Qt's allocation limit stays as it is.
    reader.setScaledSize(_fit(size.width(), size.height(), PICTURE_SIDE))
    image = reader.read()
    if image.isNull():
        raise _failure("damaged", name)
    transparent = fmt == b"png" and image.hasAlphaChannel()
    side = PICTURE_SIDE
    while True:
        if max(image.width(), image.height()) > side:
            image = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if transparent:
            stored, mime = _encode(image, b"png", -1), "image/png"
        else:
            flat = image.convertToFormat(QImage.Format.Format_RGB32)
            stored, mime = _encode(flat, b"jpeg", JPEG_QUALITY), "image/jpeg"
        if len(stored) <= MAX_PICTURE_BYTES or side <= THUMBNAIL_SIDE:
            break
        side = side * 3 // 4  # a noisy PNG: smaller until it fits the store's limit
    thumb = image.scaled(
        THUMBNAIL_SIDE,
        THUMBNAIL_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    thumbnail = _encode(_on_white(thumb), b"jpeg", THUMBNAIL_QUALITY)
    taken = exif_date(data) if fmt == b"jpeg" else None
    return ImportedPhoto(
        data=stored,
        mime=mime,
        width=image.width(),
        height=image.height(),
        thumbnail=thumbnail,
        taken_on=taken or fallback_date,
        source_name=name,
    )


def read_photo(path: Path) -> ImportedPhoto:
    """Read the photo file at ``path``.

    Raises:
        PhotoFileError: the file cannot be read or is not a whole JPEG or PNG picture.
    """
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _failure("too_large", name)
        data = path.read_bytes()
    except OSError as exc:
        raise _failure("unreadable", name) from exc
    return photo_from_bytes(data, name, _file_date(path))


# -- a batch ------------------------------------------------------------------------------------


@dataclass
class ImportOutcome:
    """What a batch brought: the photos read, the files refused (their messages), whether the
    user cancelled before the end."""

    photos: list[ImportedPhoto] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    cancelled: bool = False


def import_photos(
    paths: Sequence[str | os.PathLike[str]],
    parent: QWidget | None = None,
    *,
    reader: Callable[[Path], ImportedPhoto] = read_photo,
) -> ImportOutcome:
    """Read ``paths`` one by one; more than :data:`PROGRESS_FROM` files show a progress dialog
    whose Cancel keeps the photos read so far. Events are processed between files (each takes
    a fraction of a second: the JPEG is decoded at the stored size), so the window never
    freezes."""
    outcome = ImportOutcome()
    progress: QProgressDialog | None = None
    if len(paths) > PROGRESS_FROM:
        progress = QProgressDialog(_tr("Adding photos..."), _tr("Cancel"), 0, len(paths), parent)
        progress.setWindowTitle(_tr("Add photos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
    try:
        for done, raw in enumerate(paths):
            if progress is not None:
                QApplication.processEvents()
                if progress.wasCanceled():
                    outcome.cancelled = True
                    break
                progress.setValue(done)
            try:
                outcome.photos.append(reader(Path(raw)))
            except PhotoFileError as exc:
                outcome.failures.append(exc.text)
        if progress is not None and not outcome.cancelled:
            progress.setValue(len(paths))
    finally:
        if progress is not None:
            progress.close()
            progress.deleteLater()
    return outcome
