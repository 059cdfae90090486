"""The zone annexes of a passport (issue 12, domain brief §2.3-2.4, §2.8): the elements of each
zone, the photos the commission took, and every edition of the norm rules.

Kept apart from ``models/objects/tables.py`` (the register and the passport itself), which
holds the relationships from a passport to these rows; this module imports nothing of it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, Tracked, utcnow


class ZoneElement(Tracked, Base):
    """One row of a zone annex: an element of the zone as the commission found it."""

    __tablename__ = "zone_element"
    __table_args__ = (Index("ix_zone_element_passport", "passport_id", "zone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    passport_id: Mapped[int] = mapped_column(ForeignKey("passport.id", ondelete="CASCADE"))
    zone: Mapped[str] = mapped_column(String(16))
    #: Its place in the zone's annex (1, 2, ...): the row number printed.
    position: Mapped[int] = mapped_column(Integer, default=1)
    #: ``zone_elements`` (the office may add its own codes to the list).
    element: Mapped[str] = mapped_column(String(40))
    #: Present at the object: "YES", "NO" or "" (not recorded).
    present: Mapped[str] = mapped_column(String(4), default="")
    #: Number on the floor plan, and the photo numbers (as written: "3, 4").
    plan_no: Mapped[str] = mapped_column(String(40), default="")
    photo_no: Mapped[str] = mapped_column(String(40), default="")
    #: The violations found, in the commission's words, and the norm rule broken ("" none).
    violations: Mapped[str] = mapped_column(Text, default="")
    rule_code: Mapped[str] = mapped_column(String(40), default="")
    #: The user categories affected (K O S G U separated by spaces).
    categories: Mapped[str] = mapped_column(String(20), default="")
    #: The recommended work (``adaptation_works``, "" none) and its description.
    work: Mapped[str] = mapped_column(String(24), default="")
    work_note: Mapped[str] = mapped_column(Text, default="")


class Photo(Tracked, Base):
    """A photo of the photo annex, attached to a zone (and one of its elements, or none).

    The picture itself lies in :class:`PhotoData`, so that listing thousands of photos reads
    their thumbnails only.
    """

    __tablename__ = "photo"
    __table_args__ = (UniqueConstraint("passport_id", "number", name="uq_photo_passport_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    passport_id: Mapped[int] = mapped_column(ForeignKey("passport.id", ondelete="CASCADE"))
    #: The photo number of the annex (1, 2, ...), as the elements' ``photo_no`` cite it.
    number: Mapped[int] = mapped_column(Integer)
    zone: Mapped[str] = mapped_column(String(16))
    #: The element photographed (``zone_elements``), "" for the zone as a whole.
    element: Mapped[str] = mapped_column(String(40), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: The stored (scaled) picture: "image/jpeg" or "image/png", its size in pixels and bytes.
    mime: Mapped[str] = mapped_column(String(16), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    #: SHA-256 of the stored picture: the same photo attached twice is found.
    sha256: Mapped[str] = mapped_column(String(64), default="")
    #: The original file's name (no folder), for the commission to find it again.
    source_name: Mapped[str] = mapped_column(Text, default="")
    #: A small JPEG (at most 160 px a side) for the form's thumbnails.
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class PhotoData(Base):
    """The picture of a photo (one row each, read only to show or print it)."""

    __tablename__ = "photo_data"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class NormRuleEdition(Base):
    """An edition of a norm rule, kept for ever: the thresholds a measurement was checked
    against (brief §2.8: "each measurement keeps the edition of the norm it was checked
    against"). ``norm_rule`` holds the latest edition of each rule."""

    __tablename__ = "norm_rule_edition"
    __table_args__ = (UniqueConstraint("check_code", "edition", name="uq_norm_rule_edition"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_code: Mapped[str] = mapped_column(String(40))
    edition: Mapped[int] = mapped_column(Integer)
    zones: Mapped[str] = mapped_column(Text)
    element: Mapped[str] = mapped_column(String(40), default="")
    metric: Mapped[str] = mapped_column(String(12), default="")
    scope: Mapped[str] = mapped_column(String(16), default="")
    operator: Mapped[str] = mapped_column(String(2))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8))
    document: Mapped[str] = mapped_column(Text)
    clause: Mapped[str] = mapped_column(String(40))
    categories: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(8))
    condition_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    condition_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    condition_en: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: When and by whom the edition was made, and why (the administrator's note).
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
