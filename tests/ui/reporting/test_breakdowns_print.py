"""The breakdowns (issue 14) on the printed period report and on the dashboard."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import lxml.html
import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from models.demo.load import add_demo_data
from models.reporting.dto import Breakdowns, CodeCount, Ratios, ReportData
from models.reporting.periods import known_part, parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.package_samples import district_data, region_data
from ui.printing.document import paginate
from ui.printing.formatting import NB_HYPHEN
from ui.printing.layout import broken_words, header_rows, split_rows
from ui.reporting.breakdowns_print import LABELS, breakdown_names, breakdowns_html
from ui.reporting.breakdowns_view import BreakdownsView
from ui.reporting.dashboard import DashboardPage
from ui.reporting.period_report import (
    build_period_document,
    period_report_html,
    report_layout,
    save_period_report_pdf,
)
from ui.workers import JobRunner

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    return qapp


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


def _cc(code: str, *counts: int) -> CodeCount:
    return CodeCount(code, code.lower(), counts)


#: Hand-made breakdowns of region_data() (A1: 10/2/1 and 90/60/15 passported/requiring/adapted).
#: Levels: every category column sums to 3 passported; grouped by level K is FULL 1+1, NONE 1.
BREAKDOWNS = Breakdowns(
    closures=(_cc("GOALS_ACHIEVED", 3), _cc("REFUSAL", 1), _cc("OTHER", 0), _cc("NONE", 1)),
    children_by_sex=(_cc("M", 4), _cc("F", 3), _cc("NONE", 0)),
    children_by_age=(_cc("AGE_0_2", 1), _cc("AGE_3_6", 2), _cc("AGE_7_13", 3), _cc("AGE_14_17", 1)),
    children_by_area=(_cc("URBAN", 5), _cc("RURAL", 2), _cc("NONE", 0)),
    cases_by_category=(_cc("LARGE", 2), _cc("KANDAS", 0), _cc("LOW_INCOME", 3), _cc("NONE", 1)),
    cases_by_source=(_cc("SCHOOL", 2), _cc("POLICE", 1), _cc("NONE", 0)),
    levels=(
        _cc("DP_V", 1, 1, 1, 1, 1),
        _cc("DP_I", 1, 0, 2, 0, 0),
        _cc("DCH_I", 0, 2, 0, 1, 0),
        _cc("DU", 0, 0, 0, 0, 1),
        _cc("VND", 1, 0, 0, 1, 1),
        _cc("NONE", 0, 0, 0, 0, 0),
    ),
    ratios=Ratios(100, 62, 16),
)

NAMES = {
    "kk": {
        "closure_reasons": {"GOALS_ACHIEVED": "мақсатқа жетті", "REFUSAL": "бас тартты"},
        "family_categories": {"LARGE": "көпбалалы отбасы", "LOW_INCOME": "аз қамтылған отбасы"},
        "signal_sources": {"SCHOOL": "мектеп", "POLICE": "полиция"},
    },
    "ru": {
        "closure_reasons": {"GOALS_ACHIEVED": "цели достигнуты", "REFUSAL": "отказ"},
        "family_categories": {"LARGE": "многодетная семья", "LOW_INCOME": "малообеспеченная"},
        "signal_sources": {"SCHOOL": "школа", "POLICE": "полиция"},
    },
}


def _data() -> ReportData:
    return replace(region_data(), breakdowns=BREAKDOWNS)


def table(html: str, table_id: str) -> list[list[str]]:
    """Return the cell texts of the table ``table_id``: title row, header row, body rows."""
    found = lxml.html.fromstring(html).xpath(f"//table[@id='{table_id}']")
    assert len(found) == 1, table_id
    return [
        [" ".join(c.text_content().split()) for c in tr.xpath("./td|./th")]
        for tr in found[0].xpath(".//tr")
    ]


def _plain(text: str) -> str:
    return text.replace(NB_HYPHEN, "-").replace(NBSP, " ")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_printed_tables_equal_the_hand_made_breakdowns(lang: str) -> None:
    t = LABELS[lang]
    html = breakdowns_html(_data(), lang, NAMES[lang])
    names = NAMES[lang]
    assert table(html, "x_closures") == [
        [t["closures"]],
        [t["reason"], t["closed"]],
        # Zero rows are left out; an event without a reason is "not recorded"; the total is
        # B1's cases closed.
        [names["closure_reasons"]["GOALS_ACHIEVED"], "3"],
        [names["closure_reasons"]["REFUSAL"], "1"],
        [t["none_row"], "1"],
        [t["total"], "5"],
    ]
    assert table(html, "x_children_sex")[2:] == [
        [t["M"], "4"],
        [t["F"], "3"],
        [t["none_row"], "0"],
        [t["total"], "7"],
    ]
    # 0-6 is the subtotal of 0-2 and 3-6, printed after them and not counted twice.
    assert table(html, "x_children_age")[2:] == [
        [t["AGE_0_2"], "1"],
        [t["AGE_3_6"], "2"],
        [t["AGE_0_6"], "3"],
        [t["AGE_7_13"], "3"],
        [t["AGE_14_17"], "1"],
        [t["total"], "7"],
    ]
    assert table(html, "x_children_area")[2:] == [
        [t["URBAN"], "5"],
        [t["RURAL"], "2"],
        [t["none_row"], "0"],
        [t["total"], "7"],
    ]
    # Categories overlap: no total row, and the note says why.
    assert table(html, "x_categories")[2:] == [
        [names["family_categories"]["LARGE"], "2"],
        [names["family_categories"]["LOW_INCOME"], "3"],
        [t["none_row"], "1"],
    ]
    assert t["overlap"] in " ".join(lxml.html.fromstring(html).text_content().split())
    assert table(html, "x_sources")[2:] == [
        [names["signal_sources"]["SCHOOL"], "2"],
        [names["signal_sources"]["POLICE"], "1"],
        [t["total"], "3"],
    ]
    # Levels: status codes grouped by level (DP_V + DP_I = FULL ...), every column sums to the
    # passported objects.
    levels = [[_plain(c) for c in r] for r in table(html, "x_levels")]
    assert levels[1] == [t["level"], t["K"], t["O"], t["S"], t["G"], t["U"]]
    assert levels[2:] == [
        [t["FULL"], "2", "1", "3", "1", "1"],
        [t["PARTIAL"], "0", "2", "0", "1", "0"],
        [t["CONDITIONAL"], "0", "0", "0", "0", "1"],
        [t["NONE"], "1", "0", "0", "1", "1"],
        [t["passported"], "3", "3", "3", "3", "3"],
    ]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_ratios_per_unit_and_total_recomputed_from_sums(lang: str) -> None:
    """10/2/1 -> 50,0 and 20,0; 90/60/15 -> 25,0 and 66,7; 100/62/16 -> 25,8 and 62,0."""
    t = LABELS[lang]
    html = breakdowns_html(_data(), lang, units={"113200000": "A", "113400000": "B"})
    rows = table(html, "x_ratios")
    assert rows[0] == [t["ratios"]]
    assert rows[2:] == [
        ["113200000", "A", "10", "2", "1", "50,0", "20,0"],
        ["113400000", "B", "90", "60", "15", "25,0", "66,7"],
        ["110000000", t["total"], "100", "62", "16", "25,8", "62,0"],
    ]
    # The total equals the consolidated ratios of the figures.
    assert BREAKDOWNS.ratios.adaptation_completion_pct == Decimal("25.8")
    text = " ".join(lxml.html.fromstring(html).text_content().split())
    assert t["ratios_note"] in text


def test_a_ratio_without_a_denominator_prints_a_dash() -> None:
    html = breakdowns_html(replace(district_data(), breakdowns=BREAKDOWNS), "ru")
    # 400 passported, 149 requiring, 0 adapted: one unit, no total row.
    assert table(html, "x_ratios")[2:] == [
        ["113200000", "Ақкөл ауданы", "400", "149", "0", "0,0", "37,3"]
    ]
    empty = replace(district_data(), breakdowns=BREAKDOWNS).a1[0]
    zero = replace(district_data(), a1=(replace(empty, passported=0, requiring_adaptation=0),))
    assert table(breakdowns_html(zero, "kk"), "x_ratios")[2][-2:] == ["–", "–"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", "Қосымша кестелер жиынтыққа енгізілмеді"),
        ("ru", "Дополнительные таблицы не включены в свод"),
    ],
)
def test_a_consolidation_without_breakdowns_says_so(lang: str, words: str) -> None:
    data = region_data()  # consolidated (includes) from packages without breakdowns
    assert data.breakdowns is None and data.includes
    html, _ = period_report_html(data, lang)
    text = " ".join(lxml.html.fromstring(html).text_content().split())
    assert words in text
    assert "x_closures" not in html and "x_levels" not in html
    # The ratios come from A1, which every package has.
    assert table(html, "x_ratios")[-1][-2:] == ["25,8", "62,0"]
    with_them, _ = period_report_html(_data(), lang)
    assert words not in with_them


def test_breakdowns_follow_b1_in_the_report() -> None:
    html, _ = period_report_html(_data(), "kk")
    assert html.index('id="b1"') < html.index('id="x_closures"') < html.index('id="warnings"')


def test_printed_breakdowns_read_well(tmp_path: Path) -> None:
    """No word broken inside a cell, no row split, title and column heads repeat per page."""
    for lang in ("kk", "ru"):
        doc = build_period_document(_data(), lang, code_names=NAMES[lang])
        writer = QPdfWriter(str(tmp_path / f"{lang}.pdf"))
        writer.setPageLayout(report_layout())
        writer.setResolution(300)
        assert paginate(doc, writer) >= 3
        assert broken_words(doc) == [], lang
        assert split_rows(doc) == [], lang
        # office, A1, B1, then eight breakdown tables of two header rows, then warnings.
        assert header_rows(doc)[3:11] == [2] * 8, lang


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(raw.split())


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_pdf_of_a_store_carries_its_breakdowns(store: Store, tmp_path: Path, lang: str) -> None:
    add_demo_data(store, objects=30, families=25, seed=3, today=TODAY, user="admin")
    period = parse_period("2026")
    data = compute_report(store, period, today=TODAY)
    b = data.breakdowns
    assert b is not None
    path = save_period_report_pdf(store, period, tmp_path / "r.pdf", lang=lang, today=TODAY)
    text = _pdf_text(path).replace(NBSP, " ")
    t = LABELS[lang]
    for key in ("closures", "by_sex", "by_age", "by_area", "categories", "sources", "ratios"):
        assert t[key] in text, key
    # Code-list rows in the print language, with their counts.
    names = breakdown_names(store, lang)
    children = sum(r.counts[0] for r in b.children_by_sex)
    assert children == data.b1[0].children_in_open_cases
    boys = next(r.counts[0] for r in b.children_by_sex if r.code == "M")
    assert f"{t['M']} {boys}" in text
    assert f"{t['AGE_0_6']} {b.children_0_6}" in text
    for r in b.cases_by_source:
        if r.counts[0]:
            assert f"{names['signal_sources'][r.code]} {r.counts[0]}" in text


def test_dashboard_shows_the_breakdowns(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    add_demo_data(store, objects=30, families=25, seed=3, today=TODAY, user="admin")
    page = DashboardPage(store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2026")
    data = page.data
    assert data is not None and data.breakdowns is not None
    # The year has not ended: the dashboard takes it as of today, as the figures.
    shown = known_part(parse_period("2026"), TODAY)
    assert data.breakdowns == compute_report(store, shown, today=TODAY).breakdowns
    page.tabs.setCurrentWidget(page.breakdowns_view)
    view = page.breakdowns_view
    assert view.isVisible()
    sex = view.widgets["x_children_sex"]

    def cells(widget: QTableWidget) -> list[list[str]]:
        return [
            [widget.item(r, c).text() for c in range(widget.columnCount())]
            for r in range(widget.rowCount())
        ]

    labels = view.labels()
    by_sex = {r.code: r.counts[0] for r in data.breakdowns.children_by_sex}
    assert cells(sex) == [
        [labels["M"], str(by_sex["M"])],
        [labels["F"], str(by_sex["F"])],
        [labels["none_row"], str(by_sex["NONE"])],
        [labels["total"], str(sum(by_sex.values()))],
    ]
    assert cells(view.widgets["x_children_age"])[2] == [
        labels["AGE_0_6"],
        str(data.breakdowns.children_0_6),
    ]
    names = breakdown_names(store, page.lang)
    sources = cells(view.widgets["x_sources"])
    expected = [r for r in data.breakdowns.cases_by_source if r.counts[0]]
    assert [row[0] for row in sources[:-1]] == [
        names["signal_sources"].get(r.code, labels["none_row"]) for r in expected
    ]
    assert sources[-1][1] == str(data.b1[0].cases_open_at_end)
    assert set(view.widgets) == {
        "x_closures",
        "x_children_sex",
        "x_children_age",
        "x_children_area",
        "x_categories",
        "x_sources",
        "x_ratios",
        "x_levels",
    }
    assert not view.note_label.isVisible()


def test_dashboard_says_when_a_consolidation_left_them_out(qtbot: QtBot) -> None:
    view = BreakdownsView(lang="ru")
    qtbot.addWidget(view)
    view.show()
    view.set_data(region_data())
    assert view.note_label.isVisible()
    assert view.note_label.text() == view.labels()["left_out"]
    assert set(view.widgets) == {"x_ratios"}
    view.set_data(_data())
    assert not view.note_label.isVisible()
    assert len(view.widgets) == 8


def test_dashboard_labels_are_the_printed_ones_in_english() -> None:
    """The screen's tr() sources are the English print labels (one wording, one translation)."""
    view = BreakdownsView()
    assert view.labels() == LABELS["en"]
    assert set(LABELS["kk"]) == set(LABELS["ru"]) == set(LABELS["en"])
