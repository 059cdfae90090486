"""Messages format the rules' numbers for people: no trailing .0, the norm's sign."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from models.issues import Issue
from ui.messages import issue_text


@pytest.fixture
def russian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan))
    yield
    QLocale.setDefault(before)


def test_physical_range_without_trailing_zeros() -> None:
    issue = Issue(
        "measurement.0", "measurement_out_of_range", {"low": 0.0, "high": 100.0, "unit": "%"}
    )
    assert issue_text(issue).startswith("0-100 % is the physically possible range")


def test_norm_breach_cites_sign_threshold_and_clause(russian_locale: None) -> None:
    params = {
        "operator": ">=",
        "threshold": 0.9,
        "unit": "m",
        "document": "СП РК 3.06-101-2012*",
        "clause": "4.3.2.14",
    }
    text = issue_text(Issue("measurement.0", "norm_breach", params, "warning"))
    assert "≥ 0,9 m" in text
    assert "4.3.2.14" in text
    slope = {**params, "operator": "<=", "threshold": 5.0, "unit": "%"}
    assert "≤ 5 %" in issue_text(Issue("measurement.1", "norm_breach", slope, "warning"))
