"""The printed summary of a family-support case for the case file: preview, PDF, HTML (issue 3).

The summary shows the whole case: header (office, number, worker, stage and the date of each
stage), the family and its members, the signal, risk factors, needs assessments, the support
plan with its measures, visits and contacts, services, closures and reopenings, and the
signatures of the case worker and the supervisor, who signs printed summaries (brief §1).

Privacy (brief §6): IINs are masked (``850715*****2``), and restricted-access risk factors
never leave the case screen, so the summary only counts them and refers to the case file.

As with the passport, the print language may differ from the interface language, so the
labels live in :data:`LABELS` (one dict per language, Kazakh and Russian terms of the brief
§3); code-list labels come from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.cases.rules import CLOSED, REOPENED, SIGNAL, is_restricted
from models.families.dto import CaseDetail, FamilyDraft, MemberDraft
from models.families.iin import mask_iin
from models.families.repository import CaseRepository, FamilyRepository
from models.families.tables import ASSESSMENT_DOMAINS
from models.objects.dto import OfficeDTO
from models.objects.repository import ReferenceRepository
from models.store.db import Store
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

# NOTE: Kazakh and Russian terms follow the domain brief §3 (сүйемелдеу / сопровождение,
# ЖСН / ИИН, Отбасының цифрлық картасы / Цифровая карта семьи); the other Kazakh wording is an
# unverified translation, to be checked with the Family Support Centre like the code lists.
LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Отбасын қолдау ісі бойынша жиынтық анықтама",
        "number": "Іс № {number}",
        "office": "Мекеме",
        "printed": "Басып шығарылған күні",
        "worker": "Жауапты маман (кейс-менеджер)",
        "stage": "Істің ағымдағы кезеңі",
        "stage_dates": "Кезеңдердің күндері",
        "stage_col": "Кезең",
        "date_col": "Күні",
        "no_col": "Р/с №",
        "s_family": "1. Отбасы",
        "settlement": "Елді мекен (ӘАОЖ коды)",
        "address": "Мекенжайы",
        "categories": "Отбасы санаттары",
        "map_level": "Отбасының цифрлық картасы бойынша санаты",
        "map_level_value": "{label} ({date}, {source})",
        "legal_basis": "Дербес деректерді өңдеу негізі",
        "consent": "келісім, {date}",
        "statutory": "заң бойынша: {basis}",
        "no_family": "Отбасы әлі тіркелмеген.",
        "members": "Отбасы мүшелері",
        "name": "Тегі, аты, әкесінің аты",
        "birth_date": "Туған күні",
        "relation": "Туыстық қатынасы",
        "iin": "ЖСН",
        "disability": "Мүгедектігі",
        "since_childhood": "бала кезінен",
        "s_signal": "2. Сигнал",
        "signal_date": "Сигнал түскен күн",
        "source": "Көзі",
        "description": "Мазмұны",
        "anonymous": "Анонимді сигнал",
        "yes": "иә",
        "no": "жоқ",
        "s_risks": "3. Қауіп факторлары",
        "no_risks": "Қауіп факторлары белгіленбеген.",
        "risk_factor": "Қауіп факторы",
        "restricted": "Қолжетімділігі шектеулі қауіп факторлары: {count} "
        "(іс материалдарын қараңыз).",
        "s_assessment": "4. Қажеттіліктерді бағалау",
        "no_assessment": "Бағалау жүргізілмеген.",
        "scores_note": "Балл: 1 – қажеттілік жоқ ... 5 – аса қажет.",
        "instruments": "Құралдар",
        "summary": "Қорытынды",
        "s_plan": "5. Жеке қолдау жоспары",
        "no_plan": "Жоспар жасалмаған.",
        "plan_version": "{version}-нұсқа, {date} жасалған",
        "plan_review": "қайта қарау: {date}",
        "service": "Қызмет түрі",
        "measure": "Іс-шара",
        "agency": "Жауапты орган",
        "due": "Мерзімі",
        "status": "Мәртебесі",
        "done": "Орындалған күні",
        "s_visits": "6. Сүйемелдеу: барулар мен байланыстар",
        "no_visits": "Барулар тіркелмеген.",
        "visit_type": "Түрі",
        "child_seen": "Бала көрілді",
        "risk_level": "Қауіп деңгейі",
        "next_due": "Келесі бару",
        "findings": "Нәтижесі",
        "s_services": "7. Көрсетілген қызметтер",
        "no_services": "Қызметтер тіркелмеген.",
        "provider": "Қызмет беруші",
        "staff": "Маман",
        "quantity": "Саны",
        "amount": "Сомасы, теңге",
        "s_closure": "8. Істің жабылуы және қайта ашылуы",
        "no_closure": "Іс жабылмаған.",
        "closed_event": "жабылды",
        "reopened_event": "қайта ашылды",
        "event": "Оқиға",
        "reason": "Себебі",
        "note": "Ескертпе",
        "closure_date": "Жабылған күні",
        "closure_reason": "Жабу себебі",
        "outcome": "Нәтижесі",
        "closure_map": "Жабу кезіндегі ОЦК санаты",
        "signatures": "Қолдар",
        "case_worker": "Жауапты маман",
        "supervisor": "Жетекші (супервизор)",
        "sig_name": "(аты-жөні)",
        "signature": "(қолы)",
        "sig_date": "(күні)",
    },
    "ru": {
        "title": "Сводная справка по делу сопровождения семьи",
        "number": "Дело № {number}",
        "office": "Организация",
        "printed": "Дата печати",
        "worker": "Ответственный специалист (кейс-менеджер)",
        "stage": "Текущий этап дела",
        "stage_dates": "Даты этапов",
        "stage_col": "Этап",
        "date_col": "Дата",
        "no_col": "№ п/п",
        "s_family": "1. Семья",
        "settlement": "Населённый пункт (код КАТО)",
        "address": "Адрес",
        "categories": "Категории семьи",
        "map_level": "Категория по Цифровой карте семьи",
        "map_level_value": "{label} ({date}, {source})",
        "legal_basis": "Основание обработки персональных данных",
        "consent": "согласие, {date}",
        "statutory": "в силу закона: {basis}",
        "no_family": "Семья ещё не зарегистрирована.",
        "members": "Члены семьи",
        "name": "Фамилия, имя, отчество",
        "birth_date": "Дата рождения",
        "relation": "Родственное отношение",
        "iin": "ИИН",
        "disability": "Инвалидность",
        "since_childhood": "с детства",
        "s_signal": "2. Сигнал",
        "signal_date": "Дата поступления сигнала",
        "source": "Источник",
        "description": "Содержание",
        "anonymous": "Анонимный сигнал",
        "yes": "да",
        "no": "нет",
        "s_risks": "3. Факторы риска",
        "no_risks": "Факторы риска не отмечены.",
        "risk_factor": "Фактор риска",
        "restricted": "Факторы риска ограниченного доступа: {count} (см. материалы дела).",
        "s_assessment": "4. Оценка потребностей",
        "no_assessment": "Оценка не проводилась.",
        "scores_note": "Баллы: 1 – нет потребности ... 5 – острая потребность.",
        "instruments": "Инструменты",
        "summary": "Вывод",
        "s_plan": "5. Индивидуальный план поддержки",
        "no_plan": "План не составлен.",
        "plan_version": "версия {version} от {date}",
        "plan_review": "пересмотр: {date}",
        "service": "Вид помощи",
        "measure": "Мероприятие",
        "agency": "Ответственный орган",
        "due": "Срок",
        "status": "Статус",
        "done": "Дата выполнения",
        "s_visits": "6. Сопровождение: посещения и контакты",
        "no_visits": "Посещения не зарегистрированы.",
        "visit_type": "Вид",
        "child_seen": "Ребёнок осмотрен",
        "risk_level": "Уровень риска",
        "next_due": "Следующее посещение",
        "findings": "Результаты",
        "s_services": "7. Оказанные услуги",
        "no_services": "Услуги не зарегистрированы.",
        "provider": "Поставщик",
        "staff": "Специалист",
        "quantity": "Количество",
        "amount": "Сумма, тенге",
        "s_closure": "8. Закрытие и возобновление дела",
        "no_closure": "Дело не закрывалось.",
        "closed_event": "закрыто",
        "reopened_event": "возобновлено",
        "event": "Событие",
        "reason": "Причина",
        "note": "Примечание",
        "closure_date": "Дата закрытия",
        "closure_reason": "Причина закрытия",
        "outcome": "Результат",
        "closure_map": "Категория ЦКС при закрытии",
        "signatures": "Подписи",
        "case_worker": "Ответственный специалист",
        "supervisor": "Руководитель (супервизор)",
        "sig_name": "(Ф.И.О.)",
        "signature": "(подпись)",
        "sig_date": "(дата)",
    },
    "en": {
        "title": "Family-support case summary",
        "number": "Case No. {number}",
        "office": "Office",
        "printed": "Printed on",
        "worker": "Case worker (case manager)",
        "stage": "Current stage",
        "stage_dates": "Dates of the stages",
        "stage_col": "Stage",
        "date_col": "Date",
        "no_col": "No.",
        "s_family": "1. Family",
        "settlement": "Settlement (KATO code)",
        "address": "Address",
        "categories": "Family categories",
        "map_level": "Digital Family Map category",
        "map_level_value": "{label} ({date}, {source})",
        "legal_basis": "Legal basis of processing personal data",
        "consent": "consent, {date}",
        "statutory": "statutory: {basis}",
        "no_family": "The family is not registered yet.",
        "members": "Members",
        "name": "Surname, given name, patronymic",
        "birth_date": "Date of birth",
        "relation": "Relation",
        "iin": "IIN",
        "disability": "Disability",
        "since_childhood": "since childhood",
        "s_signal": "2. Signal",
        "signal_date": "Date of the signal",
        "source": "Source",
        "description": "Content",
        "anonymous": "Anonymous signal",
        "yes": "yes",
        "no": "no",
        "s_risks": "3. Risk factors",
        "no_risks": "No risk factors recorded.",
        "risk_factor": "Risk factor",
        "restricted": "Restricted-access risk factors: {count} (see the case file).",
        "s_assessment": "4. Needs assessment",
        "no_assessment": "No assessment yet.",
        "scores_note": "Scores: 1 – no need ... 5 – critical need.",
        "instruments": "Instruments",
        "summary": "Summary",
        "s_plan": "5. Individual support plan",
        "no_plan": "No plan yet.",
        "plan_version": "version {version} of {date}",
        "plan_review": "review: {date}",
        "service": "Type of help",
        "measure": "Measure",
        "agency": "Responsible agency",
        "due": "Due",
        "status": "Status",
        "done": "Done on",
        "s_visits": "6. Accompaniment: visits and contacts",
        "no_visits": "No visits recorded.",
        "visit_type": "Type",
        "child_seen": "Child seen",
        "risk_level": "Risk level",
        "next_due": "Next follow-up",
        "findings": "Findings",
        "s_services": "7. Services delivered",
        "no_services": "No services recorded.",
        "provider": "Provider",
        "staff": "Staff",
        "quantity": "Quantity",
        "amount": "Amount, tenge",
        "s_closure": "8. Closure and reopening",
        "no_closure": "The case has not been closed.",
        "closed_event": "closed",
        "reopened_event": "reopened",
        "event": "Event",
        "reason": "Reason",
        "note": "Note",
        "closure_date": "Closed on",
        "closure_reason": "Reason for closure",
        "outcome": "Outcome",
        "closure_map": "Digital Family Map category at closure",
        "signatures": "Signatures",
        "case_worker": "Case worker",
        "supervisor": "Supervisor",
        "sig_name": "(name)",
        "signature": "(signature)",
        "sig_date": "(date)",
    },
}

#: Needs-assessment domains (no code list holds them).
DOMAIN_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "SAFETY": "Қауіпсіздік",
        "HEALTH": "Денсаулық",
        "EDUCATION": "Білім",
        "HOUSING": "Тұрғын үй",
        "INCOME": "Табыс",
        "PARENTING": "Тәрбие",
    },
    "ru": {
        "SAFETY": "Безопасность",
        "HEALTH": "Здоровье",
        "EDUCATION": "Образование",
        "HOUSING": "Жильё",
        "INCOME": "Доход",
        "PARENTING": "Воспитание",
    },
    "en": {
        "SAFETY": "Safety",
        "HEALTH": "Health",
        "EDUCATION": "Education",
        "HOUSING": "Housing",
        "INCOME": "Income",
        "PARENTING": "Parenting",
    },
}
VISIT_TYPE_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "HOME": "үйге бару",
        "SCHOOL": "мектепке бару",
        "PHONE": "телефон арқылы",
        "MOBILE_GROUP": "мобильді топтың баруы",
        "PATRONAGE_NURSE": "патронаж мейіргерінің баруы",
        "OFFICE": "мекемеде қабылдау",
    },
    "ru": {
        "HOME": "посещение на дому",
        "SCHOOL": "посещение школы",
        "PHONE": "телефонный звонок",
        "MOBILE_GROUP": "выезд мобильной группы",
        "PATRONAGE_NURSE": "визит патронажной медсестры",
        "OFFICE": "приём в организации",
    },
    "en": {
        "HOME": "home visit",
        "SCHOOL": "school visit",
        "PHONE": "phone call",
        "MOBILE_GROUP": "mobile group visit",
        "PATRONAGE_NURSE": "patronage nurse visit",
        "OFFICE": "office appointment",
    },
}
MEASURE_STATUS_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "PLANNED": "жоспарланды",
        "IN_PROGRESS": "орындалуда",
        "DONE": "орындалды",
        "CANCELLED": "тоқтатылды",
    },
    "ru": {
        "PLANNED": "запланировано",
        "IN_PROGRESS": "выполняется",
        "DONE": "выполнено",
        "CANCELLED": "отменено",
    },
    "en": {
        "PLANNED": "planned",
        "IN_PROGRESS": "in progress",
        "DONE": "done",
        "CANCELLED": "cancelled",
    },
}
RISK_LEVEL_LABELS: dict[str, dict[str, str]] = {
    "kk": {"LOW": "төмен", "MEDIUM": "орташа", "HIGH": "жоғары"},
    "ru": {"LOW": "низкий", "MEDIUM": "средний", "HIGH": "высокий"},
    "en": {"LOW": "low", "MEDIUM": "medium", "HIGH": "high"},
}
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
    """

    office: OfficeDTO
    case: CaseDetail
    family: FamilyDraft | None
    labels: dict[str, dict[str, tuple[str, str, str]]]
    settlements: dict[str, tuple[str, str]]

    def label(self, list_name: str, code: str, lang: str) -> str:
        """Return a code's label in ``lang`` (the English one, then the code, when missing)."""
        found = self.labels.get(list_name, {}).get(code)
        if found is None:
            return code
        kk, ru, en = found
        return {"kk": kk, "ru": ru}.get(lang, en) or en or code

    def settlement(self, kato: str, lang: str) -> str:
        """Return a settlement's name in ``lang`` (Kazakh for English), or ""."""
        names = self.settlements.get(kato)
        if names is None:
            return ""
        return names[1] if lang == "ru" and names[1] else names[0]


