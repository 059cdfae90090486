"""User-facing texts for the stable codes that the store and validators report.

Each message says what is wrong and what to do. ``QCoreApplication.translate`` with the
``Messages`` context lets Qt Linguist pick them up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from models.issues import Issue
from models.objects.accessibility import CATEGORY_LETTERS, status_display
from models.store.db import StoreError
from ui.passport_messages import PASSPORT_ISSUE_TEXTS


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _num(value: object) -> str:
    """Format a rule's number for a message: 100 not 100.0, and 0,9 in kk/ru."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def _unit(unit: object) -> str:
    """Translate a norm rule's unit (metres are "м" in kk and ru)."""
    if unit == "m":
        return QCoreApplication.translate("Messages", "m", "unit: metres")
    return str(unit)


#: Stable issue codes of models/ and exporters/ -> message (English source text, translated in
#: the ``Messages`` context at display time; lupdate reads these QT_TRANSLATE_NOOP entries).
ISSUE_TEXTS: dict[str, object] = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "unknown_code": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown code {code}: choose a value from the list.",
    ),
    "kato_format": QT_TRANSLATE_NOOP(
        "Messages",
        "A KATO code has exactly 9 digits, e.g. 113220100.",
    ),
    "kato_region_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "No region has the KATO prefix {region}: check the first two digits.",
    ),
    "kato_outside_office": QT_TRANSLATE_NOOP(
        "Messages",
        "This settlement is outside the office's territory ({office}).",
    ),
    "kato_unknown_settlement": QT_TRANSLATE_NOOP(
        "Messages",
        "This KATO code is not in the office's list of settlements: check it.",
    ),
    "control_chars": QT_TRANSLATE_NOOP(
        "Messages",
        "The text holds an invisible control character (pasted from another program): retype it.",
    ),
    "bin_length": QT_TRANSLATE_NOOP("Messages", "A BIN has exactly 12 digits."),
    "bin_checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The BIN's check digit does not match: look for a mistyped digit.",
    ),
    "bin_is_iin": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a personal IIN, not a BIN: the fifth digit of a BIN is 4, 5 or 6.",
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter a value from {low} to {high}."),
    "negative_amount": QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative."),
    # Typical elements an office adds (models/reference/typical_elements.py, issue 12).
    "element_name_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the element's name in Kazakh or in Russian."
    ),
    "element_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "This zone already has an element of that name ({code})."
    ),
    "passport_before_inspection": QT_TRANSLATE_NOOP(
        "Messages",
        "The passport is approved after the inspection, not before it.",
    ),
    "override_needs_note": QT_TRANSLATE_NOOP(
        "Messages",
        "The confirmed status differs from the suggested one: explain why in the note.",
    ),
    "status_not_shared": QT_TRANSLATE_NOOP(
        "Messages",
        "{code} means the same status for all five categories, but {categories} differ: set "
        "the same status for all five, or use {selective} for the categories it covers.",
    ),
    "norm_zone_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The check {check} does not apply to this zone: choose a check of the zone.",
    ),
    # The photo annex (issue 12, models/objects/photos.py).
    "photo_number_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another photo already has the number {number}: give each photo its own."
    ),
    "photo_element_zone": QT_TRANSLATE_NOOP(
        "Messages", "This element is not in the photo's zone: choose an element of the zone."
    ),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The picture is larger than {limit} MB: add it again to scale it down."
    ),
    # The zone annexes (issue 12, models/objects/zone_annex.py).
    "element_zone_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This element belongs to another zone: choose an element of this zone."
    ),
    "element_categories_missing": QT_TRANSLATE_NOOP(
        "Messages", "Mark the user categories the violation affects."
    ),
    "element_absent_with_violation": QT_TRANSLATE_NOOP(
        "Messages", "The element is marked absent, yet violations of it are recorded: check it."
    ),
    "adapted_without_requirement": QT_TRANSLATE_NOOP(
        "Messages",
        "The object is marked adapted, but the passport found no adaptation needed.",
    ),
    "adapted_before_passport": QT_TRANSLATE_NOOP(
        "Messages",
        "The adaptation cannot be completed before the passport date.",
    ),
    "no_adaptation_but_inaccessible": QT_TRANSLATE_NOOP(
        "Messages",
        "No adaptation is required, yet a category has no access: check the decision.",
    ),
    "measurement_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "{low}-{high} {unit} is the physically possible range: check the value.",
    ),
    "norm_breach": QT_TRANSLATE_NOOP(
        "Messages",
        "Does not meet the norm: must be {operator} {threshold} {unit} ({document}, {clause}).",
    ),
    # Norm rules as data (issue 12, brief §2.8): measurements and the administrator's rules.
    "norm_element_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The check {check} is for another element: choose a check of this element."
    ),
    "norm_rule_retired": QT_TRANSLATE_NOOP(
        "Messages", "The check {check} is retired: choose a check in force for a new value."
    ),
    "norm_rule_not_residential": QT_TRANSLATE_NOOP(
        "Messages", "The check {check} is for residential buildings only: choose another check."
    ),
    "norm_code_format": QT_TRANSLATE_NOOP(
        "Messages", "A rule code is 2-40 capital Latin letters, digits or _, e.g. STAIR_WIDTH."
    ),
    "norm_code_taken": QT_TRANSLATE_NOOP(
        "Messages", "A rule with the code {code} exists already: choose another code."
    ),
    "norm_element_zone": QT_TRANSLATE_NOOP(
        "Messages", "The element {element} belongs to none of the rule's zones: add its zone."
    ),
    "norm_title_required": QT_TRANSLATE_NOOP(
        "Messages", "Name the check in at least one language."
    ),
    "norm_range_order": QT_TRANSLATE_NOOP(
        "Messages", "The lowest possible value must be below the highest."
    ),
    "text_too_long": QT_TRANSLATE_NOOP("Messages", "Use at most {limit} characters."),
    "date_format": QT_TRANSLATE_NOOP("Messages", "Enter the date as dd.mm.yyyy, e.g. 20.11.2026."),
    "amount_format": QT_TRANSLATE_NOOP("Messages", "Enter an amount in tenge, e.g. 1 250 000,50."),
    "mrp_amount_format": QT_TRANSLATE_NOOP(
        "Messages", "Enter an amount in МРП with at most two decimals, e.g. 10,5."
    ),
    "number_format": QT_TRANSLATE_NOOP("Messages", "Enter a number, e.g. 0,9."),
    "level_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose a level for every category (N/A when the zone is absent).",
    ),
    "iin_length": QT_TRANSLATE_NOOP("Messages", "An IIN has exactly 12 digits ({length} typed)."),
    "iin_checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN's check digit does not match (it should be {expected}): look for a mistyped "
        "digit.",
    ),
    "iin_never_valid": QT_TRANSLATE_NOOP(
        "Messages",
        "No IIN is ever issued with these first 11 digits: check the number.",
    ),
    "iin_not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The first six digits ({date_part}) are not a date. IINs issued since 2013 need not "
        "encode the birth date: check the number, then save if it is right.",
    ),
    "iin_century_digit": QT_TRANSLATE_NOOP(
        "Messages",
        "The seventh digit ({digit}) is outside 1-6. IINs issued since 2013 need not encode "
        "century and sex: check the number, then save if it is right.",
    ),
    "iin_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN encodes the birth date {encoded}, not the one entered. IINs issued since "
        "2013 need not encode it: check both, then save if they are right.",
    ),
    "iin_sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN encodes the other sex. IINs issued since 2013 need not encode it: check "
        "both, then save if they are right.",
    ),
    "iin_or_reason_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the IIN, or choose the reason there is none.",
    ),
    "iin_with_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "An IIN is entered: clear the reason for having none.",
    ),
    "iin_repeated": QT_TRANSLATE_NOOP(
        "Messages",
        "Another member of this family has the same IIN.",
    ),
    "birth_in_future": QT_TRANSLATE_NOOP("Messages", "The birth date cannot be in the future."),
    "child_not_minor": QT_TRANSLATE_NOOP(
        "Messages",
        "A child of the family must be under 18, but this person is {age}: check the birth "
        "date or the relation.",
    ),
    "disability_group_under_7": QT_TRANSLATE_NOOP(
        "Messages",
        "Children under 7 have a disability status without a group: check the entry.",
    ),
    "disability_status_over_7": QT_TRANSLATE_NOOP(
        "Messages",
        "From age 7 a disability has group I, II or III: check the entry.",
    ),
    "indefinite_not_group_1": QT_TRANSLATE_NOOP(
        "Messages",
        "Only group I is usually set without an end date: check the entry.",
    ),
    "date_before_birth": QT_TRANSLATE_NOOP("Messages", "The date cannot be before the birth date."),
    "placement_without_care_status": QT_TRANSLATE_NOOP(
        "Messages",
        "A placement form applies only to an orphan or a child without parental care: "
        "set the care status or clear the placement form.",
    ),
    "school_registration_not_pupil": QT_TRANSLATE_NOOP(
        "Messages",
        "Intra-school registration concerns pupils, but this person is {age}: check the entry.",
    ),
    "opinion_heard_and_not_heard": QT_TRANSLATE_NOOP(
        "Messages",
        "Record either the opinion heard or the reason it could not be heard, not both.",
    ),
    "opinion_not_a_member": QT_TRANSLATE_NOOP(
        "Messages",
        "This child is not a member of the case's family: choose a child of the family.",
    ),
    "until_before_since": QT_TRANSLATE_NOOP(
        "Messages",
        "The membership cannot end before it began.",
    ),
    "applicant_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "A family has one reference person (applicant): change one relation.",
    ),
    "large_family_minors": QT_TRANSLATE_NOOP(
        "Messages",
        "A large family has at least {required} minors living together; {minors} are entered.",
    ),
    "withdrawn_before_consent": QT_TRANSLATE_NOOP(
        "Messages",
        "Consent cannot be withdrawn before it was given.",
    ),
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "Messages",
        "Consent is withdrawn: processing on consent stops unless a law requires it. Record a"
        " statutory basis if there is one.",
    ),
    "date_before_signal": QT_TRANSLATE_NOOP(
        "Messages",
        "The date cannot be before the signal ({date}).",
    ),
    "closure_before_signal": QT_TRANSLATE_NOOP(
        "Messages",
        "The date cannot be before the signal ({date}).",
    ),
    "visit_before_signal": QT_TRANSLATE_NOOP(
        "Messages",
        "The date cannot be before the signal ({date}).",
    ),
    "date_before_previous_stage": QT_TRANSLATE_NOOP(
        "Messages",
        "The date cannot be before the case's previous step ({date}).",
    ),
    "measure_without_due_date": QT_TRANSLATE_NOOP(
        "Messages",
        "Every measure needs a due date: enter when it must be done.",
    ),
    "due_before_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "A measure cannot be due before the plan is drawn up.",
    ),
    "plan_without_measures": QT_TRANSLATE_NOOP(
        "Messages",
        "A plan needs at least one measure: choose a service type and a due date.",
    ),
    "review_before_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "The review cannot be before the plan is drawn up.",
    ),
    "next_due_before_visit": QT_TRANSLATE_NOOP(
        "Messages",
        "The next follow-up cannot be before this visit.",
    ),
    "family_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Attach the family first: find it by a member's name or IIN, or add it.",
    ),
    "plan_required": QT_TRANSLATE_NOOP("Messages", "Draw up the support plan first."),
    "case_closed": QT_TRANSLATE_NOOP("Messages", "The case is closed: reopen it to record more."),
    "transition_refused": QT_TRANSLATE_NOOP("Messages", "The case cannot move to this stage now."),
    "same_stage": QT_TRANSLATE_NOOP("Messages", "The case cannot move to this stage now."),
    "unknown_stage": QT_TRANSLATE_NOOP("Messages", "The case cannot move to this stage now."),
    "needs_reason": QT_TRANSLATE_NOOP("Messages", "The case cannot move to this stage now."),
    # -- approvals (models/cases/approvals.py)
    "already_approved": QT_TRANSLATE_NOOP(
        "Messages", "This is already approved by {by} on {date}: nothing was changed."
    ),
    "nothing_to_approve": QT_TRANSLATE_NOOP(
        "Messages", "There is nothing of this case awaiting approval."
    ),
    "approval_before_record": QT_TRANSLATE_NOOP(
        "Messages", "The approval date cannot be before the date approved ({date})."
    ),
    # -- case transfer between districts (models/cases/transfer.py, exporters/transfer_file.py)
    "transfer_same_office": QT_TRANSLATE_NOOP(
        "Messages", "This transfer is from this very district: a case is sent to another one."
    ),
    "transfer_wrong_office": QT_TRANSLATE_NOOP(
        "Messages",
        "This transfer file is addressed to another district ({office}): nothing was received.",
    ),
    "transfer_already_received": QT_TRANSLATE_NOOP(
        "Messages",
        "This transfer was already received as case {number}: nothing was received again.",
    ),
    "transfer_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The transfer file's content is not a case Qoldau can receive: nothing was received. "
        "Ask the sending district to send it again.",
    ),
    "transfer_not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "This is not a Qoldau case transfer file, or it is damaged."
    ),
    "transfer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "This transfer file was made by another version of Qoldau: install the same version "
        "as the sending district.",
    ),
    "transfer_truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The transfer file is incomplete (cut short while copying): ask for it again.",
    ),
    "transfer_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large to be a case transfer file."
    ),
    "transfer_wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "The passphrase does not open this file, or the file was changed on the way. Check "
        "the passphrase with the sending district: nothing was received.",
    ),
    "transfer_no_folder": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist: insert the USB stick or choose a folder."
    ),
    # A family's money (issue 14, models/families/money.py).
    "entry_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "This entry is no longer in the store (removed meanwhile): close it and open the family "
        "again.",
    ),
    "not_a_member": QT_TRANSLATE_NOOP(
        "Messages", "This person is not a member of the family: choose a member or nobody."
    ),
    "basis_not_of_year": QT_TRANSLATE_NOOP(
        "Messages",
        "A poverty line of {year} has the basis of its year ({basis}): until 2024, 70 % of the "
        "subsistence minimum; from 2025, 35 % of the regional median income, not below 70 % of "
        "the subsistence minimum.",
    ),
    "tsa_no_members": QT_TRANSLATE_NOOP(
        "Messages", "No estimate: the family has no current member."
    ),
    "tsa_no_income": QT_TRANSLATE_NOOP(
        "Messages", "No estimate: no current income is recorded and none is declared."
    ),
    "tsa_no_poverty_line": QT_TRANSLATE_NOOP(
        "Messages",
        "No estimate: no poverty line is set for this quarter. An administrator adds it under "
        "Settings > МРП and poverty lines.",
    ),
    "tsa_no_mrp": QT_TRANSLATE_NOOP(
        "Messages",
        "No estimate: the МРП of this year is not set. An administrator adds it under "
        "Settings > МРП and poverty lines.",
    ),
    # Consent and retention (brief §6, issue 14: models/families/consent.py and
    # models/cases/destruction.py).
    "processing_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "Consent was withdrawn on {date}: this family's personal data are no longer processed, "
        "so nothing of it can be changed or added. Record a consent given again, or the law that "
        "keeps the processing, first.",
    ),
    "not_due_for_destruction": QT_TRANSLATE_NOOP(
        "Messages",
        "A chosen family is not due for destruction (a case is open or closed less than the "
        "retention period ago): refresh the list.",
    ),
    # Passport §1 on the object and state control (issue 12: models/objects/validation.py
    # check_general, models/objects/state_control.py).
    "area_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter an area in m² greater than 0 and less than {high}."
    ),
    "plot_area_without_plot": QT_TRANSLATE_NOOP(
        "Messages",
        "A plot area is given but the object has no adjacent plot: check the plot answer.",
    ),
    "before_inspection": QT_TRANSLATE_NOOP(
        "Messages", "The date cannot be before the inspection ({date})."
    ),
}
ISSUE_TEXTS.update(PASSPORT_ISSUE_TEXTS)  # the passport sections' rules (issue 12)

