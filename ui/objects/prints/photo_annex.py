"""The printed passport's photo annex: the passport's photos by number, two a row and about
four a page, each with its number, zone and element, caption and date.

The pictures are stored already scaled down on import; the print scales them again to the
resolution the page needs (a JPEG of at most :data:`PRINT_PIXELS` a side), so that a PDF of a
passport with many photos stays small, and embeds them as ``data:`` URLs, which QTextDocument
reads itself (no resource to register on the document).
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from models.objects.dto import PhotoDraft
from models.objects.passport_report import PassportReport
from models.text import capitalize_first
from ui.objects.prints.common import date_text
from ui.objects.prints.labels import LABELS
from ui.printing.formatting import PLAIN_TABLE
from ui.printing.formatting import escape as _e

#: The box a photo is printed in, in CSS pixels (96 per inch): about 85 x 80 mm, so that two
#: fit side by side on a portrait A4 page and two rows (with their captions) on one page.
BOX_WIDTH = 315
BOX_HEIGHT = 290
#: The longest side of a printed picture in pixels (about 300 dpi over the box).
PRINT_PIXELS = 1000
JPEG_QUALITY = 85


def print_image(data: bytes) -> QImage | None:
    """Return the stored picture scaled to :data:`PRINT_PIXELS` at most; None when unreadable."""
    image = QImage()
    if not data or not image.loadFromData(data):
        return None
    if max(image.width(), image.height()) > PRINT_PIXELS:
        image = image.scaled(
            PRINT_PIXELS,
            PRINT_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def data_url(image: QImage) -> str:
    """Return ``image`` as a JPEG ``data:`` URL."""
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]  # str at run time
    buffer.close()
    return "data:image/jpeg;base64," + base64.b64encode(bytes(raw.data())).decode("ascii")


def fitted_size(width: int, height: int) -> tuple[int, int]:
    """Return the printed size (CSS pixels) of a picture of ``width`` x ``height`` in the box."""
    if width <= 0 or height <= 0:
        return BOX_WIDTH, BOX_HEIGHT
    scale = min(BOX_WIDTH / width, BOX_HEIGHT / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _photo_cell(r: PassportReport, photo: PhotoDraft, lang: str) -> str:
    t = LABELS[lang]
    image = print_image(r.pictures.get(photo.id or 0, b""))
    parts = []
    if image is not None:
        w, h = fitted_size(image.width(), image.height())
        parts.append(f'<img src="{data_url(image)}" width="{w}" height="{h}"/>')
    where = capitalize_first(r.label("functional_zones", photo.zone, lang))
    if photo.element:
        where += " – " + r.label("zone_elements", photo.element, lang)
    parts.append(f"<b>{_e(t['photo_caption'].format(number=photo.number))}</b>")
    parts.append(_e(where))
    if photo.caption:
        parts.append(_e(photo.caption))
    if photo.taken_on:
        parts.append(f"{_e(t['taken_on'])}: {_e(date_text(photo.taken_on))}")
    return '<td width="50%" align="center" valign="top">' + "<br/>".join(parts) + "</td>"


def photo_annex_html(r: PassportReport, lang: str, title: str) -> str:
    """Return the photo annex under ``title`` (it starts on a new page)."""
    t = LABELS[lang]
    rows = [f'<h2 class="annex" style="page-break-before: always">{_e(title)}</h2>']
    photos = sorted(r.passport.photos, key=lambda p: p.number)
    if not photos:
        rows.append(f"<p>{_e(t['no_photos'])}</p>")
        return "\n".join(rows)
    rows.append(PLAIN_TABLE)
    for i in range(0, len(photos), 2):
        pair = photos[i : i + 2]
        cells = "".join(_photo_cell(r, p, lang) for p in pair)
        if len(pair) == 1:
            cells += '<td width="50%">&nbsp;</td>'
        rows.append(f"<tr>{cells}</tr>")
    rows.append("</table>")
    return "\n".join(rows)
