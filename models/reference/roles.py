"""Roles and what each may do (reporting.md §5, domain brief §1): one table, checked in the
repositories, so hiding a button is never the only guard.

Roles are cumulative: viewer < specialist < supervisor < administrator. A session carries the
role of the login it writes as (``session.info["role"]``, set by ``Store.session`` from the
store's authenticated principal); ``require`` refuses with ``RoleError`` before anything is
written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.orm import Session

from models.errors import QoldauError
from models.store.base import Principal, current_role
from models.store.db import Store

VIEWER = "viewer"
SPECIALIST = "specialist"
SUPERVISOR = "supervisor"
ADMINISTRATOR = "administrator"
#: Every role, from the least to the most allowed.
ROLES: tuple[str, ...] = (VIEWER, SPECIALIST, SUPERVISOR, ADMINISTRATOR)


class Permission(StrEnum):
    """Something a role may do. The minimum role of each is ``MINIMUM_ROLE``."""

    READ = "read"  # open the store, read and print objects and reports
    PERSONAL_DATA = "personal_data"  # see families, members and cases (own cases for a specialist)
    EDIT_OBJECTS = "edit_objects"  # objects, passports, adaptations
    EDIT_CASES = "edit_cases"  # families, members and the specialist's own cases
    IMPORT = "import"  # import-registry, import-profile
    DEMO = "demo"
    EXPORT = "export"
    CONSOLIDATE = "consolidate"  # receive packages, consolidate, receipts
    TRANSFER = "transfer"  # case transfer out and in
    ALL_CASES = "all_cases"  # every case of the office, assigning workers
    APPROVE = "approve"  # plans, closures, reopenings; periods (reporting.md §6)
    AUDIT = "audit"  # who opened a family, every record's history
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    BACKUP = "backup"
    RESTORE = "restore"


MINIMUM_ROLE: dict[Permission, str] = {
    Permission.READ: VIEWER,
    Permission.PERSONAL_DATA: SPECIALIST,
    Permission.EDIT_OBJECTS: SPECIALIST,
    Permission.EDIT_CASES: SPECIALIST,
    Permission.IMPORT: SPECIALIST,
    Permission.DEMO: SPECIALIST,
    Permission.EXPORT: SPECIALIST,
    Permission.CONSOLIDATE: SPECIALIST,
    Permission.TRANSFER: SPECIALIST,
    Permission.ALL_CASES: SUPERVISOR,
    Permission.APPROVE: SUPERVISOR,
    Permission.AUDIT: SUPERVISOR,
    Permission.MANAGE_USERS: ADMINISTRATOR,
    Permission.SETTINGS: ADMINISTRATOR,
    Permission.BACKUP: ADMINISTRATOR,
    Permission.RESTORE: ADMINISTRATOR,
}


class RoleError(QoldauError):
    """A role tried what it may not: ``code`` is ``not_allowed``; nothing was written."""

    def __init__(self, permission: Permission, role: str) -> None:
        super().__init__(f"not_allowed: {role} may not {permission.value}")
        self.code = "not_allowed"
        self.permission = permission
        self.role = role


def allows(role: str, permission: Permission) -> bool:
    """Return True when ``role`` may do ``permission`` (unknown roles may do nothing)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(MINIMUM_ROLE[permission])


def require(session: Session, permission: Permission) -> None:
    """Refuse with ``RoleError`` unless the session's role allows ``permission``."""
    role = current_role(session)
    if not allows(role, permission):
        raise RoleError(permission, role)


def require_principal(principal: Principal, permission: Permission) -> None:
    """Refuse with ``RoleError`` unless ``principal``'s role allows ``permission``.

    The same check as :func:`require`, before any session is opened (``Store.session`` gives
    every session the principal's role).
    """
    if not allows(principal.role, permission):
        raise RoleError(permission, principal.role)


class _OnStore(Protocol):
    store: Store


_P = ParamSpec("_P")
_R = TypeVar("_R")
_S = TypeVar("_S", bound=_OnStore)


def requires(
    permission: Permission,
) -> Callable[[Callable[Concatenate[_S, _P], _R]], Callable[Concatenate[_S, _P], _R]]:
    """Decorate a repository method: refuse with ``RoleError`` unless the role of
    ``self.store``'s principal allows ``permission``, before anything is read or written."""

    def decorate(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
        @functools.wraps(method)
        def checked(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            require_principal(self.store.principal, permission)
            return method(self, *args, **kwargs)

        return checked

    return decorate
