"""User-facing texts for the stable codes that the store and validators report.

Each message says what is wrong and what to do. ``QCoreApplication.translate`` with the
``Messages`` context lets Qt Linguist pick them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from models.issues import Issue
from models.objects.accessibility import CATEGORY_LETTERS, status_display
from models.store.db import StoreError


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


def issue_text(issue: Issue) -> str:
    """Return the translated message of a validation issue."""
    p: Mapping[str, object] = issue.params
    code = issue.code
    if code == "required":
        return _t("This field is required.")
    if code == "unknown_code":
        return _t("Unknown code {code}: choose a value from the list.").format(code=p.get("code"))
    if code == "kato_format":
        return _t("A KATO code has exactly 9 digits, e.g. 113220100.")
    if code == "kato_region_unknown":
        return _t("No region has the KATO prefix {region}: check the first two digits.").format(
            region=p.get("region")
        )
    if code == "kato_outside_office":
        return _t("This settlement is outside the office's territory ({office}).").format(
            office=p.get("office")
        )
    if code == "kato_unknown_settlement":
        return _t("This KATO code is not in the office's list of settlements: check it.")
    if code == "bin_length":
        return _t("A BIN has exactly 12 digits.")
    if code == "bin_checksum":
        return _t("The BIN's check digit does not match: look for a mistyped digit.")
    if code == "bin_is_iin":
        return _t("This is a personal IIN, not a BIN: the fifth digit of a BIN is 4, 5 or 6.")
    if code == "date_in_future":
        return _t("The date cannot be in the future.")
    if code == "out_of_range":
        return _t("Enter a value from {low} to {high}.").format(
            low=p.get("low"), high=p.get("high")
        )
    if code == "negative_amount":
        return _t("An amount cannot be negative.")
    if code == "passport_before_inspection":
        return _t("The passport is approved after the inspection, not before it.")
    if code == "override_needs_note":
        return _t("The confirmed status differs from the suggested one: explain why in the note.")
    if code == "status_not_shared":
        shared = str(p.get("code", ""))
        cats = p.get("categories")
        others = [str(c) for c in cats] if isinstance(cats, tuple | list) else []
        return _t(
            "{code} means the same status for all five categories, but {categories} differ: "
            "set the same status for all five, or use {selective} for the categories it covers."
        ).format(
            code=status_display(shared),
            categories=", ".join(CATEGORY_LETTERS.get(c, c) for c in others),
            selective=status_display("DP_I" if shared == "DP_V" else "DCH_I"),
        )
    if code == "norm_zone_mismatch":
        return _t(
            "The check {check} does not apply to this zone: choose a check of the zone."
        ).format(check=p.get("check"))
    if code == "adapted_without_requirement":
        return _t("The object is marked adapted, but the passport found no adaptation needed.")
    if code == "adapted_before_passport":
        return _t("The adaptation cannot be completed before the passport date.")
    if code == "no_adaptation_but_inaccessible":
        return _t("No adaptation is required, yet a category has no access: check the decision.")
    if code == "measurement_out_of_range":
        return _t("{low}-{high} {unit} is the physically possible range: check the value.").format(
            low=_num(p.get("low")), high=_num(p.get("high")), unit=_unit(p.get("unit"))
        )
    if code == "norm_breach":
        return _t(
            "Does not meet the norm: must be {operator} {threshold} {unit} ({document}, {clause})."
        ).format(
            operator="≤" if p.get("operator") == "<=" else "≥",
            threshold=_num(p.get("threshold")),
            unit=_unit(p.get("unit")),
            document=p.get("document"),
            clause=p.get("clause"),
        )
    if code == "date_format":
        return _t("Enter the date as dd.mm.yyyy, e.g. 20.11.2026.")
    if code == "amount_format":
        return _t("Enter an amount in tenge, e.g. 1 250 000,50.")
    if code == "number_format":
        return _t("Enter a number, e.g. 0,9.")
    if code == "level_required":
        return _t("Choose a level for every category (N/A when the zone is absent).")
    # -- families and members (issue 3) --------------------------------------------------------
    if code == "iin_length":
        return _t("An IIN has exactly 12 digits ({length} typed).").format(length=p.get("length"))
    if code == "iin_checksum":
        return _t(
            "The IIN's check digit does not match (it should be {expected}): look for a mistyped "
            "digit."
        ).format(expected=p.get("expected"))
    if code == "iin_never_valid":
        return _t("No IIN is ever issued with these first 11 digits: check the number.")
    if code == "iin_not_a_date":
        return _t(
            "The first six digits ({date_part}) are not a date. IINs issued since 2013 need not "
            "encode the birth date: check the number, then save if it is right."
        ).format(date_part=p.get("date_part"))
    if code == "iin_century_digit":
        return _t(
            "The seventh digit ({digit}) is outside 1-6. IINs issued since 2013 need not encode "
            "century and sex: check the number, then save if it is right."
        ).format(digit=p.get("digit"))
    if code == "iin_date_mismatch":
        encoded = p.get("encoded")
        shown = encoded.strftime("%d.%m.%Y") if isinstance(encoded, date) else str(encoded)
        return _t(
            "The IIN encodes the birth date {encoded}, not the one entered. IINs issued since "
            "2013 need not encode it: check both, then save if they are right."
        ).format(encoded=shown)
    if code == "iin_sex_mismatch":
        return _t(
            "The IIN encodes the other sex. IINs issued since 2013 need not encode it: check "
            "both, then save if they are right."
        )
    if code == "iin_or_reason_required":
        return _t("Enter the IIN, or choose the reason there is none.")
    if code == "iin_with_reason":
        return _t("An IIN is entered: clear the reason for having none.")
    if code == "iin_repeated":
        return _t("Another member of this family has the same IIN.")
    if code == "birth_in_future":
        return _t("The birth date cannot be in the future.")
    if code == "child_not_minor":
        return _t(
            "A child of the family must be under 18, but this person is {age}: check the birth "
            "date or the relation."
        ).format(age=p.get("age"))
    if code == "disability_group_under_7":
        return _t("Children under 7 have a disability status without a group: check the entry.")
    if code == "disability_status_over_7":
        return _t("From age 7 a disability has group I, II or III: check the entry.")
    if code == "indefinite_not_group_1":
        return _t("Only group I is usually set without an end date: check the entry.")
    if code == "date_before_birth":
        return _t("The date cannot be before the birth date.")
    if code == "until_before_since":
        return _t("The membership cannot end before it began.")
    if code == "applicant_twice":
        return _t("A family has one reference person (applicant): change one relation.")
    if code == "large_family_minors":
        return _t(
            "A large family has at least {required} minors living together; {minors} are entered."
        ).format(required=p.get("required"), minors=p.get("minors"))
    if code == "withdrawn_before_consent":
        return _t("Consent cannot be withdrawn before it was given.")
    if code == "consent_withdrawn":
        return _t(
            "Consent is withdrawn: processing on consent stops unless a law requires it. "
            "Record a statutory basis if there is one."
        )
    # -- cases (issue 3) ------------------------------------------------------------------------
    if code in ("date_before_signal", "closure_before_signal", "visit_before_signal"):
        day = p.get("signal_date")
        day_text = day.strftime("%d.%m.%Y") if hasattr(day, "strftime") else str(day)
        return _t("The date cannot be before the signal ({date}).").format(date=day_text)
    if code == "date_before_previous_stage":
        day = p.get("previous")
        day_text = day.strftime("%d.%m.%Y") if hasattr(day, "strftime") else str(day)
        return _t("The date cannot be before the case's previous step ({date}).").format(
            date=day_text
        )
    if code == "measure_without_due_date":
        return _t("Every measure needs a due date: enter when it must be done.")
    if code == "due_before_plan":
        return _t("A measure cannot be due before the plan is drawn up.")
    if code == "plan_without_measures":
        return _t("A plan needs at least one measure: choose a service type and a due date.")
    if code == "review_before_plan":
        return _t("The review cannot be before the plan is drawn up.")
    if code == "next_due_before_visit":
        return _t("The next follow-up cannot be before this visit.")
    if code == "family_required":
        return _t("Attach the family first: find it by a member's name or IIN, or add it.")
    if code == "plan_required":
        return _t("Draw up the support plan first.")
    if code == "case_closed":
        return _t("The case is closed: reopen it to record more.")
    if code in ("transition_refused", "same_stage", "unknown_stage", "needs_reason"):
        return _t("The case cannot move to this stage now.")
    return _t("Invalid value ({code}).").format(code=code)


def store_error_text(exc: StoreError) -> str:
    """Return the translated message for a store that cannot be opened."""
    path = str(exc.path)
    if exc.code == "missing":
        return _t("There is no Qoldau store at {path}.").format(path=path)
    if exc.code == "exists":
        return _t("A store already exists at {path}; it was not overwritten.").format(path=path)
    if exc.code == "too_new":
        return _t(
            "The store {path} was made by a newer version of Qoldau. Install the newer version "
            "to open it; nothing was changed."
        ).format(path=path)
    if exc.code == "no_office":
        return _t("The store {path} has no office yet.").format(path=path)
    return _t(
        "{path} is not a Qoldau store or it is damaged. Restore the latest backup, or ask your "
        "administrator; nothing was changed."
    ).format(path=path)
