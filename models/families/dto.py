"""Frozen drafts (what a form or an import hands in) and rows (what lists show) for families
and their members.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    care_status: str = ""
    placement_form: str = ""
    police_registered: bool = False
    police_registered_date: date | None = None
    school_registered: bool = False
    school_registered_date: date | None = None
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
    #: Consent's scope, term and the law that keeps processing after a withdrawal (brief §6).
    consent_scope: str = ""
    consent_until: date | None = None
    withdrawal_basis: str = ""
    members: tuple[MemberDraft, ...] = ()
    id: int | None = None
    uuid: str | None = None


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
