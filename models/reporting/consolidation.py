"""Receiving sub-office packages and consolidating their figures (reporting.md §1, §2.2, §2.3).

The flow, for the GUI and the ``consolidate`` command alike:

1. ``exporters.package_receive.load_incoming(path, receiver=office)`` reads and verifies a
   package into an :class:`IncomingPackage` (models cannot read workbooks: ui → exporters →
   models).
2. :func:`plan_receipt` is the dry run: sender, period, a figures summary, what it would replace,
   or why it is refused (:data:`REFUSALS`). Nothing is written.
3. :func:`receive` imports it, all-or-nothing in one transaction. A package replacing the
   current one of the same sender and period needs ``confirm_replace=True``; the replaced one
   stays in :func:`history` with status ``replaced``.
4. :func:`completeness` tells, for a period, which expected sub-offices have sent and who is
   missing; :func:`consolidate` builds the region's or republic's own figures (called by
   ``models.reporting.figures.compute_figures``).

Expected sub-offices: at the republic, the 20 regions of the bundled ``regions`` code list. At a
region, there is no bundled KATO classifier of districts, so the expected districts are those
that have ever sent a package to this store, plus those configured in the setting
:data:`EXPECTED_DISTRICTS_KEY` (KATO codes separated by commas or spaces; see
:func:`set_expected_districts`). A district that never sent and is not configured cannot be
known to be missing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.reference.approvals import ApprovedPeriod, approved_periods
from models.reference.dto import OfficeDTO
from models.reference.offices import LEVEL_BELOW, is_sub_office, office_of
from models.reference.roles import Permission, require_principal
from models.reference.tables import CodeItem, Setting
from models.reporting import rules
from models.reporting.dto import (
    STORED_BREAKDOWNS,
    A1Row,
    A2Row,
    A3Row,
    B1Row,
    CodeCount,
    IncludedPackage,
    ReportData,
)
from models.reporting.periods import Period
from models.reporting.received import (
    CURRENT,
    REPLACED,
    RETURNED,
    ReceivedCodeRow,
    ReceivedObject,
    ReceivedPackage,
    ReceivedUnitRow,
)
from models.store.base import new_uuid
from models.store.db import Store

#: Refusal: the package failed verification (see ``problems``).
VERIFICATION = "verification"
#: Refusal: the sender is not a sub-office of this office.
NOT_SUB_OFFICE = "not_sub_office"
#: Refusal: this very package (same ``package_id``) was received before.
ALREADY_RECEIVED = "already_received"
#: Refusal: the package held for the sender and period is as new or newer.
NOT_NEWER = "not_newer"
#: Refusal (of :func:`receive` only): it would replace a package and was not confirmed.
NOT_CONFIRMED = "not_confirmed"
#: Refusal: a draft package (its manifest's ``approval`` is not approved, reporting.md §6.2).
NOT_APPROVED = "not_approved"
#: Refusal: this office's own period (or one containing it) is approved (§6.1): ``lock``.
PERIOD_LOCKED = "period_locked"
REFUSALS = (
    VERIFICATION,
    NOT_SUB_OFFICE,
    ALREADY_RECEIVED,
    NOT_APPROVED,
    PERIOD_LOCKED,
    NOT_NEWER,
    NOT_CONFIRMED,
)

#: Setting: KATO codes of the districts a region expects packages from (comma/space separated).
EXPECTED_DISTRICTS_KEY = "consolidation.expected_districts"

#: Bulk insert chunk: bounds memory for 100k A3 rows.
_CHUNK = 5000


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ReceiptProblem:
    """A verification problem: where (sheet or ``manifest``/``workbook``, Excel row) and rule."""

    sheet: str
    row: int | None
    rule: str
    text: str
    #: Values the rule's message shows (the UI words ``rule`` in the user's language).
    params: Mapping[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class IncomingPackage:
    """A package read and verified for this office, not yet received.

    Built by ``exporters.package_receive.load_incoming``; ``problems`` is empty when the package
    passed verification, and then ``manifest`` and ``data`` are set.
    """

    source: str
    manifest: Mapping[str, Any] | None
    data: ReportData | None
    problems: tuple[ReceiptProblem, ...] = ()


@dataclass(frozen=True)
class FiguresSummary:
    """The totals of a package, for the dry-run summary (A1 and B1 total rows, sizes)."""

    units: int
    objects_total: int
    passported: int
    requiring_adaptation: int
    adapted: int
    accessible_share_pct: Decimal | None
    cases_open_at_start: int
    cases_opened: int
    cases_closed: int
    cases_open_at_end: int
    a3_objects: int
    includes: int


@dataclass(frozen=True)
class HeldPackage:
    """A received package as kept in the store (history, completeness, plans)."""

    id: int
    package_id: str
    sender: OfficeDTO
    period: str
    #: The package's creation time, timezone-aware (UTC).
    created_at: datetime
    #: When it was received here, timezone-aware (UTC).
    received_at: datetime
    received_by: str
    status: str
    #: ``package_id`` of the package that replaced it (None while current).
    replaced_by: str | None = None


@dataclass(frozen=True)
class ReceiptPlan:
    """The dry run of a receipt: what would happen, nothing written."""

    source: str
    sender: OfficeDTO | None
    period: str | None
    package_id: str | None
    created_at: datetime | None
    summary: FiguresSummary | None
    #: The current package of the same sender and period it would replace.
    replaces: HeldPackage | None
    #: None when it can be received; else one of :data:`REFUSALS`.
    refusal: str | None
    problems: tuple[ReceiptProblem, ...] = ()
    #: The approval of this office that locks the period (refusal :data:`PERIOD_LOCKED`).
    lock: ApprovedPeriod | None = None

    @property
    def acceptable(self) -> bool:
        """True when it can be received (perhaps after confirming a replacement)."""
        return self.refusal is None

    @property
    def needs_confirmation(self) -> bool:
        """True when receiving it replaces a package: the user must confirm."""
        return self.refusal is None and self.replaces is not None


@dataclass(frozen=True)
class ReceiptResult:
    """The outcome of :func:`receive`."""

    plan: ReceiptPlan
    imported: bool
    #: The package as now held (None when refused).
    record: HeldPackage | None
    #: None when imported; else one of :data:`REFUSALS`.
    refusal: str | None


@dataclass(frozen=True)
class CompletenessRow:
    """One expected sub-office for a period: sent or missing."""

    office: OfficeDTO
    sent: bool
    #: The current package for the period (None when missing).
    current: HeldPackage | None
    #: Earlier packages of the period it replaced, oldest first (each ``replaced_by`` the next).
    replaced: tuple[HeldPackage, ...] = ()
    #: Packages of the period this office returned to the sender, oldest first.
    returned: tuple[HeldPackage, ...] = ()


# --------------------------------------------------------------------------- offices


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _sender(manifest: Mapping[str, Any] | None) -> OfficeDTO | None:
    office = manifest.get("office") if manifest else None
    if not isinstance(office, dict):
        return None
    try:
        return OfficeDTO(
            str(office["kato"]),
            str(office["level"]),
            str(office["name_kk"]),
            str(office["name_ru"]),
        )
    except KeyError:
        return None


def _held(p: ReceivedPackage, replaced_by: str | None) -> HeldPackage:
    return HeldPackage(
        id=p.id,
        package_id=p.package_id,
        sender=OfficeDTO(p.sender_kato, p.sender_level, p.sender_name_kk, p.sender_name_ru),
        period=p.period,
        created_at=_aware(p.package_created_at),
        received_at=_aware(p.received_at),
        received_by=p.received_by,
        status=p.status,
        replaced_by=replaced_by,
    )


# --------------------------------------------------------------------------- dry run


def summarize(data: ReportData) -> FiguresSummary:
    """Return the totals of a package's figures (ratios recomputed from the sums)."""
    a1 = rules.a1_totals(data.a1)
    b1 = rules.b1_totals(data.b1)
    return FiguresSummary(
        units=len(data.a1),
        objects_total=a1["objects_total"],
        passported=a1["passported"],
        requiring_adaptation=a1["requiring_adaptation"],
        adapted=a1["adapted"],
        accessible_share_pct=a1[rules.SHARE],
        cases_open_at_start=b1["cases_open_at_start"],
        cases_opened=b1["cases_opened"],
        cases_closed=b1["cases_closed"],
        cases_open_at_end=b1["cases_open_at_end"],
        a3_objects=len(data.a3),
        includes=len(data.includes),
    )


