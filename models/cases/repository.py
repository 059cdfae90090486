"""Repository of family-support cases: opening, the life cycle with its event log, assessments,
plans, visits, services and the work lists.

Each call opens its own short session (safe from a worker thread) and returns frozen DTOs.
Every write validates first and raises :class:`~models.issues.ValidationError` with the full
report before anything is written; a refused write leaves the store unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases.access import check_case, check_worker
from models.cases.dto import (
    AssessmentDraft,
    CaseDetail,
    CaseEventRow,
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    PLAN,
    REOPENED,
    SIGNAL,
    TransitionError,
    validate_transition,
)
from models.cases.tables import (
    EVENT_ASSIGN,
    EVENT_STAGE,
    AssessmentScore,
    Case,
    CaseEvent,
    CaseRiskFactor,
    NeedsAssessment,
    PlanMeasure,
    ServiceDelivered,
    SupportPlan,
    Visit,
    whole_case,
)
from models.cases.validation import (
    validate_assessment,
    validate_closure,
    validate_plan,
    validate_plan_measure,
    validate_risk_factor_codes,
    validate_service,
    validate_signal,
    validate_stage_date,
    validate_visit,
)
from models.cases.work_lists import WorkLists
from models.families.dto import FamilyDraft
from models.families.iin import normalize_iin
from models.families.repository import FamilyRepository, write_family
from models.families.tables import Family, FamilyMember, Person
from models.families.validation import CaseContext, validate_family
from models.issues import ValidationReport, raise_if_errors, refused
from models.reference.offices import office_of
from models.reference.roles import Permission, require_principal, requires

#: Stage -> the Case column holding the date the current cycle reached it.
_STAGE_DATE = {
    IDENTIFIED: "identified_date",
    ASSESSMENT: "assessment_date",
    PLAN: "plan_date",
    ACCOMPANIMENT: "accompaniment_date",
    CLOSED: "closed_date",
    REOPENED: "reopened_date",
}


class CaseRepository(WorkLists):
    """Cases: opening, life cycle with its event log, plan, visits, services.

    The work lists and their plan-due setting come from :class:`WorkLists`.
    """

    def _case(
        self, s: Session, case_id: int, permission: Permission = Permission.EDIT_CASES
    ) -> Case:
        """Return a case the principal may read (``PERSONAL_DATA``) or write (``EDIT_CASES``).

        Raises:
            RoleError: a viewer, or a specialist on a case assigned to someone else.
        """
        case = s.get_one(Case, case_id)
        check_case(self.store.principal, case, permission)
        return case

    def context(self, today: date) -> CaseContext:
        """Return what the case rules need (see :meth:`FamilyRepository.context`)."""
        return FamilyRepository(self.store).context(today)

    # -- opening and life cycle -------------------------------------------------------------

    def open_case(self, draft: SignalDraft, ctx: CaseContext, user: str) -> int:
        """Register a signal as a new case at stage SIGNAL; return the case id.

        The number is "<office KATO>-<year of the signal>-<5-digit sequence>", the sequence
        restarting each year. The worker is ``draft.worker_login`` or else ``user``.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        require_principal(self.store.principal, Permission.EDIT_CASES)
        check_worker(self.store.principal, draft.worker_login or user)
        raise_if_errors(validate_signal(draft, ctx))
        office = office_of(self.store)
        year = draft.signal_date.year
        with self.store.session(user) as s:
            if draft.family_id is not None:
                s.get_one(Family, draft.family_id)
            last = s.scalar(
                select(func.max(Case.seq)).where(Case.office_kato == office.kato, Case.year == year)
            )
            seq = (last or 0) + 1
            case = Case(
                number=f"{office.kato}-{year}-{seq:05d}",
                office_kato=office.kato,
                year=year,
                seq=seq,
                family_id=draft.family_id,
                worker_login=draft.worker_login or user,
                stage=SIGNAL,
                signal_date=draft.signal_date,
                signal_source=draft.source,
                signal_source_note=draft.source_note.strip(),
                signal_description=draft.description.strip(),
                anonymous=draft.anonymous,
            )
            case.events.append(
                CaseEvent(kind=EVENT_STAGE, event_date=draft.signal_date, to_stage=SIGNAL)
            )
            s.add(case)
            s.flush()
            return case.id

    def case_number(self, case_id: int) -> str:
        """Return a case's number."""
        with self.store.session() as s:
            return self._case(s, case_id, Permission.PERSONAL_DATA).number

    def set_family(self, case_id: int, family_id: int, user: str) -> None:
        """Link the household a case is about (needed from IDENTIFIED on)."""
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            s.get_one(Family, family_id)
            case.family_id = family_id

    def assign(self, case_id: int, login: str, on: date, user: str, note: str = "") -> None:
        """Assign a case to a worker; the assignment is logged."""
        if not login.strip():
            raise refused("worker_login", "required")
        check_worker(self.store.principal, login.strip())
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            case.events.append(
                CaseEvent(
                    kind=EVENT_ASSIGN,
                    event_date=on,
                    from_stage=case.stage,
                    to_stage=case.stage,
                    reason_code=login.strip(),
                    note=f"{case.worker_login} -> {login.strip()}" + (f": {note}" if note else ""),
                )
            )
            case.worker_login = login.strip()

    @staticmethod
    def _last_stage_date(s: Session, case_id: int) -> date | None:
        return s.scalar(
            select(func.max(CaseEvent.event_date)).where(
                CaseEvent.case_id == case_id, CaseEvent.kind == EVENT_STAGE
            )
        )

    @staticmethod
    def _check_transition(case: Case, target: str) -> None:
        try:
            validate_transition(case.stage, target)
        except TransitionError as exc:
            raise refused("stage", exc.code, current=exc.current, target=exc.target) from exc

    def _move_issues(
        self,
        s: Session,
        case: Case,
        target: str,
        on: date,
        ctx: CaseContext,
        fld: str = "date",
        *,
        has_family: bool | None = None,
        plan_drawn_up: date | None = None,
    ) -> ValidationReport:
        """Return why ``case`` may not move to ``target`` on ``on`` (an empty report: it may).

        Nothing is written. A refused life-cycle step is reported alone (the other checks mean
        nothing then). ``has_family`` overrides the case's own link (identification links the
        household in the same step); ``plan_drawn_up`` is the date of a plan written in the same
        step, which counts for PLAN.
        """
        report = ValidationReport()
        try:
            validate_transition(case.stage, target)
        except TransitionError as exc:
            report.add("stage", exc.code, current=exc.current, target=exc.target)
            return report
        if not (case.family_id is not None if has_family is None else has_family):
            report.add("family", "family_required")
        last = self._last_stage_date(s, case.id)
        report.issues.extend(validate_stage_date(on, case.signal_date, last, ctx, fld).issues)
        if target == PLAN:
            cycle_start = case.reopened_date or case.signal_date
            has_plan = plan_drawn_up is not None and plan_drawn_up >= cycle_start
            if not has_plan:
                has_plan = bool(
                    s.scalar(
                        select(func.count(SupportPlan.id)).where(
                            SupportPlan.case_id == case.id, SupportPlan.drawn_up >= cycle_start
                        )
                    )
                )
            if not has_plan:
                report.add("plan", "plan_required")
        return report

    @staticmethod
    def _move(case: Case, target: str, on: date, note: str = "") -> None:
        """Record a checked move of ``case`` to ``target`` (event, stage, stage date)."""
        case.events.append(
            CaseEvent(
                kind=EVENT_STAGE,
                event_date=on,
                from_stage=case.stage,
                to_stage=target,
                note=note.strip(),
            )
        )
        case.stage = target
        setattr(case, _STAGE_DATE[target], on)

    def transition(
        self, case_id: int, target: str, on: date, ctx: CaseContext, user: str, note: str = ""
    ) -> None:
        """Move a case to IDENTIFIED, ASSESSMENT, PLAN or ACCOMPANIMENT on ``on``.

        Closing and reopening need a reason: use :meth:`close` and :meth:`reopen`. The steps
        that record something with the move are one write each: :meth:`identify`,
        :meth:`add_assessment` and :meth:`save_plan` with ``advance=True``.

        Raises:
            ValidationError: ``stage`` issues (``transition_refused``, ``needs_reason``...),
                ``family_required`` from IDENTIFIED on, ``plan_required`` for PLAN, or a date
                before the signal or the previous stage; nothing is written.
        """
        if target in (CLOSED, REOPENED):
            raise refused("stage", "needs_reason", target=target)
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            raise_if_errors(self._move_issues(s, case, target, on, ctx))
            self._move(case, target, on, note)

    def identify(
        self,
        case_id: int,
        on: date,
        ctx: CaseContext,
        user: str,
        *,
        family_id: int | None = None,
        family: FamilyDraft | None = None,
        note: str = "",
    ) -> int:
        """Confirm a signal: link the household and move the case to IDENTIFIED, as one write.

        The household is ``family_id`` (a stored one) or ``family`` (a new household saved in
        the same transaction); a case already linked may pass neither. Return the family id.

        Raises:
            ValidationError: ``family_required``, the family's own rules, a refused stage or
                date; nothing is written (no household, no link, no stage change).
        """
        if family is not None and family_id is not None:
            raise ValueError("pass family_id or family, not both")
        report = ValidationReport()
        if family is not None:
            report.issues.extend(validate_family(family, ctx).issues)
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            if family_id is not None:
                s.get_one(Family, family_id)  # a stale id is a bug, not a user's slip
            has_family = family is not None or family_id is not None or case.family_id is not None
            report.issues.extend(
                self._move_issues(s, case, IDENTIFIED, on, ctx, has_family=has_family).issues
            )
            raise_if_errors(report)
            if family is not None:
                case.family_id = write_family(s, family, ctx).id
            elif family_id is not None:
                case.family_id = family_id
            self._move(case, IDENTIFIED, on, note)
            assert case.family_id is not None
            return case.family_id

    def close(self, case_id: int, draft: ClosureDraft, ctx: CaseContext, user: str) -> None:
        """Close a case with a reason from ``closure_reasons.csv`` (reachable from any stage).

        Raises:
            ValidationError: ``closure_before_signal``, an unknown reason, a missing note for
                OTHER, or a refused transition; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            self._check_transition(case, CLOSED)
            raise_if_errors(
                validate_closure(draft, case.signal_date, ctx, self._last_stage_date(s, case_id))
            )
            case.events.append(
                CaseEvent(
                    kind=EVENT_STAGE,
                    event_date=draft.closed_date,
                    from_stage=case.stage,
                    to_stage=CLOSED,
                    reason_code=draft.reason,
                    note=draft.note.strip(),
                )
            )
            case.stage = CLOSED
            case.closed_date = draft.closed_date
            case.closure_reason = draft.reason
            case.closure_note = draft.note.strip()
            case.closure_outcome = draft.outcome.strip()
            case.closure_map_level = draft.map_level

    def reopen(self, case_id: int, on: date, reason: str, ctx: CaseContext, user: str) -> None:
        """Reopen a closed case with a reason; it continues with a new assessment.

        The closure stays in the event log; the current-cycle dates after identification and
        the closure fields are cleared.

        Raises:
            ValidationError: a missing reason, a date before the closure, or a refused
                transition; nothing is written.
        """
        if not reason.strip():
            raise refused("reason", "required")
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            self._check_transition(case, REOPENED)
            raise_if_errors(
                validate_stage_date(on, case.signal_date, self._last_stage_date(s, case_id), ctx)
            )
            case.events.append(
                CaseEvent(
                    kind=EVENT_STAGE,
                    event_date=on,
                    from_stage=CLOSED,
                    to_stage=REOPENED,
                    note=reason.strip(),
                )
            )
            case.stage = REOPENED
            case.reopened_date = on
            for column in ("assessment_date", "plan_date", "accompaniment_date", "closed_date"):
                setattr(case, column, None)
            case.closure_reason = case.closure_note = case.closure_outcome = ""
            case.closure_map_level = ""
            # The closed cycle's follow-up lapsed with the closure (reporting.md §2.2): the new
            # cycle has none until its first visit.
            case.next_follow_up = None

    # -- content of a case ------------------------------------------------------------------

    def set_risk_factors(
        self, case_id: int, factors: Sequence[RiskFactorDraft], ctx: CaseContext, user: str
    ) -> None:
        """Replace the risk factors of a case.

        Raises:
            ValidationError: for an unknown code; nothing is written.
        """
        raise_if_errors(validate_risk_factor_codes([f.code for f in factors], ctx))
        with self.store.session(user) as s:
            case = self._case(s, case_id)
            wanted = {(f.code, f.person_id): f for f in factors}
            for rf in list(case.risk_factors):
                if (rf.code, rf.person_id) not in wanted:
                    case.risk_factors.remove(rf)
            have = {(rf.code, rf.person_id) for rf in case.risk_factors}
            for key, f in wanted.items():
                if key not in have:
                    case.risk_factors.append(
                        CaseRiskFactor(
                            code=f.code, person_id=f.person_id, noted_date=f.noted_date or ctx.today
                        )
                    )

    def _case_for_write(self, s: Session, case_id: int) -> Case:
        case = self._case(s, case_id)
        if case.stage == CLOSED:
            raise refused("stage", "case_closed")
        return case

    def add_assessment(
        self,
        case_id: int,
        draft: AssessmentDraft,
        ctx: CaseContext,
        user: str,
        *,
        advance: bool = False,
    ) -> int:
        """Record a needs assessment scored by domain; return its id.

        With ``advance`` the case also moves to ASSESSMENT on the assessment date, in the same
        transaction: both are written or neither.

        Raises:
            ValidationError: for a bad date, domain or score, a closed case, or (``advance``)
                a refused stage change; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            report = validate_assessment(draft, case.signal_date, ctx)
            if advance:
                report.issues.extend(
                    self._move_issues(
                        s, case, ASSESSMENT, draft.assessed_on, ctx, "assessed_on"
                    ).issues
                )
            raise_if_errors(report)
            if advance:
                self._move(case, ASSESSMENT, draft.assessed_on)
            a = NeedsAssessment(
                assessed_on=draft.assessed_on,
                instruments=draft.instruments.strip(),
                summary=draft.summary.strip(),
                scores=[AssessmentScore(domain=d, score=v) for d, v in draft.scores.items()],
            )
            case.assessments.append(a)
            s.flush()
            return a.id

    def save_plan(
        self,
        case_id: int,
        draft: PlanDraft,
        ctx: CaseContext,
        user: str,
        *,
        advance: bool = False,
    ) -> int:
        """Save a support plan: a new version when ``draft.id`` is None, else a correction.

        With ``advance`` the case also moves to PLAN on the plan date, in the same transaction:
        a refused move writes no plan, so trying again never leaves a second version behind.

        Raises:
            ValidationError: ``measure_without_due_date`` and the other plan rules, or
                (``advance``) a refused stage change; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            report = validate_plan(draft, case.signal_date, ctx)
            if advance:
                report.issues.extend(
                    self._move_issues(
                        s, case, PLAN, draft.drawn_up, ctx, "drawn_up", plan_drawn_up=draft.drawn_up
                    ).issues
                )
            raise_if_errors(report)
            if advance:
                self._move(case, PLAN, draft.drawn_up)
            if draft.id is None:
                last = s.scalar(
                    select(func.max(SupportPlan.version)).where(SupportPlan.case_id == case_id)
                )
                plan = SupportPlan(version=(last or 0) + 1, drawn_up=draft.drawn_up)
                case.plans.append(plan)
            else:
                plan = s.get_one(SupportPlan, draft.id)
                if plan.case_id != case_id:
                    raise ValueError(f"plan {draft.id} is not of case {case_id}")
                # A corrected plan is not the one the supervisor approved: it waits again.
                plan.approved_by, plan.approved_date = "", None
            plan.drawn_up = draft.drawn_up
            plan.review_date = draft.review_date
            plan.note = draft.note.strip()
            by_id = {m.id: m for m in plan.measures}
            kept: set[int] = set()
            for md in draft.measures:
                measure = by_id.get(md.id) if md.id is not None else None
                if measure is None:
                    measure = PlanMeasure()
                    plan.measures.append(measure)
                else:
                    kept.add(measure.id)
                measure.service_type = md.service_type
                measure.description = md.description.strip()
                measure.agency = md.agency.strip()
                measure.due_date = md.due_date
                measure.status = md.status
                measure.done_date = md.done_date
                measure.person_id = md.person_id
            for mid, measure in by_id.items():
                if mid not in kept:
                    plan.measures.remove(measure)
            s.flush()
            return plan.id

    def set_measure_status(
        self,
        measure_id: int,
        status: str,
        done_date: date | None,
        ctx: CaseContext,
        user: str,
    ) -> None:
        """Update the status of a plan measure (DONE needs the date it was done).

        Raises:
            ValidationError: for an unknown status or a missing or future done date.
        """
        with self.store.session(user) as s:
            m = s.get_one(PlanMeasure, measure_id)
            self._case(s, m.plan.case_id)
            draft = MeasureDraft(
                service_type=m.service_type,
                due_date=m.due_date,
                status=status,
                done_date=done_date,
            )
            report = validate_plan_measure(draft, ctx)
            report.issues[:] = [i for i in report.issues if i.field != "due_date"]
            raise_if_errors(report)
            m.status = status
            m.done_date = done_date

    def add_visit(self, case_id: int, draft: VisitDraft, ctx: CaseContext, user: str) -> int:
        """Record a visit or contact; the case's next follow-up becomes the latest visit's.

        Only visits of the current cycle (from the signal or the last reopening) count: a
        follow-up set before a closure lapsed with it.

        Raises:
            ValidationError: ``visit_before_signal`` and the other visit rules; nothing is
                written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            raise_if_errors(validate_visit(draft, case.signal_date, ctx))
            visit = Visit(
                visit_date=draft.visit_date,
                kind=draft.kind,
                participants=draft.participants.strip(),
                child_seen=draft.child_seen,
                findings=draft.findings.strip(),
                risk_level=draft.risk_level,
                next_due=draft.next_due,
            )
            case.visits.append(visit)
            s.flush()
            cycle_start = case.reopened_date or case.signal_date
            case.next_follow_up = s.execute(
                select(Visit.next_due)
                .where(Visit.case_id == case_id, Visit.visit_date >= cycle_start)
                .order_by(Visit.visit_date.desc(), Visit.id.desc())
                .limit(1)
            ).scalar()
            return visit.id

    def add_service(self, case_id: int, draft: ServiceDraft, ctx: CaseContext, user: str) -> int:
        """Record a service delivered; return its id.

        Raises:
            ValidationError: for an unknown type, a bad date or a negative amount.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            raise_if_errors(validate_service(draft, case.signal_date, ctx))
            svc = ServiceDelivered(
                service_type=draft.service_type,
                delivered_on=draft.delivered_on,
                provider=draft.provider.strip(),
                staff=draft.staff.strip(),
                quantity=draft.quantity,
                amount=draft.amount,
                amount_mrp=draft.amount_mrp,
                person_id=draft.person_id,
                note=draft.note.strip(),
            )
            case.services.append(svc)
            s.flush()
            return svc.id

    @requires(Permission.PERSONAL_DATA)
    def open_cases_with_iin(self, iin: str, *, exclude_case_id: int | None = None) -> list[str]:
        """Return the numbers of open cases whose household currently has a person with ``iin``.

        The brief (§3.2) asks for a warning when the same IIN is in two open cases.
        """
        iin = normalize_iin(iin)
        if not iin:
            return []
        stmt = (
            select(Case.number)
            .join(FamilyMember, FamilyMember.family_id == Case.family_id)
            .join(Person, Person.id == FamilyMember.person_id)
            .where(Person.iin_key == iin, Case.stage != CLOSED, FamilyMember.until.is_(None))
            .distinct()
            .order_by(Case.number)
        )
        if exclude_case_id is not None:
            stmt = stmt.where(Case.id != exclude_case_id)
        with self.store.session() as s:
            return list(s.scalars(stmt))

    def get_case(self, case_id: int) -> CaseDetail:
        """Return everything recorded about a case (restricted risk factors included)."""
        with self.store.session() as s:
            self._case(s, case_id, Permission.PERSONAL_DATA)
            c = s.scalars(whole_case(case_id)).one()
            return CaseDetail(
                id=c.id,
                uuid=c.uuid,
                number=c.number,
                stage=c.stage,
                worker_login=c.worker_login,
                family_id=c.family_id,
                signal=SignalDraft(
                    signal_date=c.signal_date,
                    source=c.signal_source,
                    description=c.signal_description,
                    anonymous=c.anonymous,
                    source_note=c.signal_source_note,
                    worker_login=c.worker_login,
                    family_id=c.family_id,
                ),
                identified_date=c.identified_date,
                assessment_date=c.assessment_date,
                plan_date=c.plan_date,
                accompaniment_date=c.accompaniment_date,
                closed_date=c.closed_date,
                reopened_date=c.reopened_date,
                closure=(
                    ClosureDraft(
                        c.closed_date,
                        c.closure_reason,
                        c.closure_note,
                        c.closure_outcome,
                        c.closure_map_level,
                    )
                    if c.stage == CLOSED and c.closed_date is not None
                    else None
                ),
                next_follow_up=c.next_follow_up,
                risk_factors=tuple(
                    RiskFactorDraft(r.code, r.person_id, r.noted_date) for r in c.risk_factors
                ),
                assessments=tuple(
                    AssessmentDraft(
                        a.assessed_on,
                        {sc.domain: sc.score for sc in a.scores},
                        a.instruments,
                        a.summary,
                    )
                    for a in c.assessments
                ),
                plans=tuple(
                    PlanDraft(
                        drawn_up=p.drawn_up,
                        measures=tuple(
                            MeasureDraft(
                                m.service_type,
                                m.due_date,
                                m.agency,
                                m.description,
                                m.status,
                                m.done_date,
                                m.person_id,
                                m.id,
                            )
                            for m in p.measures
                        ),
                        review_date=p.review_date,
                        note=p.note,
                        id=p.id,
                        version=p.version,
                        approved_by=p.approved_by,
                        approved_date=p.approved_date,
                    )
                    for p in c.plans
                ),
                visits=tuple(
                    VisitDraft(
                        v.visit_date,
                        v.kind,
                        v.participants,
                        v.child_seen,
                        v.findings,
                        v.risk_level,
                        v.next_due,
                        v.id,
                    )
                    for v in c.visits
                ),
                services=tuple(
                    ServiceDraft(
                        sv.service_type,
                        sv.delivered_on,
                        sv.provider,
                        sv.staff,
                        sv.quantity,
                        sv.amount,
                        sv.person_id,
                        sv.note,
                        sv.id,
                        sv.amount_mrp,
                    )
                    for sv in c.services
                ),
                events=tuple(
                    CaseEventRow(
                        e.kind,
                        e.event_date,
                        e.from_stage,
                        e.to_stage,
                        e.reason_code,
                        e.note,
                        e.created_by,
                        e.approved_by,
                        e.approved_date,
                    )
                    for e in c.events
                ),
            )
