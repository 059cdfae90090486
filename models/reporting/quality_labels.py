"""The printed names of the data-quality findings (``models/reporting/quality.py`` codes).

One table for every printout that lists findings: the printed period report (in the reader's
language) and the Cover of a report package (Kazakh / Russian, reporting.md §2.2). The screens
word the same findings through Qt's catalogues (``ui/widgets/quality_texts.py``) with longer
sentences that say what to do. Unknown codes print as they are.
"""

from __future__ import annotations

#: Finding code -> short printed name, per language (kk, ru, en).
WARNING_LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "period_not_ended": "Кезең әлі аяқталған жоқ",
        "passport_missing_status": "Паспортта мәртебе көрсетілмеген",
        "adapted_without_works": "Бейімделген, бірақ жұмыстар тіркелмеген",
        "adapted_date_not_required": "Бейімдеу талап етілмейді, бірақ күні бар",
        "subject_without_passport": "Паспорттауға жатады, паспорты жоқ",
        "registered_after_passport": "Паспортынан кейін тіркелген нысан",
        "exclusion_incomplete": "Шығару себебі немесе күні жоқ нысан",
        "reinspection_due": "Қайта тексеру мерзімі келген паспорт",
        "unknown_code": "Белгісіз код",
        "case_without_opening": "Ашылу оқиғасы жоқ іс",
        "case_without_plan": "Жоспары жоқ іс",
        "overdue_follow_up": "Мерзімі өткен бақылау",
        "member_without_iin": "ЖСН-сіз отбасы мүшесі",
        "member_without_birth_date": "Туған күні жоқ отбасы мүшесі",
        "family_without_legal_basis": "Құқықтық негізі жоқ отбасы",
        "consent_withdrawn_open_case": "Келісім қайтарылған ашық іс",
    },
    "ru": {
        "period_not_ended": "Период ещё не закончился",
        "passport_missing_status": "В паспорте не указан статус",
        "adapted_without_works": "Адаптирован без записанных работ",
        "adapted_date_not_required": "Дата адаптации без требования адаптации",
        "subject_without_passport": "Подлежит паспортизации, паспорта нет",
        "registered_after_passport": "Объект зарегистрирован после даты паспорта",
        "exclusion_incomplete": "Исключён без причины или даты",
        "reinspection_due": "Требуется повторное обследование",
        "unknown_code": "Неизвестный код",
        "case_without_opening": "Дело без события открытия",
        "case_without_plan": "Дело без плана",
        "overdue_follow_up": "Просроченное сопровождение",
        "member_without_iin": "Член семьи без ИИН",
        "member_without_birth_date": "Член семьи без даты рождения",
        "family_without_legal_basis": "Семья без правового основания",
        "consent_withdrawn_open_case": "Открытое дело при отозванном согласии",
    },
    "en": {
        "period_not_ended": "The period has not ended yet",
        "passport_missing_status": "Passport without a status",
        "adapted_without_works": "Adapted without recorded works",
        "adapted_date_not_required": "Adapted date without adaptation required",
        "subject_without_passport": "Subject to passportization without a passport",
        "registered_after_passport": "Registered after its passport",
        "exclusion_incomplete": "Excluded without a reason or date",
        "reinspection_due": "Re-inspection due",
        "unknown_code": "Unknown code",
        "case_without_opening": "Case without an opening event",
        "case_without_plan": "Case without a plan",
        "overdue_follow_up": "Overdue follow-up",
        "member_without_iin": "Family member without IIN",
        "member_without_birth_date": "Family member without a birth date",
        "family_without_legal_basis": "Family without a legal basis",
        "consent_withdrawn_open_case": "Open case with consent withdrawn",
    },
}


def finding_label(code: str, lang: str) -> str:
    """Return the printed name of finding ``code`` in ``lang`` (the code itself when unknown)."""
    return WARNING_LABELS.get(lang, {}).get(code, code)


def finding_label_kk_ru(code: str) -> str:
    """Return ``"<kk> / <ru>"`` for the bilingual Cover (the code itself when unknown)."""
    kk, ru = finding_label(code, "kk"), finding_label(code, "ru")
    return code if kk == code and ru == code else f"{kk} / {ru}"
