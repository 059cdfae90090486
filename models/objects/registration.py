"""An object's registration date against its dated records (reporting.md §1, issue 7).

A passport, adaptation or re-inspection (a later passport version) dated before the object's
registration date is a contradiction: the object existed and was inspected then. The object
card and the passport dialog say so and offer to move the registration date back to the
earliest such date; the data-quality list counts the objects concerned
(``models/reporting/quality.py``, ``registered_after_passport``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from models.objects.tables import InfraObject, Passport
from models.reference.roles import Permission, require_principal
from models.store.db import Store


def earliest_record_date(store: Store, object_id: int) -> date | None:
    """Return the earliest passport or adaptation date over every version of an object."""
    with store.session() as s:
        dates = s.execute(
            select(func.min(Passport.passport_date), func.min(Passport.adapted_date)).where(
                Passport.object_id == object_id
            )
        ).one()
    found = [d for d in dates if d is not None]
    return min(found) if found else None


def contradicts(registered: date | None, record: date | None) -> bool:
    """Return True when a record dated ``record`` lies before the registration date."""
    return registered is not None and record is not None and record < registered


def move_registration_back(store: Store, object_id: int, to: date, user: str) -> bool:
    """Move an object's registration date back to ``to``; never forward.

    Returns:
        True when the date was changed; False when it was already on or before ``to`` (or
        empty, which means "in the register for every period").

    Raises:
        RoleError: the role may not edit objects (``Permission.EDIT_OBJECTS``).
    """
    require_principal(store.principal, Permission.EDIT_OBJECTS)
    with store.session(user) as s:
        obj = s.get_one(InfraObject, object_id)
        if not contradicts(obj.registered_date, to):
            return False
        obj.registered_date = to
    return True
