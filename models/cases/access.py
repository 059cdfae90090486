"""Who may see and change which case (reporting.md §5): a specialist works on their own cases,
those whose ``worker_login`` is their login; supervisors and administrators on every case of
the office (``Permission.ALL_CASES``). Checked in the repositories, so hiding a button is never
the only guard.
"""

from __future__ import annotations

from models.cases.tables import Case
from models.reference.roles import Permission, RoleError, allows, require_principal
from models.store.base import Principal


def sees_all_cases(principal: Principal) -> bool:
    """Return True when ``principal`` may open every case of the office."""
    return allows(principal.role, Permission.ALL_CASES)


def check_case(principal: Principal, case: Case, permission: Permission) -> None:
    """Refuse with ``RoleError`` unless ``principal`` may do ``permission`` on ``case``.

    ``permission`` is ``PERSONAL_DATA`` to read a case, ``EDIT_CASES`` to write to it; a case
    assigned to someone else also needs ``ALL_CASES``.
    """
    require_principal(principal, permission)
    if case.worker_login != principal.login and not sees_all_cases(principal):
        raise RoleError(Permission.ALL_CASES, principal.role)


def check_worker(principal: Principal, login: str) -> None:
    """Refuse with ``RoleError`` unless ``principal`` may give a case to ``login``."""
    if login != principal.login:
        require_principal(principal, Permission.ALL_CASES)