_INVALID = QT_TRANSLATE_NOOP("Messages", "Invalid value ({code}).")


def _iso(value: object) -> object:
    """A date from its ISO text (as a refusal's parameters carry it), else the value itself."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return value


def _day(value: object) -> str:
    return value.strftime("%d.%m.%Y") if isinstance(value, date) else str(value)


def _status_params(p: Mapping[str, object]) -> dict[str, object]:
    shared = str(p.get("code", ""))
    cats = p.get("categories")
    others = [str(c) for c in cats] if isinstance(cats, tuple | list) else []
    return {
        "code": status_display(shared),
        "categories": ", ".join(CATEGORY_LETTERS.get(c, c) for c in others),
        "selective": status_display("DP_I" if shared == "DP_V" else "DCH_I"),
    }


#: Codes whose parameters are shown otherwise than as given (numbers, dates, units, statuses).
_PARAMS: dict[str, Callable[[Mapping[str, object]], Mapping[str, object]]] = {
    "status_not_shared": _status_params,
    "measurement_out_of_range": lambda p: {
        "low": _num(p.get("low")),
        "high": _num(p.get("high")),
        "unit": _unit(p.get("unit")),
    },
    "norm_breach": lambda p: {
        **p,
        "operator": "≤" if p.get("operator") == "<=" else "≥",
        "threshold": _num(p.get("threshold")),
        "unit": _unit(p.get("unit")),
    },
    "iin_date_mismatch": lambda p: {"encoded": _day(p.get("encoded"))},
    "processing_stopped": lambda p: {"date": _day(_iso(p.get("since")))},
    "date_before_signal": lambda p: {"date": _day(p.get("signal_date"))},
    "closure_before_signal": lambda p: {"date": _day(p.get("signal_date"))},
    "visit_before_signal": lambda p: {"date": _day(p.get("signal_date"))},
    "date_before_previous_stage": lambda p: {"date": _day(p.get("previous"))},
    "already_approved": lambda p: {"by": p.get("by"), "date": _day(p.get("date"))},
    "approval_before_record": lambda p: {"date": _day(p.get("date"))},
    "before_inspection": lambda p: {"date": _day(_iso(p.get("date")))},
    "area_out_of_range": lambda p: {"high": f"{p.get('high'):,}".replace(",", "\u00a0")},
}


class MessageParams(dict[str, object]):
    """Message parameters; one a code's rule did not give shows as ``None`` (as before)."""

    def __missing__(self, key: str) -> object:
        return None


