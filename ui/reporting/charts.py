"""Bar charts drawn with QPainter into a QImage, shared by the printed reports and the dashboard.

QtCharts is not available (the app ships PySide6-Essentials only), so charts are drawn here:
pure functions taking plain data (labels, values, texts, a title and a size) and returning a
QImage. Nothing here knows about stores or reports; the callers choose what to show.

Every chart is a list of horizontal bars, one row per label, with the value written after each
bar; several series (opened and closed cases of a unit) make a group of thinner bars per row
and a legend under the title. Text is set in DejaVu Sans, which has the Kazakh letters
(ә ғ қ ң ө ұ ү һ і); a long label is elided with "…" rather than overlapping the bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

#: Font family of chart texts (the printout's: Debian's fonts-dejavu-core provides it).
FONT_FAMILY = "DejaVu Sans"
BACKGROUND = QColor("#ffffff")
TEXT_COLOR = QColor("#202020")
GRID_COLOR = QColor("#c8c8c8")
#: Bar colours of the series, in order (tests look for these exact colours).
SERIES_COLORS = (QColor("#2f6fb0"), QColor("#e07b24"), QColor("#5b9a3c"), QColor("#8e5bb0"))


@dataclass(frozen=True)
class Series:
    """One series of a bar chart.

    Attributes:
        name: shown in the legend when the chart has more than one series.
        values: one value per label (None: no bar, the text says why, e.g. "–").
        texts: the value labels written after the bars; None writes the values as integers.
        color: the bar colour; None takes the next of :data:`SERIES_COLORS`.
    """

    name: str
    values: Sequence[float | None]
    texts: Sequence[str] | None = None
    color: QColor | None = None


def chart_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """Return the chart font at ``pixel_size`` pixels."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def _text(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def bar_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    size: QSize,
    max_value: float | None = None,
    empty_text: str = "",
    font_px: int | None = None,
) -> QImage:
    """Draw a horizontal bar chart and return it as an image of ``size``.

    Args:
        labels: one label per row (a unit, a risk factor), drawn left of the bars.
        series: the series; each has one value per label. Several series make grouped bars.
        title: drawn across the top.
        size: the image size in pixels.
        max_value: the value of a full-length bar (100 for a percentage); None takes the
            largest value (bars of a chart of zeros stay empty).
        empty_text: written under the title when there are no labels.
        font_px: the text size in pixels; None fits it to the image (9 to 18 px).

    Returns:
        An RGB32 image, white where nothing is drawn.
    """
    for s in series:
        if len(s.values) != len(labels) or (s.texts is not None and len(s.texts) != len(labels)):
            raise ValueError(f"series {s.name!r} does not have one value per label")
    width, height = max(size.width(), 1), max(size.height(), 1)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        _draw(painter, width, height, labels, series, title, max_value, empty_text, font_px)
    finally:
        painter.end()
    return image


def hbar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    title: str,
    size: QSize,
    texts: Sequence[str] | None = None,
    max_value: float | None = None,
    color: QColor | None = None,
    empty_text: str = "",
    font_px: int | None = None,
) -> QImage:
    """Draw one series of horizontal bars (share by unit, cases by risk factor).

    ``texts`` are the value labels (such as "54,0"); None writes the values as integers.
    """
    return bar_chart(
        labels,
        [Series("", values, texts, color)],
        title=title,
        size=size,
        max_value=max_value,
        empty_text=empty_text,
        font_px=font_px,
    )


def grouped_bar_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    size: QSize,
    empty_text: str = "",
    font_px: int | None = None,
) -> QImage:
    """Draw grouped horizontal bars (opened vs closed cases per unit) with a legend."""
    return bar_chart(labels, series, title=title, size=size, empty_text=empty_text, font_px=font_px)


def _draw(
    p: QPainter,
    width: int,
    height: int,
    labels: Sequence[str],
    series: Sequence[Series],
    title: str,
    max_value: float | None,
    empty_text: str,
    font_px: int | None,
) -> None:
    pad = max(4, width // 80)
    if font_px is None:
        font_px = max(9, min(18, height // 18, width // 40))
    title_font = chart_font(font_px + 2, bold=True)
    font = chart_font(font_px)
    fm = QFontMetrics(font)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    # Title.
    p.setPen(TEXT_COLOR)
    p.setFont(title_font)
    title_h = QFontMetrics(title_font).height()
    title_rect = QRect(pad, pad, width - 2 * pad, title_h)
    elided_title = QFontMetrics(title_font).elidedText(
        title, Qt.TextElideMode.ElideRight, title_rect.width()
    )
    p.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, elided_title)
    top = title_rect.bottom() + pad

    colors = [s.color or SERIES_COLORS[i % len(SERIES_COLORS)] for i, s in enumerate(series)]
    p.setFont(font)

    # Legend, when there is more than one series and something to tell apart.
    if len(series) > 1 and labels:
        box = fm.height() * 2 // 3
        x = pad
        for s, color in zip(series, colors, strict=True):
            p.fillRect(QRect(x, top + (fm.height() - box) // 2, box, box), color)
            x += box + pad // 2
            p.setPen(TEXT_COLOR)
            p.drawText(QRect(x, top, fm.horizontalAdvance(s.name) + 2, fm.height()), 0, s.name)
            x += fm.horizontalAdvance(s.name) + 3 * pad
        top += fm.height() + pad

    if not labels:
        if empty_text:
            p.setPen(TEXT_COLOR)
            p.drawText(
                QRect(pad, top, width - 2 * pad, height - top - pad),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                empty_text,
            )
        return

    texts = [
        [s.texts[i] if s.texts is not None else _text(s.values[i]) for i in range(len(labels))]
        for s in series
    ]
    label_w = min(width * 2 // 5, max(fm.horizontalAdvance(t) for t in labels) + pad)
    text_w = max(fm.horizontalAdvance(t) for row in texts for t in row) + pad
    bar_left = pad + label_w + pad
    bar_right = width - pad - text_w
    bar_span = max(bar_right - bar_left, 1)
    bottom = height - pad
    row_h = max((bottom - top) / len(labels), 1.0)
    found = [v for s in series for v in s.values if v is not None]
    scale_max = max_value if max_value is not None else max(found, default=0)

    # Axis at the bars' origin.
    p.setPen(QPen(GRID_COLOR, 1))
    p.drawLine(bar_left, top, bar_left, bottom)

    n = len(series)
    for row, label in enumerate(labels):
        y0 = top + row * row_h
        band = row_h * 0.8
        # A few rows would make slabs: no bar thicker than about one and a half lines of text.
        bar_h = max(min(int(band / n), fm.height() * 3 // 2), 1)
        first_y = int(y0 + (row_h - bar_h * n) / 2)
        p.setPen(TEXT_COLOR)
        shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
        p.drawText(
            QRect(pad, int(y0), label_w, int(row_h)),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown,
        )
        for k, s in enumerate(series):
            value = s.values[row]
            y = first_y + k * bar_h
            length = 0
            if value is not None and scale_max > 0 and value > 0:
                length = max(1, round(min(value, scale_max) / scale_max * bar_span))
                p.fillRect(QRect(bar_left + 1, y, length, max(bar_h - 1, 1)), colors[k])
            p.setPen(TEXT_COLOR)
            text_top = y + bar_h // 2 - fm.height() // 2
            p.drawText(
                QRect(bar_left + length + pad // 2 + 1, text_top, text_w, fm.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                texts[k][row],
            )
