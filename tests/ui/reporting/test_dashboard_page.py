"""The dashboard: key figures and charts of a period, computed in a worker, printed on demand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.cases.dto import MeasureDraft, PlanDraft, RiskFactorDraft, SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.demo.load import add_demo_data
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft, PassportDraft
from models.objects.repository import ObjectRepository
from models.reference.repository import ReferenceRepository
from models.reporting.periods import parse_period, period_choices
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.case_keys import make_family
from ui.reporting import dashboard as dashboard_page
from ui.reporting.charts import SERIES_COLORS
from ui.reporting.dashboard import YEARS_BACK, DashboardPage
from ui.reporting.period_report import PeriodReportPreviewDialog, report_title
from ui.workers import JobRunner

BLUE, ORANGE = SERIES_COLORS[0], SERIES_COLORS[1]


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


def _object(repo: ObjectRepository, ctx: object, name: str) -> int:
    draft = ObjectDraft(
        name=name, object_type="EDU_SCHOOL", kato="113220100", registered_date=date(2025, 1, 10)
    )
    return repo.save(draft, ctx, "admin")


def _passport(
    repo: ObjectRepository, ctx: object, object_id: int, day: date, *, requires: bool
) -> None:
    draft = PassportDraft(
        inspection_date=day,
        passport_date=day,
        number=f"{day:%m}/2026",
        statuses={c: "DCH_I" if requires else "DP_V" for c in "KOSGU"},
        requires_adaptation=requires,
    )
    repo.save_passport(object_id, draft, ctx, "admin")


@pytest.fixture
def hand_built(store: Store) -> Store:
    """Three schools and one case, with figures computed by hand.

    Objects (all registered in 2025, subject): A passported 10.03.2026 requiring adaptation,
    B passported 01.04.2026 accessible, C without a passport. So for 2026: 3 objects,
    2 passported, 1 requiring, 0 adapted -> (2 - 1 + 0) / 2 = 50,0 %; for 2026-Q1: 1 passported,
    1 requiring -> 0,0 %.

    The case opens on 01.10.2026; its last visit (10.10) set a follow-up for 16.11 that nobody
    made: open and overdue at the end of 2026, not yet open in Q1. Risk factors NEGLECT and
    SUICIDE_RISK (restricted: never charted).
    """
    refs = ReferenceRepository(store)
    refs.add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    a = _object(repo, ctx, "№1 мектеп")
    b = _object(repo, ctx, "№2 мектеп")
    _object(repo, ctx, "№3 мектеп")
    _passport(repo, ctx, a, date(2026, 3, 10), requires=True)
    _passport(repo, ctx, b, date(2026, 4, 1), requires=False)

    cases = CaseRepository(store)
    cctx = cases.context(TODAY)
    case_id = cases.open_case(
        SignalDraft(date(2026, 10, 1), "MOBILE_GROUP", "Мобильді топ хабарлады"), cctx, "aigul"
    )
    cases.set_family(case_id, make_family(store), "aigul")
    cases.transition(case_id, "IDENTIFIED", date(2026, 10, 2), cctx, "aigul")
    cases.transition(case_id, "ASSESSMENT", date(2026, 10, 5), cctx, "aigul")
    plan = PlanDraft(date(2026, 10, 6), (MeasureDraft("SOCIAL", date(2026, 10, 30)),))
    cases.save_plan(case_id, plan, cctx, "aigul")
    cases.transition(case_id, "PLAN", date(2026, 10, 6), cctx, "aigul")
    cases.transition(case_id, "ACCOMPANIMENT", date(2026, 10, 7), cctx, "aigul")
    cases.add_visit(
        case_id, VisitDraft(date(2026, 10, 10), "HOME", next_due=date(2026, 11, 16)), cctx, "aigul"
    )
    factors = [RiskFactorDraft("NEGLECT"), RiskFactorDraft("SUICIDE_RISK")]
    cases.set_risk_factors(case_id, factors, cctx, "aigul")
    return store


def _open(qtbot: QtBot, store: Store, runner: JobRunner) -> DashboardPage:
    page = DashboardPage(store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return page


def figures(page: DashboardPage) -> dict[str, str]:
    return {key: label.text() for key, label in page.figure_labels.items()}


def has_color(image: QImage | None, color: object) -> bool:
    assert image is not None
    rgb = color.rgb()  # type: ignore[attr-defined]
    return any(
        image.pixel(x, y) == rgb for y in range(0, image.height(), 2) for x in range(image.width())
    )


def test_period_choices_start_with_the_current_year() -> None:
    codes = [p.code for p in period_choices(date(2026, 5, 3), YEARS_BACK)]
    assert codes[:4] == ["2026", "2026-H1", "2026-Q1", "2026-Q2"]
    assert "2026-H2" not in codes and "2026-Q3" not in codes and "2026-06" not in codes
    assert "2026-05" in codes and "2025-12" in codes and "2024" in codes
    assert "2023" not in codes


def test_figures_and_charts_of_a_hand_built_store(
    qtbot: QtBot, hand_built: Store, runner: JobRunner
) -> None:
    page = _open(qtbot, hand_built, runner)
    assert page.period().code == "2026-Q3"  # the last ended period by default
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2026")
    assert figures(page) == {
        "objects": "3",
        "passported": "2",
        "share": "50,0 %",
        "open_cases": "1",
        "overdue": "1",
    }
    assert page.print_button.isEnabled()
    assert page.status_label.text() == ""
    # The charts are drawn at the widgets' sizes, with a bar for each value above zero.
    share = page.share_chart.image()
    assert share is not None and share.size() == page.share_chart.size()
    assert has_color(share, BLUE)
    cases = page.cases_chart.image()
    assert has_color(cases, BLUE)  # one case opened in 2026 (no closed bar: nothing closed)
    risks = page.risks_chart.image()
    assert has_color(risks, BLUE)
    assert page.data is not None
    risk_codes = [r.code for r in page.data.b2 if r.counts[0]]
    assert risk_codes == ["NEGLECT"]  # SUICIDE_RISK is restricted, never shown


def test_changing_the_period_refreshes(qtbot: QtBot, hand_built: Store, runner: JobRunner) -> None:
    page = _open(qtbot, hand_built, runner)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2026-Q1")
    assert page.period().code == "2026-Q1" and page.data is not None
    assert page.data.period == parse_period("2026-Q1")
    assert figures(page) == {
        "objects": "3",
        "passported": "1",
        "share": "0,0 %",
        "open_cases": "0",
        "overdue": "0",
    }
    assert not has_color(page.share_chart.image(), BLUE)  # 0,0 %: no bar
    assert not has_color(page.risks_chart.image(), BLUE)  # no open case in Q1
    # By keyboard: Up in the list goes to the entry before (year, halves, quarters, months).
    page.period_combo.setFocus()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.keyClick(page.period_combo, Qt.Key.Key_Up)
    assert page.period().code == "2026-H2"
    assert figures(page)["passported"] == "2" and figures(page)["open_cases"] == "1"


def test_figures_of_a_demo_store(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    add_demo_data(store, objects=40, families=0, seed=7, today=TODAY, user="admin")
    page = _open(qtbot, store, runner)
    expected = compute_report(store, parse_period("2026-Q3"), today=TODAY)
    assert page.data == expected
    a1 = expected.a1[0]
    shown = figures(page)
    assert shown["objects"] == str(a1.objects_total)
    assert shown["passported"] == str(a1.passported)
    share = (a1.passported - a1.requiring_adaptation + a1.adapted) * 100 / a1.passported
    assert shown["share"].endswith(" %")
    assert float(shown["share"][:-2].replace(",", ".")) == pytest.approx(share, abs=0.05)
    assert has_color(page.share_chart.image(), BLUE)


def test_empty_store_shows_zeros_and_no_bars(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    page = _open(qtbot, store, runner)
    assert figures(page) == {
        "objects": "0",
        "passported": "0",
        "share": "–",
        "open_cases": "0",
        "overdue": "0",
    }
    for view in (page.share_chart, page.risks_chart):
        image = view.image()
        assert image is not None and not has_color(image, BLUE)
    # The office's own unit with nothing opened or closed: the legend's small boxes only.
    image = page.cases_chart.image()
    assert image is not None
    blue = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == BLUE.rgb()
    )
    assert 0 < blue < 200


def test_charts_follow_the_widget_size(qtbot: QtBot, hand_built: Store, runner: JobRunner) -> None:
    page = _open(qtbot, hand_built, runner)
    page.share_chart.resize(QSize(400, 200))
    image = page.share_chart.image()
    assert image is not None and (image.width(), image.height()) == (400, 200)
    page.share_chart.resize(QSize(700, 300))
    image = page.share_chart.image()
    assert image is not None and (image.width(), image.height()) == (700, 300)


def test_print_report_opens_the_preview_on_the_figures_shown(
    qtbot: QtBot, hand_built: Store, runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(qtbot, hand_built, runner)
    opened: list[PeriodReportPreviewDialog] = []

    def fake_exec(dialog: PeriodReportPreviewDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(PeriodReportPreviewDialog, "exec", fake_exec)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.data is page.data
    text = dialog.document.toPlainText()
    # The printout's title is in the interface language only, not Kazakh and Russian (issue 11).
    title = text.splitlines()[0]
    assert title == report_title(page.data) and "/" not in title
    assert "50,0" in text


def test_failure_is_reported_and_printing_stays_off(
    qtbot: QtBot, store: Store, runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(qtbot, store, runner)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(dashboard_page, "compute_report", broken)
    with qtbot.waitSignal(page.failed, timeout=10_000) as blocker:
        page.refresh_action.trigger()
    assert "F5" in blocker.args[0]
    assert page.status_label.text() == blocker.args[0]
    assert not page.print_button.isEnabled()


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    return qapp
