"""Frozen drafts (what a form or an import hands in) and rows (what lists show) for cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class SignalDraft:
    """The first record of a case: a signal about a family (brief §3.4)."""

    signal_date: date
    source: str
    description: str = ""
    anonymous: bool = False
    source_note: str = ""
    worker_login: str = ""
    family_id: int | None = None


@dataclass(frozen=True)
class ClosureDraft:
    """Closure of a case: date, reason code (``closure_reasons.csv``), note and outcome."""

    closed_date: date
    reason: str
    note: str = ""
    outcome: str = ""
    map_level: str = ""


@dataclass(frozen=True)
class AssessmentDraft:
    """A needs assessment: domain -> score (``SCORE_MIN`` .. ``SCORE_MAX``)."""

    assessed_on: date
    scores: dict[str, int] = field(default_factory=dict)
    instruments: str = ""
    summary: str = ""


@dataclass(frozen=True)
class MeasureDraft:
    """A measure of a support plan."""

    service_type: str
    due_date: date | None
    agency: str = ""
    description: str = ""
    status: str = "PLANNED"
    done_date: date | None = None
    person_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class PlanDraft:
    """A version of the individual support plan."""

    drawn_up: date
    measures: tuple[MeasureDraft, ...] = ()
    review_date: date | None = None
    note: str = ""
    id: int | None = None
    version: int | None = None
    #: The supervisor who approved this version and when (empty: awaiting approval).
    approved_by: str = ""
    approved_date: date | None = None


@dataclass(frozen=True)
class VisitDraft:
    """A visit or contact (brief §3.4)."""

    visit_date: date
    kind: str
    participants: str = ""
    child_seen: bool | None = None
    findings: str = ""
    risk_level: str = ""
    next_due: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ServiceDraft:
    """A service delivered."""

    service_type: str
    delivered_on: date
    provider: str = ""
    staff: str = ""
    quantity: Decimal | None = None
    #: Tenge as entered before issue 14 (read-only now: new services carry ``amount_mrp``).
    amount: Decimal | None = None
    person_id: int | None = None
    note: str = ""
    id: int | None = None
    #: The amount in МРП of the delivery year (brief §3.8).
    amount_mrp: Decimal | None = None


@dataclass(frozen=True)
class RiskFactorDraft:
    """A risk factor of a case, optionally about one person."""

    code: str
    person_id: int | None = None
    noted_date: date | None = None


@dataclass(frozen=True)
class CaseEventRow:
    """One entry of a case's log."""

    kind: str
    event_date: date
    from_stage: str
    to_stage: str
    reason_code: str
    note: str
    author: str
    #: A closure or reopening: the supervisor who approved it and when (empty: awaiting).
    approved_by: str = ""
    approved_date: date | None = None


@dataclass(frozen=True)
class CaseRow:
    """One row of a case work list.

    ``risk_factors`` never includes restricted-access codes (brief §3.5).
    """

    id: int
    uuid: str
    number: str
    stage: str
    worker_login: str
    family_id: int | None
    family_name: str
    kato: str
    signal_date: date
    identified_date: date | None
    next_follow_up: date | None
    risk_factors: tuple[str, ...]


@dataclass(frozen=True)
class CaseDetail:
    """Everything recorded about a case (the case screen; restricted factors included)."""

    id: int
    uuid: str
    number: str
    stage: str
    worker_login: str
    family_id: int | None
    signal: SignalDraft
    identified_date: date | None
    assessment_date: date | None
    plan_date: date | None
    accompaniment_date: date | None
    closed_date: date | None
    reopened_date: date | None
    closure: ClosureDraft | None
    next_follow_up: date | None
    risk_factors: tuple[RiskFactorDraft, ...]
    assessments: tuple[AssessmentDraft, ...]
    plans: tuple[PlanDraft, ...]
    visits: tuple[VisitDraft, ...]
    services: tuple[ServiceDraft, ...]
    events: tuple[CaseEventRow, ...]


@dataclass(frozen=True)
class WorkListCounts:
    """Counts of the work lists shown on the main window."""

    my_open: int
    due_this_week: int
    overdue: int
    without_plan: int
    #: Open cases of families still in map category D or E N days after opening (issue 14).
    relaunch: int = 0
