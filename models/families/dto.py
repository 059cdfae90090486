"""Frozen drafts (what a form or an import hands in) and rows (what lists show) for cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class MemberDraft:
    """A member of a household: the person and the relation to the reference person.

    ``person_id`` links an existing person (chosen from the duplicate candidates);
    ``membership_id`` names an existing membership being corrected.
    ``not_duplicate_of`` lists the person ids the user declared "not a duplicate" of this one.
    """

    surname: str
    given_name: str
    relation: str
    birth_date: date | None = None
    sex: str = ""
    patronymic: str = ""
    iin: str = ""
    no_iin_reason: str = ""
    citizenship: str = "CITIZEN"
    disability_group: str = ""
    disability_since_childhood: bool = False
    disability_indefinite: bool = False
    disability_review_date: date | None = None
    special_needs: bool = False
    pmpk_date: date | None = None
    school: str = ""
    employment: str = ""
    since: date | None = None
    until: date | None = None
    not_duplicate_of: tuple[int, ...] = ()
    person_id: int | None = None
    membership_id: int | None = None
    person_uuid: str | None = None


@dataclass(frozen=True)
class FamilyDraft:
    """A household with its members, as read from the form or an import."""

    kato: str
    address: str = ""
    phone: str = ""
    rural: bool | None = None
    housing_type: str = ""
    heating_type: str = ""
    co_detector: str = "unknown"
    categories: tuple[str, ...] = ()
    map_level: str = ""
    map_level_date: date | None = None
    map_level_source: str = ""
    income_per_person: Decimal | None = None
    legal_basis: str = ""
    consent_form: str = ""
    consent_date: date | None = None
    consent_recorded_by: str = ""
    consent_withdrawn_date: date | None = None
    statutory_basis: str = ""
    members: tuple[MemberDraft, ...] = ()
    id: int | None = None
    uuid: str | None = None


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
    amount: Decimal | None = None
    person_id: int | None = None
    note: str = ""
    id: int | None = None


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


@dataclass(frozen=True)
class MemberRow:
    """One row of the member list (IIN masked; the full IIN is on the member form)."""

    person_id: int
    uuid: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date | None
    sex: str
    iin_masked: str


@dataclass(frozen=True)
class DuplicateCandidate:
    """A stored person that may be the one being entered.

    ``reason`` is ``same_iin`` or ``similar_name`` (same birth date, same name skeleton).
    """

    person_id: int
    uuid: str
    reason: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date | None
    iin_masked: str
    family_ids: tuple[int, ...]


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