def load_case_summary(store: Store, case_id: int) -> CaseSummary:
    """Read what the summary of ``case_id`` shows, through the repositories."""
    case = CaseRepository(store).get_case(case_id)
    family = FamilyRepository(store).get_family(case.family_id) if case.family_id else None
    ref = ReferenceRepository(store)
    labels = {
        name: {c.code: (c.kk, c.ru, c.en) for c in ref.code_labels(name)} for name in _CODE_LISTS
    }
    settlements = {kato: (kk, ru) for kato, kk, ru in ref.settlements()}
    return CaseSummary(store.office(), case, family, labels, settlements)


# -- HTML ----------------------------------------------------------------------------------------


def _date_cell(value: date | None) -> str:
    return f'<td align="center" nowrap>{format_date(value) or "&nbsp;"}</td>'


def _office_line(s: CaseSummary, lang: str) -> str:
    office = s.office
    name = office.name_ru if lang == "ru" else office.name_kk
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
    domains = DOMAIN_LABELS[lang]
    rows.append(_TABLE)
    rows.append(
        _th(
            t["date_col"],
            *(domains[d] for d in ASSESSMENT_DOMAINS),
            widths=(16, 14, 14, 14, 14, 14, 14),
        )
    )
    for a in s.case.assessments:
        scores = "".join(_cell(str(a.scores.get(d, "–")), "center") for d in ASSESSMENT_DOMAINS)
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
    statuses = MEASURE_STATUS_LABELS[lang]
    for p in s.case.plans:
        head = t["plan_version"].format(version=p.version or 1, date=format_date(p.drawn_up))
        if p.review_date:
            head += "; " + t["plan_review"].format(date=format_date(p.review_date))
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
                f"{_cell(statuses.get(m.status, m.status))}"
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
    kinds, levels = VISIT_TYPE_LABELS[lang], RISK_LEVEL_LABELS[lang]
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
            f"{_cell(kinds.get(v.kind, v.kind))}{_cell(seen[v.child_seen], 'center')}"
            f"{_cell(levels.get(v.risk_level, v.risk_level))}"
            f"{_date_cell(v.next_due)}{_cell(findings)}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _quantity(value: Decimal | None, lang: str) -> str:
    return format_number(value, lang) if value is not None else ""


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
            t["amount"],
            widths=(13, 20, 25, 17, 10, 15),
        )
    )
    for sv in s.case.services:
        provider = f"{sv.provider} ({sv.note})" if sv.note else sv.provider
        rows.append(
            f"<tr>{_date_cell(sv.delivered_on)}"
            f"{_cell(s.label('service_types', sv.service_type, lang))}"
            f"{_cell(provider)}{_cell(sv.staff)}"
            f"{_cell(_quantity(sv.quantity, lang), 'right')}"
            f"{_cell(format_money(sv.amount, lang), 'right')}</tr>"
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
    rows.append(_th(t["date_col"], t["event"], t["reason"], t["note"], widths=(13, 16, 36, 35)))
    for e in events:
        if e.to_stage == CLOSED:
            event, reason = t["closed_event"], s.label("closure_reasons", e.reason_code, lang)
            note = e.note
        else:
            # A reopening's reason is free text, kept as the event's note.
            event, reason, note = t["reopened_event"], e.note, ""
        rows.append(
            f"<tr>{_date_cell(e.event_date)}{_cell(event)}{_cell(reason)}{_cell(note)}</tr>"
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
