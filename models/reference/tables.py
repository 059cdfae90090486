"""Reference data: the domain code lists, the office, accounts, settlements and settings."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, Tracked

LEVELS = ("district", "region", "republic")


class CodeItem(Tracked, Base):
    """One entry of a domain code list (``resources/codelists/<list>.csv``).

    Codes are stable ASCII identifiers and are never renamed or reused; labels are data.
    """

    __tablename__ = "code_item"
    __table_args__ = (UniqueConstraint("list_name", "code", name="uq_code_item_list_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(40))
    kk: Mapped[str] = mapped_column(Text)
    ru: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def label(self, lang: str) -> str:
        """Return the label in ``lang`` (kk, ru or en), falling back to Kazakh."""
        return str(getattr(self, lang, None) or self.kk)


class Office(Tracked, Base):
    """The office this store belongs to (exactly one row)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    kato: Mapped[str] = mapped_column(String(9))
    level: Mapped[str] = mapped_column(String(10))
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)


class AppUser(Tracked, Base):
    """An account (reporting.md §5). The password never lives here: it unwraps the store key
    in the key file beside the store (``models/store/keys.py``); ``role`` is one of
    ``models/reference/roles.py`` ROLES."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="administrator")
    password_hash: Mapped[str | None] = mapped_column(Text, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Set when an administrator gave the password: the user changes it at the next GUI login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Settlement(Tracked, Base):
    """A settlement of the office's territory, keyed by its 9-digit KATO code."""

    __tablename__ = "settlement"

    id: Mapped[int] = mapped_column(primary_key=True)
    kato: Mapped[str] = mapped_column(String(9), unique=True)
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    rural: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Tracked, Base):
    """A domain preference (admin-editable), stored as text."""

    __tablename__ = "setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)


class MrpRate(Base):
    """The monthly calculation index (МРП / АЕК) of a year, in tenge (brief §3.8).

    Seeded with the brief's values (``models/seed.py``); an administrator corrects and adds
    years.
    """

    __tablename__ = "mrp_rate"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    tenge: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class PovertyLine(Base):
    """The poverty line of a quarter, in tenge per person a month (brief §3.8).

    ``region_kato`` is a region's 9-digit code, or empty for every region without its own
    line. ``basis``: ``SUBSISTENCE_70`` (until 2024: 70 % of the subsistence minimum) or
    ``MEDIAN_35`` (from 2025: 35 % of the regional median income, not below 70 % of the
    subsistence minimum).
    """

    __tablename__ = "poverty_line"
    __table_args__ = (
        UniqueConstraint("year", "quarter", "region_kato", name="uq_poverty_line_quarter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    region_kato: Mapped[str] = mapped_column(String(9), default="")
    tenge: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    basis: Mapped[str] = mapped_column(String(16), default="")