def _plan(
    s: Session, office: OfficeDTO, incoming: IncomingPackage
) -> tuple[ReceiptPlan, ReceivedPackage | None]:
    m, data = incoming.manifest, incoming.data
    sender = data.office if data is not None else _sender(m)
    period = data.period.code if data is not None else (m or {}).get("period")
    package_id = (m or {}).get("package_id")
    created = data.created_at if data is not None else None

    def plan(
        refusal: str | None,
        replaces: ReceivedPackage | None = None,
        lock: ApprovedPeriod | None = None,
    ) -> ReceiptPlan:
        return ReceiptPlan(
            source=incoming.source,
            sender=sender,
            period=period if isinstance(period, str) else None,
            package_id=package_id if isinstance(package_id, str) else None,
            created_at=created,
            summary=summarize(data) if data is not None else None,
            replaces=_held(replaces, None) if replaces is not None else None,
            refusal=refusal,
            problems=incoming.problems,
            lock=lock,
        )

    if incoming.problems or m is None or data is None or created is None:
        if any(p.rule == "sender_not_sub_office" for p in incoming.problems):
            return plan(NOT_SUB_OFFICE), None
        return plan(VERIFICATION), None
    assert sender is not None and isinstance(package_id, str)
    if not is_sub_office(sender, office):
        return plan(NOT_SUB_OFFICE), None
    if s.scalar(select(ReceivedPackage.id).where(ReceivedPackage.package_id == package_id)):
        return plan(ALREADY_RECEIVED), None
    approval = m.get("approval")
    if not (isinstance(approval, Mapping) and approval.get("state") == "approved"):
        return plan(NOT_APPROVED), None
    lock = period_lock(s, data.period)
    if lock is not None:
        return plan(PERIOD_LOCKED, lock=lock), None
    held = s.scalars(
        select(ReceivedPackage).where(
            ReceivedPackage.sender_kato == sender.kato,
            ReceivedPackage.period == data.period.code,
            ReceivedPackage.status == CURRENT,
        )
    ).first()
    if held is not None and _utc_naive(created) <= held.package_created_at:
        return plan(NOT_NEWER, held), None
    return plan(None, held), held


