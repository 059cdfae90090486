"""The printed summary of a family-support case for the case file: preview, PDF, HTML (issue 3).

The summary shows the whole case: header (office, number, worker, stage and the date of each
stage), the family and its members, the signal, risk factors, needs assessments, the support
plan with its measures, visits and contacts, services, closures and reopenings, and the
signatures of the case worker and the supervisor, who signs printed summaries (brief §1).

Privacy (brief §6): IINs are masked (``850715*****2``), and restricted-access risk factors
never leave the case screen, so the summary only counts them and refers to the case file.

As with the passport, the print language may differ from the interface language, so the
labels live in :data:`~ui.cases.case_summary_labels.LABELS` (one dict per language, Kazakh
and Russian terms of the brief §3); code-list labels come from the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.cases.approvals import CLOSURE, PLAN, REOPENING, pending_approvals
from models.cases.dto import CaseDetail, CaseEventRow
from models.cases.opinions import OpinionRepository, OpinionRow
from models.cases.printing import record_summary_print
from models.cases.repository import CaseRepository
from models.cases.rules import CLOSED, REOPENED, SIGNAL, is_restricted
from models.cases.service_money import ServiceMoney, service_money
from models.cases.tables import ASSESSMENT_DOMAINS, RETIRED_ASSESSMENT_DOMAINS
from models.families.dto import FamilyDraft, MemberDraft
from models.families.iin import mask_iin
from models.families.money import MoneyRepository
from models.families.repository import FamilyRepository
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.cases.case_summary_labels import (
    LABELS,
)
from ui.i18n import local_name, local_name_of
from ui.printing.document import PreviewDialog, build_document, exec_preview, save_pdf
from ui.printing.formatting import PLAIN_TABLE as _PLAIN_TABLE
from ui.printing.formatting import (
    SIGN_LINE,
    file_name_part,
    format_date,
    format_money,
    format_number,
    page_start,
    print_language,
    sign_cell,
)
from ui.printing.formatting import TABLE as _TABLE
from ui.printing.formatting import cell as _cell
from ui.printing.formatting import escape as _e
from ui.printing.formatting import header_row as _th
from ui.printing.formatting import label_row as _row
from ui.settings import UiSettings

#: Code lists whose labels the summary prints.
_CODE_LISTS = (
    "case_stages",
    "signal_sources",
    "risk_factors",
    "closure_reasons",
    "service_types",
    "relations",
    "family_categories",
    "family_map_levels",
    "disability_groups",
    "regions",
    "assessment_domains",
    "measure_statuses",
    "visit_types",
    "risk_levels",
    "care_statuses",
    "placement_forms",
    "opinion_decisions",
)

_STYLE = """
<style>
  h1 { font-size: 12pt; font-weight: bold; margin-bottom: 4px; }
  h2 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
  h3 { font-size: 9.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 3px; }
  th { font-weight: bold; background-color: #e8e8e8; }
  .small { font-size: 8pt; }
</style>
"""


@dataclass(frozen=True)
class CaseSummary:
    """Everything the printed summary shows, read from the store at once.

    Attributes:
        office: the office the case belongs to.
        case: the case with its history (restricted factors included: the printout counts
            them but never names them).
        family: the household, or None while the case has none.
        labels: code-list name -> code -> (kk, ru, en) label.
        settlements: KATO -> (name_kk, name_ru).
        opinions: the children's opinions recorded in the case (brief §3.2).
        mrp_rates: the МРП table (year -> tenge) showing services' amounts in tenge (§3.8).
    """

    office: OfficeDTO
    case: CaseDetail
    family: FamilyDraft | None
    labels: dict[str, dict[str, tuple[str, str, str]]]
    settlements: dict[str, tuple[str, str]]
    opinions: tuple[OpinionRow, ...] = ()
    mrp_rates: dict[int, Decimal] = field(default_factory=dict)

    def label(self, list_name: str, code: str, lang: str) -> str:
        """Return a code's label in ``lang`` (the English one, then the code, when missing)."""
        found = self.labels.get(list_name, {}).get(code)
        if found is None:
            return code
        kk, ru, en = found
        return {"kk": kk, "ru": ru}.get(lang, en) or en or code

    def settlement(self, kato: str, lang: str) -> str:
        """Return a settlement's name in ``lang`` (:func:`ui.i18n.local_name`), or ""."""
        names = self.settlements.get(kato)
        if names is None:
            return ""
        return local_name(names[0], names[1], lang)


def load_case_summary(store: Store, case_id: int) -> CaseSummary:
    """Read what the summary of ``case_id`` shows, through the repositories; the printing
    (preview or PDF) is recorded in the audit trail."""
    case = CaseRepository(store).get_case(case_id)
    record_summary_print(store, case_id)
    family = FamilyRepository(store).get_family(case.family_id) if case.family_id else None
    ref = ReferenceRepository(store)
    # Retired codes too: an older record holding one prints its label (issue 14).
    labels = {
        name: {c.code: (c.kk, c.ru, c.en) for c in ref.code_labels(name, include_retired=True)}
        for name in _CODE_LISTS
    }
    settlements = {kato: (kk, ru) for kato, kk, ru in ref.settlements()}
    opinions = tuple(OpinionRepository(store).for_case(case_id))
    rates = MoneyRepository(store).mrp_rates() if case.services else {}
    return CaseSummary(office_of(store), case, family, labels, settlements, opinions, rates)


# -- HTML ----------------------------------------------------------------------------------------


def _date_cell(value: date | None) -> str:
    return f'<td align="center" nowrap>{format_date(value) or "&nbsp;"}</td>'


def _office_line(s: CaseSummary, lang: str) -> str:
    office = s.office
    name = local_name_of(office, lang)
    if office.level == "republic":
        return name
    region = s.label("regions", office.kato[:2], lang)
    return name if office.level == "region" or region == office.kato[:2] else f"{region}, {name}"


def _full_name(m: MemberDraft) -> str:
    return " ".join(part for part in (m.surname, m.given_name, m.patronymic) if part)


def _person_names(s: CaseSummary) -> dict[int, str]:
    if s.family is None:
        return {}
    return {m.person_id: f"{m.surname} {m.given_name}" for m in s.family.members if m.person_id}


def summary_html(s: CaseSummary, lang: str, today: date | None = None) -> str:
    """Return the HTML of a loaded case summary in ``lang`` (kk, ru or en)."""
    t = LABELS[lang]
    c = s.case
    parts = [page_start(_STYLE)]
    parts.append(f'<h1 align="center">{_e(t["title"])}</h1>')
    parts.append(f'<p align="center"><b>{_e(t["number"].format(number=c.number))}</b></p>')
    parts.append(_PLAIN_TABLE)
    parts.append(
        f"<tr><td>{_e(t['office'])}: {_e(_office_line(s, lang))}</td>"
        f'<td align="right">{_e(t["printed"])}: {_e(format_date(today or date.today()))}</td>'
        "</tr></table>"
    )
    parts.append(_TABLE)
    parts.append(_row(t["worker"], c.worker_login))
    parts.append(_row(t["stage"], s.label("case_stages", c.stage, lang)))
    parts.append("</table>")
    parts.append(_stage_dates_html(s, lang))
    parts.append(_family_html(s, lang))
    parts.append(_signal_html(s, lang))
    parts.append(_risks_html(s, lang))
    parts.append(_assessments_html(s, lang))
    parts.append(_plans_html(s, lang))
    parts.append(_visits_html(s, lang))
    parts.append(_services_html(s, lang))
    parts.append(_closure_html(s, lang))
    parts.append(_signatures_html(s, lang))
    parts.append("</body></html>")
    return "\n".join(parts)


def _stage_dates_html(s: CaseSummary, lang: str) -> str:
    """Return every stage change in date order, earlier cycles (closed, reopened) included."""
    t, c = LABELS[lang], s.case
    rows = [f"<h3>{_e(t['stage_dates'])}</h3>{_TABLE}", _th(t["stage_col"], t["date_col"])]
    events = [e for e in c.events if e.kind == "stage"]
    if not events:  # a case always has its SIGNAL event; keep the date should it be missing
        rows.append(f"<tr>{_cell(s.label('case_stages', SIGNAL, lang))}")
        rows.append(f"{_date_cell(c.signal.signal_date)}</tr>")
    for e in events:
        rows.append(f"<tr>{_cell(s.label('case_stages', e.to_stage, lang))}")
        rows.append(f"{_date_cell(e.event_date)}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _family_html(s: CaseSummary, lang: str) -> str:
    t, f = LABELS[lang], s.family
    rows = [f"<h2>{_e(t['s_family'])}</h2>"]
    if f is None:
        rows.append(f"<p>{_e(t['no_family'])}</p>")
        return "\n".join(rows)
    settlement = s.settlement(f.kato, lang)
    rows.append(_TABLE)
    rows.append(_row(t["settlement"], f"{settlement} ({f.kato})" if settlement else f.kato))
    rows.append(_row(t["address"], f.address))
    rows.append(
        _row(
            t["categories"], "; ".join(s.label("family_categories", x, lang) for x in f.categories)
        )
    )
    if f.map_level:
        level = t["map_level_value"].format(
            label=f"{f.map_level} – {s.label('family_map_levels', f.map_level, lang)}",
            date=format_date(f.map_level_date),
            source=f.map_level_source or "–",
        )
        rows.append(_row(t["map_level"], level))
    else:
        rows.append(_row(t["map_level"], "–"))
    if f.legal_basis == "CONSENT":
        basis = t["consent"].format(date=format_date(f.consent_date))
    elif f.legal_basis:
        basis = t["statutory"].format(basis=f.statutory_basis)
    else:
        basis = ""
    rows.append(_row(t["legal_basis"], basis))
    rows.append("</table>")
    members = [m for m in f.members if m.until is None]
    rows.append(f"<h3>{_e(t['members'])}</h3>{_TABLE}")
    rows.append(
        _th(
            t["no_col"],
            t["name"],
            t["birth_date"],
            t["relation"],
            t["iin"],
            t["disability"],
            widths=(6, 32, 12, 17, 15, 18),
        )
    )
    for i, m in enumerate(members, start=1):
        disability = (
            s.label("disability_groups", m.disability_group, lang) if m.disability_group else ""
        )
        if disability and m.disability_since_childhood:
            disability += f" ({t['since_childhood']})"
        # Printed lists mask IINs (brief §3.3, §6).
        iin = mask_iin(m.iin) if m.iin else "–"
        rows.append(
            f'<tr><td align="center">{i}</td>{_cell(_full_name(m))}'
            f"{_date_cell(m.birth_date)}"
            f"{_cell(s.label('relations', m.relation, lang))}"
            f'<td align="center" nowrap>{_e(iin)}</td>{_cell(disability)}</tr>'
        )
    rows.append("</table>")
    rows.append(_care_html(s, lang, members))
    rows.append(_opinions_html(s, lang))
    return "\n".join(rows)


def _registered(on: bool, since: date | None, t: dict[str, str]) -> str:
    if not on:
        return "–"
    return t["registered_since"].format(date=format_date(since)) if since else "+"


def _care_html(s: CaseSummary, lang: str, members: list[MemberDraft]) -> str:
    """Care status, placement form and registrations of the members who have any (§3.2)."""
    t = LABELS[lang]
    cared = [
        m
        for m in members
        if m.care_status or m.placement_form or m.police_registered or m.school_registered
    ]
    if not cared:
        return ""
    rows = [f"<h3>{_e(t['care'])}</h3>{_TABLE}"]
    rows.append(
        _th(
            t["name"],
            t["care_status"],
            t["placement"],
            t["police"],
            t["school_register"],
            widths=(30, 20, 20, 15, 15),
        )
    )
    for m in cared:
        status = s.label("care_statuses", m.care_status, lang) if m.care_status else "–"
        placement = s.label("placement_forms", m.placement_form, lang) if m.placement_form else "–"
        rows.append(
            f"<tr>{_cell(_full_name(m))}{_cell(status)}{_cell(placement)}"
            f"{_cell(_registered(m.police_registered, m.police_registered_date, t))}"
            f"{_cell(_registered(m.school_registered, m.school_registered_date, t))}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _opinions_html(s: CaseSummary, lang: str) -> str:
    """The children's opinions recorded in the case: date, decision, opinion or reason."""
    t = LABELS[lang]
    if not s.opinions:
        return ""
    rows = [f"<h3>{_e(t['opinions'])}</h3>{_TABLE}"]
    rows.append(_th(t["name"], t["date_col"], t["decision"], t["opinion"], widths=(28, 12, 18, 42)))
    for o in s.opinions:
        text = o.opinion if o.heard else t["not_heard"].format(reason=o.not_heard_reason)
        rows.append(
            f"<tr>{_cell(o.child_name)}{_date_cell(o.heard_on)}"
            f"{_cell(s.label('opinion_decisions', o.decision, lang))}{_cell(text)}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _signal_html(s: CaseSummary, lang: str) -> str:
    t, sig = LABELS[lang], s.case.signal
    source = s.label("signal_sources", sig.source, lang)
    if sig.source_note:
        source += f" ({sig.source_note})"
    rows = [f"<h2>{_e(t['s_signal'])}</h2>{_TABLE}"]
    rows.append(_row(t["signal_date"], format_date(sig.signal_date)))
    rows.append(_row(t["source"], source))
    rows.append(_row(t["anonymous"], t["yes"] if sig.anonymous else t["no"]))
    rows.append(_row(t["description"], sig.description))
    rows.append("</table>")
    return "\n".join(rows)


def _risks_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    names = _person_names(s)
    # Restricted-access factors never leave the case screen (brief §3.5, §6): count only.
    shown = [r for r in s.case.risk_factors if not is_restricted(r.code)]
    restricted = len({r.code for r in s.case.risk_factors if is_restricted(r.code)})
    rows = [f"<h2>{_e(t['s_risks'])}</h2>"]
    if not shown and not restricted:
        rows.append(f"<p>{_e(t['no_risks'])}</p>")
        return "\n".join(rows)
    if shown:
        rows.append(_TABLE)
        rows.append(_th(t["no_col"], t["risk_factor"], t["date_col"], widths=(6, 74, 20)))
        for i, r in enumerate(shown, start=1):
            text = s.label("risk_factors", r.code, lang)
            if r.person_id is not None and r.person_id in names:
                text += f" ({names[r.person_id]})"
            rows.append(
                f'<tr><td align="center">{i}</td>{_cell(text)}{_date_cell(r.noted_date)}</tr>'
            )
        rows.append("</table>")
    if restricted:
        rows.append(f"<p><i>{_e(t['restricted'].format(count=restricted))}</i></p>")
    return "\n".join(rows)


def _assessments_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    rows = [f"<h2>{_e(t['s_assessment'])}</h2>"]
    if not s.case.assessments:
        rows.append(f"<p>{_e(t['no_assessment'])}</p>")
        return "\n".join(rows)
    rows.append(_TABLE)
    # The brief's six sectors, and a retired domain (issue 14) only when an older assessment
    # scored it.
    domains = ASSESSMENT_DOMAINS + tuple(
        d for d in RETIRED_ASSESSMENT_DOMAINS if any(d in a.scores for a in s.case.assessments)
    )
    width = 84 // len(domains)
    rows.append(
        _th(
            t["date_col"],
            *(s.label("assessment_domains", d, lang) for d in domains),
            widths=(100 - width * len(domains), *(width,) * len(domains)),
        )
    )
    for a in s.case.assessments:
        scores = "".join(_cell(str(a.scores.get(d, "–")), "center") for d in domains)
        rows.append(f"<tr>{_date_cell(a.assessed_on)}{scores}</tr>")
    rows.append("</table>")
    rows.append(f'<p class="small">{_e(t["scores_note"])}</p>')
    notes = [a for a in s.case.assessments if a.instruments or a.summary]
    if notes:
        rows.append(_TABLE)
        for a in notes:
            text = "; ".join(
                x
                for x in (
                    f"{t['instruments']}: {a.instruments}" if a.instruments else "",
                    f"{t['summary']}: {a.summary}" if a.summary else "",
                )
                if x
            )
            rows.append(_row(format_date(a.assessed_on), text))
        rows.append("</table>")
    return "\n".join(rows)


def _plans_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    rows = [f"<h2>{_e(t['s_plan'])}</h2>"]
    if not s.case.plans:
        rows.append(f"<p>{_e(t['no_plan'])}</p>")
        return "\n".join(rows)
    # Who approved each version, or "awaiting approval" on the one a supervisor has to approve.
    awaiting = PLAN in pending_approvals(s.case)
    for p in s.case.plans:
        head = t["plan_version"].format(version=p.version or 1, date=format_date(p.drawn_up))
        if p.review_date:
            head += "; " + t["plan_review"].format(date=format_date(p.review_date))
        if p.approved_by:
            head += "; " + t["approved_by"].format(
                login=p.approved_by, date=format_date(p.approved_date)
            )
        elif awaiting and p is s.case.plans[-1]:
            head += "; " + t["awaiting_approval"]
        rows.append(f"<h3>{_e(head)}</h3>")
        if p.note:
            rows.append(f"<p>{_e(p.note)}</p>")
        rows.append(_TABLE)
        rows.append(
            _th(
                t["no_col"],
                t["service"],
                t["measure"],
                t["agency"],
                t["due"],
                t["status"],
                t["done"],
                widths=(5, 14, 24, 16, 13, 14, 14),
            )
        )
        for i, m in enumerate(p.measures, start=1):
            rows.append(
                f'<tr><td align="center">{i}</td>'
                f"{_cell(s.label('service_types', m.service_type, lang))}"
                f"{_cell(m.description)}{_cell(m.agency)}"
                f"{_date_cell(m.due_date)}"
                f"{_cell(s.label('measure_statuses', m.status, lang))}"
                f"{_date_cell(m.done_date)}</tr>"
            )
        rows.append("</table>")
    return "\n".join(rows)


def _visits_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    rows = [f"<h2>{_e(t['s_visits'])}</h2>"]
    if not s.case.visits:
        rows.append(f"<p>{_e(t['no_visits'])}</p>")
        return "\n".join(rows)
    seen = {None: "", True: t["yes"], False: t["no"]}
    rows.append(_TABLE)
    rows.append(
        _th(
            t["date_col"],
            t["visit_type"],
            t["child_seen"],
            t["risk_level"],
            t["next_due"],
            t["findings"],
            widths=(13, 16, 9, 10, 13, 39),
        )
    )
    for v in s.case.visits:
        findings = v.findings
        if v.participants:
            findings = f"{v.participants}: {findings}" if findings else v.participants
        rows.append(
            f"<tr>{_date_cell(v.visit_date)}"
            f"{_cell(s.label('visit_types', v.kind, lang))}{_cell(seen[v.child_seen], 'center')}"
            f"{_cell(s.label('risk_levels', v.risk_level, lang))}"
            f"{_date_cell(v.next_due)}{_cell(findings)}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _quantity(value: Decimal | None, lang: str) -> str:
    return format_number(value, lang) if value is not None else ""


def _tenge(money: ServiceMoney, lang: str) -> str:
    """Return a service's tenge: by the МРП of its year, or as entered before issue 14."""
    t = LABELS[lang]
    if money.entered is not None:
        return t["as_entered"].format(tenge=format_money(money.entered, lang))
    if money.amount_mrp is not None and money.tenge is None:
        return t["no_mrp"].format(year=money.year)
    return format_money(money.tenge, lang)


def _services_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    rows = [f"<h2>{_e(t['s_services'])}</h2>"]
    if not s.case.services:
        rows.append(f"<p>{_e(t['no_services'])}</p>")
        return "\n".join(rows)
    rows.append(_TABLE)
    rows.append(
        _th(
            t["date_col"],
            t["service"],
            t["provider"],
            t["staff"],
            t["quantity"],
            t["amount_mrp"],
            t["amount"],
            widths=(12, 18, 22, 15, 9, 9, 15),
        )
    )
    for sv in s.case.services:
        provider = f"{sv.provider} ({sv.note})" if sv.note else sv.provider
        rows.append(
            f"<tr>{_date_cell(sv.delivered_on)}"
            f"{_cell(s.label('service_types', sv.service_type, lang))}"
            f"{_cell(provider)}{_cell(sv.staff)}"
            f"{_cell(_quantity(sv.quantity, lang), 'right')}"
            f"{_cell(_quantity(sv.amount_mrp, lang), 'right')}"
            f"{_cell(_tenge(service_money(sv, s.mrp_rates), lang), 'right')}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _closure_html(s: CaseSummary, lang: str) -> str:
    t, c = LABELS[lang], s.case
    rows = [f"<h2>{_e(t['s_closure'])}</h2>"]
    events = [e for e in c.events if e.kind == "stage" and e.to_stage in (CLOSED, REOPENED)]
    if not events:
        rows.append(f"<p>{_e(t['no_closure'])}</p>")
        return "\n".join(rows)
    rows.append(_TABLE)
    rows.append(
        _th(
            t["date_col"],
            t["event"],
            t["reason"],
            t["note"],
            t["approval"],
            widths=(12, 14, 28, 26, 20),
        )
    )
    pending = pending_approvals(c)
    # The latest closure and reopening may await approval; earlier unapproved ones show nothing.
    latest = {
        stage: max((i for i, e in enumerate(events) if e.to_stage == stage), default=None)
        for stage in (CLOSED, REOPENED)
    }
    waiting = {
        i
        for stage, kind in ((CLOSED, CLOSURE), (REOPENED, REOPENING))
        if kind in pending and (i := latest[stage]) is not None
    }
    for i, e in enumerate(events):
        if e.to_stage == CLOSED:
            event, reason = t["closed_event"], s.label("closure_reasons", e.reason_code, lang)
            note = e.note
        else:
            # A reopening's reason is free text, kept as the event's note.
            event, reason, note = t["reopened_event"], e.note, ""
        approval = t["awaiting_approval"] if i in waiting else _approval_text(e, t)
        rows.append(
            f"<tr>{_date_cell(e.event_date)}{_cell(event)}{_cell(reason)}{_cell(note)}"
            f"{_cell(approval)}</tr>"
        )
    rows.append("</table>")
    if c.closure is not None:
        rows.append(f"<p>&nbsp;</p>{_TABLE}")
        rows.append(_row(t["closure_date"], format_date(c.closure.closed_date)))
        rows.append(_row(t["closure_reason"], s.label("closure_reasons", c.closure.reason, lang)))
        if c.closure.note:
            rows.append(_row(t["note"], c.closure.note))
        rows.append(_row(t["outcome"], c.closure.outcome))
        if c.closure.map_level:
            level = c.closure.map_level
            rows.append(
                _row(t["closure_map"], f"{level} – {s.label('family_map_levels', level, lang)}")
            )
        rows.append("</table>")
    return "\n".join(rows)


def _approval_text(e: CaseEventRow, t: dict[str, str]) -> str:
    """Return "approved by X on date" of a closure or reopening ("" when not approved)."""
    if not e.approved_by:
        return ""
    return t["approved_by"].format(login=e.approved_by, date=format_date(e.approved_date))


def _signatures_html(s: CaseSummary, lang: str) -> str:
    t = LABELS[lang]
    sign = sign_cell(t)
    rows = ["<p>&nbsp;</p>", f"<h2>{_e(t['signatures'])}</h2>", _PLAIN_TABLE]
    rows.append(
        f'<tr><td width="40%"><b>{_e(t["case_worker"])}</b>: {_e(s.case.worker_login)}</td>'
        f"{sign}</tr>"
    )
    rows.append("<tr><td>&nbsp;</td><td>&nbsp;</td></tr>")
    rows.append(
        f"<tr><td><b>{_e(t['supervisor'])}</b>: {SIGN_LINE * 2} {_e(t['sig_name'])}</td>{sign}</tr>"
    )
    rows.append("</table>")
    return "\n".join(rows)


def _title(s: CaseSummary, lang: str) -> str:
    return f"{LABELS[lang]['title']} – {s.case.number}"


def case_summary_html(store: Store, case_id: int, lang: str, *, today: date | None = None) -> str:
    """Return the printed summary of ``case_id`` as HTML for QTextDocument in ``lang``.

    Args:
        store: the open store.
        case_id: the case.
        lang: kk, ru or en (anything else: the interface language).
        today: the print date shown in the header (default: today).
    """
    lang = print_language(lang)
    return summary_html(load_case_summary(store, case_id), lang, today)


def save_case_summary_pdf(
    store: Store,
    case_id: int,
    path: Path,
    *,
    lang: str | None = None,
    today: date | None = None,
) -> Path:
    """Write the summary of ``case_id`` to the PDF ``path`` atomically and return ``path``.

    Raises:
        OSError: the file cannot be written (PermissionError when locked or read-only);
            the caller turns it into a message.
    """
    lang = print_language(lang)
    summary = load_case_summary(store, case_id)
    doc = build_document(summary_html(summary, lang, today), _title(summary, lang))
    return save_pdf(doc, Path(path), _title(summary, lang))


def suggested_file_name(summary: CaseSummary) -> str:
    """Return a file name for the PDF: the case number."""
    number = file_name_part(summary.case.number).strip("_")
    return f"case_{number or summary.case.id}.pdf"


class CaseSummaryPreviewDialog(PreviewDialog):
    """Print preview of a case summary, with a "Save as PDF..." button.

    The summary prints in ``lang`` (the interface language by default); the dialog's own
    texts follow the interface.
    """

    def __init__(
        self,
        store: Store,
        case_id: int,
        lang: str | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        lang = print_language(lang)
        summary = load_case_summary(store, case_id)
        title = _title(summary, lang)
        super().__init__(
            build_document(summary_html(summary, lang, today), title),
            title=title,
            file_name=suggested_file_name(summary),
            settings=settings,
            parent=parent,
        )
        self.store = store
        self.case_id = case_id
        self.lang = lang
        self.summary = summary
        self.setWindowTitle(
            self.tr("Print preview: case {number}").format(number=summary.case.number)
        )

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save the case summary as PDF")


def build_case_preview_dialog(
    parent: QWidget | None,
    store: Store,
    case_id: int,
    lang: str | None = None,
    settings: UiSettings | None = None,
    *,
    today: date | None = None,
) -> CaseSummaryPreviewDialog:
    """Return the preview dialog of a case summary, not yet shown (tests use this)."""
    return CaseSummaryPreviewDialog(store, case_id, lang, settings, parent, today=today)


def preview_case_summary(parent: QWidget, store: Store, case_id: int) -> None:
    """Show the print preview of a case summary (modal) in the interface language."""
    # The case screen may close under the preview (and delete it with itself).
    exec_preview(build_case_preview_dialog(parent, store, case_id))
