"""Repository of reference data: code lists, settlements, the default login and the domain
settings (the objects' validation context and norm rules: ``models/objects/context.py``).

Each call opens its own short session, so a worker thread can call it safely.
"""

from __future__ import annotations

from sqlalchemy import select

from models.issues import refused
from models.reference import settings as domain_settings
from models.reference.dto import CodeLabel
from models.reference.roles import ADMINISTRATOR, Permission, require, requires
from models.reference.tables import AppUser, CodeItem, Settlement
from models.store.base import SYSTEM_USER
from models.store.db import Store


class ReferenceRepository:
    """Code lists, settlements, the default login and the domain settings."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def code_labels(self, list_name: str, *, include_retired: bool = False) -> list[CodeLabel]:
        """Return the active entries of a code list in their file order.

        ``include_retired`` adds the inactive ones (retired codes, ``models/seed.py``
        RETIRED_CODES): what a record holding one needs to show its label.
        """
        with self.store.session() as s:
            stmt = select(CodeItem).where(CodeItem.list_name == list_name)
            if not include_retired:
                stmt = stmt.where(CodeItem.active.is_(True))
            rows = s.scalars(stmt.order_by(CodeItem.sort_order))
            return [CodeLabel(r.code, r.kk, r.ru, r.en, r.note) for r in rows]

    def settlements(self) -> list[tuple[str, str, str]]:
        """Return (kato, name_kk, name_ru) of the office's settlements, by code."""
        with self.store.session() as s:
            rows = s.execute(
                select(Settlement.kato, Settlement.name_kk, Settlement.name_ru).order_by(
                    Settlement.kato
                )
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    @requires(Permission.EDIT_OBJECTS)
    def add_settlement(
        self, kato: str, name_kk: str, name_ru: str, user: str, *, rural: bool | None = None
    ) -> None:
        """Add a settlement to the office's list (or rename an existing one).

        ``rural`` None keeps the stored flag (True for a new settlement).
        """
        with self.store.session(user) as s:
            row = s.scalars(select(Settlement).where(Settlement.kato == kato)).first()
            if row is None:
                row = Settlement(kato=kato, name_kk=name_kk, name_ru=name_ru)
                s.add(row)
            else:
                row.name_kk, row.name_ru = name_kk, name_ru
            if rural is not None:
                row.rural = rural

    def default_login(self) -> str:
        """Return the first active administrator's login (the author until accounts arrive)."""
        with self.store.session() as s:
            login = s.scalars(
                select(AppUser.login)
                .where(AppUser.active.is_(True), AppUser.role == ADMINISTRATOR)
                .order_by(AppUser.id)
            ).first()
            return login or SYSTEM_USER

    def idle_lock_minutes(self) -> int:
        """Return the minutes without input before the window locks (``idle_lock_minutes``)."""
        with self.store.session() as s:
            return domain_settings.idle_lock_minutes(s)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Set the idle lock (administrators only, reporting.md §5: settings).

        Raises:
            RoleError: ``not_allowed`` for any other role.
            ValidationError: ``out_of_range`` outside 1-240 minutes; nothing is written.
        """
        low, high = domain_settings.IDLE_LOCK_RANGE
        with self.store.session() as s:
            require(s, Permission.SETTINGS)
            if not low <= minutes <= high:
                raise refused("idle_lock_minutes", "out_of_range", low=low, high=high)
            domain_settings.write_setting(s, domain_settings.IDLE_LOCK_KEY, str(minutes))

    def sanitary_core_for_residential(self) -> bool:
        """Return True when SANITARY counts as core for long-stay and residential objects.

        The ``sanitary_core_for_residential`` setting (brief §2.6, configurable; default on).
        """
        with self.store.session() as s:
            return domain_settings.sanitary_core_for_residential(s)
