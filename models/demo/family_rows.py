"""Writing demo families, their members and their cases with Core bulk inserts in the caller's
transaction (PITFALLS.md #6): the ORM's ``before_flush`` hook does not run, so the tracking
columns are filled here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

from models.audit.record import Change, inserted_rows, record_changes
from models.cases.dto import (
    MeasureDraft,
)
from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    PLAN,
    REOPENED,
)
from models.cases.tables import (
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
)
from models.demo.cases import DemoCase
from models.demo.families import DemoFamily
from models.families.name_keys import person_name_key
from models.families.tables import Family, FamilyCategory, FamilyMember, Person
from models.store.base import SYSTEM_ROLE, new_uuid
from models.text import search_fold

_PER: Table = Person.__table__  # type: ignore[assignment]
_FAM: Table = Family.__table__  # type: ignore[assignment]
_CAT: Table = FamilyCategory.__table__  # type: ignore[assignment]
_MEM: Table = FamilyMember.__table__  # type: ignore[assignment]
_CAS: Table = Case.__table__  # type: ignore[assignment]
_EVT: Table = CaseEvent.__table__  # type: ignore[assignment]
_RSK: Table = CaseRiskFactor.__table__  # type: ignore[assignment]
_ASM: Table = NeedsAssessment.__table__  # type: ignore[assignment]
_SCO: Table = AssessmentScore.__table__  # type: ignore[assignment]
_PLN: Table = SupportPlan.__table__  # type: ignore[assignment]
_MSR: Table = PlanMeasure.__table__  # type: ignore[assignment]
_VIS: Table = Visit.__table__  # type: ignore[assignment]
_SVC: Table = ServiceDelivered.__table__  # type: ignore[assignment]


# -- writing -------------------------------------------------------------------------------------


def _stage_columns(case: DemoCase) -> dict[str, Any]:
    """Return the stage-date and closure columns of the current cycle (as the repository sets)."""
    cols: dict[str, Any] = {
        "identified_date": None,
        "assessment_date": None,
        "plan_date": None,
        "accompaniment_date": None,
        "closed_date": None,
        "reopened_date": None,
        "closure_reason": "",
        "closure_note": "",
        "closure_outcome": "",
        "closure_map_level": "",
    }
    column = {
        IDENTIFIED: "identified_date",
        ASSESSMENT: "assessment_date",
        PLAN: "plan_date",
        ACCOMPANIMENT: "accompaniment_date",
        CLOSED: "closed_date",
        REOPENED: "reopened_date",
    }
    for step in case.steps[1:]:
        cols[column[step.to_stage]] = step.on
        if step.to_stage == REOPENED:
            for name in ("assessment_date", "plan_date", "accompaniment_date", "closed_date"):
                cols[name] = None
    closure = case.closure
    if closure is not None:
        cols["closure_reason"] = closure.reason
        cols["closure_outcome"] = closure.outcome
    return cols


def write_families(
    conn: Connection,
    plan: Sequence[DemoFamily],
    *,
    office_kato: str,
    stamp: dict[str, Any],
    role: str = SYSTEM_ROLE,
    closure_levels: Sequence[str] = ("B", "C"),
) -> None:
    """Insert the planned families, people and cases with Core bulk inserts on ``conn``, and
    their audit (one compact row per record, personal values sealed under the family's key)
    through ``models/audit/record.py`` like every other write."""

    def tracked(uid: str | None = None) -> dict[str, Any]:
        return {"uuid": uid or new_uuid(), **stamp}

    person_rows: list[dict[str, Any]] = []
    family_rows: list[dict[str, Any]] = []
    family_uuids: list[str] = []
    person_uuids: list[list[str]] = []
    for f in plan:
        d = f.draft
        fuid = new_uuid()
        family_uuids.append(fuid)
        family_rows.append(
            {
                **tracked(fuid),
                "kato": d.kato,
                "address": d.address,
                "phone": d.phone,
                "rural": d.rural,
                "housing_type": d.housing_type,
                "heating_type": d.heating_type,
                "co_detector": d.co_detector,
                "income_per_person": d.income_per_person,
                "map_level": d.map_level,
                "map_level_date": d.map_level_date,
                "map_level_source": d.map_level_source,
                "legal_basis": d.legal_basis,
                "consent_form": d.consent_form,
                "consent_date": d.consent_date,
                "consent_recorded_by": d.consent_recorded_by,
                "consent_withdrawn_date": None,
                "statutory_basis": d.statutory_basis,
            }
        )
        uids = []
        for m in d.members:
            puid = new_uuid()
            uids.append(puid)
            person_rows.append(
                {
                    **tracked(puid),
                    "iin": m.iin,
                    "surname": m.surname,
                    "given_name": m.given_name,
                    "patronymic": m.patronymic,
                    "iin_key": m.iin,
                    "name_fold": search_fold(f"{m.surname} {m.given_name} {m.patronymic}"),
                    "given_fold": search_fold(f"{m.given_name} {m.surname} {m.patronymic}"),
                    "name_key": person_name_key(m.surname, m.given_name),
                    "no_iin_reason": "",
                    "birth_date": m.birth_date,
                    "sex": m.sex,
                    "citizenship": m.citizenship,
                    "disability_group": m.disability_group,
                    "disability_since_childhood": m.disability_since_childhood,
                    "disability_indefinite": m.disability_indefinite,
                    "disability_review_date": m.disability_review_date,
                    "special_needs": m.special_needs,
                    "pmpk_date": m.pmpk_date,
                    "school": m.school,
                    "employment": m.employment,
                }
            )
        person_uuids.append(uids)
    fam_ids = dict(
        (u, i) for i, u in conn.execute(insert(_FAM).returning(_FAM.c.id, _FAM.c.uuid), family_rows)
    )
    per_ids = dict(
        (u, i) for i, u in conn.execute(insert(_PER).returning(_PER.c.id, _PER.c.uuid), person_rows)
    )
    cats: list[dict[str, Any]] = []
    mems: list[dict[str, Any]] = []
    case_rows: list[dict[str, Any]] = []
    case_uuids: list[str] = []
    for f, fuid, uids in zip(plan, family_uuids, person_uuids, strict=True):
        fid = fam_ids[fuid]
        cats.extend({**tracked(), "family_id": fid, "code": c} for c in f.draft.categories)
        for m, puid in zip(f.draft.members, uids, strict=True):
            mems.append(
                {
                    **tracked(),
                    "family_id": fid,
                    "person_id": per_ids[puid],
                    "relation": m.relation,
                    "since": m.since,
                    "until": None,
                }
            )
        c = f.case
        cuid = new_uuid()
        case_uuids.append(cuid)
        latest = max(c.visits, key=lambda v: v.visit_date, default=None)
        cols = _stage_columns(c)
        if cols["closure_reason"] == "GOALS_ACHIEVED":
            cols["closure_map_level"] = closure_levels[c.seq % len(closure_levels)]
        case_rows.append(
            {
                **tracked(cuid),
                "number": c.number,
                "office_kato": office_kato,
                "year": c.year,
                "seq": c.seq,
                "family_id": fid,
                "worker_login": c.signal.worker_login,
                "stage": c.stage,
                "signal_date": c.signal.signal_date,
                "signal_source": c.signal.source,
                "signal_source_note": c.signal.source_note,
                "signal_description": c.signal.description,
                "anonymous": c.signal.anonymous,
                "next_follow_up": latest.next_due if latest is not None else None,
                **cols,
            }
        )
    if cats:
        conn.execute(insert(_CAT), cats)
    conn.execute(insert(_MEM), mems)
    case_ids = dict(
        (u, i) for i, u in conn.execute(insert(_CAS).returning(_CAS.c.id, _CAS.c.uuid), case_rows)
    )
    events: list[dict[str, Any]] = []
    risks: list[dict[str, Any]] = []
    assessments: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    visits: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    score_rows: list[tuple[str, dict[str, int]]] = []
    measure_rows: list[tuple[str, tuple[MeasureDraft, ...]]] = []
    for f, cuid, uids in zip(plan, case_uuids, person_uuids, strict=True):
        cid = case_ids[cuid]
        c = f.case
        for step in c.steps:
            events.append(
                {
                    **tracked(),
                    "case_id": cid,
                    "kind": EVENT_STAGE,
                    "event_date": step.on,
                    "from_stage": step.from_stage,
                    "to_stage": step.to_stage,
                    "reason_code": step.reason,
                    "note": "" if step.to_stage == CLOSED else step.note,
                }
            )
        for code, who, noted in c.risk_factors:
            risks.append(
                {
                    **tracked(),
                    "case_id": cid,
                    "code": code,
                    "person_id": per_ids[uids[who]] if who is not None else None,
                    "noted_date": noted,
                }
            )
        for a in c.assessments:
            auid = new_uuid()
            score_rows.append((auid, a.scores))
            assessments.append(
                {
                    **tracked(auid),
                    "case_id": cid,
                    "assessed_on": a.assessed_on,
                    "instruments": a.instruments,
                    "summary": a.summary,
                }
            )
        for p in c.plans:
            puid = new_uuid()
            measure_rows.append((puid, p.measures))
            plans.append(
                {
                    **tracked(puid),
                    "case_id": cid,
                    "version": p.version,
                    "drawn_up": p.drawn_up,
                    "review_date": p.review_date,
                    "approved_date": None,
                    "approved_by": "",
                    "note": p.note,
                }
            )
        visits.extend(
            {
                **tracked(),
                "case_id": cid,
                "visit_date": v.visit_date,
                "kind": v.kind,
                "participants": v.participants,
                "child_seen": v.child_seen,
                "findings": v.findings,
                "risk_level": v.risk_level,
                "next_due": v.next_due,
            }
            for v in c.visits
        )
        services.extend(
            {
                **tracked(),
                "case_id": cid,
                "service_type": s.service_type,
                "delivered_on": s.delivered_on,
                "provider": s.provider,
                "staff": s.staff,
                "quantity": s.quantity,
                "amount": s.amount,
                "person_id": None,
                "note": s.note,
            }
            for s in c.services
        )
    for table, batch in ((_EVT, events), (_RSK, risks), (_VIS, visits), (_SVC, services)):
        if batch:
            conn.execute(insert(table), batch)
    asm_ids: dict[str, int] = {}
    scores: list[dict[str, Any]] = []
    if assessments:
        asm_ids = dict(
            (u, i)
            for i, u in conn.execute(insert(_ASM).returning(_ASM.c.id, _ASM.c.uuid), assessments)
        )
        scores = [
            {**tracked(), "assessment_id": asm_ids[u], "domain": d, "score": v, "note": ""}
            for u, by_domain in score_rows
            for d, v in by_domain.items()
        ]
        conn.execute(insert(_SCO), scores)
    plan_ids: dict[str, int] = {}
    measures: list[dict[str, Any]] = []
    if plans:
        plan_ids = dict(
            (u, i) for i, u in conn.execute(insert(_PLN).returning(_PLN.c.id, _PLN.c.uuid), plans)
        )
        measures = [
            {
                **tracked(),
                "plan_id": plan_ids[u],
                "service_type": m.service_type,
                "description": m.description,
                "agency": m.agency,
                "due_date": m.due_date,
                "status": m.status,
                "done_date": m.done_date,
                "person_id": None,
            }
            for u, drafts in measure_rows
            for m in drafts
        ]
        conn.execute(insert(_MSR), measures)
    # -- the audit, through the same function as the ORM hook's ---------------------------------
    family_of = {fam_ids[u]: u for u in family_uuids}  # family id -> uuid
    person_family = {p: f for f, uids in zip(family_uuids, person_uuids, strict=True) for p in uids}
    case_of = {case_ids[u]: u for u in case_uuids}  # case id -> uuid
    case_family = {r["uuid"]: family_of[r["family_id"]] for r in case_rows}
    #: parent id -> (parent uuid, family uuid) of assessments and plans
    owners = {
        "assessment_id": {asm_ids[r["uuid"]]: r for r in assessments},
        "plan_id": {plan_ids[r["uuid"]]: r for r in plans},
    }

    def in_family(r: Mapping[str, Any]) -> str:
        return family_of[r["family_id"]]

    def in_case(r: Mapping[str, Any]) -> str:
        return case_of[r["case_id"]]

    audit: list[Change] = inserted_rows("family", family_rows, family=lambda r: r["uuid"])
    audit += inserted_rows("person", person_rows, family=lambda r: person_family[r["uuid"]])
    for entity, batch in (("family_category", cats), ("family_member", mems)):
        audit += inserted_rows(
            entity, batch, family=in_family, parent=lambda r: f"family:{in_family(r)}"
        )
    audit += inserted_rows("family_case", case_rows, family=lambda r: case_family[r["uuid"]])
    for entity, batch in (
        ("case_event", events),
        ("case_risk_factor", risks),
        ("needs_assessment", assessments),
        ("support_plan", plans),
        ("visit", visits),
        ("service_delivered", services),
    ):
        audit += inserted_rows(
            entity,
            batch,
            family=lambda r: case_family[in_case(r)],
            parent=lambda r: f"family_case:{in_case(r)}",
        )
    for entity, batch, fk, parent_table in (
        ("assessment_score", scores, "assessment_id", "needs_assessment"),
        ("plan_measure", measures, "plan_id", "support_plan"),
    ):
        of = owners[fk]
        audit += inserted_rows(
            entity,
            batch,
            family=lambda r, of=of, fk=fk: case_family[in_case(of[r[fk]])],  # type: ignore[misc]
            parent=lambda r, of=of, fk=fk, t=parent_table: f"{t}:{of[r[fk]]['uuid']}",  # type: ignore[misc]
        )
    record_changes(conn, audit, login=str(stamp["created_by"]), role=role, compact=True)
