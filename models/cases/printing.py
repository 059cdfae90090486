"""Printing a case summary is recorded in the audit trail (issue 8; brief §6: views and
exports of personal data are logged). The printed summary (``ui/cases/case_summary.py``)
records it here, through the same access check as reading the case.
"""

from __future__ import annotations

from models.audit.record import PRINT, record_access
from models.cases.access import check_case
from models.cases.tables import Case
from models.families.tables import Family
from models.reference.roles import Permission
from models.store.db import Store


def record_summary_print(store: Store, case_id: int) -> None:
    """Record that the store's principal printed (or previewed, or saved as PDF) the summary
    of ``case_id``: action ``print``, entity ``case_summary``, the case's UUID and family.

    Raises:
        RoleError: the principal may not read this case; nothing is recorded.
    """
    with store.session() as s:
        case = s.get_one(Case, case_id)
        check_case(store.principal, case, Permission.PERSONAL_DATA)
        family = s.get(Family, case.family_id) if case.family_id is not None else None
        record_access(
            s,
            PRINT,
            "case_summary",
            case.uuid,
            family_uuid=family.uuid if family is not None else None,
            note=case.number,
        )