def period_lock(s: Session, period: Period) -> ApprovedPeriod | None:
    """Return this office's approval that locks ``period``'s consolidation (§6.1): the period
    itself or an approved period containing it; None when it may still change."""
    return next(
        (a for a in approved_periods(s) if a.start <= period.start and period.end <= a.end), None
    )


def plan_receipt(store: Store, incoming: IncomingPackage) -> ReceiptPlan:
    """Return the dry run of receiving ``incoming`` at this store's office; writes nothing."""
    office = office_of(store)
    with store.session() as s:
        return _plan(s, office, incoming)[0]


# --------------------------------------------------------------------------- receipt


def _insert(s: Session, table: Any, rows: Iterable[dict[str, Any]], stamp: dict[str, Any]) -> None:
    """Core executemany in chunks (PITFALLS.md #6: ORM add_all is ~7x slower at 100k rows)."""
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append({**stamp, "uuid": new_uuid(), **row})
        if len(chunk) >= _CHUNK:
            s.execute(insert(table), chunk)
            chunk = []
    if chunk:
        s.execute(insert(table), chunk)


def _figure_rows(ref: int, data: ReportData) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    units: list[dict[str, Any]] = []
    for i, a in enumerate(data.a1):
        counts = list(a.counts)
        units.append(
            dict(package_ref=ref, sheet="A1", row_no=i, kato=a.kato, name=a.name, counts=counts)
        )
    for i, b in enumerate(data.b1):
        counts = list(b.counts)
        units.append(
            dict(package_ref=ref, sheet="B1", row_no=i, kato=b.kato, name=b.name, counts=counts)
        )
    codes: list[dict[str, Any]] = []
    for i, r in enumerate(data.a2):
        counts = [r.passported, *r.accessible, r.requiring_adaptation, r.adapted]
        codes.append(
            dict(
                package_ref=ref,
                sheet="A2",
                row_no=i,
                code=r.object_type,
                name=r.name,
                counts=counts,
            )
        )
    for sheet, rows in (("B2", data.b2), ("B3", data.b3), ("B4", data.b4)):
        for i, c in enumerate(rows):
            codes.append(
                dict(
                    package_ref=ref,
                    sheet=sheet,
                    row_no=i,
                    code=c.code,
                    name=c.name,
                    counts=list(c.counts),
                )
            )
    if data.breakdowns is not None:  # the X_ sheets (issue 14), under two-letter sheet codes
        for sheet, name in STORED_BREAKDOWNS:
            for i, c in enumerate(getattr(data.breakdowns, name)):
                codes.append(
                    dict(
                        package_ref=ref,
                        sheet=sheet,
                        row_no=i,
                        code=c.code,
                        name=c.name,
                        counts=list(c.counts),
                    )
                )
    return units, codes


