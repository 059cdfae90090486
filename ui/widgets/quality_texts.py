"""User-facing sentences for the data-quality findings of ``models/reporting/quality.py``.

Each finding code becomes one sentence saying what was found and what to do about it. The texts
go through ``QCoreApplication.translate`` with the ``Quality`` context so Qt Linguist picks them
up; the English source text is what a user sees until the .ts files are translated.

:data:`FINDING_LISTS` says which register a finding's records live in, for the "Open the list"
action (the main window filters that register by the finding's code).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.reporting import quality as q
from models.reporting import rules
from ui.i18n import format_date

#: Where the records of a finding are listed: "objects", "cases" or "families".
#: Rule breaches of the figures and "period not ended" have no list to open.
FINDING_LISTS: dict[str, str] = {
    q.PASSPORT_MISSING_STATUS: "objects",
    q.ADAPTED_WITHOUT_WORKS: "objects",
    q.ADAPTED_DATE_NOT_REQUIRED: "objects",
    q.SUBJECT_WITHOUT_PASSPORT: "objects",
    q.REGISTERED_AFTER_PASSPORT: "objects",
    q.EXCLUSION_INCOMPLETE: "objects",
    q.REINSPECTION_DUE: "objects",
    q.CASE_WITHOUT_OPENING: "cases",
    q.CASE_WITHOUT_PLAN: "cases",
    q.OVERDUE_FOLLOW_UP: "cases",
    q.CONSENT_WITHDRAWN_OPEN_CASE: "cases",
    q.MEMBER_WITHOUT_IIN: "families",
    q.CHILD_WITHOUT_BIRTH_DATE: "families",
    q.FAMILY_WITHOUT_LEGAL_BASIS: "families",
}

_RULE_BREACH = QT_TRANSLATE_NOOP(
    "Quality",
    "The computed figures break a rule of the report format ({rule}). This is a program error "
    "or a damaged store: nothing can be exported. Make a backup and contact support.",
)

#: code -> English source sentence (translated at display time in the ``Quality`` context;
#: QT_TRANSLATE_NOOP is typed as returning ``object``, hence the ``str()`` at use).
_TEXTS: dict[str, object] = {
    **dict.fromkeys(rules.CODES, _RULE_BREACH),
    q.PERIOD_NOT_ENDED: QT_TRANSLATE_NOOP(
        "Quality",
        "The period has not ended yet: the figures will change. Export it after its last day.",
    ),
    q.PASSPORT_MISSING_STATUS: QT_TRANSLATE_NOOP(
        "Quality",
        "Passports without an access status for every category: complete the passports.",
    ),
    q.ADAPTED_WITHOUT_WORKS: QT_TRANSLATE_NOOP(
        "Quality",
        "Objects counted as adapted without any completed adaptation work: record the works.",
    ),
    q.ADAPTED_DATE_NOT_REQUIRED: QT_TRANSLATE_NOOP(
        "Quality",
        "Passports with an adaptation date although no adaptation was required: check them.",
    ),
    q.SUBJECT_WITHOUT_PASSPORT: QT_TRANSLATE_NOOP(
        "Quality",
        "Objects subject to passportization without a passport: inspect them or mark them "
        "excluded.",
    ),
    q.REGISTERED_AFTER_PASSPORT: QT_TRANSLATE_NOOP(
        "Quality",
        "Objects registered after the date of their passport or adaptation: move the "
        "registration date back in the object card.",
    ),
    q.EXCLUSION_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Quality",
        "Objects excluded from passportization without an exclusion reason or date: enter "
        "both in the object card.",
    ),
    q.REINSPECTION_DUE: QT_TRANSLATE_NOOP(
        "Quality",
        "Objects due for re-inspection: the re-inspection interval passed, adaptation works "
        "were completed, or a complaint, reconstruction or change of use was recorded since "
        "the passport. Open the list to see each object's reasons, then record the new "
        "passport versions.",
    ),
    q.UNKNOWN_CODE: QT_TRANSLATE_NOOP(
        "Quality",
        "Codes that are missing from the code lists (they are reported under their code): "
        "update the code lists or correct the records.",
    ),
    q.CASE_WITHOUT_OPENING: QT_TRANSLATE_NOOP(
        "Quality",
        "Cases without a recorded signal (opening): they are not counted as opened. Check them.",
    ),
    q.CASE_WITHOUT_PLAN: QT_TRANSLATE_NOOP(
        "Quality",
        "Cases still waiting for a support plan after the allowed time: write the plans.",
    ),
    q.OVERDUE_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "Quality",
        "Open cases whose planned follow-up visit is overdue as of {date}: visit the families "
        "and record the visits.",
    ),
    q.MEMBER_WITHOUT_IIN: QT_TRANSLATE_NOOP(
        "Quality",
        "Family members without an IIN and without a reason for it: enter the IIN or the reason.",
    ),
    q.CHILD_WITHOUT_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "Quality",
        "Members of families with an open case without a birth date: they cannot be counted "
        "as children. Enter the birth dates.",
    ),
    q.FAMILY_WITHOUT_LEGAL_BASIS: QT_TRANSLATE_NOOP(
        "Quality",
        "Families without a valid legal basis for processing their data (consent with its date, "
        "or the statutory basis): record it.",
    ),
    q.CONSENT_WITHDRAWN_OPEN_CASE: QT_TRANSLATE_NOOP(
        "Quality",
        "Families that withdrew their consent but still have an open case: close the case or "
        "record a statutory basis.",
    ),
}

_UNKNOWN = QT_TRANSLATE_NOOP("Quality", "Finding {code}: check the records concerned.")


def quality_text(code: str, detail: str = "") -> str:
    """Return the translated sentence of a finding code (a generic one for unknown codes).

    ``detail`` is the finding's detail: for overdue follow-ups the ISO date they are taken at,
    shown in the sentence.
    """
    source = _TEXTS.get(code)
    if source is None:
        return QCoreApplication.translate("Quality", str(_UNKNOWN)).format(code=code)
    text = QCoreApplication.translate("Quality", str(source))
    if source == _RULE_BREACH:
        return text.format(rule=code)
    if code == q.OVERDUE_FOLLOW_UP:
        return text.format(date=_date_text(detail))
    return text


def _date_text(iso: str) -> str:
    """dd.mm.yyyy of an ISO date (the text as is when it is not one)."""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def severity_text(blocking: bool) -> str:
    """Return "Blocking" or "Warning", translated."""
    if blocking:
        return QCoreApplication.translate("Quality", "Blocking")
    return QCoreApplication.translate("Quality", "Warning")


def has_list(code: str) -> bool:
    """Return True when the records of a finding can be opened in a register."""
    return code in FINDING_LISTS
