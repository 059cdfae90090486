"""The figures of a report package (reporting.md §1, §2.2; domain brief §2.9, §3.9).

Everything is computed in SQL aggregates over the store as it is now, so a package can be
recomputed for any past period and the same store and period always give the same rows. Stocks
are taken at the period end ``E``; flows count events dated in ``[start, E]``.

Objects (A1, A2, A3)
--------------------
* **In the register at E**: ``registered_date`` empty or <= E, and ``deregistered_date`` empty or
  > E (reporting.md §1).
* **Subject to passportization at E**: in the register, and either still marked subject, or
  excluded with an ``exclusion_date`` after E (the exclusion had not happened yet, so the object
  was still subject at E). An excluded object without an exclusion date is treated as excluded
  since always: the date is required by the forms, so only old imports lack it. An object marked
  subject is subject whatever stale exclusion date it keeps.
* **Version used at E** (``v``): the passport version with the latest ``passport_date`` <= E
  (ties: the higher version). Versions without a passport date are drafts and never count. A
  current version dated after E is ignored: the object is judged by its version in force at E.
* **Passported at E**: subject at E and ``v`` exists.
* **Adaptation cycle** (brief §2.9 "Counting rules"). Let ``w`` be the latest version dated <= E
  that found adaptation needed (``requires_adaptation``). Then, for a passported object::

      adapted   = w exists and w.adapted_date <= E
      requiring = v.requires_adaptation or adapted

  So an adapted object stays in "requiring" and is also counted in "adapted"; a later
  re-inspection that confirms the result (``v.requires_adaptation`` false) keeps it in both; a
  later version that finds new barriers becomes ``w`` itself, so the object leaves "adapted"
  until that version's works are recorded. A version that found adaptation needed and was never
  recorded as adapted, followed by a re-inspection finding no barriers, counts as not requiring
  (the commission's latest word; no adaptation is invented). Either way the object is
  accessible, so the indicator is the same.

  Worked example (one object; v1 2026-02-10 requires, adapted 2026-05-20; v2 2026-09-01 finds
  no barriers; v3 2027-03-01 finds new barriers, not yet adapted):

  ====== ========== ========= ======= ==========================
  E      v          requiring adapted why
  ====== ========== ========= ======= ==========================
  Q1     v1         1         0       v1 requires; works not done
  H1     v1         1         1       adapted 20.05 <= 30.06
  2026   v2         1         1       v2 confirms the adapted cycle
  2027   v3         1         0       new barriers: w = v3
  ====== ========== ========= ======= ==========================

* A3 shows, per passported object, the statuses of ``v``, ``requires_adaptation`` = the cycle's
  "requiring" and ``adapted_date`` = ``w.adapted_date`` when counted as adapted; so A3 sums to
  A1. A2 counts a category as accessible when ``v``'s status is DP_V, DP_I, DCH_V or DCH_I.

Cases (B1..B4)
--------------
* A case's state comes from its stage events (``CaseEvent.kind == "stage"``): SIGNAL and
  REOPENED events open it, CLOSED events close it; a case is **open on a day D** when it has more
  opening than closing events dated <= D. Assignment events never count.
* ``cases_open_at_start`` is taken on the day before the period; ``cases_opened`` and
  ``cases_closed`` count events dated in the period (closed and reopened twice adds 2 and 2), so
  ``open_at_start + opened - closed = open_at_end`` holds by construction.
* Cases now closed as ``OPENED_IN_ERROR`` ("opened in error or duplicate", brief §3.9) are left
  out of every figure of every period, with their visits, services, children and factors: they
  never were cases. A case reopened after such a closure counts again.
* Children: distinct persons under 18 at E (born after E minus 18 years, and not after E) with
  a membership current at E (``since`` empty or <= E, ``until`` empty or > E: ``until`` is the
  day they left) of a family with an open case at E. A disability record is a
  ``disability_group`` other than empty and ``NONE``. A person without a birth date is not
  counted (the quality checks report them).
* ``visits`` and ``services``: records dated in the period.
* ``cases_overdue``: :func:`overdue_condition` at E, the one rule of every overdue figure of the
  application (the Cases work list and its counts, the status bar, the dashboard, the printed
  report, the data-quality list): cases open at E whose latest visit of the current cycle (dated
  from the last opening event up to E) set a next follow-up before E, with no visit dated from
  that due date up to E. Follow-ups of a previous cycle lapse with its closure.
* B2 leaves out restricted-access factors (brief §3.5); a factor counts from its ``noted_date``
  (empty = always). ``cases_open_at_end`` counts distinct open cases, ``cases_opened`` counts
  opening events in the period of cases with the factor.
* B4: a family's level at E is its map level when dated on or before E (or undated), else
  ``NONE``. Only the latest level is stored, so a level re-dated after E reads as ``NONE``.

Code rows come in code-list order (all codes, inactive ones too, zeros included); a code found
in the data but missing from its list is added after them, sorted, named by its code, so that
sums still match (the quality checks flag it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from models.cases.overdue import (
    OPENING_STAGES,
    counted_ids,
    open_case_ids,
    overdue_count,
    stage_event,
)
from models.cases.rules import CLOSED, is_restricted
from models.cases.tables import (
    Case,
    CaseEvent,
    CaseRiskFactor,
    ServiceDelivered,
    Visit,
)
from models.families.tables import Family, FamilyMember, Person
from models.objects.tables import CATEGORIES, InfraObject, Passport
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.reference.tables import CodeItem
from models.reporting.consolidation import consolidate
from models.reporting.dto import A1Row, A2Row, A3Row, B1Row, CodeCount, ReportData
from models.reporting.periods import Period
from models.store.db import Store

#: Access statuses that count as accessible in A2 (fully or partially; DU and VND do not).
ACCESSIBLE_STATUSES = ("DP_V", "DP_I", "DCH_V", "DCH_I")
#: B4 row of families without a Digital Family Map level at the period end.
NO_LEVEL = "NONE"
#: Kazakh name of the ``NONE`` row: "not assessed" (brief §3.6; translation unverified).
NO_LEVEL_NAME = "бағаланбаған"
#: A3 rows read from the database at a time.
_A3_BATCH = 2000
#: Disability groups meaning "no disability".
NO_DISABILITY = ("", "NONE")


# -- objects ------------------------------------------------------------------------------------


def in_register(end: date) -> ColumnElement[bool]:
    """Return the condition "the object is in the register on ``end``" (reporting.md §1)."""
    return and_(
        or_(InfraObject.registered_date.is_(None), InfraObject.registered_date <= end),
        or_(InfraObject.deregistered_date.is_(None), InfraObject.deregistered_date > end),
    )


def subject_at(end: date) -> ColumnElement[bool]:
    """Return the condition "subject to passportization on ``end``" (register not included)."""
    return or_(
        InfraObject.subject_to_passportization.is_(True),
        and_(InfraObject.exclusion_date.is_not(None), InfraObject.exclusion_date > end),
    )


def _latest_version(end: date, *, requiring_only: bool) -> Subquery:
    """(pid, oid): per object, its latest passport version dated on or before ``end``."""
    conditions = [Passport.passport_date.is_not(None), Passport.passport_date <= end]
    if requiring_only:
        conditions.append(Passport.requires_adaptation.is_(True))
    rank = func.row_number().over(
        partition_by=Passport.object_id,
        order_by=(Passport.passport_date.desc(), Passport.version.desc(), Passport.id.desc()),
    )
    ranked = (
        select(Passport.id.label("pid"), Passport.object_id.label("oid"), rank.label("rn"))
        .where(*conditions)
        .subquery()
    )
    return select(ranked.c.pid, ranked.c.oid).where(ranked.c.rn == 1).subquery()


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def object_states(end: date) -> Subquery:
    """Return one row per object in the register on ``end`` with its state at that date.

    Columns: ``id``, ``uuid``, ``kato``, ``name``, ``object_type``, ``address``, ``subject``,
    ``passported``, ``requiring``, ``adapted`` (0/1), ``pid`` (version used at ``end``),
    ``passport_date``, ``status_k`` .. ``status_u`` of that version, ``adapted_pid`` (the
    cycle's version ``w``) and ``adapted_date`` (set only when counted as adapted). The
    rules are in the module docstring.
    """
    v = aliased(Passport, name="pv")
    w = aliased(Passport, name="pw")
    lv = _latest_version(end, requiring_only=False)
    lw = _latest_version(end, requiring_only=True)
    subject = subject_at(end)
    passported = and_(subject, v.id.is_not(None))
    adapted = and_(passported, w.adapted_date.is_not(None), w.adapted_date <= end)
    requiring = and_(passported, or_(v.requires_adaptation.is_(True), adapted))
    stmt = (
        select(
            InfraObject.id,
            InfraObject.uuid,
            InfraObject.kato,
            InfraObject.name,
            InfraObject.object_type,
            InfraObject.address,
            _flag(subject).label("subject"),
            _flag(passported).label("passported"),
            _flag(requiring).label("requiring"),
            _flag(adapted).label("adapted"),
            v.id.label("pid"),
            v.passport_date.label("passport_date"),
            *(getattr(v, f"status_{c.lower()}").label(f"status_{c.lower()}") for c in CATEGORIES),
            w.id.label("adapted_pid"),
            case((adapted, w.adapted_date), else_=None).label("adapted_date"),
        )
        .outerjoin(lv, lv.c.oid == InfraObject.id)
        .outerjoin(v, v.id == lv.c.pid)
        .outerjoin(lw, lw.c.oid == InfraObject.id)
        .outerjoin(w, w.id == lw.c.pid)
        .where(in_register(end))
    )
    return stmt.subquery("object_state")


def _int(value: Any) -> int:
    return int(value or 0)


def _a1(s: Session, office: OfficeDTO, end: date) -> A1Row:
    st = object_states(end)
    row = s.execute(
        select(
            func.count(st.c.id),
            func.sum(st.c.subject),
            func.sum(st.c.passported),
            func.sum(st.c.requiring),
            func.sum(st.c.adapted),
        )
    ).one()
    return A1Row(office.kato, office.name_kk, *(_int(x) for x in row))


def _code_list(s: Session, list_name: str) -> list[tuple[str, str]]:
    """(code, Kazakh label) of a code list in file order, inactive codes included."""
    rows = s.execute(
        select(CodeItem.code, CodeItem.kk)
        .where(CodeItem.list_name == list_name)
        .order_by(CodeItem.sort_order, CodeItem.id)
    )
    return [(code, kk) for code, kk in rows]


def _with_unknown(listed: Sequence[tuple[str, str]], found: Iterable[str]) -> list[tuple[str, str]]:
    """The listed codes, then codes found in the data but not listed (sorted, named by code)."""
    known = {code for code, _ in listed}
    extra = sorted({c for c in found if c not in known})
    return [*listed, *((c, c) for c in extra)]


def _a2(s: Session, end: date) -> tuple[A2Row, ...]:
    st = object_states(end)
    passported = st.c.passported == 1
    per_cat = [
        func.sum(
            _flag(and_(passported, st.c[f"status_{c.lower()}"].in_(ACCESSIBLE_STATUSES)))
        ).label(f"acc_{c.lower()}")
        for c in CATEGORIES
    ]
    rows = s.execute(
        select(
            st.c.object_type,
            func.sum(st.c.passported),
            *per_cat,
            func.sum(st.c.requiring),
            func.sum(st.c.adapted),
        ).group_by(st.c.object_type)
    ).all()
    by_type = {r[0]: [_int(x) for x in r[1:]] for r in rows}
    result = []
    for code, name in _with_unknown(_code_list(s, "object_types"), by_type):
        n = by_type.get(code, [0] * 8)
        result.append(A2Row(code, name, n[0], (n[1], n[2], n[3], n[4], n[5]), n[6], n[7]))
    return tuple(result)


def _a3(s: Session, end: date) -> tuple[A3Row, ...]:
    st = object_states(end)
    rows = s.execute(
        select(
            st.c.uuid,
            st.c.kato,
            st.c.name,
            st.c.object_type,
            st.c.address,
            st.c.passport_date,
            *(st.c[f"status_{c.lower()}"] for c in CATEGORIES),
            st.c.requiring,
            st.c.adapted_date,
        ).where(st.c.passported == 1),
        execution_options={"yield_per": _A3_BATCH},
    )
    # NOTE: memory (100k objects): rows are read in batches, never all at once, and the few
    # distinct codes, dates and status tuples are shared between rows instead of one copy each
    # (the driver makes a new object per cell). ~0.5 KB an object instead of ~1.4 KB.
    shared: dict[Any, Any] = {}
    one = shared.setdefault
    result = []
    for r in rows:
        statuses = (r[6] or "", r[7] or "", r[8] or "", r[9] or "", r[10] or "")
        result.append(
            A3Row(
                object_id=r[0],
                kato=one(r[1], r[1]),
                name=r[2],
                object_type=one(r[3], r[3]),
                address=r[4] or "",
                passport_date=one(r[5], r[5]),
                statuses=one(statuses, statuses),
                requires_adaptation=bool(r[11]),
                adapted_date=one(r[12], r[12]),
            )
        )
    del shared
    # NOTE: sorted in Python, not ORDER BY: text collation differs between SQLite and
    # PostgreSQL, and the package must not depend on the database.
    result.sort(key=lambda a: (a.kato, a.name, a.object_id))
    return tuple(result)


# -- cases ----------------------------------------------------------------------------------------


def _events_in(period: Period, stages: Sequence[str]) -> list[ColumnElement[bool]]:
    return stage_event(
        CaseEvent.to_stage.in_(stages),
        CaseEvent.event_date >= period.start,
        CaseEvent.event_date <= period.end,
    )


def child_cutoff(end: date) -> date:
    """Return the birth date on or before which a person is 18 or older on ``end``."""
    try:
        return end.replace(year=end.year - 18)
    except ValueError:  # 29 February: the 18th birthday of 28 February has passed
        return end.replace(year=end.year - 18, day=28)


def families_with_open_case(end: date) -> Select[Any]:
    """Return a select of the ids of families with a counted case open on ``end``."""
    return select(Case.family_id).where(
        Case.id.in_(open_case_ids(end)), Case.family_id.is_not(None)
    )


def children_condition(end: date) -> list[ColumnElement[bool]]:
    """Conditions on Person/FamilyMember: a child of a family with an open case on ``end``."""
    return [
        FamilyMember.family_id.in_(families_with_open_case(end)),
        or_(FamilyMember.since.is_(None), FamilyMember.since <= end),
        or_(FamilyMember.until.is_(None), FamilyMember.until > end),
        Person.birth_date > child_cutoff(end),
        Person.birth_date <= end,
    ]


def _count(s: Session, stmt: Select[Any]) -> int:
    return _int(s.scalar(stmt))


def _b1(s: Session, office: OfficeDTO, period: Period) -> B1Row:
    end = period.end
    n_events = select(func.count(CaseEvent.id))
    children = (
        select(func.count(func.distinct(Person.id)))
        .join(FamilyMember, FamilyMember.person_id == Person.id)
        .where(*children_condition(end))
    )
    return B1Row(
        kato=office.kato,
        name=office.name_kk,
        cases_open_at_start=_count(
            s, select(func.count()).select_from(open_case_ids(period.day_before).subquery())
        ),
        cases_opened=_count(s, n_events.where(*_events_in(period, OPENING_STAGES))),
        cases_closed=_count(s, n_events.where(*_events_in(period, (CLOSED,)))),
        cases_open_at_end=_count(
            s, select(func.count()).select_from(open_case_ids(end).subquery())
        ),
        children_in_open_cases=_count(s, children),
        children_with_disability=_count(
            s, children.where(Person.disability_group.not_in(NO_DISABILITY))
        ),
        visits=_count(
            s,
            select(func.count(Visit.id)).where(
                Visit.case_id.in_(counted_ids()),
                Visit.visit_date >= period.start,
                Visit.visit_date <= end,
            ),
        ),
        services=_count(
            s,
            select(func.count(ServiceDelivered.id)).where(
                ServiceDelivered.case_id.in_(counted_ids()),
                ServiceDelivered.delivered_on >= period.start,
                ServiceDelivered.delivered_on <= end,
            ),
        ),
        cases_overdue=overdue_count(s, end),
    )


def _b2(s: Session, period: Period) -> tuple[CodeCount, ...]:
    end = period.end
    noted = or_(CaseRiskFactor.noted_date.is_(None), CaseRiskFactor.noted_date <= end)
    open_by = dict(
        s.execute(
            select(CaseRiskFactor.code, func.count(func.distinct(CaseRiskFactor.case_id)))
            .where(noted, CaseRiskFactor.case_id.in_(open_case_ids(end)))
            .group_by(CaseRiskFactor.code)
        ).all()
    )
    opened_by = dict(
        s.execute(
            select(CaseRiskFactor.code, func.count(func.distinct(CaseEvent.id)))
            .join(CaseEvent, CaseEvent.case_id == CaseRiskFactor.case_id)
            .where(noted, *_events_in(period, OPENING_STAGES))
            .group_by(CaseRiskFactor.code)
        ).all()
    )
    rows = _with_unknown(_code_list(s, "risk_factors"), [*open_by, *opened_by])
    return tuple(
        CodeCount(code, name, (_int(open_by.get(code)), _int(opened_by.get(code))))
        for code, name in rows
        if not is_restricted(code)
    )


def _b3(s: Session, period: Period) -> tuple[CodeCount, ...]:
    counts = dict(
        s.execute(
            select(ServiceDelivered.service_type, func.count(ServiceDelivered.id))
            .where(
                ServiceDelivered.case_id.in_(counted_ids()),
                ServiceDelivered.delivered_on >= period.start,
                ServiceDelivered.delivered_on <= period.end,
            )
            .group_by(ServiceDelivered.service_type)
        ).all()
    )
    rows = _with_unknown(_code_list(s, "service_types"), counts)
    return tuple(CodeCount(code, name, (_int(counts.get(code)),)) for code, name in rows)


def level_at(end: date) -> ColumnElement[str]:
    """Return a family's Digital Family Map level on ``end``, ``NONE`` when it has none."""
    known = and_(
        Family.map_level != "",
        or_(Family.map_level_date.is_(None), Family.map_level_date <= end),
    )
    return case((known, Family.map_level), else_=NO_LEVEL)


def _b4(s: Session, end: date) -> tuple[CodeCount, ...]:
    # NOTE: grouped over a subquery column, not the CASE itself: PostgreSQL refuses a GROUP BY
    # expression whose bound parameters differ from the selected one's.
    fam = (
        select(level_at(end).label("lvl"), Family.id.label("fid"))
        .where(Family.id.in_(families_with_open_case(end)))
        .subquery()
    )
    counts: dict[str, int] = dict(
        s.execute(select(fam.c.lvl, func.count(fam.c.fid)).group_by(fam.c.lvl)).all()
    )
    listed = [(c, n) for c, n in _code_list(s, "family_map_levels") if c != NO_LEVEL]
    rows = _with_unknown(listed, (c for c in counts if c != NO_LEVEL))
    rows.append((NO_LEVEL, NO_LEVEL_NAME))
    return tuple(CodeCount(code, name, (_int(counts.get(code)),)) for code, name in rows)


# -- public API -----------------------------------------------------------------------------------


def compute_a1(store: Store, period: Period) -> tuple[A1Row, ...]:
    """Return A1: the office's own row (the total row is the writer's)."""
    office = office_of(store)
    with store.session() as s:
        return (_a1(s, office, period.end),)


def compute_a2(store: Store, period: Period) -> tuple[A2Row, ...]:
    """Return A2: one row per object type code, in code-list order, zeros included."""
    with store.session() as s:
        return _a2(s, period.end)


def compute_a3(store: Store, period: Period) -> tuple[A3Row, ...]:
    """Return A3: every object passported at the period end, by KATO, name and UUID."""
    with store.session() as s:
        return _a3(s, period.end)


def compute_b1(store: Store, period: Period) -> tuple[B1Row, ...]:
    """Return B1: the office's own caseload row."""
    office = office_of(store)
    with store.session() as s:
        return (_b1(s, office, period),)


def compute_b2(store: Store, period: Period) -> tuple[CodeCount, ...]:
    """Return B2: (cases_open_at_end, cases_opened) per risk factor, restricted ones left out."""
    with store.session() as s:
        return _b2(s, period)


def compute_b3(store: Store, period: Period) -> tuple[CodeCount, ...]:
    """Return B3: (services,) per service type delivered in the period."""
    with store.session() as s:
        return _b3(s, period)


def compute_b4(store: Store, period: Period) -> tuple[CodeCount, ...]:
    """Return B4: (families,) with an open case at the end, per map level, then ``NONE``."""
    with store.session() as s:
        return _b4(s, period.end)


def compute_figures(store: Store, period: Period) -> ReportData:
    """Return every sheet's rows (no quality checks).

    At a region or the republic the current sub-office packages received for ``period`` are
    consolidated into the office's own figures (:func:`models.reporting.consolidation.consolidate`).
    """
    office = office_of(store)
    own = _own_figures(store, office, period)
    if office.level == "district":
        return own
    return consolidate(store, period, own)


def _own_figures(store: Store, office: OfficeDTO, period: Period) -> ReportData:
    """Return the figures of the records entered at this office, read in one transaction."""
    with store.session() as s:
        return ReportData(
            office=office,
            period=period,
            a1=(_a1(s, office, period.end),),
            a2=_a2(s, period.end),
            a3=_a3(s, period.end),
            b1=(_b1(s, office, period),),
            b2=_b2(s, period),
            b3=_b3(s, period),
            b4=_b4(s, period.end),
        )
