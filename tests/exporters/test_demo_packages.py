"""Every demo store exports a package its receiver accepts (figures, writer and verifier agree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.package import write_package
from exporters.package_verify import verify_package
from models.demo.load import add_demo_data
from models.reference.dto import OfficeDTO
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY

REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_store_package_is_accepted(store: Store, tmp_path: Path, seed: int) -> None:
    # Seed 1 has objects adapted and then re-inspected, which the verifier once refused.
    add_demo_data(store, objects=150, families=30, seed=seed, today=TODAY, user="admin")
    data = compute_report(store, parse_period("2026"), today=TODAY)
    assert not [w for w in data.warnings if w.blocking]
    manifest = write_package(data, tmp_path, app_version="test")
    result = verify_package(manifest, receiver=REGION)
    assert result.problems == []
    assert result.data is not None and result.data.a1 == data.a1