def _object_rows(ref: int, data: ReportData) -> Iterable[dict[str, Any]]:
    for o in data.a3:
        k, o_, s_, g, u = o.statuses
        yield {
            "package_ref": ref,
            "object_uuid": o.object_id,
            "kato": o.kato,
            "name": o.name,
            "object_type": o.object_type,
            "address": o.address,
            "passport_date": o.passport_date,
            "status_k": k,
            "status_o": o_,
            "status_s": s_,
            "status_g": g,
            "status_u": u,
            "requires_adaptation": o.requires_adaptation,
            "adapted_date": o.adapted_date,
        }


def receive(
    store: Store, incoming: IncomingPackage, *, user: str, confirm_replace: bool
) -> ReceiptResult:
    """Import ``incoming`` all-or-nothing, in one transaction.

    Args:
        store: the region's or republic's store.
        incoming: the package read and verified for this office.
        user: the login recorded as receiver and author.
        confirm_replace: the user confirmed replacing the current package of the same sender
            and period; without it such a package is refused with :data:`NOT_CONFIRMED`.

    Returns:
        The result; a refused package changes nothing.

    Raises:
        RoleError: the role may not receive packages (``Permission.CONSOLIDATE``).
    """
    require_principal(store.principal, Permission.CONSOLIDATE)
    office = office_of(store)
    with store.session(user) as s:
        plan, held = _plan(s, office, incoming)
        if plan.refusal is not None:
            return ReceiptResult(plan, False, None, plan.refusal)
        if held is not None and not confirm_replace:
            return ReceiptResult(plan, False, None, NOT_CONFIRMED)
        m, data = incoming.manifest, incoming.data
        assert m is not None and data is not None and data.created_at is not None
        now = datetime.now(UTC).replace(tzinfo=None)
        record = ReceivedPackage(
            package_id=m["package_id"],
            sender_kato=data.office.kato,
            sender_level=data.office.level,
            sender_name_kk=data.office.name_kk,
            sender_name_ru=data.office.name_ru,
            period=data.period.code,
            package_created_at=_utc_naive(data.created_at),
            package_created_text=str(m["created_at"]),
            app_version=str(m.get("app_version", "")),
            received_at=now,
            received_by=user,
            status=CURRENT,
            manifest_json=json.dumps(m, ensure_ascii=False, sort_keys=True),
            workbook_sha256=str(m["workbook"]["sha256"]).lower(),
        )
        s.add(record)
        s.flush()
        if held is not None:
            held.status = REPLACED
            held.replaced_by_id = record.id
        stamp = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user}
        units, codes = _figure_rows(record.id, data)
        _insert(s, ReceivedUnitRow.__table__, units, stamp)
        _insert(s, ReceivedCodeRow.__table__, codes, stamp)
        _insert(s, ReceivedObject.__table__, _object_rows(record.id, data), stamp)
        s.flush()
        result = ReceiptResult(plan, True, _held(record, None), None)
    return result


# --------------------------------------------------------------------------- history


def _held_all(s: Session, *conditions: Any) -> list[HeldPackage]:
    rows = s.scalars(
        select(ReceivedPackage)
        .where(*conditions)
        .order_by(ReceivedPackage.received_at.desc(), ReceivedPackage.id.desc())
    ).all()
    by_id = {p.id: p.package_id for p in s.scalars(select(ReceivedPackage)).all()}
    return [_held(p, by_id.get(p.replaced_by_id) if p.replaced_by_id else None) for p in rows]


def history(store: Store, *, period: str | None = None) -> list[HeldPackage]:
    """Return every received package (current and replaced), newest receipt first."""
    with store.session() as s:
        if period is None:
            return _held_all(s)
        return _held_all(s, ReceivedPackage.period == period)


def current_packages(store: Store, period: str) -> list[HeldPackage]:
    """Return the current package of each sender for ``period``, by sender KATO."""
    with store.session() as s:
        held = _held_all(s, ReceivedPackage.period == period, ReceivedPackage.status == CURRENT)
    return sorted(held, key=lambda h: h.sender.kato)


# --------------------------------------------------------------------------- completeness


def _configured(s: Session) -> list[str]:
    value = s.scalar(select(Setting.value).where(Setting.key == EXPECTED_DISTRICTS_KEY))
    return [c for c in re.split(r"[\s,;]+", value or "") if c]


