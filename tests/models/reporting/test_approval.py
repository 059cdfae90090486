"""Approving and reopening periods (reporting.md §6.1, §6.2) at the repository level."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.reference.roles import RoleError
from models.reporting.approval import (
    ALREADY_APPROVED,
    MISSING_NOT_SUB_OFFICE,
    PERIOD_NOT_APPROVED,
    PERIOD_NOT_ENDED,
    REASON_REQUIRED,
    SUB_OFFICES_MISSING,
    ApprovalError,
    approval_history,
    approve,
    manifest_approval,
    period_state,
    reopen,
)
from models.reporting.consolidation import set_expected_districts
from models.reporting.periods import parse_period
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.consolidation_builders import REGION
from tests.models.test_period_lock import dump
from tests.store_templates import new_store


def test_roles_below_supervisor_may_not_approve_or_reopen(store: Store) -> None:
    before = dump(store)
    for role in ("viewer", "specialist"):
        with pytest.raises(RoleError):
            approve(as_role(store, "aigul", role), "2026-Q1", today=TODAY)
    assert dump(store) == before
    event = approve(as_role(store, "bolat", "supervisor"), "2026-Q1", today=TODAY)
    assert (event.by, event.role, event.state) == ("bolat", "supervisor", "approved")
    with pytest.raises(RoleError):
        reopen(as_role(store, "aigul", "specialist"), "2026-Q1", reason="x")
    assert period_state(store, "2026-Q1").state == "approved"


def test_refusals_name_their_code_and_write_nothing(store: Store) -> None:
    cases = [
        (lambda: approve(store, "2026-Q4", today=TODAY), PERIOD_NOT_ENDED),
        (lambda: approve(store, "2026-11", today=date(2026, 11, 30)), PERIOD_NOT_ENDED),
        (lambda: reopen(store, "2026-Q1", reason="x"), PERIOD_NOT_APPROVED),
        (lambda: approve(store, "2026-Q1", today=TODAY, missing=["113400000"]),
         MISSING_NOT_SUB_OFFICE),
    ]  # fmt: skip
    before = dump(store)
    for call, code in cases:
        with pytest.raises(ApprovalError) as refused:
            call()
        assert refused.value.code == code
    assert dump(store) == before
    approve(store, "2026-Q1", today=TODAY)
    before = dump(store)
    with pytest.raises(ApprovalError) as refused:
        approve(store, "2026-Q1", today=TODAY)
    assert refused.value.code == ALREADY_APPROVED
    with pytest.raises(ApprovalError) as refused:
        reopen(store, "2026-Q1", reason="   ")
    assert refused.value.code == REASON_REQUIRED
    assert dump(store) == before


def test_history_state_and_the_manifest_key(store: Store) -> None:
    assert manifest_approval(store, parse_period("2026-02")) == {"state": "draft"}
    approve(store, "2026-Q1", today=TODAY)
    reopen(store, "2026-Q1", reason="B1 түзетілді / исправлена B1")
    approve(store, "2026-Q1", today=TODAY)
    state = period_state(store, "2026-Q1")
    assert state.state == "approved"
    assert [(e.state, e.reason) for e in state.history] == [
        ("approved", ""),
        ("reopened", "B1 түзетілді / исправлена B1"),
        ("approved", ""),
    ]
    assert len(approval_history(store)) == 3
    # A month inside the approved quarter is approved by it; a month after is a draft.
    key = manifest_approval(store, parse_period("2026-02"))
    assert (key["state"], key["period"], key["by"], key["missing"]) == (
        "approved",
        "2026-Q1",
        "system",
        [],
    )
    assert period_state(store, "2026-02").locked_by is not None
    assert manifest_approval(store, parse_period("2026-04")) == {"state": "draft"}
    assert manifest_approval(store, parse_period("2026-H1")) == {"state": "draft"}


def test_a_region_approves_when_complete_or_naming_the_missing(tmp_path: Path) -> None:
    region = new_store(tmp_path / "region.sqlite", REGION, "admin")
    try:
        set_expected_districts(region, ["113200000", "113400000"], user="admin")
        with pytest.raises(ApprovalError) as refused:
            approve(region, "2026-H1", today=TODAY, missing=["113200000"])
        assert refused.value.code == SUB_OFFICES_MISSING
        assert "113400000" in str(refused.value)
        event = approve(region, "2026-H1", today=TODAY, missing=["113400000", "113200000"])
        assert event.missing == ("113200000", "113400000")
        assert manifest_approval(region, parse_period("2026-H1"))["missing"] == [
            "113200000",
            "113400000",
        ]
    finally:
        region.close()
