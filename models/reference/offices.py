"""The office of a store (read, set up) and the office hierarchy of reporting.md §1:
district -> region -> republic.
"""

from __future__ import annotations

from sqlalchemy import select

from models.reference.dto import OfficeDTO
from models.reference.identifiers import is_kato_format
from models.reference.roles import ADMINISTRATOR
from models.reference.tables import AppUser, Office
from models.store.db import Store, StoreError

#: The level of an office's sub-offices.
LEVEL_BELOW = {"republic": "region", "region": "district"}


def office_of(store: Store) -> OfficeDTO:
    """Return the office of ``store``.

    Raises:
        StoreError: ``no_office`` when the store was never set up.
    """
    with store.session_factory() as session:
        office = session.scalars(select(Office)).first()
        if office is None:
            raise StoreError("no_office", store.path)
        return OfficeDTO(office.kato, office.level, office.name_kk, office.name_ru)


def has_office(store: Store) -> bool:
    """Return True once the office of ``store`` is set up."""
    with store.session_factory() as session:
        return session.scalars(select(Office.id)).first() is not None


def set_office(store: Store, office: OfficeDTO, admin: str) -> None:
    """Record the office (first launch) and its first administrator account."""
    with store.session(admin) as session:
        session.add(
            Office(
                kato=office.kato,
                level=office.level,
                name_kk=office.name_kk,
                name_ru=office.name_ru,
            )
        )
        if session.scalars(select(AppUser).where(AppUser.login == admin)).first() is None:
            session.add(AppUser(login=admin, display_name=admin, role=ADMINISTRATOR))


def is_sub_office(sender: OfficeDTO, receiver: OfficeDTO) -> bool:
    """Return True when ``sender`` is one level below ``receiver`` and inside its territory."""
    if LEVEL_BELOW.get(receiver.level) != sender.level or not is_kato_format(sender.kato):
        return False
    if sender.level == "region":
        return sender.kato[:2] != "00" and sender.kato[2:] == "0" * 7
    return (
        sender.kato[:2] == receiver.kato[:2]
        and sender.kato[2:4] != "00"
        and sender.kato[4:] == "0" * 5
    )


def app_version() -> str:
    """Return the application's version (the installed package's, or the checkout's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qoldau")
    except PackageNotFoundError:
        return "0.1.0"  # a checkout run without installing: pyproject.toml's version
