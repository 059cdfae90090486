"""State control and re-inspection triggers of an object (issue 12, domain brief §2.2).

- ``state_control``: an inspection by a control body (date, body, violations, an order to
  remedy, a fine in МРП, its deadline and when it was done): optional sub-records of an object.
- ``reinspection_trigger``: an event that makes a new passport version due (a complaint, a
  reconstruction or capital repair, a change of use). It is answered by the first passport
  version dated on or after it; until then the object is on the re-inspection due list.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, Tracked

#: Events recorded on an object that make a re-inspection due (``reinspection_reasons``
#: minus PERIODIC and AFTER_WORKS, which Qoldau finds itself).
TRIGGER_KINDS = ("RECONSTRUCTION", "CHANGE_OF_USE", "COMPLAINT")


class StateControl(Tracked, Base):
    """A state-control inspection of an object."""

    __tablename__ = "state_control"
    __table_args__ = (Index("ix_state_control_object", "object_id", "inspected_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("infra_object.id", ondelete="CASCADE"))
    inspected_on: Mapped[date] = mapped_column(Date)
    #: The control body, as named in its act.
    body: Mapped[str] = mapped_column(Text)
    violations: Mapped[str] = mapped_column(Text, default="")
    #: The order to remedy (нұсқама / предписание): its number and date as written, "" none.
    order_ref: Mapped[str] = mapped_column(Text, default="")
    #: The fine in МРП (brief §2.2), None when none was imposed.
    fine_mrp: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    #: The deadline to remedy, and the day the violations were remedied (None: not yet).
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class ReinspectionTrigger(Tracked, Base):
    """An event that makes the object due for re-inspection (brief §2.2 step 5)."""

    __tablename__ = "reinspection_trigger"
    __table_args__ = (Index("ix_reinspection_trigger_object", "object_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("infra_object.id", ondelete="CASCADE"))
    #: ``TRIGGER_KINDS``.
    kind: Mapped[str] = mapped_column(String(24))
    occurred_on: Mapped[date] = mapped_column(Date)
    #: Who complained or what was rebuilt, in the worker's words.
    note: Mapped[str] = mapped_column(Text, default="")