def fill(text: object, params: Mapping[str, object]) -> str:
    """Translate a table entry in the ``Messages`` context and put ``params`` into it."""
    return _t(str(text)).format_map(MessageParams(params))


def issue_text(issue: Issue) -> str:
    """Return the translated message of a validation issue."""
    text = ISSUE_TEXTS.get(issue.code)
    if text is None:
        return fill(_INVALID, {"code": issue.code})
    shown = _PARAMS.get(issue.code)
    return fill(text, shown(issue.params) if shown is not None else issue.params)


#: Codes of :class:`~models.store.db.StoreError` -> message (``{path}`` is the store's file).
STORE_ERROR_TEXTS: dict[str, object] = {
    "missing": QT_TRANSLATE_NOOP("Messages", "There is no Qoldau store at {path}."),
    "exists": QT_TRANSLATE_NOOP(
        "Messages", "A store already exists at {path}; it was not overwritten."
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "The store {path} was made by a newer version of Qoldau. Install the newer version "
        "to open it; nothing was changed.",
    ),
    "no_office": QT_TRANSLATE_NOOP("Messages", "The store {path} has no office yet."),
    "out_exists": QT_TRANSLATE_NOOP(
        "Messages", "A file already exists at {path}; it was not overwritten."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "The store {path} is damaged: nothing was written. Restore the latest backup, or ask "
        "your administrator.",
    ),
    "not_a_store": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a Qoldau store or it is damaged. Restore the latest backup, or ask your "
        "administrator; nothing was changed.",
    ),
    # Automatic backups (models/reference/backup_policy.py): {path} is the backup folder.
    "backup_folder_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup folder {path} is not there (is the USB stick plugged in?). No backup was "
        "made; the data is safe and the next backup will be tried later.",
    ),
    "backup_folder_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup folder {path} is full. No backup was made; free some space or choose "
        "another folder in the backup settings.",
    ),
    "backup_folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "Qoldau cannot write into the backup folder {path}. No backup was made; choose another "
        "folder in the backup settings.",
    ),
    # Backup files (models/store/backup_file.py): {path} is the backup file, or the store.
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a Qoldau backup file: it cannot be restored; nothing was changed.",
    ),
    "foreign_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} belongs to another office: it cannot be restored over this store; "
        "nothing was changed.",
    ),
    "keys_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file beside the store {path} (its name ends in .keys) is missing: without it "
        "the store can be neither opened nor backed up. Put the file back from a copy, or ask "
        "your administrator to restore a backup or to use the office's recovery key.",
    ),
    # The encryption of a store of an earlier version (models/store/convert.py).
    "not_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "The store {path} was made by an earlier version of Qoldau and is not encrypted yet. "
        "An administrator encrypts it first; nothing was changed.",
    ),
    "already_encrypted": QT_TRANSLATE_NOOP(
        "Messages", "The store {path} is encrypted already: nothing was changed."
    ),
}


