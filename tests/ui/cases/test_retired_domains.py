"""Older assessments keep their retired domains (issue 14, brief §3.4): the case card and the
printed summary still show INCOME and PARENTING where an assessment scored them, while new
assessments offer and accept only the six sectors."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.cases.dto import AssessmentDraft
from models.cases.repository import CaseRepository
from models.cases.tables import ASSESSMENT_DOMAINS, AssessmentScore, NeedsAssessment
from models.issues import ValidationError
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.cases.test_case_summary import Sample, sample  # noqa: F401  (the fixture)
from ui.cases.assessment_form import AssessmentForm
from ui.cases.case_dialog import CaseDialog
from ui.cases.case_summary import case_summary_html


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    return qapp


def add_old_scores(store: Store, case_id: int) -> None:
    """An assessment made before issue 14 also scored income 4 and parenting 2."""
    with store.session() as s:
        assessment = s.scalars(
            select(NeedsAssessment).where(NeedsAssessment.case_id == case_id)
        ).first()
        assert assessment is not None
        s.add(AssessmentScore(assessment_id=assessment.id, domain="INCOME", score=4))
        s.add(AssessmentScore(assessment_id=assessment.id, domain="PARENTING", score=2))


def test_the_printed_summary_shows_retired_domains_of_old_assessments(
    store: Store,
    sample: Sample,  # noqa: F811
) -> None:
    before = case_summary_html(store, sample.case_id, "ru", today=TODAY)
    assert "Социальная защита" in before and "Занятость" in before
    assert "Доход" not in before and "Воспитание" not in before
    add_old_scores(store, sample.case_id)
    after = case_summary_html(store, sample.case_id, "ru", today=TODAY)
    assert "Доход" in after and "Воспитание" in after


def test_the_case_card_shows_them_and_the_form_offers_the_six(
    qtbot: QtBot,
    store: Store,
    sample: Sample,  # noqa: F811
) -> None:
    add_old_scores(store, sample.case_id)
    dialog = CaseDialog(store, "admin", sample.case_id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    summaries = [
        dialog.assessment_table.item(r, len(ASSESSMENT_DOMAINS) + 1).text()
        for r in range(dialog.assessment_table.rowCount())
    ]
    assert any(t.startswith("Income: 4, Parenting: 2 — ") for t in summaries), summaries
    form = AssessmentForm(TODAY)
    qtbot.addWidget(form)
    assert tuple(form.score_spins) == ASSESSMENT_DOMAINS

    cases = CaseRepository(store)
    ctx = cases.context(TODAY)
    with pytest.raises(ValidationError):
        cases.add_assessment(
            sample.case_id, AssessmentDraft(date(2026, 11, 1), {"INCOME": 3}), ctx, "admin"
        )