def set_expected_districts(store: Store, katos: Sequence[str], *, user: str) -> None:
    """Configure the districts a region expects packages from (completeness).

    Raises:
        ValueError: the store is not a region's, or a code is not one of its districts.
        RoleError: the role may not configure consolidation (``Permission.CONSOLIDATE``).
    """
    require_principal(store.principal, Permission.CONSOLIDATE)
    office = office_of(store)
    if office.level != "region":
        raise ValueError(f"{office.kato} is a {office.level}: only a region configures districts")
    bad = [k for k in katos if not is_sub_office(OfficeDTO(k, "district", "", ""), office)]
    if bad:
        raise ValueError(f"not districts of {office.kato}: {', '.join(bad)}")
    value = ",".join(sorted(set(katos)))
    with store.session(user) as s:
        setting = s.scalars(select(Setting).where(Setting.key == EXPECTED_DISTRICTS_KEY)).first()
        if setting is None:
            s.add(Setting(key=EXPECTED_DISTRICTS_KEY, value=value))
        else:
            setting.value = value


def expected_sub_offices(store: Store) -> list[OfficeDTO]:
    """Return the sub-offices this office expects packages from, by KATO (module docstring)."""
    office = office_of(store)
    below = LEVEL_BELOW.get(office.level)
    if below is None:
        return []
    found: dict[str, OfficeDTO] = {}
    with store.session() as s:
        if below == "region":
            for code, kk, ru in s.execute(
                select(CodeItem.code, CodeItem.kk, CodeItem.ru).where(
                    CodeItem.list_name == "regions"
                )
            ):
                kato = f"{code}{'0' * 7}"
                found[kato] = OfficeDTO(kato, below, kk, ru)
        else:
            for kato in _configured(s):
                found[kato] = OfficeDTO(kato, below, "", "")
        # Every sub-office that ever sent; a district is named as in its newest package.
        for p in s.scalars(select(ReceivedPackage).order_by(ReceivedPackage.received_at)):
            sender = OfficeDTO(p.sender_kato, p.sender_level, p.sender_name_kk, p.sender_name_ru)
            if is_sub_office(sender, office) and (below == "district" or sender.kato not in found):
                found[sender.kato] = sender
    return [o for o in (found[k] for k in sorted(found)) if is_sub_office(o, office)]


def completeness(store: Store, period: Period | str) -> list[CompletenessRow]:
    """Return, per expected sub-office, whether it sent a package for ``period`` (by KATO).

    A sub-office that sent is ``sent`` with its current package and the earlier packages of
    the period that it replaced (oldest first); the others are missing.
    """
    code = period.code if isinstance(period, Period) else period
    packages = history(store, period=code)
    rows = []
    for office in expected_sub_offices(store):
        own = sorted(
            (h for h in packages if h.sender.kato == office.kato), key=lambda h: h.created_at
        )
        current = next((h for h in own if h.status == CURRENT), None)
        replaced = tuple(h for h in own if h.status == REPLACED)
        returned = tuple(h for h in own if h.status == RETURNED)
        rows.append(CompletenessRow(office, current is not None, current, replaced, returned))
    return rows


# --------------------------------------------------------------------------- consolidation


def _zero(values: Iterable[int]) -> bool:
    return all(v == 0 for v in values)


def _merge_codes(
    own: Sequence[tuple[str, str, tuple[int, ...]]],
    received: Iterable[tuple[str, str, Sequence[int]]],
    *,
    last: str | None = None,
) -> list[tuple[str, str, tuple[int, ...]]]:
    """Sum rows code by code: the own rows' order, then codes only received (sorted).

    ``last`` is a code that stays the final row (B4's ``NONE``).
    """
    sums: dict[str, list[int]] = {code: list(counts) for code, _, counts in own}
    names = {code: name for code, name, _ in own}
    extra: dict[str, str] = {}
    for code, name, counts in received:
        if code not in sums:
            sums[code] = [0] * len(counts)
            extra[code] = name
        sums[code] = [a + int(b) for a, b in zip(sums[code], counts, strict=True)]
    order = [c for c, _, _ in own if c != last]
    order += sorted(extra.keys() - {last})
    if last is not None and last in sums:
        order.append(last)
    return [(c, names.get(c) or extra.get(c, c), tuple(sums[c])) for c in order]


