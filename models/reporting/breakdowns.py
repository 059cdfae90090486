"""The report breakdowns of a period (issue 14): the X_ sheets of a package.

Definitions (every figure follows the B1/A1 rule it breaks down, so the sums check):

* **Closures by reason**: closing stage events dated in the period of the cases that count
  (cases now closed as opened in error are left out, as in B1), per ``reason_code`` of the
  event; they sum to B1 ``cases_closed``. An event without a reason is counted under ``NONE``.
* **Children**: the children of B1 ``children_in_open_cases``
  (:func:`models.reporting.figures.children_condition`), each counted once: by sex (``M``,
  ``F``, ``NONE`` when not recorded), by age at the period end (``AGE_0_2``, ``AGE_3_6``,
  ``AGE_7_13``, ``AGE_14_17``; 0-6 is the first two) and by the family's urban/rural flag
  (``URBAN``, ``RURAL``, ``NONE`` when not recorded). A child who is a current member of two
  families with an open case takes the family with the lowest id (its first record).
* **Open cases at the end** by family category (a case once per category of its family;
  ``NONE`` for a family without a category or a case without a family: the rows overlap) and
  by signal source (each case once; sums to B1 ``cases_open_at_end``).
* **Passported objects by confirmed level**: per access status code (then ``NONE`` for an
  empty status), for each of the categories K, O, S, G, U, the passported objects at the end
  whose version in force has that status (A2's version ``v``); each column sums to A1
  ``passported``.
* **Ratios**: :class:`models.reporting.dto.Ratios` of A1's totals (adaptation completion,
  found inaccessible), distinct from the official indicator.

Restricted risk factors are never involved; nothing here is personal data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases.overdue import open_case_ids
from models.cases.rules import CLOSED
from models.cases.tables import Case, CaseEvent
from models.families.iin import FEMALE, MALE
from models.families.tables import Family, FamilyCategory, FamilyMember, Person
from models.objects.tables import CATEGORIES
from models.reference.dto import OfficeDTO
from models.reporting.consolidation import _merge_codes
from models.reporting.dto import (
    STORED_BREAKDOWNS,
    A1Row,
    Breakdowns,
    CodeCount,
    Ratios,
    ReportData,
)
from models.reporting.figures import (
    _code_list,
    _events_in,
    _int,
    _with_unknown,
    children_condition,
    object_states,
)
from models.reporting.periods import Period
from models.reporting.received import ReceivedCodeRow, ReceivedPackage
from models.store.db import Store

#: Row of a breakdown whose value was not recorded (no sex, no urban/rural flag, no category).
NONE = "NONE"
#: Kazakh name of the ``NONE`` rows: "not recorded" (translation unverified).
NONE_NAME = "көрсетілмеген"
#: Children by sex: (code, Kazakh name).
SEX_ROWS: tuple[tuple[str, str], ...] = ((MALE, "ұл"), (FEMALE, "қыз"), (NONE, NONE_NAME))
#: Children by age band at the period end: (code, Kazakh name, first age, last age).
AGE_BANDS: tuple[tuple[str, str, int, int], ...] = (
    ("AGE_0_2", "0-2 жас", 0, 2),
    ("AGE_3_6", "3-6 жас", 3, 6),
    ("AGE_7_13", "7-13 жас", 7, 13),
    ("AGE_14_17", "14-17 жас", 14, 17),
)
#: Children by the family's area.
URBAN, RURAL = "URBAN", "RURAL"
AREA_ROWS: tuple[tuple[str, str], ...] = ((URBAN, "қала"), (RURAL, "ауыл"), (NONE, NONE_NAME))


def age_on(born: date, day: date) -> int:
    """Return the age in whole years on ``day`` of a person born on ``born``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_band(age: int) -> str:
    """Return the code of the age band of a child of ``age`` (0..17)."""
    for code, _, first, last in AGE_BANDS:
        if first <= age <= last:
            return code
    raise ValueError(age)


def _rows(
    listed: Sequence[tuple[str, str]], counts: Mapping[str, int], *, last: str | None = None
) -> tuple[CodeCount, ...]:
    """Code rows in list order, codes found but unlisted after them, ``last`` at the end."""
    rows = _with_unknown([(c, n) for c, n in listed if c != last], (c for c in counts if c != last))
    if last is not None:
        rows.append((last, NONE_NAME))
    return tuple(CodeCount(code, name, (_int(counts.get(code)),)) for code, name in rows)


