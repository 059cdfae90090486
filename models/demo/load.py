"""Loading demo data for training (reporting.md §4 ``demo``): settlements, objects with their
passports (:mod:`models.demo.objects`), then families with their cases
(:mod:`models.demo.families`), in one transaction.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Table, insert

from models.cases.rules import STAGES
from models.demo.families import CHUNK as FAMILY_CHUNK
from models.demo.families import DemoFamily, check_families, plan_families
from models.demo.family_rows import write_families
from models.demo.objects import CHUNK, check_plan, plan_demo, write_chunk
from models.demo.settlements import plan_settlements
from models.demo.whole_passport import write_whole_passport
from models.families.repository import FamilyRepository
from models.objects.context import validation_context
from models.reference.approvals import PeriodLockedError, approved_periods
from models.reference.offices import office_of
from models.reference.roles import Permission, require_principal
from models.reference.tables import Settlement
from models.store.base import new_uuid, utcnow
from models.store.db import Store

logger = logging.getLogger(__name__)

#: Called with (done, total) after each step.
ProgressFn = Callable[[int, int], None]

_SET: Table = Settlement.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class DemoSummary:
    """What one demo run added; ``str()`` gives the one-line English summary of the command."""

    seed: int
    objects: int
    excluded: int
    passported: int
    passports: int
    requiring_adaptation: int
    adapted: int
    settlements: int
    first_ref: str = ""
    last_ref: str = ""
    families: int = 0
    members: int = 0
    #: (stage, number of cases) in life-cycle order, stages without cases left out.
    cases_by_stage: tuple[tuple[str, int], ...] = ()

    @property
    def cases(self) -> int:
        """Return the number of cases added (one per family)."""
        return sum(n for _stage, n in self.cases_by_stage)

    def __str__(self) -> str:
        text = (
            f"added {self.objects} objects ({self.excluded} excluded), "
            f"{self.passports} passports for {self.passported} objects "
            f"({self.requiring_adaptation} requiring adaptation, {self.adapted} adapted), "
            f"{self.settlements} new settlements; seed {self.seed}"
        )
        if self.first_ref:
            text += f", refs {self.first_ref}..{self.last_ref}"
        if self.families:
            stages = ", ".join(f"{stage} {n}" for stage, n in self.cases_by_stage)
            text += (
                f"; {self.families} families with {self.members} members, "
                f"{self.cases} cases ({stages})"
            )
        return text


def add_demo_data(
    store: Store,
    *,
    objects: int,
    families: int,
    seed: int,
    today: date,
    user: str,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Add reproducible demo data (objects, then families with cases) in one transaction.

    Args:
        store: an open store with its office set up.
        objects: objects to add (about 80 % of the subject ones get passports).
        families: families to add, each with a case (:mod:`models.demo.families`); every
            stage of the life cycle is present once there are 7 or more.
        seed: the random seed; the same seed, ``today`` and starting store give the same data.
        today: the last day any generated date may fall on.
        user: the login recorded as author; about 70 % of the cases are assigned to it (the
            rest to fictional workers) so its work lists are not empty for a trainee.
        progress: called with (done, total) objects and families; an exception it raises (a
            cancel) rolls everything back.

    Returns:
        What was added.

    Raises:
        RoleError: the role may not add demo data (``Permission.DEMO``); nothing is written.
        PeriodLockedError: a period is approved (reporting.md §6.1); nothing is written.
    """
    require_principal(store.principal, Permission.DEMO)
    if objects < 0 or families < 0:
        raise ValueError("counts must be zero or more")
    with store.engine.connect() as conn:
        approved = approved_periods(conn)
    if approved and (objects or families):
        # reporting.md §6.1: demo records are dated over the past three years (objects without a
        # registration date are in every period), so any approved period would change.
        raise PeriodLockedError(approved[-1])
    report = progress or (lambda _done, _total: None)
    total = objects + families
    report(0, total)
    plan = plan_demo(store, objects=objects, seed=seed, today=today)
    ctx = validation_context(store, today)
    check_plan(plan, ctx)
    office = office_of(store)
    settlements = plan_settlements(office)
    family_plan: tuple[DemoFamily, ...] = ()
    if families:
        case_ctx = FamilyRepository(store).context(today)
        place = case_ctx.place
        if place is not None:
            # The planned settlements are written in the same transaction, before the families.
            known = place.settlements | {k for k, _kk, _ru in settlements}
            case_ctx = replace(case_ctx, place=replace(place, settlements=known))
        with store.engine.connect() as conn:
            family_plan = plan_families(
                conn,
                families=families,
                seed=seed,
                today=today,
                user=user,
                office_kato=office.kato,
                katos=[(k, not k.endswith("20100")) for k, _kk, _ru in settlements],
                ctx=case_ctx,
            )
        check_families(family_plan, case_ctx)
    now = utcnow()
    stamp = {"created_at": now, "created_by": user, "updated_at": now, "updated_by": user}
    role = store.principal.role  # the audit's; the author is ``user``
    with store.engine.begin() as conn:
        if plan.settlements:
            conn.execute(
                insert(_SET),
                [
                    {
                        "uuid": new_uuid(),
                        **stamp,
                        "kato": k,
                        "name_kk": kk,
                        "name_ru": ru,
                        "rural": not k.endswith("20100"),
                    }
                    for k, kk, ru in plan.settlements
                ],
            )
        for begin in range(0, len(plan.objects), CHUNK):
            write_chunk(conn, plan.objects[begin : begin + CHUNK], ctx, stamp, role)
            report(min(begin + CHUNK, objects), total)
        # Issue 12: one school with the whole passport (sections, annexes, photos, control).
        write_whole_passport(
            conn,
            plan.objects,
            ctx,
            today=today,
            district=office.name_kk,
            login=user,
            role=role,
        )
        for begin in range(0, len(family_plan), FAMILY_CHUNK):
            write_families(
                conn,
                family_plan[begin : begin + FAMILY_CHUNK],
                office_kato=office.kato,
                stamp=stamp,
                role=role,
            )
            report(objects + min(begin + FAMILY_CHUNK, families), total)
    currents = [o.passports[-1] for o in plan.objects if o.passports]
    refs = [o.draft.object_ref or "" for o in plan.objects]
    stages = Counter(f.case.stage for f in family_plan)
    summary = DemoSummary(
        seed=seed,
        objects=len(plan.objects),
        excluded=sum(not o.draft.subject_to_passportization for o in plan.objects),
        passported=len(currents),
        passports=sum(len(o.passports) for o in plan.objects),
        requiring_adaptation=sum(p.requires_adaptation for p in currents),
        adapted=sum(p.adapted_date is not None for p in currents),
        settlements=len(plan.settlements),
        first_ref=refs[0] if refs else "",
        last_ref=refs[-1] if refs else "",
        families=len(family_plan),
        members=sum(len(f.draft.members) for f in family_plan),
        cases_by_stage=tuple((st, stages[st]) for st in STAGES if stages[st]),
    )
    logger.info("demo data: %s", summary)
    return summary