def consolidate(store: Store, period: Period, own: ReportData) -> ReportData:
    """Return the office's figures with the current sub-office packages of ``period`` merged.

    A1 and B1: one unit row per sub-office package (its total: the sum of its unit rows, named
    as the sender), plus the office's own row when it has own records; sorted by KATO. A2, B2,
    B3 and B4 sum code by code with the own rows; A3 lists every package's objects and the own.
    ``includes`` names the packages used. With no package received, ``own`` is returned as is.
    """
    with store.session() as s:
        packages = s.scalars(
            select(ReceivedPackage)
            .where(ReceivedPackage.period == period.code, ReceivedPackage.status == CURRENT)
            .order_by(ReceivedPackage.sender_kato)
        ).all()
        if not packages:
            return own
        refs = [p.id for p in packages]
        units = s.execute(
            select(ReceivedUnitRow.package_ref, ReceivedUnitRow.sheet, ReceivedUnitRow.counts)
            .where(ReceivedUnitRow.package_ref.in_(refs))
            .order_by(ReceivedUnitRow.id)
        ).all()
        codes = s.execute(
            select(
                ReceivedCodeRow.sheet,
                ReceivedCodeRow.code,
                ReceivedCodeRow.name,
                ReceivedCodeRow.counts,
            )
            .where(ReceivedCodeRow.package_ref.in_(refs))
            .order_by(ReceivedCodeRow.id)
        ).all()
        o = ReceivedObject
        objects = s.execute(
            select(
                o.object_uuid,
                o.kato,
                o.name,
                o.object_type,
                o.address,
                o.passport_date,
                o.status_k,
                o.status_o,
                o.status_s,
                o.status_g,
                o.status_u,
                o.requires_adaptation,
                o.adapted_date,
            ).where(o.package_ref.in_(refs))
        ).all()

    totals: dict[tuple[int, str], list[int]] = {}
    for ref, sheet, counts in units:
        acc = totals.setdefault((ref, sheet), [0] * len(counts))
        totals[(ref, sheet)] = [a + int(b) for a, b in zip(acc, counts, strict=True)]
    a1 = [r for r in own.a1 if not _zero(r.counts)]
    b1 = [r for r in own.b1 if not _zero(r.counts)]
    for p in packages:
        a = totals.get((p.id, "A1"), [0] * len(A1Row.COUNT_FIELDS))
        b = totals.get((p.id, "B1"), [0] * len(B1Row.COUNT_FIELDS))
        a1.append(A1Row(p.sender_kato, p.sender_name_kk, *a))
        b1.append(B1Row(p.sender_kato, p.sender_name_kk, *b))
    a1.sort(key=lambda r: r.kato)
    b1.sort(key=lambda r: r.kato)

    def received(sheet: str) -> list[tuple[str, str, Sequence[int]]]:
        return [(c, n, counts) for sh, c, n, counts in codes if sh == sheet]

    a2 = [
        A2Row(c, n, k[0], (k[1], k[2], k[3], k[4], k[5]), k[6], k[7])
        for c, n, k in _merge_codes(
            [
                (
                    r.object_type,
                    r.name,
                    (r.passported, *r.accessible, r.requiring_adaptation, r.adapted),
                )
                for r in own.a2
            ],
            received("A2"),
        )
    ]

    def merged(sheet: str, rows: Sequence[CodeCount], last: str | None = None) -> list[CodeCount]:
        return [
            CodeCount(c, n, k)
            for c, n, k in _merge_codes(
                [(r.code, r.name, r.counts) for r in rows], received(sheet), last=last
            )
        ]

    a3 = list(own.a3)
    a3.extend(
        A3Row(
            object_id=r[0],
            kato=r[1],
            name=r[2],
            object_type=r[3],
            address=r[4],
            passport_date=r[5],
            statuses=(r[6], r[7], r[8], r[9], r[10]),
            requires_adaptation=bool(r[11]),
            adapted_date=r[12],
        )
        for r in objects
    )
    a3.sort(key=lambda a: (a.kato, a.name, a.object_id))
    b4_last = own.b4[-1].code if own.b4 else None
    return ReportData(
        office=own.office,
        period=own.period,
        a1=tuple(a1),
        a2=tuple(a2),
        a3=tuple(a3),
        b1=tuple(b1),
        b2=tuple(merged("B2", own.b2)),
        b3=tuple(merged("B3", own.b3)),
        b4=tuple(merged("B4", own.b4, b4_last)),
        warnings=own.warnings,
        includes=tuple(
            IncludedPackage(p.sender_kato, p.package_id, p.package_created_text) for p in packages
        ),
        created_at=own.created_at,
    )
