"""The office settings an administrator edits (issue 12): one home for writing them.

Settings > Office settings... (``ui/office_settings_dialog.py``) edits the domain settings the
rules read (``models/reference/settings.py`` has their keys, readers and defaults): SANITARY as
core for residential objects, the re-inspection interval, the large-family threshold and the
case stage limits. Every writer of one of these keys goes through :func:`write_checked`, so a
value outside its range is refused the same way wherever it is typed (the cases page's plan and
relaunch limits too), with field = the key and code ``out_of_range`` (``low``, ``high``).

Every change is in the audit trail: ``setting`` is audited by ``models/audit_hook.py`` (old and
new value), read back by ``models/audit/history.settings_history``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.issues import ValidationError, ValidationReport
from models.reference import settings as domain_settings
from models.reference.roles import Permission, require
from models.store.db import Store

#: The range of each whole-number setting an administrator may choose (both ends included).
#: No official value exists for any of them (brief §2.2, §3.2, §3.4): the ranges only keep
#: out typing slips (a 200-year interval, a 0-minor large family).
RANGES: dict[str, tuple[int, int]] = {
    # 0 = no periodic interval (the default: none is official, brief §2.2).
    domain_settings.REINSPECTION_YEARS_KEY: (0, 30),
    domain_settings.LARGE_FAMILY_KEY: (1, 20),
    # None (empty) = no limit, the default (brief §3.4); 0 days is a limit.
    domain_settings.PLAN_DUE_DAYS_KEY: (0, 365),
    domain_settings.RELAUNCH_DAYS_KEY: (1, 3650),
}


@dataclass(frozen=True)
class OfficeSettings:
    """The values of the office settings dialog (defaults: a new store's)."""

    sanitary_core_for_residential: bool = True
    #: Years, 0 = no interval.
    reinspection_interval_years: int = 0
    large_family_minors: int = domain_settings.LARGE_FAMILY_DEFAULT
    #: Days from identification to the plan, None = no limit.
    plan_due_days: int | None = None
    relaunch_after_days: int = domain_settings.RELAUNCH_DAYS_DEFAULT

    def stored(self) -> dict[str, str]:
        """Return the stored text of each setting, by key."""
        return {
            domain_settings.SANITARY_CORE_KEY: "1" if self.sanitary_core_for_residential else "0",
            domain_settings.REINSPECTION_YEARS_KEY: str(self.reinspection_interval_years),
            domain_settings.LARGE_FAMILY_KEY: str(self.large_family_minors),
            domain_settings.PLAN_DUE_DAYS_KEY: (
                "" if self.plan_due_days is None else str(self.plan_due_days)
            ),
            domain_settings.RELAUNCH_DAYS_KEY: str(self.relaunch_after_days),
        }


def check_value(report: ValidationReport, key: str, value: int | None) -> None:
    """Add ``out_of_range`` (field ``key``) to ``report`` when ``value`` is outside its range.

    None is allowed for the plan limit only ("no limit")."""
    low, high = RANGES[key]
    if value is None:
        if key != domain_settings.PLAN_DUE_DAYS_KEY:
            report.add(key, "required")
        return
    if not low <= value <= high:
        report.add(key, "out_of_range", low=low, high=high)


def validate_office_settings(values: OfficeSettings) -> ValidationReport:
    """Check every value of ``values`` (one issue per bad value, field = its key)."""
    report = ValidationReport()
    check_value(report, domain_settings.REINSPECTION_YEARS_KEY, values.reinspection_interval_years)
    check_value(report, domain_settings.LARGE_FAMILY_KEY, values.large_family_minors)
    check_value(report, domain_settings.PLAN_DUE_DAYS_KEY, values.plan_due_days)
    check_value(report, domain_settings.RELAUNCH_DAYS_KEY, values.relaunch_after_days)
    return report


def write_checked(s: Session, key: str, value: int | None) -> None:
    """Write the whole-number setting ``key`` after checking its range (None: "" = no limit).

    The session's role is checked by the caller (settings are the administrator's; the case
    stage limits a supervisor sets on the cases page too).

    Raises:
        ValidationError: ``out_of_range`` (or ``required``); nothing is written.
    """
    report = ValidationReport()
    check_value(report, key, value)
    if not report.ok:
        raise ValidationError(report)
    if (domain_settings.read_setting(s, key) or "") != ("" if value is None else str(value)):
        domain_settings.write_setting(s, key, "" if value is None else str(value))


def office_settings_of(s: Session) -> OfficeSettings:
    """Return the office settings as the rules read them (an unusable value: its default)."""
    years = domain_settings.reinspection_interval_years(s)
    return OfficeSettings(
        sanitary_core_for_residential=domain_settings.sanitary_core_for_residential(s),
        reinspection_interval_years=0 if years is None else years,
        large_family_minors=domain_settings.large_family_minors(s),
        plan_due_days=domain_settings.plan_due_days(s),
        relaunch_after_days=domain_settings.relaunch_after_days(s),
    )


def read_office_settings(store: Store) -> OfficeSettings:
    """Return the office settings (any role may read them)."""
    with store.session() as s:
        return office_settings_of(s)


def save_office_settings(
    store: Store, values: OfficeSettings, user: str | None = None
) -> list[str]:
    """Store ``values`` (administrators only) and return the keys that changed.

    Only changed values are written, so the audit trail holds real changes only.

    Raises:
        RoleError: ``not_allowed`` below administrator (``Permission.SETTINGS``).
        ValidationError: a value outside its range (field = its key); nothing is written.
    """
    with store.session(user) as s:
        require(s, Permission.SETTINGS)
        report = validate_office_settings(values)
        if not report.ok:
            raise ValidationError(report)
        changed = []
        for key, text in values.stored().items():
            if (domain_settings.read_setting(s, key) or "") != text:
                domain_settings.write_setting(s, key, text)
                changed.append(key)
        return changed