def _closures(s: Session, period: Period) -> tuple[CodeCount, ...]:
    counts: dict[str, int] = {}
    for reason, n in s.execute(
        select(CaseEvent.reason_code, func.count(CaseEvent.id))
        .where(*_events_in(period, (CLOSED,)))
        .group_by(CaseEvent.reason_code)
    ):
        key = reason or NONE
        counts[key] = counts.get(key, 0) + _int(n)
    rows = _with_unknown(_code_list(s, "closure_reasons"), (c for c in counts if c != NONE))
    if NONE in counts:
        rows.append((NONE, NONE_NAME))
    return tuple(CodeCount(code, name, (_int(counts.get(code)),)) for code, name in rows)


def _children(
    s: Session, end: date
) -> tuple[tuple[CodeCount, ...], tuple[CodeCount, ...], tuple[CodeCount, ...]]:
    found = s.execute(
        select(Person.id, Person.birth_date, Person.sex, Family.rural, Family.id)
        .join(FamilyMember, FamilyMember.person_id == Person.id)
        .join(Family, Family.id == FamilyMember.family_id)
        .where(*children_condition(end))
        .order_by(Person.id, Family.id)
    ).all()
    by_sex: dict[str, int] = {}
    by_age: dict[str, int] = {}
    by_area: dict[str, int] = {}
    seen: set[int] = set()
    for pid, born, sex, rural, _ in found:
        if pid in seen or born is None:  # a birth date is in the condition; for the type
            continue
        seen.add(pid)
        sex_key = sex if sex in (MALE, FEMALE) else NONE
        by_sex[sex_key] = by_sex.get(sex_key, 0) + 1
        band = age_band(age_on(born, end))
        by_age[band] = by_age.get(band, 0) + 1
        area = NONE if rural is None else (RURAL if rural else URBAN)
        by_area[area] = by_area.get(area, 0) + 1
    sexes = tuple(CodeCount(c, n, (by_sex.get(c, 0),)) for c, n in SEX_ROWS)
    ages = tuple(CodeCount(c, n, (by_age.get(c, 0),)) for c, n, _, _ in AGE_BANDS)
    areas = tuple(CodeCount(c, n, (by_area.get(c, 0),)) for c, n in AREA_ROWS)
    return sexes, ages, areas


def _open_cases(s: Session, end: date) -> tuple[tuple[CodeCount, ...], tuple[CodeCount, ...]]:
    cases = s.execute(
        select(Case.id, Case.family_id, Case.signal_source).where(Case.id.in_(open_case_ids(end)))
    ).all()
    family_ids = {f for _, f, _ in cases if f is not None}
    categories: dict[int, set[str]] = {}
    if family_ids:
        for fid, code in s.execute(
            select(FamilyCategory.family_id, FamilyCategory.code).where(
                FamilyCategory.family_id.in_(family_ids)
            )
        ):
            categories.setdefault(fid, set()).add(code)
    by_category: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for _, family_id, source in cases:
        codes = categories.get(family_id, set()) if family_id is not None else set()
        for code in sorted(codes) or [NONE]:
            by_category[code] = by_category.get(code, 0) + 1
        key = source or NONE
        by_source[key] = by_source.get(key, 0) + 1
    category_rows = _rows(_code_list(s, "family_categories"), by_category, last=NONE)
    listed = _code_list(s, "signal_sources")
    source_rows = _rows(listed, by_source, last=NONE if NONE in by_source else None)
    return category_rows, source_rows


#: Access status codes of the levels table, in code-list order when the list is missing.
STATUS_CODES = ("DP_V", "DP_I", "DCH_V", "DCH_I", "DU", "VND")


def _levels(s: Session, end: date) -> tuple[CodeCount, ...]:
    # NOTE: one pass over the object states (a window query over up to 100k objects), grouped
    # by the five statuses together: few distinct combinations, summed per category here.
    st = object_states(end)
    columns = [st.c[f"status_{cat.lower()}"] for cat in CATEGORIES]
    counts: dict[str, list[int]] = {}
    for *statuses, n in s.execute(
        select(*columns, func.count(st.c.id)).where(st.c.passported == 1).group_by(*columns)
    ):
        for i, status in enumerate(statuses):
            counts.setdefault(status or NONE, [0] * len(CATEGORIES))[i] += _int(n)
    listed = _code_list(s, "access_statuses") or [(c, c) for c in STATUS_CODES]
    rows = _with_unknown(listed, (c for c in counts if c != NONE))
    rows.append((NONE, NONE_NAME))
    zero = [0] * len(CATEGORIES)
    return tuple(CodeCount(code, name, tuple(counts.get(code, zero))) for code, name in rows)