def store_error_text(exc: StoreError) -> str:
    """Return the translated message for a store that cannot be opened."""
    text = STORE_ERROR_TEXTS.get(exc.code, STORE_ERROR_TEXTS["not_a_store"])
    return fill(text, {"path": str(exc.path)})


#: Why a login, an unlock, a recovery or an account change was refused: the codes of
#: ``models/store/keys.py`` ``AuthError``, of ``models/reference/accounts.py`` and of
#: ``models/reference/roles.py`` ``RoleError`` -> message (``{until}``: the end of a lock-out).
ACCOUNT_TEXTS: dict[str, object] = {
    "bad_login": QT_TRANSLATE_NOOP(
        "Messages", "The login or the password is wrong. Check the keyboard layout and Caps Lock."
    ),
    "locked_out": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong passwords: this login is locked until {until}. Wait, or ask your "
        "administrator.",
    ),
    "bad_recovery_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The recovery key or the administrator login is wrong: nothing was changed.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Your role does not allow this: nothing was changed. Ask your supervisor or administrator.",
    ),
    "passwords_differ": QT_TRANSLATE_NOOP(
        "Messages", "The two passwords differ: type the same new password twice."
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password is too short: use at least 8 characters."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "The password is too long: use at most 256 characters."
    ),
    "same_as_login": QT_TRANSLATE_NOOP(
        "Messages", "The password must not be the login: choose another password."
    ),
    "login_format": QT_TRANSLATE_NOOP(
        "Messages",
        "A login is one word of up to 64 characters, without spaces, e.g. aigerim.s.",
    ),
    "login_exists": QT_TRANSLATE_NOOP(
        "Messages", "The login {login} is taken: choose another one."
    ),
    "unknown_login": QT_TRANSLATE_NOOP("Messages", "There is no account {login}."),
    "unknown_role": QT_TRANSLATE_NOOP("Messages", "Choose a role from the list."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages",
        "{login} is the last active administrator: make another account an administrator "
        "first. Nothing was changed.",
    ),
    "not_own": QT_TRANSLATE_NOOP(
        "Messages", "Only the user themselves changes their password with the old one."
    ),
    "not_administrator": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an active administrator of the backup may restore it: nothing was changed.",
    ),
}
_ACCOUNT_FALLBACK = QT_TRANSLATE_NOOP("Messages", "The account was not changed ({code}).")


