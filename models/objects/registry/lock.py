"""The lock of approved periods on a registry import (reporting.md §6.1).

The import writes with Core (``models/objects/registry/store.py``), which the ORM guard of
``models/period_lock.py`` never sees; it asks the same rule on values here, before writing
anything: each row's object and passport, as stored and as the row would leave them, must read
the same at the last day of every approved period (``models.reference.approvals``). A new object
whose row gives no registration date is registered on the day after the latest approved period,
so it changes none of them.

The rows and stored objects are duck-typed (``RegistryRow`` and ``_Existing`` of the registry
store), so this module imports nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from models.reference.approvals import (
    ApprovedPeriod,
    Fingerprint,
    PeriodLockedError,
    first_changed,
    object_fingerprint,
    passport_fingerprint,
    registration_day,
)

#: (row, stored object or None, passport action, object changed) as the registry store plans.
Step = tuple[Any, Any, int, bool]


def locked_steps(
    approved: Sequence[ApprovedPeriod],
    steps: Sequence[Step],
    *,
    given: Callable[[Any, str, Any], Any],
    exclusion: Callable[[Any, Any], tuple[str, date | None]],
    keep: int,
    new_version: int,
) -> list[Step]:
    """Return ``steps`` with new objects dated after the approvals, or refuse.

    Args:
        approved: the approved periods (none: the steps are returned unchanged).
        steps: the import's plan, one step per row.
        given: the registry store's rule for an optional column (``_given``).
        exclusion: the registry store's exclusion of a row (``_exclusion``).
        keep, new_version: the passport actions "leave passports alone" and "add a version".

    Raises:
        PeriodLockedError: a row would change a value of an approved period's package.
    """
    if not approved:
        return list(steps)
    day = registration_day(approved)
    out: list[Step] = []
    for row, old, action, changed in steps:
        if old is None and row.registered_date is None:
            row = row._replace(registered_date=day)
        new_object = object_fingerprint(
            given(row, "registered_date", old.registered_date if old else None),
            None,
            row.subject_to_passportization,
            exclusion(row, old)[1],
            row.object_type,
        )
        old_object: Fingerprint | None = None
        if old is not None:
            # The registry never deregisters (GUI only): a deregistered object reads as in the
            # register here, which can only refuse more, never let a change through.
            old_object = object_fingerprint(
                old.registered_date, None, old.subject, old.exclusion_date, old.object_type
            )
        hit = first_changed(approved, old_object, new_object) if old is None or changed else None
        if hit is None and action != keep:
            new_passport = passport_fingerprint(
                None, row.passport_date, row.statuses, row.requires_adaptation, row.adapted_date
            )
            old_passport: Fingerprint | None = None
            if action != new_version and old is not None and old.passport_id is not None:
                old_passport = passport_fingerprint(
                    None,
                    old.passport_date,
                    old.statuses,
                    old.requires_adaptation,
                    old.adapted_date,
                )
            hit = first_changed(approved, old_passport, new_passport)
        if hit is not None:
            raise PeriodLockedError(hit)
        out.append((row, old, action, changed))
    return out
