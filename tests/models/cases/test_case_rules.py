"""Case life cycle (brief §3.4, case_stages.csv) and restricted risk factors (§3.5)."""

from __future__ import annotations

import csv

import pytest

from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    OPEN_STAGES,
    PLAN,
    REOPENED,
    SIGNAL,
    STAGES,
    TransitionError,
    allowed_next,
    is_allowed,
    is_open,
    is_restricted,
    restricted_risk_factors,
    validate_transition,
)
from models.paths import resource_path

ALLOWED = {
    (SIGNAL, IDENTIFIED),
    (SIGNAL, CLOSED),
    (IDENTIFIED, ASSESSMENT),
    (IDENTIFIED, CLOSED),
    (ASSESSMENT, PLAN),
    (ASSESSMENT, CLOSED),
    (PLAN, ACCOMPANIMENT),
    (PLAN, CLOSED),
    (ACCOMPANIMENT, CLOSED),
    (CLOSED, REOPENED),
    (REOPENED, ASSESSMENT),
    (REOPENED, CLOSED),
}


def test_stages_match_the_code_list() -> None:
    with resource_path("codelists/case_stages.csv").open(encoding="utf-8") as fh:
        assert tuple(r["code"] for r in csv.DictReader(fh)) == STAGES


@pytest.mark.parametrize("current", STAGES)
@pytest.mark.parametrize("target", STAGES)
def test_every_pair(current: str, target: str) -> None:
    assert is_allowed(current, target) == ((current, target) in ALLOWED)
    if (current, target) in ALLOWED:
        validate_transition(current, target)
    else:
        with pytest.raises(TransitionError) as err:
            validate_transition(current, target)
        expected = "same_stage" if current == target else "transition_refused"
        assert err.value.code == expected


def test_allowed_next_in_life_cycle_order() -> None:
    assert allowed_next(SIGNAL) == (IDENTIFIED, CLOSED)
    assert allowed_next(ACCOMPANIMENT) == (CLOSED,)
    assert allowed_next(CLOSED) == (REOPENED,)
    assert allowed_next(REOPENED) == (ASSESSMENT, CLOSED)


def test_every_open_stage_can_close_and_only_closed_can_reopen() -> None:
    assert all(CLOSED in allowed_next(s) for s in OPEN_STAGES)
    assert [s for s in STAGES if REOPENED in allowed_next(s)] == [CLOSED]


def test_full_cycle_with_reopening() -> None:
    path = [SIGNAL, IDENTIFIED, ASSESSMENT, PLAN, ACCOMPANIMENT, CLOSED, REOPENED, ASSESSMENT]
    for a, b in zip(path, path[1:], strict=False):
        validate_transition(a, b)


def test_refused_skips() -> None:
    for a, b in [(SIGNAL, ASSESSMENT), (SIGNAL, PLAN), (IDENTIFIED, PLAN), (CLOSED, ASSESSMENT)]:
        with pytest.raises(TransitionError, match="transition_refused"):
            validate_transition(a, b)


def test_unknown_stage() -> None:
    with pytest.raises(TransitionError) as err:
        validate_transition(SIGNAL, "DONE")
    assert err.value.code == "unknown_stage"
    with pytest.raises(KeyError):
        allowed_next("DONE")


def test_is_open() -> None:
    assert [s for s in STAGES if not is_open(s)] == [CLOSED]


def test_restricted_factors_from_the_code_list() -> None:
    assert restricted_risk_factors() == {
        "SEXUAL_ABUSE",
        "SUICIDE_RISK",
        "SUBSTANCE_USE",
        "MINOR_PREGNANCY",
        "SOCIALLY_SIGNIFICANT_DISEASE",
    }
    assert is_restricted("SUICIDE_RISK")
    assert not is_restricted("POVERTY")
    assert not is_restricted("UNKNOWN")
