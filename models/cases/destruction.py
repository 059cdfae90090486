"""Destroying the personal data of families at the end of their retention, with an act (brief §6).

An administrator picks families of the due list (``models/families/retention.py``) and gives
the act's number, date, method and commission; :meth:`DestructionRepository.destroy` then, in
one transaction, through the ORM (so the audit records every deletion and the lock of approved
periods sees it):

- deletes the families' cases with everything recorded in them (events, risk factors,
  assessments and scores, plans and measures, visits, services), the memberships, the families
  (their categories, incomes, benefits and the child opinions of their people go with them by
  the store's foreign keys), and the people who belong to no household that stays (a person
  also in another family is kept: only the membership goes);
- destroys the families' audit keys (``models/audit/keys.destroy_family_key``): the audit keeps
  that the records existed and were deleted, and their personal values can no longer be read;
- writes the act (``destruction_act``) and what it destroyed (``destroyed_record``: family
  UUIDs and case numbers with their closure dates, no personal data) and an audit event.

``PRAGMA secure_delete`` is on for the transaction, so SQLite overwrites the deleted cells with
zeros; a ``VACUUM`` and a WAL checkpoint afterwards rebuild the file without the freed pages,
so the store and every backup made from it from then on (``models/store/backup_file.py``
copies the store) no longer carry the data. Backups made before still hold them until they age
out: the act's note says so (:data:`OLDER_BACKUPS_NOTE`).

The lock of approved periods (``models/period_lock.py``) is not bypassed: destroying a case
whose events are counted in an approved period would change that period's figures, so the
guard refuses the whole destruction with ``PeriodLockedError`` (nothing is deleted); the
period must be reopened first, or the family destroyed once no approval covers its events.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.audit.keys import destroy_family_key
from models.audit.record import record_access
from models.audit.tables import DestroyedRecord, DestructionAct
from models.cases.tables import Case
from models.families.retention import DueFamily, due_families, people_of
from models.families.tables import Family, Person
from models.issues import ValidationReport, raise_if_errors
from models.reference import settings as domain_settings
from models.reference.roles import Permission, requires
from models.store.db import Store

log = logging.getLogger(__name__)

#: The audit action of a destruction (``audit_event.action``).
DESTROY = "destroy"
#: What the act says of backups made before it (stable text: the printout translates it).
OLDER_BACKUPS_NOTE = "older_backups"
#: Proposed method when the administrator writes none.
DEFAULT_METHOD = "Deleted from the database, deleted pages overwritten (secure delete, VACUUM)"


@dataclass(frozen=True)
class ActDraft:
    """What the administrator enters for a destruction act."""

    number: str
    act_date: date
    method: str
    #: Commission members, one per line on the printout (names and positions of staff).
    commission: tuple[str, ...]
    family_ids: tuple[int, ...]


@dataclass(frozen=True)
class ActRecord:
    record_type: str
    reference: str
    closed_on: date | None


@dataclass(frozen=True)
class ActView:
    """A stored act, for the printout: no personal data."""

    id: int
    number: str
    act_date: date
    method: str
    commission: tuple[str, ...]
    by_login: str
    at: datetime
    records: tuple[ActRecord, ...]

    def count(self, record_type: str) -> int:
        return sum(1 for r in self.records if r.record_type == record_type)


def _check(draft: ActDraft, today: date, due: dict[int, DueFamily]) -> ValidationReport:
    report = ValidationReport()
    if not draft.number.strip():
        report.add("number", "required")
    if draft.act_date > today:
        report.add("act_date", "date_in_future")
    if not draft.method.strip():
        report.add("method", "required")
    if not [m for m in draft.commission if m.strip()]:
        report.add("commission", "required")
    if not draft.family_ids:
        report.add("families", "required")
    elif any(fid not in due for fid in draft.family_ids):
        report.add("families", "not_due_for_destruction")
    return report


class DestructionRepository:
    """The retention setting, the due list, destruction acts (administrator)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @requires(Permission.SETTINGS)
    def retention_years(self) -> int:
        with self.store.session() as s:
            return domain_settings.retention_years_after_closure(s)

    @requires(Permission.SETTINGS)
    def set_retention_years(self, years: int, user: str) -> None:
        low, high = domain_settings.RETENTION_YEARS_RANGE
        if not low <= years <= high:
            report = ValidationReport()
            report.add("retention_years", "out_of_range", low=low, high=high)
            raise_if_errors(report)
        with self.store.session(user) as s:
            domain_settings.write_setting(s, domain_settings.RETENTION_YEARS_KEY, str(years))

    @requires(Permission.SETTINGS)
    def due(self, today: date) -> list[DueFamily]:
        """The families due for destruction on ``today`` under the retention setting."""
        with self.store.session() as s:
            years = domain_settings.retention_years_after_closure(s)
            return due_families(s, today, years)

    @requires(Permission.SETTINGS)
    def destroy(self, draft: ActDraft, today: date, user: str) -> int:
        """Destroy the families of ``draft`` (see the module) and return the act's id.

        Raises:
            ValidationError: the act is incomplete or a family is not due; nothing is written.
            PeriodLockedError: a case's events are counted in an approved period; nothing is
                written.
        """
        with self.store.session(user) as s:
            years = domain_settings.retention_years_after_closure(s)
            due = {d.family_id: d for d in due_families(s, today, years)}
            raise_if_errors(_check(draft, today, due))
            chosen = [due[fid] for fid in dict.fromkeys(draft.family_ids)]
            s.execute(text("PRAGMA secure_delete=ON"))
            try:
                act_id = self._destroy(s, draft, chosen)
            finally:
                s.execute(text("PRAGMA secure_delete=OFF"))
        self._compact()
        log.info("destruction act %s: %d families", draft.number.strip(), len(chosen))
        return act_id

    @staticmethod
    def _destroy(s: Session, draft: ActDraft, chosen: Sequence[DueFamily]) -> int:
        ids = [d.family_id for d in chosen]
        going, _kept = people_of(s, ids)
        for case in s.scalars(select(Case).where(Case.family_id.in_(ids))):
            s.delete(case)
        s.flush()
        for fam in s.scalars(select(Family).where(Family.id.in_(ids))):
            s.delete(fam)
        s.flush()
        for person in s.scalars(select(Person).where(Person.id.in_(sorted(going)))):
            s.delete(person)
        s.flush()
        # After the deletions' audit (sealed under the keys): nobody can open those values now.
        for d in chosen:
            destroy_family_key(s, d.family_uuid)
        act = DestructionAct(
            number=draft.number.strip(),
            act_date=draft.act_date,
            method=draft.method.strip(),
            commission="\n".join(m.strip() for m in draft.commission if m.strip()),
            by_login=str(s.info.get("user", "")),
        )
        s.add(act)
        s.flush()
        for d in chosen:
            s.add(
                DestroyedRecord(
                    act_id=act.id,
                    record_type="family",
                    reference=d.family_uuid,
                    closed_on=d.last_closed,
                )
            )
            for number, closed in d.cases:
                s.add(
                    DestroyedRecord(
                        act_id=act.id, record_type="case", reference=number, closed_on=closed
                    )
                )
        s.add(
            DestroyedRecord(
                act_id=act.id, record_type="people", reference=str(len(going)), closed_on=None
            )
        )
        s.flush()
        record_access(s, DESTROY, "destruction_act", str(act.id), note=act.number)
        return act.id

    def _compact(self) -> None:
        """Rebuild the file without the freed pages and empty the WAL (see the module)."""
        with self.store.engine.connect() as conn:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            auto.exec_driver_sql("VACUUM")
            auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @requires(Permission.SETTINGS)
    def acts(self) -> list[tuple[int, str, date]]:
        """(id, number, date) of every act, newest first."""
        with self.store.session() as s:
            rows = s.execute(
                select(DestructionAct.id, DestructionAct.number, DestructionAct.act_date).order_by(
                    DestructionAct.act_date.desc(), DestructionAct.id.desc()
                )
            )
            return [(int(i), str(n), d) for i, n, d in rows]

    @requires(Permission.SETTINGS)
    def act(self, act_id: int) -> ActView:
        with self.store.session() as s:
            a = s.get_one(DestructionAct, act_id)
            records = s.execute(
                select(
                    DestroyedRecord.record_type,
                    DestroyedRecord.reference,
                    DestroyedRecord.closed_on,
                )
                .where(DestroyedRecord.act_id == act_id)
                .order_by(DestroyedRecord.id)
            )
            return ActView(
                id=a.id,
                number=a.number,
                act_date=a.act_date,
                method=a.method,
                commission=tuple(m for m in a.commission.splitlines() if m.strip()),
                by_login=a.by_login,
                at=a.at,
                records=tuple(ActRecord(t, r, c) for t, r, c in records),
            )

    @requires(Permission.SETTINGS)
    def count_acts(self) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count(DestructionAct.id))) or 0)
