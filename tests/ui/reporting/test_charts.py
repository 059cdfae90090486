"""Bar charts drawn with QPainter: size, bars where values are, longer bars for larger values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from ui.reporting.charts import (
    BACKGROUND,
    SERIES_COLORS,
    Series,
    chart_font,
    grouped_bar_chart,
    hbar_chart,
)

BLUE, ORANGE = SERIES_COLORS[0], SERIES_COLORS[1]


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts and painters need a QGuiApplication."""
    return qapp


def runs(image: QImage, color: QColor) -> list[tuple[int, int, int]]:
    """Return (y, first x, length) of every pixel row holding ``color``, left to right."""
    rgb = color.rgb()
    found = []
    for y in range(image.height()):
        xs = [x for x in range(image.width()) if image.pixel(x, y) == rgb]
        if xs:
            found.append((y, xs[0], xs[-1] - xs[0] + 1))
    return found


def bars(image: QImage, color: QColor) -> list[int]:
    """Return the length of each bar of ``color``, top to bottom (one per band of rows)."""
    lengths: list[int] = []
    last_y = -2
    for y, _x, length in runs(image, color):
        if y != last_y + 1:
            lengths.append(length)
        else:
            lengths[-1] = max(lengths[-1], length)
        last_y = y
    return lengths


def non_background(image: QImage) -> int:
    bg = BACKGROUND.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != bg
    )


def test_share_chart_has_the_requested_size_and_a_bar_per_value() -> None:
    image = hbar_chart(
        ["Ақкөл ауданы", "Аршалы ауданы", "Барлығы / Итого"],
        [90.0, 50.0, 54.0],
        texts=["90,0", "50,0", "54,0"],
        title="Бөлімшелер бойынша қолжетімділік үлесі, %",
        size=QSize(640, 300),
        max_value=100.0,
    )
    assert (image.width(), image.height()) == (640, 300)
    lengths = bars(image, BLUE)
    assert len(lengths) == 3
    assert lengths[0] > lengths[2] > lengths[1] > 0
    # Lengths are proportional to the values on a 0..100 scale: 50 is 5/9 of 90.
    assert lengths[1] / lengths[0] == pytest.approx(50 / 90, abs=0.02)
    # Every bar starts at the same origin.
    starts = {x for _y, x, _n in runs(image, BLUE)}
    assert len(starts) == 1


def test_zero_and_undefined_values_draw_no_bar() -> None:
    image = hbar_chart(
        ["A", "B", "C"],
        [0.0, None, 12.0],
        texts=["0,0", "–", "12,0"],
        title="t",
        size=QSize(400, 200),
        max_value=100.0,
    )
    lengths = bars(image, BLUE)
    assert len(lengths) == 1  # only C has a bar
    ys = [y for y, _x, _n in runs(image, BLUE)]
    assert min(ys) > image.height() * 2 // 3 - 20  # and it is in the last row


def test_a_chart_of_nothing_is_not_blank_but_has_no_bars() -> None:
    image = hbar_chart([], [], title="Қауіп факторлары", size=QSize(300, 120), empty_text="жоқ")
    assert (image.width(), image.height()) == (300, 120)
    assert non_background(image) > 20  # the title and the empty text
    assert bars(image, BLUE) == []


def test_grouped_chart_draws_both_series_per_unit() -> None:
    image = grouped_bar_chart(
        ["Ақкөл ауданы", "Аршалы ауданы"],
        [Series("Ашылғаны", [3, 4]), Series("Жабылғаны", [2, 1])],
        title="Ашылған және жабылған істер",
        size=QSize(600, 320),
    )
    assert (image.width(), image.height()) == (600, 320)
    blue = bars(image, BLUE)
    orange = bars(image, ORANGE)
    # The legend adds one small box of each colour before the bars.
    assert len(blue) == 3 and len(orange) == 3
    opened, closed = blue[1:], orange[1:]
    assert opened[1] > opened[0] > closed[0] > closed[1] > 0
    # The largest value (4) fills the bar area; 1 is a quarter of it.
    assert closed[1] / opened[1] == pytest.approx(1 / 4, abs=0.03)


def test_larger_chart_scales_without_losing_bars() -> None:
    small = hbar_chart(["a", "b"], [1, 2], title="t", size=QSize(200, 100))
    large = hbar_chart(["a", "b"], [1, 2], title="t", size=QSize(1600, 800))
    assert (large.width(), large.height()) == (1600, 800)
    assert len(bars(small, BLUE)) == len(bars(large, BLUE)) == 2
    assert bars(large, BLUE)[1] > bars(small, BLUE)[1]


def test_series_must_match_the_labels() -> None:
    with pytest.raises(ValueError, match="one value per label"):
        hbar_chart(["a", "b"], [1], title="t", size=QSize(100, 100))


def test_the_chart_font_has_the_kazakh_letters() -> None:
    fm = QFontMetrics(chart_font(14))
    assert fm.inFontUcs4(ord("ә"))
    for ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ":
        assert fm.inFontUcs4(ord(ch)), ch


def test_kazakh_labels_are_drawn() -> None:
    """The label is drawn left of the bar, in ink (not dropped as an unknown glyph)."""
    image = hbar_chart(["Қорғалжын ауданы"], [5], title="", size=QSize(400, 80))
    (_y, bar_x, _n), *_rest = runs(image, BLUE)
    bg = BACKGROUND.rgb()
    ink = [
        (x, y)
        for y in range(image.height())
        for x in range(bar_x - 2)
        if image.pixel(x, y) != bg and QColor(image.pixel(x, y)).value() < 128
    ]
    assert len(ink) > 50
    assert max(x for x, _ in ink) > 60  # a word, not a stray mark
