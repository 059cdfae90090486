"""Every expected refusal derives from one base, so workers can tell it from a bug."""

from __future__ import annotations

import pytest

from cli.commands import CommandError
from exporters.package import ExportCancelled, PackageRefused
from exporters.registry_import import RegistryRejected
from models.cases.rules import TransitionError
from models.errors import QoldauError
from models.issues import ValidationError
from models.objects.passport_report import PassportNotFound
from models.objects.registry.store import ImportCancelled, RegistryConflict
from models.reporting.periods import PeriodError, parse_period
from models.store.db import StoreError


@pytest.mark.parametrize(
    "kind",
    [
        ValidationError,
        ImportCancelled,
        RegistryConflict,
        RegistryRejected,
        PassportNotFound,
        TransitionError,
        PeriodError,
        StoreError,
        PackageRefused,
        ExportCancelled,
        CommandError,
    ],
)
def test_expected_refusals_share_the_known_error_base(kind: type[Exception]) -> None:
    assert issubclass(kind, QoldauError)


def test_built_in_families_are_kept_for_existing_callers() -> None:
    assert issubclass(TransitionError, ValueError)
    assert issubclass(PeriodError, ValueError)
    assert issubclass(PassportNotFound, LookupError)
    with pytest.raises(ValueError, match="2026-Q5"):
        parse_period("2026-Q5")
