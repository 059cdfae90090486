"""The printed case summary: the whole case in three languages, masked IINs, no restricted
factors, the supervisor's signature line, an atomic PDF and the preview dialog."""

from __future__ import annotations

import html
import os
import random
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.cases.dto import (
    AssessmentDraft,
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.repository import CaseRepository
from models.cases.rules import restricted_risk_factors
from models.cases.tables import Case, CaseEvent
from models.demo.families import make_iin
from models.demo.load import add_demo_data
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Person
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.cases.case_summary import (
    LABELS,
    build_case_preview_dialog,
    case_summary_html,
    save_case_summary_pdf,
)
from ui.printing.document import a4_layout, build_document, paginate
from ui.printing.formatting import SIGN_LINE
from ui.printing.layout import broken_words, split_rows
from ui.settings import UiSettings

MOTHER_IIN = "920302403450"  # brief §3.3: valid, 02.03.1992, female
SON_BIRTH = date(2015, 6, 10)
MEASURE = "Баламен және анасымен психологиялық кеңес (4 кездесу)"
AGENCY = "Отбасын қолдау орталығының психологы"
FINDINGS = "Бала мектепке қайта барады, үй жылы."
REOPEN_REASON = "Мектептен қайта сигнал түсті"
OUTCOME = "Бала отбасында, жағдайы тұрақты."


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts, documents and PDF writers need a QGuiApplication, even without widgets."""
    return qapp


@dataclass(frozen=True)
class Sample:
    case_id: int
    number: str
    son_iin: str
    anonymous_case_id: int


def _d(month: int, day: int) -> date:
    return date(2026, month, day)


@pytest.fixture
def sample(store: Store) -> Sample:
    """A case taken from the signal to closure, reopened and closed again, by the repositories."""
    ReferenceRepository(store).add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    families = FamilyRepository(store)
    ctx = families.context(TODAY)
    son_iin = make_iin(random.Random(5), SON_BIRTH, "M", set())
    family_id = families.save_family(
        FamilyDraft(
            kato="113220100",
            address="Абай көшесі, 12-үй",
            rural=False,
            categories=("SINGLE_PARENT", "LOW_INCOME"),
            map_level="D",
            map_level_date=_d(2, 20),
            map_level_source="ОЦК",
            legal_basis="CONSENT",
            consent_form="WRITTEN",
            consent_date=_d(3, 5),
            consent_recorded_by="worker1",
            members=(
                MemberDraft(
                    "Әлиева",
                    "Гүлнұр",
                    "APPLICANT",
                    date(1992, 3, 2),
                    "F",
                    "Қайратқызы",
                    MOTHER_IIN,
                ),
                MemberDraft(
                    "Әлиев",
                    "Нұрислам",
                    "SON",
                    SON_BIRTH,
                    "M",
                    "Ерланұлы",
                    son_iin,
                    disability_group="GROUP_3",
                    disability_since_childhood=True,
                ),
            ),
        ),
        ctx,
        "worker1",
    )
    son_id = next(
        m.person_id for m in families.get_family(family_id).members if m.relation == "SON"
    )
    cases = CaseRepository(store)
    cid = cases.open_case(
        SignalDraft(_d(3, 1), "SCHOOL", "Бала екі аптадан бері сабаққа келмейді."),
        ctx,
        "worker1",
    )
    cases.set_family(cid, family_id, "worker1")
    cases.transition(cid, "IDENTIFIED", _d(3, 5), ctx, "worker1")
    cases.set_risk_factors(
        cid,
        [RiskFactorDraft("NEGLECT", son_id, _d(3, 5)), RiskFactorDraft("SUICIDE_RISK", son_id)],
        ctx,
        "worker1",
    )
    cases.add_assessment(
        cid,
        AssessmentDraft(
            _d(3, 10),
            {
                "SOCIAL": 4,
                "HEALTH": 2,
                "EDUCATION": 5,
                "EMPLOYMENT": 3,
                "HOUSING": 3,
                "SAFETY": 4,
            },
            "үйге бару актісі",
            "Баланың білім алуы бірінші кезекте.",
        ),
        ctx,
        "worker1",
    )
    cases.transition(cid, "ASSESSMENT", _d(3, 10), ctx, "worker1")
    cases.save_plan(
        cid,
        PlanDraft(
            _d(3, 15),
            (MeasureDraft("PSYCHOLOGICAL", _d(4, 30), AGENCY, MEASURE, "DONE", _d(4, 28)),),
            review_date=_d(6, 15),
        ),
        ctx,
        "worker1",
    )
    cases.transition(cid, "PLAN", _d(3, 15), ctx, "worker1")
    cases.transition(cid, "ACCOMPANIMENT", _d(3, 20), ctx, "worker1")
    cases.add_visit(
        cid,
        VisitDraft(_d(4, 2), "HOME", "анасы", True, FINDINGS, "MEDIUM", _d(5, 2)),
        ctx,
        "worker1",
    )
    cases.add_service(
        cid,
        ServiceDraft("MATERIAL", _d(4, 10), "Аудан әкімдігі", amount=Decimal("25000")),
        ctx,
        "worker1",
    )
    cases.close(cid, ClosureDraft(_d(6, 1), "GOALS_ACHIEVED"), ctx, "worker1")
    cases.reopen(cid, _d(7, 1), REOPEN_REASON, ctx, "worker1")
    cases.transition(cid, "ASSESSMENT", _d(7, 3), ctx, "worker1")
    cases.close(
        cid, ClosureDraft(_d(9, 1), "REINTEGRATED", outcome=OUTCOME, map_level="B"), ctx, "worker1"
    )
    anonymous = cases.open_case(
        SignalDraft(_d(10, 1), "CONTACT_111", "Көршілер: балалар үйде жалғыз.", anonymous=True),
        ctx,
        "worker2",
    )
    return Sample(cid, cases.case_number(cid), son_iin, anonymous)


def _labels(store: Store, list_name: str, lang: str) -> dict[str, str]:
    return {c.code: c.label(lang) for c in ReferenceRepository(store).code_labels(list_name)}


def test_kazakh_summary_shows_the_whole_case(store: Store, sample: Sample) -> None:
    text = case_summary_html(store, sample.case_id, "kk", today=TODAY)
    t = LABELS["kk"]
    assert html.escape(t["title"]) in text
    assert sample.number in text and sample.number.startswith("113200000-2026-")
    stages = _labels(store, "case_stages", "kk")
    for code in ("SIGNAL", "IDENTIFIED", "ASSESSMENT", "CLOSED"):
        assert html.escape(stages[code]) in text
    assert "20.11.2026" in text and "01.03.2026" in text and "01.07.2026" in text
    # The family, members with masked IINs (brief §6: printed lists mask IINs).
    assert "Ақкөл қаласы (113220100)" in text and "Абай көшесі, 12-үй" in text
    assert "Әлиева Гүлнұр Қайратқызы" in text and "10.06.2015" in text
    assert "920302*****0" in text and MOTHER_IIN not in text
    assert sample.son_iin[:6] + "*****" + sample.son_iin[-1] in text
    assert sample.son_iin not in text
    assert html.escape(_labels(store, "disability_groups", "kk")["GROUP_3"]) in text
    assert html.escape(_labels(store, "family_categories", "kk")["SINGLE_PARENT"]) in text
    # The signal.
    assert "Бала екі аптадан бері сабаққа келмейді." in text
    assert html.escape(_labels(store, "signal_sources", "kk")["SCHOOL"]) in text
    # Risk factors: the ordinary one named, the restricted one only counted.
    risks = _labels(store, "risk_factors", "kk")
    assert html.escape(risks["NEGLECT"]) in text
    assert "SUICIDE_RISK" not in text and html.escape(risks["SUICIDE_RISK"]) not in text
    assert risks["SUICIDE_RISK"] not in text
    assert html.escape(t["restricted"].format(count=1)) in text
    # Assessment, plan, visit, service.
    assert "Қауіпсіздік" in text and "Баланың білім алуы бірінші кезекте." in text
    assert MEASURE in text and AGENCY in text and "30.04.2026" in text
    assert "орындалды" in text  # the measure's status
    assert FINDINGS in text and "үйге бару" in text and "02.05.2026" in text
    assert "25" + "\u00a0" + "000" in text
    # Closures and the reopening with its reason.
    reasons = _labels(store, "closure_reasons", "kk")
    assert html.escape(reasons["GOALS_ACHIEVED"]) in text
    assert html.escape(reasons["REINTEGRATED"]) in text
    assert REOPEN_REASON in text and OUTCOME in text
    # Signatures: the case worker and the supervisor's line.
    assert t["supervisor"] in text and t["case_worker"] in text
    assert f"{SIGN_LINE * 2} {t['sig_name']}" in text
    assert "worker1" in text


def test_anonymous_signal_without_family(store: Store, sample: Sample) -> None:
    text = case_summary_html(store, sample.anonymous_case_id, "kk", today=TODAY)
    t = LABELS["kk"]
    assert f"{t['anonymous']}</td><td>{t['yes']}" in text
    assert t["no_family"] in text and t["no_plan"] in text and t["no_closure"] in text
    assert t["no_risks"] in text and t["supervisor"] in text


@pytest.mark.parametrize(
    ("lang", "title", "supervisor"),
    [
        ("ru", "Сводная справка по делу сопровождения семьи", "Руководитель (супервизор)"),
        ("en", "Family-support case summary", "Supervisor"),
    ],
)
def test_russian_and_english_titles(
    store: Store, sample: Sample, lang: str, title: str, supervisor: str
) -> None:
    text = case_summary_html(store, sample.case_id, lang, today=TODAY)
    assert title in text and supervisor in text
    assert html.escape(_labels(store, "case_stages", lang)["REOPENED"]) in text
    assert MOTHER_IIN not in text and "SUICIDE_RISK" not in text
    assert _labels(store, "risk_factors", lang)["SUICIDE_RISK"] not in text


def test_demo_cases_print_without_restricted_factors_or_full_iins(store: Store) -> None:
    add_demo_data(store, objects=0, families=40, seed=3, today=TODAY, user="trainer")
    restricted = [
        c.label(lang)
        for c in ReferenceRepository(store).code_labels("risk_factors")
        if c.code in restricted_risk_factors()
        for lang in ("kk",)
    ]
    with store.session() as s:
        ids = list(s.scalars(select(Case.id)))
        iins = list(s.scalars(select(Person.iin)))
    texts = [case_summary_html(store, cid, "kk", today=TODAY) for cid in ids]
    joined = "\n".join(texts)
    assert not any(iin in joined for iin in iins)
    assert not any(label in joined for label in restricted)
    assert not any(code in joined for code in restricted_risk_factors())
    assert all(LABELS["kk"]["supervisor"] in t for t in texts)


# -- PDF --------------------------------------------------------------------------------------


def _assert_pdf(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000
    return data


def test_pdf_is_complete_and_written_atomically(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "case.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old content")
    assert save_case_summary_pdf(store, sample.case_id, target, lang="kk", today=TODAY) == target
    data = _assert_pdf(target)
    assert b"DejaVu" in data
    assert os.listdir(target.parent) == ["case.pdf"]  # no temporary file left behind
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", "-raw", str(target), "-"], capture_output=True, check=True, text=True
        ).stdout
        text = " ".join(raw.split())
        assert "920302*****0" in text and MOTHER_IIN not in text


def test_pdf_failure_keeps_the_old_file(
    store: Store, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.pdf"
    target.write_bytes(b"old content")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        save_case_summary_pdf(store, sample.case_id, target, lang="ru")
    assert target.read_bytes() == b"old content"
    assert os.listdir(folder) == ["case.pdf"]


# -- preview ----------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def test_preview_builds_and_renders_pages(
    qtbot: QtBot, store: Store, sample: Sample, settings: UiSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = build_case_preview_dialog(parent, store, sample.case_id, "kk", settings, today=TODAY)
    assert dialog.parent() is parent
    assert sample.number in dialog.windowTitle()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000) as blocker:
        preview.updatePreview()
    assert isinstance(blocker.args[0], QPrinter)
    assert dialog.page_count >= 2
    assert preview.pageCount() == dialog.page_count
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.save_pdf_action in toolbar.actions()


def test_preview_save_as_pdf(
    qtbot: QtBot,
    store: Store,
    sample: Sample,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = build_case_preview_dialog(None, store, sample.case_id, "en", settings)
    qtbot.addWidget(dialog)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    asked: list[str] = []

    def fake_save(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(folder / "summary"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_pdf_action.trigger()
    assert asked and asked[0].endswith(f"case_{sample.number}.pdf")
    _assert_pdf(folder / "summary.pdf")
    assert settings.get("ui/last_folder") == str(folder)


# -- the case screen ----------------------------------------------------------------------------


def test_ctrl_p_on_the_case_screen_opens_the_summary(
    qtbot: QtBot, store: Store, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.case_keys import alt, key, open_case_dialog
    from ui.cases import case_summary

    calls: list[tuple[QWidget, int]] = []
    monkeypatch.setattr(
        case_summary,
        "preview_case_summary",
        lambda parent, _store, cid: calls.append((parent, cid)),
    )
    dialog = open_case_dialog(qtbot, store, sample.case_id)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(dialog, sample.case_id)]
    alt(qtbot, "u")  # the button's mnemonic: Print s&ummary... (an animated click)
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == [(dialog, sample.case_id)] * 2
    assert dialog.print_button.isVisible()


def test_new_case_has_nothing_to_print(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.case_keys import key, open_case_dialog
    from ui.cases import case_summary

    calls: list[int] = []
    monkeypatch.setattr(
        case_summary, "preview_case_summary", lambda _parent, _store, cid: calls.append(cid)
    )
    dialog = open_case_dialog(qtbot, store)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [] and dialog.case_id is None


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_long_summary_prints_every_section_whole(store: Store, tmp_path: Path, lang: str) -> None:
    """A multi-page summary keeps every heading, breaks no word and splits no row (issue 11)."""
    add_demo_data(store, objects=0, families=20, seed=5, today=TODAY, user="trainer")
    with store.session() as s:
        events = func.count(CaseEvent.id)
        case_id = s.execute(
            select(Case.id).join(CaseEvent).group_by(Case.id).order_by(events.desc()).limit(1)
        ).scalar_one()
    doc = build_document(case_summary_html(store, case_id, lang, today=TODAY))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    assert paginate(doc, writer) >= 2
    assert broken_words(doc) == [] and split_rows(doc) == []
    target = save_case_summary_pdf(store, case_id, tmp_path / "case.pdf", lang=lang, today=TODAY)
    raw = subprocess.run(
        ["pdftotext", "-raw", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    text = " ".join(raw.split())
    for key in ("s_family", "s_signal", "s_assessment", "s_plan", "s_visits"):
        assert LABELS[lang][key] in text, key