def account_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """Return the translated message of an account, login or role refusal ``code``."""
    text = ACCOUNT_TEXTS.get(code)
    if text is None:
        return fill(_ACCOUNT_FALLBACK, {"code": code})
    return fill(text, params or {})


#: Approved periods, returns and receipts (reporting.md §6): the codes of
#: ``models/reference/approvals.py`` (``period_locked``), ``models/reporting/approval.py``
#: (``APPROVAL_CODES``), ``models/reporting/returns.py``, ``models/reporting/exports.py``, the
#: consolidation's ``not_approved`` and ``exporters/receipt.py`` (``RECEIPT_CODES``).
PERIOD_TEXTS: dict[str, object] = {
    "period_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Period {period} is approved ({by}, {at}): this change would alter its report, so "
        "nothing was saved. Records dated after the period can still be changed; a supervisor "
        "can reopen the period with a reason.",
    ),
    "period_not_ended": QT_TRANSLATE_NOOP(
        "Messages", "Period {period} ends on {end}: it can be approved from the next day."
    ),
    "period_already_approved": QT_TRANSLATE_NOOP(
        "Messages", "Period {period} is already approved ({by}, {at})."
    ),
    "period_not_approved": QT_TRANSLATE_NOOP(
        "Messages", "Period {period} is not approved: there is nothing to reopen."
    ),
    "reopen_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give the reason for reopening the period."
    ),
    "sub_offices_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "No package for {period} has been consolidated from {katos}: receive them first, or "
        "list them as missing.",
    ),
    "missing_not_sub_office": QT_TRANSLATE_NOOP(
        "Messages", "{katos}: not a sub-office this office expects a package from."
    ),
    "not_approved": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is a draft: its period is not approved by the sender. It can be checked "
        "but not consolidated.",
    ),
    "nothing_to_return": QT_TRANSLATE_NOOP(
        "Messages",
        "No package of this office for this period is consolidated here: there is nothing to "
        "return.",
    ),
    "return_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give the reason for returning the package."
    ),
    "receipt_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "This receipt is about another office's package, or about no package exported here.",
    ),
    "receipt_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The receipt cannot be read: it is not a UTF-8 JSON file."
    ),
    "receipt_too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large to be a receipt."),
    "receipt_too_deep": QT_TRANSLATE_NOOP(
        "Messages", "The receipt is nested too deeply: it is not a Qoldau receipt."
    ),
    "receipt_format": QT_TRANSLATE_NOOP(
        "Messages", "The file is not a Qoldau receipt of a known format version."
    ),
    "receipt_shape": QT_TRANSLATE_NOOP(
        "Messages", "The receipt is incomplete or damaged: a value is missing or of the wrong type."
    ),
}
_PERIOD_FALLBACK = QT_TRANSLATE_NOOP("Messages", "Refused ({code}): nothing was changed.")


