"""The printed accessibility passport of one object (one version): preview, PDF, HTML.

The layout follows the model of Order No. 627 (domain brief §2.3): header, 1. general
information, 2. activity, 3. state of accessibility (3.3 form of service, 3.4 zones, 3.5 final
conclusion), 4. management decision, 5. special notes and the commission's signatures.

The print language may differ from the interface language (a Kazakh-speaking specialist prints
the Russian form for the oblast), so the form's labels are NOT ``self.tr()`` texts: they live in
:data:`LABELS`, one dict per language, with the Kazakh and Russian terms of the domain brief.
Code-list labels (object types, zones, categories, statuses, works) come from the store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.objects.accessibility import (
    CATEGORY_LETTERS,
    NA,
    display_code,
    level_of_status,
    status_codes,
    status_display,
)
from models.objects.passport_report import PassportReport, load_passport_report
from models.objects.tables import CATEGORIES, ZONES
from models.store.db import Store
from ui.i18n import local_name, local_name_of
from ui.printing.document import PreviewDialog, build_document, exec_preview, save_pdf
from ui.printing.formatting import DATE_LINE as DATE_LINE  # public before the formatting module
from ui.printing.formatting import (
    NBSP,
    SIGN_LINE,
    code_text,
    file_name_part,
    format_date,
    format_money,
    format_number,
    page_start,
    print_language,
    sign_cell,
)
from ui.printing.formatting import PLAIN_TABLE as _PLAIN_TABLE
from ui.printing.formatting import TABLE as _TABLE
from ui.printing.formatting import escape as _e
from ui.printing.formatting import header_row as _th
from ui.printing.formatting import label_row as _row
from ui.settings import UiSettings

# NOTE: Kazakh and Russian wording follows the domain brief (§2.1-2.5, §7) and the Russian model
# form (Order No. 627); Kazakh labels the brief does not give are unverified translations, to be
# checked with the oblast together with the form itself (brief §2.3 "to confirm").
LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Әлеуметтік және көлік инфрақұрылымы нысанының қолжетімділік паспорты",
        "number": "№ {number}",
        "no_number": "№ ____",
        "version": "{version}-нұсқа ({count} нұсқаның)",
        "office": "Мекеме",
        "date": "Күні",
        "s1": "1. Нысан туралы жалпы мәліметтер",
        "name": "Нысанның атауы",
        "type": "Нысанның түрі",
        "address": "Нысанның мекенжайы",
        "settlement": "Елді мекен (ӘАОЖ коды)",
        "floors": "Қабат саны",
        "year_built": "Салынған жылы",
        "owner": "Ұйымның (меншік иесінің) атауы",
        "bin": "БСН",
        "responsible": "Жауапты (жоғары тұрған) орган",
        "s2": "2. Нысандағы қызмет туралы мәліметтер",
        "residential": "Ұзақ болу немесе тұру нысаны",
        "yes": "иә",
        "no": "жоқ",
        "s3": "3. Нысанның қолжетімділік жағдайы",
        "s33": "3.3. Мүгедектердің санаттары бойынша қызмет көрсету нысаны",
        "category": "Санат",
        "service_form": "Қызмет көрсету нысаны",
        "s34": "3.4. Функционалдық аймақтардың қолжетімділік жағдайы",
        "no_col": "Р/с №",
        "zone": "Функционалдық аймақ",
        "code": "Қолжетімділік коды",
        "zone_conclusion": "Аймақ бойынша қорытынды",
        "legend": "ДП – толық қолжетімді, ДЧ – ішінара қолжетімді, ДУ – шартты түрде "
        "қолжетімді, ВНД – уақытша қолжетімсіз, «–» – аймақ жоқ.",
        "measurements": "Өлшеу нәтижелері",
        "check": "Көрсеткіш",
        "measured": "Өлшенген мәні",
        "norm": "Норма",
        "verdict": "Қорытынды",
        "ok": "сәйкес",
        "breach": "бұзушылық",
        "norm_ref": "Нормативтік құжат",
        "photo": "Фото №",
        "no_measurements": "Өлшеулер жүргізілген жоқ.",
        "s35": "3.5. Нысанның қолжетімділік жағдайы туралы қорытынды",
        "suggested": "Ұсынылған мәртебе",
        "confirmed": "Комиссия бекіткен мәртебе",
        "object_code": "Нысанның қолжетімділік коды",
        "suggested_code": "ұсынылғаны",
        "override": "Ұсынылған мәртебеден ауытқу негіздемесі",
        "conclusion": "Комиссияның қорытындысы",
        "requires_adaptation": "Бейімдеуді талап етеді",
        "s4": "4. Басқарушылық шешім",
        "work": "Жұмыс түрі",
        "planned_year": "Жоспарланған жылы",
        "cost": "Болжамды құны, теңге",
        "funding": "Қаржыландыру көзі",
        "completed": "Орындалды",
        "no_works": "Бейімдеу жұмыстары жоспарланған жоқ.",
        "adapted_date": "Бейімдеу аяқталған күн",
        "adaptation_cost": "Бейімдеу құны, теңге",
        "alternative": "Қызмет көрсетудің балама нысаны",
        "s5": "5. Ерекше белгілер",
        "inspection_date": "Нысанды тексеру күні",
        "passport_date": "Комиссия шешімінің (паспорттың) күні",
        "chair": "Комиссия төрағасы",
        "members": "Комиссия мүшелері",
        "signature": "(қолы)",
        "sig_date": "(күні)",
        "approved": "Бекіттім: бөлім басшысы",
    },
    "ru": {
        "title": "Паспорт доступности объекта социальной и транспортной инфраструктуры",
        "number": "№ {number}",
        "no_number": "№ ____",
        "version": "версия {version} из {count}",
        "office": "Организация",
        "date": "Дата",
        "s1": "1. Общие сведения об объекте",
        "name": "Наименование объекта",
        "type": "Вид объекта",
        "address": "Адрес объекта",
        "settlement": "Населённый пункт (код КАТО)",
        "floors": "Этажность",
        "year_built": "Год постройки",
        "owner": "Наименование организации (собственника)",
        "bin": "БИН",
        "responsible": "Ответственный (вышестоящий) орган",
        "s2": "2. Характеристика деятельности на объекте",
        "residential": "Объект длительного пребывания или проживания",
        "yes": "да",
        "no": "нет",
        "s3": "3. Состояние доступности объекта",
        "s33": "3.3. Форма обслуживания по категориям инвалидов",
        "category": "Категория",
        "service_form": "Форма обслуживания",
        "s34": "3.4. Состояние доступности основных структурно-функциональных зон",
        "no_col": "№ п/п",
        "zone": "Структурно-функциональная зона",
        "code": "Код доступности",
        "zone_conclusion": "Заключение по зоне",
        "legend": "ДП – доступно полностью, ДЧ – доступно частично, ДУ – доступно условно, "
        "ВНД – временно недоступно, «–» – зона отсутствует.",
        "measurements": "Результаты замеров",
        "check": "Показатель",
        "measured": "Значение",
        "norm": "Норматив",
        "verdict": "Вывод",
        "ok": "соответствует",
        "breach": "нарушение",
        "norm_ref": "Нормативный документ",
        "photo": "№ фото",
        "no_measurements": "Замеры не проводились.",
        "s35": "3.5. Итоговое заключение о состоянии доступности объекта",
        "suggested": "Предложенный статус",
        "confirmed": "Статус, утверждённый комиссией",
        "object_code": "Код доступности объекта",
        "suggested_code": "предложенный",
        "override": "Обоснование отличия от предложенного статуса",
        "conclusion": "Заключение комиссии",
        "requires_adaptation": "Требует адаптации",
        "s4": "4. Управленческое решение",
        "work": "Вид работ",
        "planned_year": "Плановый год",
        "cost": "Ориентировочная стоимость, тенге",
        "funding": "Источник финансирования",
        "completed": "Выполнено",
        "no_works": "Работы по адаптации не запланированы.",
        "adapted_date": "Дата завершения адаптации",
        "adaptation_cost": "Стоимость адаптации, тенге",
        "alternative": "Альтернативная форма обслуживания",
        "s5": "5. Особые отметки",
        "inspection_date": "Дата обследования объекта",
        "passport_date": "Дата решения комиссии (паспорта)",
        "chair": "Председатель комиссии",
        "members": "Члены комиссии",
        "signature": "(подпись)",
        "sig_date": "(дата)",
        "approved": "Утвердил: руководитель отдела",
    },
    "en": {
        "title": "Accessibility passport of a social and transport infrastructure object",
        "number": "No. {number}",
        "no_number": "No. ____",
        "version": "version {version} of {count}",
        "office": "Office",
        "date": "Date",
        "s1": "1. General information",
        "name": "Name of the object",
        "type": "Type of object",
        "address": "Address",
        "settlement": "Settlement (KATO code)",
        "floors": "Floors",
        "year_built": "Year built",
        "owner": "Organisation (owner)",
        "bin": "BIN",
        "responsible": "Responsible (higher) body",
        "s2": "2. Activity at the object",
        "residential": "Long-stay or residential object",
        "yes": "yes",
        "no": "no",
        "s3": "3. State of accessibility",
        "s33": "3.3. Form of service per category of persons with disabilities",
        "category": "Category",
        "service_form": "Form of service",
        "s34": "3.4. State of accessibility of the functional zones",
        "no_col": "No.",
        "zone": "Functional zone",
        "code": "Accessibility code",
        "zone_conclusion": "Zone conclusion",
        "legend": "ДП – fully accessible, ДЧ – partially accessible, ДУ – conditionally "
        "accessible, ВНД – temporarily inaccessible, “–” – no such zone.",
        "measurements": "Measurements",
        "check": "Check",
        "measured": "Measured",
        "norm": "Norm",
        "verdict": "Verdict",
        "ok": "meets the norm",
        "breach": "breach",
        "norm_ref": "Norm document",
        "photo": "Photo No.",
        "no_measurements": "No measurements were taken.",
        "s35": "3.5. Final conclusion on the accessibility of the object",
        "suggested": "Suggested status",
        "confirmed": "Status confirmed by the commission",
        "object_code": "Accessibility code of the object",
        "suggested_code": "suggested",
        "override": "Reason for departing from the suggested status",
        "conclusion": "Commission's conclusion",
        "requires_adaptation": "Requires adaptation",
        "s4": "4. Management decision",
        "work": "Work",
        "planned_year": "Planned year",
        "cost": "Estimated cost, tenge",
        "funding": "Funding source",
        "completed": "Completed",
        "no_works": "No adaptation work is planned.",
        "adapted_date": "Adaptation completed on",
        "adaptation_cost": "Adaptation cost, tenge",
        "alternative": "Alternative form of service",
        "s5": "5. Special notes",
        "inspection_date": "Date of the inspection",
        "passport_date": "Date of the commission decision (passport)",
        "chair": "Commission chair",
        "members": "Commission members",
        "signature": "(signature)",
        "sig_date": "(date)",
        "approved": "Approved by: head of the department",
    },
}

#: Section 3.3 service forms (brief §2.3): display letter and meaning per language.
SERVICE_FORM_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "A": "А – барлық аймақтар қолжетімді (әмбебап дизайн)",
        "B": "Б – бөлінген учаскелер немесе үй-жайлар",
        "DU": "ДУ – шартты түрде (қызметкердің көмегі, үйде немесе қашықтан қызмет көрсету)",
        "VND": "ВНД – ұйымдастырылмаған",
    },
    "ru": {
        "A": "А – доступны все зоны (универсальный дизайн)",
        "B": "Б – выделенные участки или помещения",
        "DU": "ДУ – условно (помощь персонала, обслуживание на дому или дистанционно)",
        "VND": "ВНД – не организовано",
    },
    "en": {
        "A": "А – all zones accessible (universal design)",
        "B": "Б – dedicated areas or rooms",
        "DU": "ДУ – conditional (staff assistance, home or remote service)",
        "VND": "ВНД – not organised",
    },
}

#: Funding sources of the management decision (brief §2.2); other stored values print as typed.
FUNDING_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "LOCAL_BUDGET": "жергілікті бюджет",
        "OWNER": "меншік иесінің қаражаты",
        "STATE_PROGRAMME": "мемлекеттік бағдарлама",
    },
    "ru": {
        "LOCAL_BUDGET": "местный бюджет",
        "OWNER": "средства собственника",
        "STATE_PROGRAMME": "государственная программа",
    },
    "en": {
        "LOCAL_BUDGET": "local budget",
        "OWNER": "owner's funds",
        "STATE_PROGRAMME": "state programme",
    },
}

#: Names of the norm checks (brief §2.8, models/seed.py); unknown codes print as the code.
CHECK_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "RAMP_SLOPE": "Пандустың бойлық еңісі",
        "DOOR_WIDTH": "Есіктің ені",
        "DOOR_MANOEUVRE_DEPTH": "Есік алдындағы маневр алаңының тереңдігі",
        "CORRIDOR_WIDTH": "Дәліздің ені",
        "TURNING_DIAMETER": "Кресло-арбаның бұрылу аймағының диаметрі",
        "EVAC_DOOR_WIDTH": "Эвакуация жолындағы есіктің ені",
        "EVAC_CORRIDOR_WIDTH": "Эвакуация дәлізінің ені",
        "DEAD_END_LENGTH": "Тұйық дәліздің ұзындығы",
        "BALCONY_WIDTH": "Балконның (лоджияның) ені",
        "RAMP_LANDING_LENGTH": "Пандус алаңының ұзындығы",
        "DOOR_THRESHOLD": "Есік табалдырығының биіктігі",
        "PARKING_ACCESSIBLE_SHARE": "Мүгедектерге арналған тұрақ орындарының үлесі",
        "RAMP_WIDTH": "Пандустың ені",
        "ATM_LARGE_PRINT": "Банкомат дисплейіндегі ірі қаріп",
    },
    "ru": {
        "RAMP_SLOPE": "Продольный уклон пандуса",
        "DOOR_WIDTH": "Ширина дверного проёма",
        "DOOR_MANOEUVRE_DEPTH": "Глубина пространства для манёвра перед дверью",
        "CORRIDOR_WIDTH": "Ширина коридора",
        "TURNING_DIAMETER": "Диаметр зоны разворота кресла-коляски",
        "EVAC_DOOR_WIDTH": "Ширина дверей на путях эвакуации",
        "EVAC_CORRIDOR_WIDTH": "Ширина эвакуационного коридора",
        "DEAD_END_LENGTH": "Длина тупикового коридора",
        "BALCONY_WIDTH": "Ширина балкона (лоджии)",
        "RAMP_LANDING_LENGTH": "Длина площадки пандуса",
        "DOOR_THRESHOLD": "Высота порога",
        "PARKING_ACCESSIBLE_SHARE": "Доля мест для инвалидов на парковке",
        "RAMP_WIDTH": "Ширина пандуса",
        "ATM_LARGE_PRINT": "Крупный шрифт на дисплее банкомата",
    },
    "en": {
        "RAMP_SLOPE": "Ramp longitudinal slope",
        "DOOR_WIDTH": "Door width",
        "DOOR_MANOEUVRE_DEPTH": "Manoeuvring space before a door, depth",
        "CORRIDOR_WIDTH": "Corridor width",
        "TURNING_DIAMETER": "Wheelchair turning diameter",
        "EVAC_DOOR_WIDTH": "Evacuation door width",
        "EVAC_CORRIDOR_WIDTH": "Evacuation corridor width",
        "DEAD_END_LENGTH": "Dead-end corridor length",
        "BALCONY_WIDTH": "Balcony or loggia width",
        "RAMP_LANDING_LENGTH": "Ramp landing length",
        "DOOR_THRESHOLD": "Door threshold height",
        "PARKING_ACCESSIBLE_SHARE": "Share of accessible parking spaces",
        "RAMP_WIDTH": "Ramp width",
        "ATM_LARGE_PRINT": "Large print on the ATM display",
    },
}

#: Units as printed; the store keeps ASCII unit codes.
UNIT_LABELS: dict[str, dict[str, str]] = {
    "kk": {"m": "м", "%": "%", "1/0": ""},
    "ru": {"m": "м", "%": "%", "1/0": ""},
    "en": {"m": "m", "%": "%", "1/0": ""},
}

#: Short level codes in the zone table (one cell per category).
LEVEL_SHORT = {"FULL": "ДП", "PARTIAL": "ДЧ", "CONDITIONAL": "ДУ", "NONE": "ВНД", NA: "–"}
SERVICE_FORM_LETTERS = {"A": "А", "B": "Б", "DU": "ДУ", "VND": "ВНД"}

_STYLE = """
<style>
  h1 { font-size: 12pt; font-weight: bold; margin-bottom: 4px; }
  h2 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
  h3 { font-size: 9.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 4px; }
  th { font-weight: bold; background-color: #e8e8e8; }
  .small { font-size: 8pt; }
</style>
"""


def passport_html(store: Store, passport_id: int, lang: str) -> str:
    """Return the passport version ``passport_id`` as HTML for QTextDocument in ``lang``.

    Raises:
        models.objects.passport_report.PassportNotFound: when no passport has this id.
    """
    return report_html(load_passport_report(store, passport_id), print_language(lang))


def _office_line(r: PassportReport, lang: str) -> str:
    office = r.office
    name = local_name_of(office, lang)
    if office.level == "republic":
        return name
    region = r.label("regions", office.kato[:2], lang)
    return name if office.level == "region" or not region else f"{region}, {name}"


def report_html(r: PassportReport, lang: str) -> str:
    """Return the HTML of a loaded passport report in ``lang`` (kk, ru or en)."""
    t = LABELS[lang]
    p, o = r.passport, r.obj
    parts: list[str] = [page_start(_STYLE)]

    # Header: title, number and version, office, date.
    number = t["number"].format(number=p.number) if p.number else t["no_number"]
    version = t["version"].format(version=p.version or 1, count=max(r.version_count, 1))
    parts.append(f'<h1 align="center">{_e(t["title"])}</h1>')
    parts.append(f'<p align="center"><b>{_e(number)}</b>, {_e(version)}</p>')
    parts.append(_PLAIN_TABLE)
    parts.append(
        f"<tr><td>{_e(t['office'])}: {_e(_office_line(r, lang))}</td>"
        f'<td align="right">{_e(t["date"])}: {_e(format_date(p.passport_date))}</td></tr>'
    )
    parts.append("</table>")

    # 1. General information.
    settlement = local_name(r.settlement_kk, r.settlement_ru, lang)
    parts.append(f"<h2>{_e(t['s1'])}</h2>{_TABLE}")
    parts.append(_row(t["name"], o.name))
    parts.append(_row(t["type"], r.label("object_types", o.object_type, lang)))
    parts.append(_row(t["address"], o.address))
    parts.append(_row(t["settlement"], f"{settlement} ({o.kato})" if settlement else o.kato))
    parts.append(_row(t["floors"], str(o.floors) if o.floors is not None else ""))
    parts.append(_row(t["year_built"], str(o.year_built) if o.year_built is not None else ""))
    parts.append(_row(t["owner"], o.owner_name))
    parts.append(_row(t["bin"], o.owner_bin))
    parts.append(_row(t["responsible"], o.responsible_body))
    parts.append("</table>")

    # 2. Activity: only what the store keeps.
    parts.append(f"<h2>{_e(t['s2'])}</h2>{_TABLE}")
    parts.append(_row(t["residential"], t["yes"] if o.residential else t["no"]))
    parts.append("</table>")

    parts.append(f"<h2>{_e(t['s3'])}</h2>")
    parts.append(_service_forms_html(r, lang))
    parts.append(_zones_html(r, lang))
    parts.append(_measurements_html(r, lang))
    parts.append(_conclusion_html(r, lang))
    parts.append(_decision_html(r, lang))

    # 5. Special notes.
    parts.append(f"<h2>{_e(t['s5'])}</h2>{_TABLE}")
    parts.append(_row(t["inspection_date"], format_date(p.inspection_date)))
    parts.append(_row(t["passport_date"], format_date(p.passport_date)))
    parts.append("</table>")

    parts.append(_signatures_html(r, lang))
    parts.append("</body></html>")
    return "\n".join(parts)


def _category_label(r: PassportReport, cat: str, lang: str) -> str:
    return f"{CATEGORY_LETTERS[cat]} – {r.label('user_categories', cat, lang)}"


def _service_forms_html(r: PassportReport, lang: str) -> str:
    t = LABELS[lang]
    rows = [
        f"<h3>{_e(t['s33'])}</h3>{_TABLE}",
        _th(t["category"], t["service_form"], widths=(38, 62)),
    ]
    for cat in CATEGORIES:
        form = r.passport.service_forms.get(cat, "")
        text = SERVICE_FORM_LABELS[lang].get(form, form) if form else "–"
        rows.append(f"<tr><td>{_e(_category_label(r, cat, lang))}</td><td>{_e(text)}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _zones_html(r: PassportReport, lang: str) -> str:
    t = LABELS[lang]
    by_zone = {z.zone: z for z in r.passport.zones}
    letters = [CATEGORY_LETTERS[c] for c in CATEGORIES]
    rows = [
        f"<h3>{_e(t['s34'])}</h3>{_TABLE}",
        _th(
            t["no_col"],
            t["zone"],
            *letters,
            t["code"],
            t["zone_conclusion"],
            widths=(5, 24, 6, 6, 6, 6, 6, 22, 19),
        ),
    ]
    for i, code in enumerate(ZONES, start=1):
        zone = by_zone.get(code)
        levels = {c: (zone.levels.get(c, NA) if zone else NA) for c in CATEGORIES}
        cells = "".join(
            f'<td align="center" nowrap>{LEVEL_SHORT.get(levels[c], "–")}</td>' for c in CATEGORIES
        )
        rows.append(
            f'<tr><td align="center">{i}</td>'
            f"<td>{_e(r.label('functional_zones', code, lang))}</td>{cells}"
            f"<td>{_e(code_text(display_code(levels))) or '–'}</td>"
            f"<td>{_e(zone.conclusion) if zone and zone.conclusion else '&nbsp;'}</td></tr>"
        )
    rows.append("</table>")
    rows.append(f'<p class="small">{_e(t["legend"])}</p>')
    return "\n".join(rows)


def _measurements_html(r: PassportReport, lang: str) -> str:
    t = LABELS[lang]
    rows = [f"<h3>{_e(t['measurements'])}</h3>"]
    if not r.measurements:
        rows.append(f"<p>{_e(t['no_measurements'])}</p>")
        return "\n".join(rows)
    rows.append(_TABLE)
    rows.append(
        _th(
            t["zone"], t["check"], t["measured"], t["norm"], t["verdict"], t["norm_ref"], t["photo"]
        )
    )
    units = UNIT_LABELS[lang]
    for m in r.measurements:
        unit = units.get(m.unit, m.unit)
        suffix = f"{NBSP}{unit}" if unit else ""
        breach = m.verdict == "breach"
        verdict = f"<b>{_e(t['breach'])}</b>" if breach else _e(t["ok"])
        rows.append(
            f"<tr><td>{_e(r.label('functional_zones', m.zone, lang))}</td>"
            f"<td>{_e(CHECK_LABELS[lang].get(m.check_code, m.check_code))}</td>"
            f'<td align="right">{_e(format_number(m.value, lang) + suffix)}</td>'
            f'<td align="center">{_e(m.operator)}{NBSP}'
            f"{_e(format_number(m.threshold, lang) + suffix)}</td>"
            f"<td>{verdict}</td>"
            f"<td>{_e(m.norm_ref) if breach and m.norm_ref else '&nbsp;'}</td>"
            f"<td>{_e(m.photo_no) if m.photo_no else '&nbsp;'}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _status_text(r: PassportReport, code: str, lang: str) -> str:
    if not code:
        return "–"
    return f"{code_text(status_display(code))} – {r.label('access_statuses', code, lang)}"


def _conclusion_html(r: PassportReport, lang: str) -> str:
    t, p = LABELS[lang], r.passport
    complete = all(p.suggested.get(c) for c in CATEGORIES)
    suggested = status_codes(p.suggested) if complete else {}
    rows = [
        f"<h3>{_e(t['s35'])}</h3>{_TABLE}",
        _th(t["category"], t["suggested"], t["confirmed"], widths=(34, 33, 33)),
    ]
    for cat in CATEGORIES:
        confirmed = p.statuses.get(cat, "")
        rows.append(
            f"<tr><td>{_e(_category_label(r, cat, lang))}</td>"
            f"<td>{_e(_status_text(r, suggested.get(cat, ''), lang))}</td>"
            f"<td><b>{_e(_status_text(r, confirmed, lang))}</b></td></tr>"
        )
    rows.append("</table>")
    levels = {c: level_of_status(p.statuses.get(c, "")) or NA for c in CATEGORIES}
    code = code_text(display_code(levels)) or "–"
    line = f"{_e(t['object_code'])}: <b>{_e(code)}</b>"
    if complete and display_code(p.suggested) != display_code(levels):
        line += f" ({_e(t['suggested_code'])}: {_e(code_text(display_code(p.suggested)))})"
    rows.append(f"<p>{line}</p>")
    rows.append(_TABLE)
    rows.append(_row(t["requires_adaptation"], t["yes"] if p.requires_adaptation else t["no"]))
    if p.override_note:
        rows.append(_row(t["override"], p.override_note))
    if p.conclusion:
        rows.append(_row(t["conclusion"], p.conclusion))
    rows.append("</table>")
    return "\n".join(rows)


def _decision_html(r: PassportReport, lang: str) -> str:
    t, p = LABELS[lang], r.passport
    rows = [f"<h2>{_e(t['s4'])}</h2>"]
    if p.works:
        rows.append(_TABLE)
        rows.append(
            _th(
                t["no_col"],
                t["zone"],
                t["work"],
                t["planned_year"],
                t["cost"],
                t["funding"],
                t["completed"],
                widths=(5, 24, 20, 11, 13, 15, 12),
            )
        )
        for i, w in enumerate(p.works, start=1):
            funding = FUNDING_LABELS[lang].get(w.funding_source, w.funding_source)
            rows.append(
                f'<tr><td align="center">{i}</td>'
                f"<td>{_e(r.label('functional_zones', w.zone, lang))}</td>"
                f"<td>{_e(r.label('adaptation_works', w.work, lang))}</td>"
                f'<td align="center">{w.planned_year or "&nbsp;"}</td>'
                f'<td align="right">{_e(format_money(w.estimated_cost, lang)) or "&nbsp;"}</td>'
                f"<td>{_e(funding) if funding else '&nbsp;'}</td>"
                f'<td align="center">{_e(format_date(w.completed_date)) or "&nbsp;"}</td></tr>'
            )
        rows.append("</table>")
    else:
        rows.append(f"<p>{_e(t['no_works'])}</p>")
    extra = [
        (t["adapted_date"], format_date(p.adapted_date)),
        (t["adaptation_cost"], format_money(p.adaptation_cost, lang)),
        (t["alternative"], p.alternative_service),
    ]
    if any(value for _, value in extra):
        rows.append(_TABLE)
        rows.extend(_row(label, value) for label, value in extra if value)
        rows.append("</table>")
    return "\n".join(rows)


def commission_members(commission: str) -> list[str]:
    """Return the commission members, one per non-empty line of the passport's text."""
    return [line.strip() for line in commission.splitlines() if line.strip()]


def _signatures_html(r: PassportReport, lang: str) -> str:
    t = LABELS[lang]
    rows = ["<p>&nbsp;</p>", _PLAIN_TABLE]
    rows.append(f'<tr><td width="40%"><b>{_e(t["chair"])}</b></td>{sign_cell(t)}</tr>')
    rows.append(f"<tr><td><b>{_e(t['members'])}:</b></td><td>&nbsp;</td></tr>")
    members = commission_members(r.passport.commission) or [SIGN_LINE * 2] * 3
    for name in members:
        rows.append(f"<tr><td>{_e(name)}</td>{sign_cell(t)}</tr>")
    rows.append("<tr><td>&nbsp;</td><td>&nbsp;</td></tr>")
    rows.append(f"<tr><td><b>{_e(t['approved'])}</b></td>{sign_cell(t)}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _title(r: PassportReport, lang: str) -> str:
    return f"{LABELS[lang]['title']} – {r.obj.name}"


def save_passport_pdf(store: Store, passport_id: int, path: Path, lang: str | None = None) -> Path:
    """Write the passport version ``passport_id`` to the PDF ``path`` atomically.

    Args:
        store: the open store.
        passport_id: the passport version to print.
        path: the target file; replaced in one step once the PDF is complete.
        lang: kk, ru or en; None prints in the interface language.

    Raises:
        OSError: the file cannot be written (PermissionError when locked or read-only);
            the caller turns it into a message.
    """
    lang = print_language(lang)
    report = load_passport_report(store, passport_id)
    doc = build_document(report_html(report, lang), _title(report, lang))
    return save_pdf(doc, Path(path), _title(report, lang))


def suggested_file_name(report: PassportReport) -> str:
    """Return a file name for the PDF: object name, passport number and version."""
    stem = file_name_part(report.obj.name).strip("_")[:60]
    number = file_name_part(report.passport.number).strip("_")
    parts = [stem or "passport", number, f"v{report.passport.version or 1}"]
    return "_".join(p for p in parts if p) + ".pdf"


class PassportPreviewDialog(PreviewDialog):
    """Print preview of one passport version, with a "Save as PDF..." button.

    The form prints in ``lang`` (the interface language by default); the dialog's own texts
    follow the interface.
    """

    def __init__(
        self,
        store: Store,
        passport_id: int,
        lang: str | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        lang = print_language(lang)
        report = load_passport_report(store, passport_id)
        title = _title(report, lang)
        super().__init__(
            build_document(report_html(report, lang), title),
            title=title,
            file_name=suggested_file_name(report),
            settings=settings,
            parent=parent,
        )
        self.store = store
        self.passport_id = passport_id
        self.lang = lang
        self.report = report
        self.setWindowTitle(self.tr("Print preview: {name}").format(name=report.obj.name))

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save the passport as PDF")


def build_preview_dialog(
    parent: QWidget | None,
    store: Store,
    passport_id: int,
    lang: str | None = None,
    settings: UiSettings | None = None,
) -> PassportPreviewDialog:
    """Return the preview dialog of a passport version, not yet shown (tests use this)."""
    return PassportPreviewDialog(store, passport_id, lang, settings, parent)


def preview_passport(parent: QWidget, store: Store, passport_id: int) -> None:
    """Show the print preview of a passport version (modal) in the interface language."""
    exec_preview(build_preview_dialog(parent, store, passport_id))