def ratios_of(a1: Iterable[A1Row]) -> Ratios:
    """Return the ratios of the A1 rows' sums (the total row's counts)."""
    rows = list(a1)
    return Ratios(
        passported=sum(r.passported for r in rows),
        requiring_adaptation=sum(r.requiring_adaptation for r in rows),
        adapted=sum(r.adapted for r in rows),
    )


def breakdowns_in(s: Session, period: Period, ratios: Ratios) -> Breakdowns:
    """Return the breakdowns of the records in ``s``'s store for ``period`` (one transaction)."""
    sexes, ages, areas = _children(s, period.end)
    by_category, by_source = _open_cases(s, period.end)
    return Breakdowns(
        closures=_closures(s, period),
        children_by_sex=sexes,
        children_by_age=ages,
        children_by_area=areas,
        cases_by_category=by_category,
        cases_by_source=by_source,
        levels=_levels(s, period.end),
        ratios=ratios,
    )


def compute_breakdowns(
    store_or_session: Store | Session, office: OfficeDTO, period: Period
) -> Breakdowns:
    """Return the breakdowns of the records entered at ``office`` for ``period``.

    The ratios are those of the office's own A1 row (a region's consolidated ratios are
    recomputed from the summed A1 by :func:`report_breakdowns`).
    ``office`` names the office whose store this is (kept for the callers' symmetry with the
    figures: the store holds one office's records).
    """
    del office  # the store holds one office's records; the rows carry no unit
    if isinstance(store_or_session, Session):
        return _compute(store_or_session, period)
    with store_or_session.session() as s:
        return _compute(s, period)


def _compute(s: Session, period: Period) -> Breakdowns:
    st = object_states(period.end)
    row = s.execute(
        select(func.sum(st.c.passported), func.sum(st.c.requiring), func.sum(st.c.adapted))
    ).one()
    ratios = Ratios(_int(row[0]), _int(row[1]), _int(row[2]))
    return breakdowns_in(s, period, ratios)


def report_breakdowns(store: Store, data: ReportData) -> tuple[Breakdowns | None, tuple[str, ...]]:
    """Return the breakdowns of the package of ``data`` and the sub-offices that left them out.

    The office's own records; at a region or the republic, plus the breakdowns of the
    sub-office packages consolidated into ``data`` (``data.includes``), summed code by code,
    but only when every one of them has them: otherwise the breakdowns are left out (None)
    and the KATO codes of the packages without them are returned for the Cover (reporting.md
    §2.2). The ratios are recomputed from ``data``'s A1 (the consolidated units), never averaged.
    """
    ratios = ratios_of(data.a1)
    with store.session() as s:
        own = breakdowns_in(s, data.period, ratios)
        if not data.includes:
            return own, ()
        ids = [i.package_id for i in data.includes]
        packages = s.execute(
            select(ReceivedPackage.id, ReceivedPackage.sender_kato).where(
                ReceivedPackage.package_id.in_(ids)
            )
        ).all()
        stored = dict(STORED_BREAKDOWNS)
        rows = s.execute(
            select(
                ReceivedCodeRow.package_ref,
                ReceivedCodeRow.sheet,
                ReceivedCodeRow.code,
                ReceivedCodeRow.name,
                ReceivedCodeRow.counts,
            )
            .where(
                ReceivedCodeRow.package_ref.in_([p.id for p in packages]),
                ReceivedCodeRow.sheet.in_(list(stored)),
            )
            .order_by(ReceivedCodeRow.id)
        ).all()
    having = {r.package_ref for r in rows}
    missing = tuple(sorted(p.sender_kato for p in packages if p.id not in having))
    if missing:
        return None, missing
    merged = {
        name: tuple(
            CodeCount(code, label, counts)
            for code, label, counts in _merge_codes(
                [(r.code, r.name, r.counts) for r in getattr(own, name)],
                [(r.code, r.name, r.counts) for r in rows if r.sheet == sheet],
                last=NONE,
            )
        )
        for sheet, name in STORED_BREAKDOWNS
    }
    return Breakdowns(**merged, ratios=ratios), ()