def period_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """Return the translated message of an approval, lock, return or receipt refusal ``code``.

    Dates and moments in ``params`` are shown as dd.mm.yyyy (HH:MM).
    """
    text = PERIOD_TEXTS.get(code)
    if text is None:
        return fill(_PERIOD_FALLBACK, {"code": code})
    shown = {
        k: (
            f"{v:%d.%m.%Y %H:%M}"
            if isinstance(v, datetime)
            else f"{v:%d.%m.%Y}"
            if isinstance(v, date)
            else v
        )
        for k, v in (params or {}).items()
    }
    return fill(text, shown)


#: Import profiles (reporting.md §3.1, issue 15): ``exporters/import_profile.py``
#: (``PROFILE_CODES``) and the stored profiles of ``models/reference/import_profiles.py``
#: (``STORED_PROFILE_CODES``).
PROFILE_TEXTS: dict[str, object] = {
    "profile_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The import profile cannot be read: it is not a UTF-8 JSON file."
    ),
    "profile_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large to be an import profile."
    ),
    "profile_too_deep": QT_TRANSLATE_NOOP(
        "Messages", "The import profile is nested too deeply: it is not a Qoldau import profile."
    ),
    "profile_format": QT_TRANSLATE_NOOP(
        "Messages", "The file is not a Qoldau import profile of a known format version."
    ),
    "profile_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "The import profile is incomplete or damaged: the value of {key} is missing or of the "
        "wrong type.",
    ),
    "profile_target": QT_TRANSLATE_NOOP(
        "Messages",
        "The import profile is for {target}: only objects and family members can be imported.",
    ),
    "profile_field": QT_TRANSLATE_NOOP(
        "Messages", "The import profile names a field that cannot be imported: {field}."
    ),
    "profile_name_required": QT_TRANSLATE_NOOP("Messages", "Give the profile a name."),
    "profile_not_found": QT_TRANSLATE_NOOP("Messages", "No import profile is saved as {name}."),
}
_PROFILE_FALLBACK = QT_TRANSLATE_NOOP("Messages", "The import profile was refused ({code}).")


def profile_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """Return the translated message of an import profile refusal ``code``."""
    text = PROFILE_TEXTS.get(code)
    if text is None:
        return fill(_PROFILE_FALLBACK, {"code": code})
    return fill(text, params or {})


_NOT_ALLOWED_FOR_ROLE = QT_TRANSLATE_NOOP(
    "Messages",
    "Your role ({role}) does not allow this: nothing was changed. Ask your supervisor or "
    "administrator.",
)


def role_error_text(role: str) -> str:
    """Return the refusal ``not_allowed`` of a ``RoleError``, naming the role (its name in the
    ``Roles`` context, as the accounts screens show it)."""
    return fill(_NOT_ALLOWED_FOR_ROLE, {"role": QCoreApplication.translate("Roles", role)})
